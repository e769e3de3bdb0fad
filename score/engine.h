/*
 * engine — the rubric applied to one unit in memory (rubric.md).
 *
 * Pure computation: no database, no files, no printing.  engine_score_unit()
 * works out C01–C13 from a unit's newest package and records a deduction for
 * every lost point; engine_finish() adds the evaluators' findings and works
 * out base, total and grade.  Ranking across units is rank.c's.
 *
 * Every number comes from struct rubric; working days from the configured
 * calendar; the year window from the configured year.
 */
#ifndef GK_SCORE_ENGINE_H
#define GK_SCORE_ENGINE_H

#include "common/date.h"
#include "common/rubric.h"
#include "score/model.h"

struct engine {
	const struct rubric *r;
	const struct calendar *cal;
	int year;
	/* stat_index() of the codes the rubric reads */
	int t3[25][7];
	int t4[3][5];
	int normative_issued, apply_overdue, staff, training, meetings, hall_items, hall_in;
	char **placeholders;   /* the rubric's placeholders, trimmed and case-folded */
	size_t nplaceholders;
	/* Working days as prefix sums over the year before, the year and the year after:
	 * cum[i] = working days in [cum_base, cum_base + i). */
	day_t cum_base;
	int *cum;
	size_t ncum;
};

void engine_init(struct engine *e, const struct rubric *r, const struct calendar *cal, int year);
void engine_release(struct engine *e);

/* C01–C13 of u into res (which is cleared first). */
void engine_score_unit(const struct engine *e, const struct unit_in *u, struct unit_result *res);

/* Does criterion c (1..13) apply to u? */
int engine_applies(const struct engine *e, const struct unit_in *u, int c);

/* Findings (those of this unit), the accepted objections already summed in res->adjust[] and
 * res->adjust_total, base, total, grade and the sham cap. */
void engine_finish(const struct engine *e, const struct unit_in *u, const struct finding *const *f, size_t nf,
		   struct unit_result *res);

/* Working days after `from` up to and including `to` (calendar_workdays_between, from a table when it can). */
int engine_workdays(const struct engine *e, day_t from, day_t to);

#endif
