/*
 * context — what the rules need to know of the year, worked out once per
 * scoring run (struct engine): the stat indexes of the codes the rubric
 * reads, the rubric's placeholders folded for comparison, and the working
 * days of the year before, the year and the year after as prefix sums.
 * Every number comes from struct rubric; working days from the configured
 * calendar; the year window from the configured year.
 */
#ifndef GK_SCORE_CONTEXT_H
#define GK_SCORE_CONTEXT_H

#include "common/date.h"
#include "common/rubric.h"

#include <stddef.h>

struct engine {
	const struct rubric *r;
	const struct calendar *cal;
	int year;
	day_t deadline;          /* [collect] deadline: days late are counted from it (C07) */
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

void engine_init(struct engine *e, const struct rubric *r, const struct calendar *cal, int year, day_t deadline);
void engine_release(struct engine *e);

/* Working days after `from` up to and including `to` (calendar_workdays_between, from a table when it can). */
int engine_workdays(const struct engine *e, day_t from, day_t to);

/* The year of a day number. */
int year_of(day_t d);

#endif
