/*
 * engine — the rubric applied to one unit in memory (rubric.md).
 *
 * Pure computation: no database, no files, no printing.  engine_score_unit()
 * loops over the criteria (rules[] in rules.h, one function per criterion)
 * on a unit's newest package and records a deduction for every lost point;
 * engine_finish() adds the evaluators' findings and works out base, total
 * and grade.  Ranking across units is rank.c's; the per-year context
 * (struct engine) is context.h's.
 */
#ifndef GK_SCORE_ENGINE_H
#define GK_SCORE_ENGINE_H

#include "score/context.h"
#include "score/model.h"

/* C01–C13 of u into res (which is cleared first). */
void engine_score_unit(const struct engine *e, const struct unit_in *u, struct unit_result *res);

/* Does criterion c (1..13) apply to u? */
int engine_applies(const struct engine *e, const struct unit_in *u, int c);

/* Findings (those of this unit), the accepted objections already summed in res->adjust[] and
 * res->adjust_total, base, total, grade and the sham cap. */
void engine_finish(const struct engine *e, const struct unit_in *u, const struct finding *const *f, size_t nf,
		   struct unit_result *res);

/*
 * The stats codes (stat_index()) of last year's figures that the checks
 * across years read (rules_years.c): Table 3's carried-to-next-year row, the
 * documents in force, [rubric] yoy_codes; each once.  Owned by the caller
 * (free()); their count in *n.
 */
int *engine_prev_codes(const struct engine *e, size_t *n);

#endif
