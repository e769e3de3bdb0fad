/*
 * engine — the rubric applied to one unit: set-up (stat indexes, folded
 * placeholders, the working-day table), the order of the criteria
 * (rules_*.c), then findings, base, total and grade; see engine.h.
 */
#include "score/engine.h"
#include "common/codes.h"
#include "common/util.h"
#include "score/rules.h"
#include "score/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void engine_init(struct engine *e, const struct rubric *r, const struct calendar *cal, int year)
{
	memset(e, 0, sizeof(*e));
	e->r = r;
	e->cal = cal;
	e->year = year;
	char code[80];
	for (size_t i = 0; i < n_t3_rows && i < 25; i++)
		for (size_t j = 0; j < n_t3_cols && j < 7; j++) {
			snprintf(code, sizeof(code), "t3.%s.%s", t3_rows[i].code, t3_cols[j].code);
			e->t3[i][j] = stat_index(code);
		}
	for (size_t i = 0; i < n_t4_rows && i < 3; i++)
		for (size_t j = 0; j < n_t4_cols && j < 5; j++) {
			snprintf(code, sizeof(code), "t4.%s.%s", t4_rows[i].code, t4_cols[j].code);
			e->t4[i][j] = stat_index(code);
		}
	e->normative_issued = stat_index("t1.normative.issued");
	e->apply_overdue = stat_index("work.apply_overdue");
	e->staff = stat_index("work.staff");
	e->training = stat_index("work.training");
	e->meetings = stat_index("work.leader_meetings");
	e->hall_items = stat_index("work.hall_items");
	e->hall_in = stat_index("work.hall_in");
	e->nplaceholders = r->placeholders.n;
	e->placeholders = xcalloc(e->nplaceholders ? e->nplaceholders : 1, sizeof(char *));
	for (size_t i = 0; i < e->nplaceholders; i++)
		e->placeholders[i] = text_fold_trimmed(r->placeholders.s[i]);
	day_t first = 0, last = 0;
	if (day_from_ymd(year - 1, 1, 1, &first) == 0 && day_from_ymd(year + 1, 12, 31, &last) == 0) {
		e->cum_base = first;
		e->ncum = (size_t)(last - first) + 2;
		e->cum = xmalloc(e->ncum * sizeof(int));
		e->cum[0] = 0;
		for (size_t i = 1; i < e->ncum; i++)
			e->cum[i] = e->cum[i - 1] + calendar_is_workday(cal, first + (day_t)(i - 1));
	}
}

void engine_release(struct engine *e)
{
	for (size_t i = 0; i < e->nplaceholders; i++)
		free(e->placeholders[i]);
	free(e->placeholders);
	free(e->cum);
	e->placeholders = NULL;
	e->cum = NULL;
	e->nplaceholders = e->ncum = 0;
}

int engine_workdays(const struct engine *e, day_t from, day_t to)
{
	if (to <= from)
		return 0;
	if (e->cum && from >= e->cum_base && (size_t)(to - e->cum_base) + 1 < e->ncum)
		return e->cum[to - e->cum_base + 1] - e->cum[from - e->cum_base + 1];
	return calendar_workdays_between(e->cal, from, to);
}

int engine_applies(const struct engine *e, const struct unit_in *u, int c)
{
	if (c == 13)
		return e->r->c13_duty && strlist_has(&u->duties, e->r->c13_duty);
	return c >= 1 && c <= NCRIT;
}

void engine_score_unit(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	memset(res, 0, sizeof(*res));
	res->group = group_of(u->type);
	for (int c = 1; c <= NCRIT; c++)
		res->applies[c] = 1;
	res->applies[13] = engine_applies(e, u, 13);
	if (!u->has_package) {
		res->missing = 1;
		struct deduction *d = result_add(res, 0, "no_package", 0);
		d->evidence = xstrdup("package=none");
		return;
	}
	long long normative = rules_catalog(e, u, res);
	rules_stats(e, u, normative, res);
	rules_summary(e, u, res);
	rules_work(e, u, res);
	rules_outside_year(e, u, res);
}

static const char *const finding_reason[] = {
	[FIND_NONDISCLOSURE] = "finding_nondisclosure",
	[FIND_SHAM] = "finding_sham",
	[FIND_LATE] = "finding_late",
	[FIND_OTHER] = "finding_other",
	[FIND_BONUS] = "finding_bonus",
};

static enum grade grade_of(const struct rubric *r, long long total)
{
	if (total >= r->band_excellent)
		return GRADE_EXCELLENT;
	if (total >= r->band_good)
		return GRADE_GOOD;
	if (total >= r->band_pass)
		return GRADE_PASS;
	return GRADE_FAIL;
}

void engine_finish(const struct engine *e, const struct unit_in *u, const struct finding *const *f, size_t nf,
		   struct unit_result *res)
{
	const struct rubric *r = e->r;
	(void)u;
	for (size_t i = 0; i < nf; i++) {
		struct deduction *d = result_add(res, 0, finding_reason[f[i]->kind], f[i]->points);
		d->file = "findings.csv";
		d->line = f[i]->line;
		d->s1 = xstrdup(f[i]->description);
		d->evidence = xasprintf("findings.csv:%ld%s%s", f[i]->line, *f[i]->evidence ? "; " : "", f[i]->evidence);
		if (f[i]->kind == FIND_BONUS) {
			res->bonus += f[i]->points;
		} else {
			res->deductions += f[i]->points;
			if (f[i]->kind == FIND_SHAM)
				res->sham = 1;
		}
	}
	res->earned = res->possible = 0;
	for (int c = 1; c <= NCRIT; c++) {
		if (!res->applies[c])
			continue;
		if (res->missing)
			res->crit[c] = 0;
		else if (res->adjust[c]) { /* accepted objections: summed, then clamped once to [0, points] */
			long long v = res->crit[c] + res->adjust[c];
			res->crit[c] = v < 0 ? 0 : v > r->points[c] ? r->points[c] : v;
		}
		res->earned += res->crit[c];
		res->possible += r->points[c];
	}
	res->base = res->possible > 0 ? mul_div_half_up(res->earned, 10000, res->possible) : 0;
	long long bonus = res->bonus;
	if (bonus > r->bonus_cap) {
		struct deduction *d = result_add(res, 0, "bonus_capped", 0);
		d->n[0] = res->bonus;
		d->n[1] = r->bonus_cap;
		d->evidence = xasprintf("bonus=%lld.%02lld>bonus_cap=%lld.%02lld", res->bonus / 100, res->bonus % 100,
					r->bonus_cap / 100, r->bonus_cap % 100);
		bonus = r->bonus_cap;
	}
	long long total = res->base - res->deductions + bonus;
	res->total = total < 0 ? 0 : total > 10000 ? 10000 : total;
	if (res->missing) {
		res->total = 0;
		res->grade = GRADE_FAIL;
		return;
	}
	if (res->adjust_total) { /* after findings and their clamp, then clamped again */
		long long v = res->total + res->adjust_total;
		res->total = v < 0 ? 0 : v > 10000 ? 10000 : v;
	}
	res->grade = grade_of(r, res->total);
	if (res->sham && (int)res->grade < r->sham_cap) {
		res->grade = (enum grade)r->sham_cap;
		res->capped = 1;
		struct deduction *d = result_add(res, 0, "grade_capped", 0);
		d->n[0] = res->total;
		d->n[1] = r->sham_cap;
		d->evidence = xstrdup("sham=yes");
	}
}
