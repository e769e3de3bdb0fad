/*
 * rank — see rank.h.
 */
#include "score/rank.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>

struct ranker {
	const struct unit_in *u;
	const struct unit_result *res;
};

static int cmp_rank(const void *a, const void *b, void *arg)
{
	const struct ranker *k = arg;
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	const struct unit_result *rx = &k->res[x], *ry = &k->res[y];
	if (rx->group != ry->group)
		return rx->group == GROUP_TOWN_STREET ? -1 : 1;
	if (rx->total != ry->total)
		return rx->total > ry->total ? -1 : 1;
	if (rx->missing != ry->missing)
		return rx->missing ? 1 : -1;
	return strcmp(k->u[x].code, k->u[y].code);
}

void rank_units(const struct unit_in *u, struct unit_result *res, size_t n)
{
	size_t *order = xmalloc((n ? n : 1) * sizeof(size_t));
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	struct ranker k = { u, res };
	qsort_r(order, n, sizeof(size_t), cmp_rank, &k);
	int pos = 0, rank = 0;
	for (size_t i = 0; i < n; i++) {
		struct unit_result *r = &res[order[i]];
		if (i == 0 || res[order[i - 1]].group != r->group)
			pos = 0;
		pos++;
		if (pos == 1 || res[order[i - 1]].total != r->total)
			rank = pos;
		r->rank = rank;
		r->position = pos;
	}
	free(order);
}
