/*
 * rules_stats — the criteria read from the statistics (stats.csv) and the
 * package itself: C05 (overdue replies), C06 (corrected reviews and
 * lawsuits), C07 (days late), C08 (the six data-logic identities), C10–C12
 * (staff, training, leadership) and C13 (the service hall).  Each broken
 * identity of C08 lists, as details, every row or column that breaks it,
 * with the figures.
 */
#include "score/rules.h"
#include "common/codes.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long long stat(const struct unit_in *u, int idx)
{
	return idx >= 0 && u->stat ? u->stat[idx] : 0;
}

/* A criterion that loses `per` for each of `count`; floor 0.  The deduction, or NULL. */
static struct rded *per_count(struct unit_result *res, int crit, long long points, long long per, long long count,
			      enum reason_id id)
{
	long long lost = per * count;
	res->crit[crit] = lost >= points ? 0 : points - lost;
	if (count <= 0 || per <= 0)
		return NULL;
	struct rded *d = result_add(res, id, lost);
	rarg_num(d->a, 1, count);
	return d;
}

void rule_c05(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	(void)uc;
	const struct rubric *r = e->r;
	struct rded *d = per_count(res, 5, r->points[5], r->c05_per_case, stat(u, e->apply_overdue), RS_OVERDUE_REPLIES);
	if (d)
		d->file = xstrdup("stats.csv");
}

void rule_c06(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	(void)uc;
	const struct rubric *r = e->r;
	long long n[3], sum = 0;
	for (int i = 0; i < 3; i++)
		sum += n[i] = stat(u, e->t4[i][1]);
	struct rded *d = per_count(res, 6, r->points[6], r->c06_per_case, sum, RS_CORRECTED_CASES);
	if (!d)
		return;
	d->file = xstrdup("stats.csv");
	for (int i = 0; i < 3; i++) {
		if (!n[i])
			continue;
		struct rarg *a = rded_detail(d, RS_D_CORRECTED);
		rarg_str(a, 1, t4_rows[i].code);
		rarg_num(a, 2, n[i]);
	}
}

void rule_c07(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	(void)uc;
	const struct rubric *r = e->r;
	struct rded *d = per_count(res, 7, r->points[7], r->c07_per_day, u->days_late, RS_LATE_SUBMISSION);
	if (!d)
		return;
	rarg_str(d->a, 2, u->first_received_local ? u->first_received_local : "");
	rarg_num(d->a, 3, e->deadline);
}

/* One identity of C08 that failed: its deduction, for the caller to add the details. */
static struct rded *identity(struct unit_result *res, const struct rubric *r, enum reason_id id, int count);

/* If count > 0, an identity failed: a deduction taking tmp's details (tmp is emptied). 1 or 0. */
static int take(struct unit_result *res, const struct rubric *r, enum reason_id id, int count, struct rded *tmp)
{
	if (count <= 0) {
		rded_release(tmp);
		return 0;
	}
	struct rded *d = identity(res, r, id, count);
	d->items = tmp->items;
	d->nitems = tmp->nitems;
	tmp->items = NULL;
	tmp->nitems = 0;
	return 1;
}

static struct rded *identity(struct unit_result *res, const struct rubric *r, enum reason_id id, int count)
{
	struct rded *d = result_add(res, id, r->c08_per_identity);
	d->file = xstrdup("stats.csv");
	rarg_num(d->a, 1, count);
	return d;
}

