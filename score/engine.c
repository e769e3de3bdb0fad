/*
 * engine — the rubric applied to one unit: the catalogue pass, the rule of
 * each criterion in order (rules[], rules_*.c), the notes, then findings,
 * base, total, the caps and the grade; see engine.h.
 */
#include "score/engine.h"
#include "common/date.h"
#include "common/util.h"
#include "score/rules.h"

#include <stdlib.h>
#include <string.h>

const rule_fn rules[NCRIT + 1] = {
	NULL,	  rule_c01, rule_c02, rule_c03, rule_c04, rule_c05, rule_c06,
	rule_c07, rule_c08, rule_c09, rule_c10, rule_c11, rule_c12, rule_c13,
};

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
		result_add(res, RS_NO_PACKAGE, 0);
		return;
	}
	struct unit_ctx uc;
	rules_prepare(e, u, &uc);
	for (int c = 1; c <= NCRIT; c++)
		if (res->applies[c] && rules[c])
			rules[c](e, u, &uc, res);
	rules_years_flags(e, u, &uc, res);
	rules_done(&uc);
	rules_outside_year(e, u, res);
}

static const enum reason_id finding_reason[] = {
	[FIND_NONDISCLOSURE] = RS_FINDING_NONDISCLOSURE,
	[FIND_SHAM] = RS_FINDING_SHAM,
	[FIND_LATE] = RS_FINDING_LATE,
	[FIND_OTHER] = RS_FINDING_OTHER,
	[FIND_BONUS] = RS_FINDING_BONUS,
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
		struct rded *d = result_add(res, finding_reason[f[i]->kind], f[i]->points);
		d->file = xstrdup("findings.csv");
		d->line = f[i]->line;
		rarg_str(d->a, 1, f[i]->description);
		if (*f[i]->evidence)
			rarg_str(rded_detail(d, RS_D_FINDING_EVIDENCE), 1, f[i]->evidence);
		if (f[i]->kind == FIND_BONUS) {
			res->bonus += f[i]->points;
		} else {
			res->deductions += f[i]->points;
			if (f[i]->kind == FIND_SHAM) {
				res->sham = 1;
				res->sham_findings++;
			}
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
		struct rded *d = result_add(res, RS_BONUS_CAPPED, 0);
		rarg_num(d->a, 1, res->bonus);
		rarg_num(d->a, 2, r->bonus_cap);
		bonus = r->bonus_cap;
	}
	long long total = res->base - res->deductions + bonus;
	res->total = total < 0 ? 0 : total > 10000 ? 10000 : total;
	if (res->missing) {
		res->total = 0;
		res->grade = GRADE_FAIL;
		return;
	}
	if (total != res->total) {
		struct rded *d = result_add(res, total > 10000 ? RS_TOTAL_CAPPED : RS_TOTAL_FLOORED, 0);
		rarg_num(d->a, 1, total);
	}
	if (res->adjust_total) { /* accepted objections on the total: after findings and their clamp, then clamped again */
		long long v = res->total + res->adjust_total;
		res->total = v < 0 ? 0 : v > 10000 ? 10000 : v;
	}
	res->grade = grade_of(r, res->total);
	if (res->sham && (int)res->grade < r->sham_cap) {
		struct rded *d = result_add(res, RS_GRADE_CAPPED, 0);
		rarg_num(d->a, 1, r->sham_cap);
		rarg_num(d->a, 2, res->grade);
		if (res->sham_rows)
			rarg_num(rded_detail(d, RS_D_CAP_SHAM_ROWS), 1, res->sham_rows);
		if (res->copied)
			rded_detail(d, RS_D_CAP_COPIED);
		if (res->sham_findings)
			rarg_num(rded_detail(d, RS_D_CAP_SHAM_FINDINGS), 1, res->sham_findings);
		res->grade = (enum grade)r->sham_cap;
		res->capped = 1;
	}
}
