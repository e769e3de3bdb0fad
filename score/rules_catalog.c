/*
 * rules_catalog — the criteria read from the disclosure catalogue:
 * C01 (required categories, 不公开), C02 (late rows), C03 (sham rows, 假公开),
 * C04 (policy interpretation), and the notes on rows outside the year.
 *
 * A first pass (rules_prepare) decides for each row whether it is in the
 * year and which of C03's rules it breaks, because C01, C04 and C08's
 * identity 5 count only good rows in the year ("counted rows").
 */
#include "score/rules.h"
#include "common/util.h"
#include "score/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What the first pass learns about each catalogue row. */
enum sham_rule { SHAM_PLACEHOLDER = 1, SHAM_SHORT = 2, SHAM_BEFORE_FORMED = 4, SHAM_DUPLICATE = 8 };
struct row_info {
	int in_year;
	int sham;            /* sham_rule bits */
	long dup_of;         /* line of the earlier row, for SHAM_DUPLICATE */
};

struct dup_key {
	const char *category;
	char *key;
	size_t idx;
};

static int cmp_dup(const void *a, const void *b)
{
	const struct dup_key *x = a, *y = b;
	int c = strcmp(x->category, y->category);
	if (!c)
		c = strcmp(x->key, y->key);
	if (!c)
		c = (x->idx > y->idx) - (x->idx < y->idx);
	return c;
}

static void first_pass(const struct engine *e, const struct unit_in *u, struct row_info *info)
{
	const struct rubric *r = e->r;
	struct dup_key *keys = xcalloc(u->nrows ? u->nrows : 1, sizeof(*keys));
	size_t nk = 0;
	for (size_t i = 0; i < u->nrows; i++) {
		const struct cat_row *row = &u->rows[i];
		info[i].in_year = year_of(row->published_on) == e->year;
		if (!info[i].in_year)
			continue;
		if (text_is_placeholder(row->title, e->placeholders, e->nplaceholders))
			info[i].sham |= SHAM_PLACEHOLDER;
		if (row->chars != NO_CHARS && row->chars < r->c03_min_chars)
			info[i].sham |= SHAM_SHORT;
		if (row->formed_on != NO_DAY && row->published_on < row->formed_on)
			info[i].sham |= SHAM_BEFORE_FORMED;
		keys[nk].category = row->category;
		keys[nk].key = text_title_key(row->title);
		keys[nk].idx = i;
		nk++;
	}
	/* Rows are in catalogue order (by line); "earlier" means an earlier line. */
	qsort(keys, nk, sizeof(*keys), cmp_dup);
	/* In each run of equal (category, key) the first row (earliest line) is the original. */
	size_t head = 0;
	for (size_t k = 1; k < nk; k++) {
		if (strcmp(keys[k].category, keys[head].category) || strcmp(keys[k].key, keys[head].key)) {
			head = k;
			continue;
		}
		info[keys[k].idx].sham |= SHAM_DUPLICATE;
		info[keys[k].idx].dup_of = u->rows[keys[head].idx].line;
	}
	for (size_t k = 0; k < nk; k++)
		free(keys[k].key);
	free(keys);
}

static int counted(const struct row_info *ri)
{
	return ri->in_year && !ri->sham;
}

/* The lines of the rows of category cat that are sham (want_sham) or outside the year, one a line. */
static char *lines_of(const struct unit_in *u, const struct row_info *info, const char *cat, int want_sham)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < u->nrows; i++) {
		if (strcmp(u->rows[i].category, cat))
			continue;
		if (want_sham ? !(info[i].in_year && info[i].sham) : info[i].in_year)
			continue;
		sb_addf(&sb, "%s%ld", sb.len ? "\n" : "", u->rows[i].line);
	}
	return sb_detach(&sb);
}

static void push_unique(struct strlist *l, const char *s)
{
	if (strlist_has(l, s))
		return;
	l->s = xrealloc(l->s, (l->n + 1) * sizeof(char *));
	l->s[l->n++] = xstrdup(s);
}

void rule_c01(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	const struct rubric *r = e->r;
	const struct row_info *info = uc->info;
	struct strlist req = { NULL, 0 };
	for (size_t i = 0; i < r->required.n; i++)
		push_unique(&req, r->required.s[i]);
	for (size_t i = 0; i < u->duties.n; i++)
		push_unique(&req, u->duties.s[i]);
	long long lost = 0;
	for (size_t c = 0; c < req.n; c++) {
		int found = 0;
		for (size_t i = 0; i < u->nrows && !found; i++)
			found = counted(&info[i]) && !strcmp(u->rows[i].category, req.s[c]);
		if (found)
			continue;
		struct rded *d = result_add(res, RS_NOT_DISCLOSED, r->c01_per_missing);
		rarg_str(d->a, 1, req.s[c]);
		char *sham = lines_of(u, info, req.s[c], 1), *outside = lines_of(u, info, req.s[c], 0);
		if (*sham)
			rarg_str(rded_detail(d, RS_D_UNCOUNTED_SHAM), 1, sham);
		if (*outside)
			rarg_str(rded_detail(d, RS_D_UNCOUNTED_OUTSIDE), 1, outside);
		free(sham);
		free(outside);
		lost += r->c01_per_missing;
	}
	strlist_release(&req);
	res->crit[1] = lost >= r->points[1] ? 0 : r->points[1] - lost;
}

