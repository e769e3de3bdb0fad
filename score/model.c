/*
 * model — releasing the scoring stage's structs and two small helpers; see
 * model.h.
 */
#include "score/model.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>

void unit_in_release(struct unit_in *u)
{
	free(u->code);
	free(u->name);
	strlist_release(&u->duties);
	free(u->received_local);
	free(u->first_received_local);
	free(u->stat);
	for (size_t i = 0; i < u->nrows; i++) {
		free(u->rows[i].title);
		free(u->rows[i].category);
	}
	free(u->rows);
	free(u->summary);
	for (size_t i = 0; i < u->ncopies; i++)
		free(u->copies[i].code), free(u->copies[i].name);
	free(u->copies);
	free(u->prev.stat);
	free(u->prev.has);
	memset(u, 0, sizeof(*u));
}

void unit_result_release(struct unit_result *r)
{
	for (size_t i = 0; i < r->nd; i++)
		rded_release(&r->d[i]);
	free(r->d);
	memset(r, 0, sizeof(*r));
}

void finding_release(struct finding *f)
{
	free(f->unit);
	free(f->description);
	free(f->evidence);
	memset(f, 0, sizeof(*f));
}

struct rded *result_add(struct unit_result *r, enum reason_id id, long long points)
{
	if (r->nd == r->alloc) {
		r->alloc = r->alloc ? r->alloc * 2 : 8;
		r->d = xrealloc(r->d, r->alloc * sizeof(*r->d));
	}
	struct rded *d = &r->d[r->nd++];
	memset(d, 0, sizeof(*d));
	d->r = &reasons[id];
	d->points = points;
	return d;
}

enum group group_of(enum unit_type t)
{
	return t == UNIT_DEPT ? GROUP_DEPT : GROUP_TOWN_STREET;
}

long long mul_div_half_up(long long a, long long b, long long c)
{
	return (2 * a * b + c) / (2 * c);
}

long long points_ratio(long long points, long long num, long long den)
{
	return num >= den ? points : mul_div_half_up(points, num, den);
}
