/*
 * rules — the criteria, one function each, in three files by what they read
 * (internal to the engine; see engine.h for the entry points):
 *
 *   rules_catalog.c  C01–C04 and rows outside the year (catalog.csv)
 *   rules_stats.c    C05–C08 and C10–C13 (stats.csv, days late)
 *   rules_summary.c  C09 (summary.txt, copied summaries)
 *
 * rules[c] scores criterion c: it adds a deduction for every lost point and
 * sets res->crit[c].  The engine calls them in criterion order, after
 * rules_prepare() has made one pass over the catalogue (struct unit_ctx).
 */
#ifndef GK_SCORE_RULES_H
#define GK_SCORE_RULES_H

#include "score/context.h"
#include "score/model.h"

struct row_info;

/* What the rules share about one unit. */
struct unit_ctx {
	struct row_info *info;      /* per catalogue row: in the year, sham rules broken */
	long long counted_normative; /* counted rows of category normative (C04, C08 identity 5) */
};

typedef void (*rule_fn)(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc,
			struct unit_result *res);
/* [1..NCRIT]: the rule of each criterion. */
extern const rule_fn rules[NCRIT + 1];

/* The catalogue pass (rules_catalog.c); uc is released with rules_done(). */
void rules_prepare(const struct engine *e, const struct unit_in *u, struct unit_ctx *uc);
void rules_done(struct unit_ctx *uc);
/*
 * Across years (rules_years.c, years.md).  Identities 7–9 are part of C08
 * (rule_c08 adds their failures); the repeat of last year's summary is part
 * of C09 (rule_c09); the year-on-year flags and the one note listing the
 * checks that could not be made come after the criteria.
 */
enum { NC_CARRIED = 1, NC_IN_FORCE = 2, NC_REPEAT = 4, NC_YOY = 8, NC_FIGURES = 16 };
/* Identities 7, 8 and 9: a deduction for each that fails; returns how many failed. */
int rules_years_identities(const struct engine *e, const struct unit_in *u, struct unit_result *res);
/* The 同比异常 flags (each costing yoy_penalty), then the note of res->unchecked. */
void rules_years_flags(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc,
		       struct unit_result *res);

/* A note with 0 points for every row published outside the year. */
void rules_outside_year(const struct engine *e, const struct unit_in *u, struct unit_result *res);

void rule_c01(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c02(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c03(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c04(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c05(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c06(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c07(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c08(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c09(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c10(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c11(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c12(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);
void rule_c13(const struct engine *, const struct unit_in *, const struct unit_ctx *, struct unit_result *);

#endif
