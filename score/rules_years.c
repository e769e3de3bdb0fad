/*
 * rules_years — the checks across years and the summary's figures
 * (years.md), on a unit's figures and its previous figures (u->prev, read
 * by previous.c from the archive or the baseline file):
 *
 *   7. Table 3, every column: carried over = last year's carried to next
 *      year; checkable when last year's next_year of every column exists.
 *   8. For rules and normative documents: in force = last year's in force +
 *      issued − repealed; a kind without last year's in force is skipped,
 *      checkable when one kind is.
 *   9. Each number the summary states after a phrase of [rubric]
 *      text_figures (score/figures.c) = the sum of the phrase's codes;
 *      checkable when the summary states one.
 *   同比异常: for each code of [rubric] yoy_codes and the count of catalogue
 *      rows published in the year: last year's value ≥ yoy_min and this
 *      year's more than yoy_factor times it (this × 1 > prev × factor) or
 *      less than it divided by yoy_factor (this × factor < prev).  Each
 *      flag costs yoy_penalty and never fails an identity.
 *
 * A check that cannot be made costs nothing; res->unchecked collects them
 * and one note lists them all.  Every failure is a deduction whose details
 * hold this year's and last year's cells.
 */
#include "score/rules.h"
#include "common/codes.h"
#include "common/util.h"
#include "score/figures.h"

#include <stdlib.h>
#include <string.h>

static long long stat(const struct unit_in *u, int idx)
{
	return idx >= 0 && u->stat ? u->stat[idx] : 0;
}

static int prev_has(const struct unit_in *u, int idx)
{
	return idx >= 0 && u->prev.has && u->prev.has[idx];
}

static long long prev(const struct unit_in *u, int idx)
{
	return prev_has(u, idx) ? u->prev.stat[idx] : 0;
}

/* A failed identity of C08 (count in a1), taking tmp's details. */
static void failed_identity(struct unit_result *res, const struct rubric *r, enum reason_id id, int count,
			    struct rded *tmp)
{
	struct rded *d = result_add(res, id, r->c08_per_identity);
	d->file = xstrdup(id == RS_LOGIC_TEXT_FIGURES ? "summary.txt" : "stats.csv");
	rarg_num(d->a, 1, count);
	d->items = tmp->items;
	d->nitems = tmp->nitems;
	tmp->items = NULL;
	tmp->nitems = 0;
}

/* 7. Carried over = last year's carried to next year, every column. */
static int carried(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	for (int j = 0; j < 7; j++)
		if (!prev_has(u, e->t3[24][j])) {
			res->unchecked |= NC_CARRIED;
			return 0;
		}
	struct rded tmp;
	memset(&tmp, 0, sizeof(tmp));
	int count = 0;
	for (int j = 0; j < 7; j++) {
		long long now = stat(u, e->t3[1][j]), then = prev(u, e->t3[24][j]);
		if (now == then)
			continue;
		count++;
		struct rarg *a = rded_detail(&tmp, RS_D_CARRIED);
		rarg_str(a, 1, t3_cols[j].code);
		rarg_num(a, 2, now);
		rarg_num(a, 3, then);
	}
	if (!count) {
		rded_release(&tmp);
		return 0;
	}
	failed_identity(res, e->r, RS_LOGIC_CARRIED, count, &tmp);
	return 1;
}

static const char *const kinds[2] = { "rules", "normative" };

/* 8. In force = last year's in force + issued − repealed, for each kind with last year's in force. */
static int in_force(const struct unit_in *u, const struct rubric *r, struct unit_result *res)
{
	static const enum reason_id detail[2] = { RS_D_IN_FORCE_RULES, RS_D_IN_FORCE_NORMATIVE };
	struct rded tmp;
	memset(&tmp, 0, sizeof(tmp));
	int checkable = 0, count = 0;
	char code[48];
	for (int k = 0; k < 2; k++) {
		snprintf(code, sizeof(code), "t1.%s.in_force", kinds[k]);
		int force = stat_index(code);
		snprintf(code, sizeof(code), "t1.%s.issued", kinds[k]);
		int issued = stat_index(code);
		snprintf(code, sizeof(code), "t1.%s.repealed", kinds[k]);
		int repealed = stat_index(code);
		if (!prev_has(u, force))
			continue;
		checkable = 1;
		long long want = prev(u, force) + stat(u, issued) - stat(u, repealed);
		if (stat(u, force) == want)
			continue;
		count++;
		struct rarg *a = rded_detail(&tmp, detail[k]);
		rarg_num(a, 1, stat(u, force));
		rarg_num(a, 2, prev(u, force));
		rarg_num(a, 3, stat(u, issued));
		rarg_num(a, 4, stat(u, repealed));
		rarg_num(a, 5, want);
	}
	if (!checkable)
		res->unchecked |= NC_IN_FORCE;
	if (!count) {
		rded_release(&tmp);
		return 0;
	}
	failed_identity(res, r, RS_LOGIC_IN_FORCE, count, &tmp);
	return 1;
}

