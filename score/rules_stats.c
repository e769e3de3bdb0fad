/*
 * rules_stats — the criteria read from the statistics (stats.csv) and the
 * package itself: C05 (overdue replies), C06 (corrected reviews and
 * lawsuits), C07 (days late), C08 (the six data-logic identities), C10–C12
 * (staff, training, leadership) and C13 (the service hall).
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

static const char *stat_code(int idx)
{
	size_t n;
	const struct statcode *c = stat_codes(&n);
	return idx >= 0 && (size_t)idx < n ? c[idx].code : "?";
}

/* A criterion that loses `per` for each of `count`; floor 0. */
static void per_count(struct unit_result *res, int crit, long long points, long long per, long long count,
		      const char *reason, char *evidence)
{
	long long lost = per * count;
	res->crit[crit] = lost >= points ? 0 : points - lost;
	if (count > 0 && per > 0) {
		struct deduction *d = result_add(res, crit, reason, lost);
		d->n[0] = count;
		d->n[1] = per;
		d->evidence = evidence;
	} else {
		free(evidence);
	}
}

static void c05_c06_c07(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	const struct rubric *r = e->r;
	long long od = stat(u, e->apply_overdue);
	per_count(res, 5, r->points[5], r->c05_per_case, od, "overdue_replies", xasprintf("work.apply_overdue=%lld", od));
	long long a = stat(u, e->t4[0][1]), b = stat(u, e->t4[1][1]), c = stat(u, e->t4[2][1]);
	per_count(res, 6, r->points[6], r->c06_per_case, a + b + c, "corrected_cases",
		  xasprintf("%s=%lld; %s=%lld; %s=%lld", stat_code(e->t4[0][1]), a, stat_code(e->t4[1][1]), b,
			    stat_code(e->t4[2][1]), c));
	per_count(res, 7, r->points[7], r->c07_per_day, u->days_late, "late_submission",
		  xasprintf("days_late=%d; version=1", u->days_late));
}

/* One identity of C08: record it if `bad` (evidence owned by the deduction). */
static int identity(struct unit_result *res, const struct rubric *r, int failed, const char *reason, int count,
		    struct strbuf *ev)
{
	if (!failed) {
		sb_release(ev);
		return 0;
	}
	struct deduction *d = result_add(res, 8, reason, r->c08_per_identity);
	d->n[0] = count;
	d->evidence = sb_detach(ev);
	return 1;
}

static void c08(const struct engine *e, const struct unit_in *u, long long normative, struct unit_result *res)
{
	const struct rubric *r = e->r;
	int failed = 0, count;
	struct strbuf ev = STRBUF_INIT;

	/* 1. Table 3, every row: total = the six other columns. */
	count = 0;
	for (int i = 0; i < 25; i++) {
		long long sum = 0;
		for (int j = 0; j < 6; j++)
			sum += stat(u, e->t3[i][j]);
		long long tot = stat(u, e->t3[i][6]);
		if (sum != tot)
			sb_addf(&ev, "%s%s=%lld≠%lld", count++ ? "; " : "", stat_code(e->t3[i][6]), tot, sum);
	}
	failed += identity(res, r, count > 0, "logic_t3_rows", count, &ev);

	/* 2. Table 3, every column: the total row = open … other.other (rows 2..22). */
	count = 0;
	for (int j = 0; j < 7; j++) {
		long long sum = 0;
		for (int i = 2; i <= 22; i++)
			sum += stat(u, e->t3[i][j]);
		long long tot = stat(u, e->t3[23][j]);
		if (sum != tot)
			sb_addf(&ev, "%s%s=%lld≠%lld", count++ ? "; " : "", stat_code(e->t3[23][j]), tot, sum);
	}
	failed += identity(res, r, count > 0, "logic_t3_columns", count, &ev);

	/* 3. Table 3, every column: new + carried = total + next_year. */
	count = 0;
	for (int j = 0; j < 7; j++) {
		long long in = stat(u, e->t3[0][j]) + stat(u, e->t3[1][j]);
		long long out = stat(u, e->t3[23][j]) + stat(u, e->t3[24][j]);
		if (in != out)
			sb_addf(&ev, "%s%s+%s=%lld≠%s+%s=%lld", count++ ? "; " : "", stat_code(e->t3[0][j]),
				stat_code(e->t3[1][j]), in, stat_code(e->t3[23][j]), stat_code(e->t3[24][j]), out);
	}
	failed += identity(res, r, count > 0, "logic_t3_balance", count, &ev);

	/* 4. Table 4, every row: total = upheld + corrected + other + pending. */
	count = 0;
	for (int i = 0; i < 3; i++) {
		long long sum = 0;
		for (int j = 0; j < 4; j++)
			sum += stat(u, e->t4[i][j]);
		long long tot = stat(u, e->t4[i][4]);
		if (sum != tot)
			sb_addf(&ev, "%s%s=%lld≠%lld", count++ ? "; " : "", stat_code(e->t4[i][4]), tot, sum);
	}
	failed += identity(res, r, count > 0, "logic_t4_rows", count, &ev);

	/* 5. Counted normative rows ≥ t1.normative.issued. */
	long long issued = stat(u, e->normative_issued);
	if (normative < issued)
		sb_addf(&ev, "t1.normative.issued=%lld>normative_rows=%lld", issued, normative);
	failed += identity(res, r, normative < issued, "logic_normative", 1, &ev);
	if (normative < issued) {
		res->d[res->nd - 1].n[1] = issued;
		res->d[res->nd - 1].n[2] = normative;
	}

	/* 6. work.hall_in ≤ work.hall_items. */
	long long hin = stat(u, e->hall_in), hitems = stat(u, e->hall_items);
	if (hin > hitems)
		sb_addf(&ev, "work.hall_in=%lld>work.hall_items=%lld", hin, hitems);
	failed += identity(res, r, hin > hitems, "logic_hall", 1, &ev);

	long long lost = r->c08_per_identity * failed;
	res->crit[8] = lost >= r->points[8] ? 0 : r->points[8] - lost;
}

static void at_least(const struct unit_in *u, struct unit_result *res, int crit, long long points, int idx,
		     long long min, const char *reason)
{
	long long v = stat(u, idx);
	res->crit[crit] = v >= min ? points : 0;
	if (v < min && points > 0) {
		struct deduction *d = result_add(res, crit, reason, points);
		d->n[0] = v;
		d->n[1] = min;
		d->evidence = xasprintf("%s=%lld<%lld", stat_code(idx), v, min);
	}
}

static void c13(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	long long pts = e->r->points[13];
	long long hin = stat(u, e->hall_in), items = stat(u, e->hall_items);
	res->crit[13] = items == 0 ? pts : points_ratio(pts, hin, items);
	if (res->crit[13] < pts) {
		struct deduction *d = result_add(res, 13, "hall_ratio", pts - res->crit[13]);
		d->n[0] = hin;
		d->n[1] = items;
		d->evidence = xasprintf("work.hall_in=%lld; work.hall_items=%lld", hin, items);
	}
}

void rules_stats(const struct engine *e, const struct unit_in *u, long long counted_normative, struct unit_result *res)
{
	c05_c06_c07(e, u, res);
	c08(e, u, counted_normative, res);
}

void rules_work(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	const struct rubric *r = e->r;
	at_least(u, res, 10, r->points[10], e->staff, r->c10_min, "no_staff");
	at_least(u, res, 11, r->points[11], e->training, r->c11_min, "no_training");
	at_least(u, res, 12, r->points[12], e->meetings, r->c12_min, "no_leader_meetings");
	if (res->applies[13])
		c13(e, u, res);
}