void rule_c08(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	const struct rubric *r = e->r;
	int failed = 0, count;
	struct rded tmp;
	struct rarg *a;

	/* 1. Table 3, every row: total = the six other columns. */
	memset(&tmp, 0, sizeof(tmp));
	count = 0;
	for (int i = 0; i < 25; i++) {
		long long sum = 0;
		for (int j = 0; j < 6; j++)
			sum += stat(u, e->t3[i][j]);
		long long tot = stat(u, e->t3[i][6]);
		if (sum == tot)
			continue;
		count++;
		a = rded_detail(&tmp, RS_D_T3_ROW);
		rarg_str(a, 1, t3_rows[i].code);
		rarg_num(a, 2, tot);
		rarg_num(a, 3, sum);
	}
	failed += take(res, r, RS_LOGIC_T3_ROWS, count, &tmp);

	/* 2. Table 3, every column: the total row = open … other.other (rows 2..22). */
	count = 0;
	for (int j = 0; j < 7; j++) {
		long long sum = 0;
		for (int i = 2; i <= 22; i++)
			sum += stat(u, e->t3[i][j]);
		long long tot = stat(u, e->t3[23][j]);
		if (sum == tot)
			continue;
		count++;
		a = rded_detail(&tmp, RS_D_T3_COLUMN);
		rarg_str(a, 1, t3_cols[j].code);
		rarg_num(a, 2, tot);
		rarg_num(a, 3, sum);
	}
	failed += take(res, r, RS_LOGIC_T3_COLUMNS, count, &tmp);

	/* 3. Table 3, every column: new + carried = total + next_year. */
	count = 0;
	for (int j = 0; j < 7; j++) {
		long long nw = stat(u, e->t3[0][j]), ca = stat(u, e->t3[1][j]);
		long long to = stat(u, e->t3[23][j]), nx = stat(u, e->t3[24][j]);
		if (nw + ca == to + nx)
			continue;
		count++;
		a = rded_detail(&tmp, RS_D_T3_BALANCE);
		rarg_str(a, 1, t3_cols[j].code);
		rarg_num(a, 2, nw);
		rarg_num(a, 3, ca);
		rarg_num(a, 4, nw + ca);
		rarg_num(a, 5, to);
		rarg_num(a, 6, nx);
		rarg_num(a, 7, to + nx);
	}
	failed += take(res, r, RS_LOGIC_T3_BALANCE, count, &tmp);

	/* 4. Table 4, every row: total = upheld + corrected + other + pending. */
	count = 0;
	for (int i = 0; i < 3; i++) {
		long long sum = 0;
		for (int j = 0; j < 4; j++)
			sum += stat(u, e->t4[i][j]);
		long long tot = stat(u, e->t4[i][4]);
		if (sum == tot)
			continue;
		count++;
		a = rded_detail(&tmp, RS_D_T4_ROW);
		rarg_str(a, 1, t4_rows[i].code);
		rarg_num(a, 2, tot);
		rarg_num(a, 3, sum);
	}
	failed += take(res, r, RS_LOGIC_T4_ROWS, count, &tmp);
	rded_release(&tmp);

	/* 5. Counted normative rows ≥ t1.normative.issued. */
	long long issued = stat(u, e->normative_issued), normative = uc->counted_normative;
	if (normative < issued) {
		struct rded *d = identity(res, r, RS_LOGIC_NORMATIVE, 0);
		rarg_num(d->a, 1, issued);
		rarg_num(d->a, 2, normative);
		failed++;
	}

	/* 6. work.hall_in ≤ work.hall_items. */
	long long hin = stat(u, e->hall_in), hitems = stat(u, e->hall_items);
	if (hin > hitems) {
		struct rded *d = identity(res, r, RS_LOGIC_HALL, 0);
		rarg_num(d->a, 1, hin);
		rarg_num(d->a, 2, hitems);
		failed++;
	}

	/* 7–9: across years and the summary's figures (rules_years.c) */
	failed += rules_years_identities(e, u, res);

	long long lost = r->c08_per_identity * failed;
	res->crit[8] = lost >= r->points[8] ? 0 : r->points[8] - lost;
}

/* C10–C12: at least `min` of a work figure, else 0. */
static void at_least(const struct unit_in *u, struct unit_result *res, int crit, long long points, int idx,
		     long long min, enum reason_id id)
{
	long long v = stat(u, idx);
	res->crit[crit] = v >= min ? points : 0;
	if (v < min && points > 0) {
		struct rded *d = result_add(res, id, points);
		d->file = xstrdup("stats.csv");
		rarg_num(d->a, 1, v);
		rarg_num(d->a, 2, min);
	}
}

void rule_c10(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	(void)uc;
	at_least(u, res, 10, e->r->points[10], e->staff, e->r->c10_min, RS_NO_STAFF);
}

void rule_c11(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	(void)uc;
	at_least(u, res, 11, e->r->points[11], e->training, e->r->c11_min, RS_NO_TRAINING);
}

void rule_c12(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	(void)uc;
	at_least(u, res, 12, e->r->points[12], e->meetings, e->r->c12_min, RS_NO_LEADER_MEETINGS);
}

void rule_c13(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	(void)uc;
	long long pts = e->r->points[13];
	long long hin = stat(u, e->hall_in), items = stat(u, e->hall_items);
	res->crit[13] = items == 0 ? pts : points_ratio(pts, hin, items);
	if (res->crit[13] < pts) {
		struct rded *d = result_add(res, RS_HALL_RATIO, pts - res->crit[13]);
		d->file = xstrdup("stats.csv");
		rarg_num(d->a, 1, hin);
		rarg_num(d->a, 2, items);
	}
}
