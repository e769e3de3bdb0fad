/*
 * rules — the criteria, in three files by what they read (internal to the
 * engine; see engine.h for the entry points):
 *
 *   rules_catalog.c  C01–C04 and rows outside the year (catalog.csv)
 *   rules_stats.c    C05–C08 and C10–C13 (stats.csv, days late)
 *   rules_summary.c  C09 (summary.txt, copied summaries)
 *
 * Each adds a deduction for every lost point and sets res->crit[c].
 */
#ifndef GK_SCORE_RULES_H
#define GK_SCORE_RULES_H

#include "score/engine.h"

/* C01–C04; returns the number of counted normative rows (C08, identity 5). */
long long rules_catalog(const struct engine *e, const struct unit_in *u, struct unit_result *res);
/* A note with 0 points for every row published outside the year. */
void rules_outside_year(const struct engine *e, const struct unit_in *u, struct unit_result *res);
/* C05–C08. */
void rules_stats(const struct engine *e, const struct unit_in *u, long long counted_normative, struct unit_result *res);
/* C10–C13: the work figures. */
void rules_work(const struct engine *e, const struct unit_in *u, struct unit_result *res);
void rules_summary(const struct engine *e, const struct unit_in *u, struct unit_result *res);

/* The year of a day number. */
int year_of(day_t d);

#endif