/* 9. The summary's figures against the tables. */
static int text_figures(const struct unit_in *u, const struct rubric *r, struct unit_result *res)
{
	const char *summary = u->summary ? u->summary : "";
	struct rded tmp;
	memset(&tmp, 0, sizeof(tmp));
	size_t stated_any = 0;
	int count = 0;
	for (size_t f = 0; f < r->nfigures; f++) {
		const struct text_figure *tf = &r->figures[f];
		size_t n = figures_stated(summary, tf->phrase, NULL, 0);
		if (!n)
			continue;
		stated_any += n;
		struct stated *s = xcalloc(n, sizeof(*s));
		figures_stated(summary, tf->phrase, s, n);
		long long sum = 0;
		for (int c = 0; c < tf->ncodes; c++)
			sum += stat(u, tf->code[c]);
		for (size_t i = 0; i < n; i++) {
			if (s[i].value == sum)
				continue;
			count++;
			struct rarg *a = rded_detail(&tmp, RS_D_TEXT_FIGURE);
			rarg_str(a, 1, tf->phrase);
			rarg_num(a, 2, s[i].value);
			rarg_num(a, 3, sum);
		}
		free(s);
	}
	if (!stated_any)
		res->unchecked |= NC_FIGURES;
	if (!count) {
		rded_release(&tmp);
		return 0;
	}
	failed_identity(res, r, RS_LOGIC_TEXT_FIGURES, count, &tmp);
	return 1;
}

int *engine_prev_codes(const struct engine *e, size_t *n)
{
	int *idx = xmalloc((7 + ARRAY_SIZE(kinds) + e->r->nyoy) * sizeof(int));
	size_t k = 0;
	for (int j = 0; j < 7; j++)
		idx[k++] = e->t3[24][j];
	for (size_t i = 0; i < ARRAY_SIZE(kinds); i++) {
		char code[48];
		snprintf(code, sizeof(code), "t1.%s.in_force", kinds[i]);
		idx[k++] = stat_index(code);
	}
	for (size_t i = 0; i < e->r->nyoy; i++)
		idx[k++] = e->r->yoy_codes[i];
	size_t out = 0;
	for (size_t i = 0; i < k; i++) {
		int seen = idx[i] < 0;
		for (size_t j = 0; j < out && !seen; j++)
			seen = idx[j] == idx[i];
		if (!seen)
			idx[out++] = idx[i];
	}
	*n = out;
	return idx;
}

int rules_years_identities(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	return carried(e, u, res) + in_force(u, e->r, res) + text_figures(u, e->r, res);
}

/* this / prev in hundredths, rounded half-up (prev > 0). */
static long long ratio(long long now, long long then)
{
	return mul_div_half_up(now, 100, then);
}

/* Is now an anomaly against then?  Both are whole numbers ≥ 0. */
static int anomalous(const struct rubric *r, long long now, long long then)
{
	if (then < r->yoy_min || then <= 0)
		return 0;
	return now > then * r->yoy_factor || now * r->yoy_factor < then;
}

/* A flag: a note, or a deduction from the total when yoy_penalty > 0. */
static struct rded *flag(struct unit_result *res, const struct rubric *r, enum reason_id note, enum reason_id cost,
			 const char *file)
{
	struct rded *d = result_add(res, r->yoy_penalty > 0 ? cost : note, r->yoy_penalty);
	d->file = xstrdup(file);
	res->deductions += r->yoy_penalty;
	return d;
}

static void note(struct unit_result *res)
{
	static const struct {
		unsigned bit;
		enum reason_id id;
	} order[] = { { NC_CARRIED, RS_D_NC_CARRIED }, { NC_IN_FORCE, RS_D_NC_IN_FORCE },
		      { NC_FIGURES, RS_D_NC_FIGURES }, { NC_REPEAT, RS_D_NC_REPEAT }, { NC_YOY, RS_D_NC_YOY } };
	if (!res->unchecked)
		return;
	struct rded *d = result_add(res, RS_NOT_CHECKABLE, 0);
	for (size_t i = 0; i < ARRAY_SIZE(order); i++)
		if (res->unchecked & order[i].bit)
			rded_detail(d, order[i].id);
}

void rules_years_flags(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc,
		       struct unit_result *res)
{
	(void)uc;
	const struct rubric *r = e->r;
	int compared = 0;
	size_t ncodes;
	const struct statcode *codes = stat_codes(&ncodes);
	for (size_t k = 0; k < r->nyoy; k++) {
		int idx = r->yoy_codes[k];
		if (!prev_has(u, idx))
			continue;
		compared = 1;
		long long now = stat(u, idx), then = prev(u, idx);
		if (!anomalous(r, now, then))
			continue;
		struct rded *d = flag(res, r, RS_YOY_FLAG, RS_YOY_FLAG_COST, "stats.csv");
		rarg_str(d->a, 1, codes[idx].code);
		rarg_num(d->a, 2, now);
		rarg_num(d->a, 3, then);
		rarg_num(d->a, 4, ratio(now, then));
	}
	if (u->prev.has_catalog) {
		compared = 1;
		long long now = 0, then = u->prev.catalog_rows;
		for (size_t i = 0; i < u->nrows; i++) /* every row published in the year, sham rows included */
			now += year_of(u->rows[i].published_on) == e->year;
		if (anomalous(r, now, then)) {
			struct rded *d = flag(res, r, RS_YOY_CATALOG, RS_YOY_CATALOG_COST, "catalog.csv");
			rarg_num(d->a, 1, now);
			rarg_num(d->a, 2, then);
			rarg_num(d->a, 3, ratio(now, then));
		}
	}
	if (!compared && (r->nyoy || !u->prev.has_catalog))
		res->unchecked |= NC_YOY;
	note(res);
}