void rule_c02(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	const struct rubric *r = e->r;
	const struct row_info *info = uc->info;
	long long lost = 0;
	int limit = (int)r->c02_max_workdays;
	for (size_t i = 0; i < u->nrows; i++) {
		const struct cat_row *row = &u->rows[i];
		if (!info[i].in_year || row->formed_on == NO_DAY)
			continue;
		int wd = engine_workdays(e, row->formed_on, row->published_on);
		if (wd <= limit)
			continue;
		struct rded *d = result_add(res, RS_LATE, r->c02_per_row);
		d->file = xstrdup("catalog.csv");
		d->line = row->line;
		rarg_str(d->a, 1, row->title);
		rarg_num(d->a, 2, row->formed_on);
		rarg_num(d->a, 3, row->published_on);
		rarg_num(d->a, 4, wd);
		rarg_num(d->a, 5, limit);
		lost += r->c02_per_row;
	}
	res->crit[2] = lost >= r->points[2] ? 0 : r->points[2] - lost;
}

void rule_c03(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	const struct rubric *r = e->r;
	const struct row_info *info = uc->info;
	long long lost = 0;
	for (size_t i = 0; i < u->nrows; i++) {
		const struct cat_row *row = &u->rows[i];
		int s = info[i].sham;
		if (!info[i].in_year || !s)
			continue;
		/* the first rule broken is the sentence, the others its details */
		enum reason_id id = s & SHAM_PLACEHOLDER     ? RS_SHAM_PLACEHOLDER
				    : s & SHAM_SHORT         ? RS_SHAM_SHORT
				    : s & SHAM_BEFORE_FORMED ? RS_SHAM_BEFORE_FORMED
							     : RS_SHAM_DUPLICATE;
		struct rded *d = result_add(res, id, r->c03_per_row);
		d->file = xstrdup("catalog.csv");
		d->line = row->line;
		rarg_str(d->a, 1, row->title);
		struct rarg *a;
		switch (id) {
		case RS_SHAM_SHORT:
			rarg_num(d->a, 2, row->chars);
			rarg_num(d->a, 3, r->c03_min_chars);
			break;
		case RS_SHAM_BEFORE_FORMED:
			rarg_num(d->a, 2, row->published_on);
			rarg_num(d->a, 3, row->formed_on);
			break;
		case RS_SHAM_DUPLICATE:
			rarg_num(d->a, 2, info[i].dup_of);
			break;
		default:
			break;
		}
		if (id < RS_SHAM_SHORT && s & SHAM_SHORT) {
			a = rded_detail(d, RS_D_ALSO_SHORT);
			rarg_num(a, 1, row->chars);
			rarg_num(a, 2, r->c03_min_chars);
		}
		if (id < RS_SHAM_BEFORE_FORMED && s & SHAM_BEFORE_FORMED) {
			a = rded_detail(d, RS_D_ALSO_BEFORE_FORMED);
			rarg_num(a, 1, row->published_on);
			rarg_num(a, 2, row->formed_on);
		}
		if (id < RS_SHAM_DUPLICATE && s & SHAM_DUPLICATE)
			rarg_num(rded_detail(d, RS_D_ALSO_DUPLICATE), 1, info[i].dup_of);
		lost += r->c03_per_row;
		res->sham = 1;
		res->sham_rows++;
	}
	res->crit[3] = lost >= r->points[3] ? 0 : r->points[3] - lost;
}

static long long count_counted(const struct unit_in *u, const struct row_info *info, const char *cat)
{
	long long n = 0;
	for (size_t i = 0; i < u->nrows; i++)
		n += counted(&info[i]) && !strcmp(u->rows[i].category, cat);
	return n;
}

void rule_c04(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	long long pts = e->r->points[4];
	long long n = count_counted(u, uc->info, "normative"), i = count_counted(u, uc->info, "interpret");
	res->crit[4] = n == 0 ? pts : points_ratio(pts, i, n);
	if (res->crit[4] < pts) {
		struct rded *d = result_add(res, RS_INTERPRETATION_RATIO, pts - res->crit[4]);
		rarg_num(d->a, 1, i);
		rarg_num(d->a, 2, n);
	}
}

void rules_prepare(const struct engine *e, const struct unit_in *u, struct unit_ctx *uc)
{
	uc->info = xcalloc(u->nrows ? u->nrows : 1, sizeof(*uc->info));
	first_pass(e, u, uc->info);
	uc->counted_normative = count_counted(u, uc->info, "normative");
}

void rules_done(struct unit_ctx *uc)
{
	free(uc->info);
	uc->info = NULL;
}

void rules_outside_year(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	for (size_t i = 0; i < u->nrows; i++) {
		if (year_of(u->rows[i].published_on) == e->year)
			continue;
		const struct cat_row *row = &u->rows[i];
		struct rded *d = result_add(res, RS_OUTSIDE_YEAR, 0);
		d->file = xstrdup("catalog.csv");
		d->line = row->line;
		rarg_str(d->a, 1, row->title);
		rarg_num(d->a, 2, row->published_on);
	}
}
