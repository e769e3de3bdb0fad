/*
 * model — the scoring stage's data in memory.
 *
 * struct unit_in is what the engine needs of one roster unit (its newest
 * accepted package, read from the database by load.c or built by a test);
 * struct unit_result is what it makes of it: the thirteen criteria, the
 * deductions that explain every lost point, the findings, total, grade and
 * rank.  All scores are integer hundredths of a point.
 *
 * Ownership: unit_in_release() and unit_result_release() free everything a
 * struct points to (strings, arrays); the structs themselves belong to
 * whoever holds them (usually an array in struct scoring, see scoring.h).
 */
#ifndef GK_SCORE_MODEL_H
#define GK_SCORE_MODEL_H

#include "common/criteria.h"
#include "common/date.h"
#include "common/roster.h"
#include "common/rubric.h"

#include <limits.h>
#include <stddef.h>

#define NO_DAY INT_MIN      /* a blank formed_on */
#define NO_CHARS (-1LL)     /* a blank chars */

struct cat_row {
	long line;              /* line in catalog.csv */
	char *title;
	char *category;         /* category code */
	day_t formed_on;        /* NO_DAY when blank */
	day_t published_on;
	long long chars;        /* NO_CHARS when blank */
};

/* Another unit whose summary this unit's summary copies (C09). */
struct copy_of {
	char *code;
	char *name;
	long long similarity;   /* Jaccard, in ten-thousandths, rounded down */
};

/* Last year's figures of a unit (years.md), filled by previous.c. */
enum prev_from { PREV_NONE, PREV_ARCHIVE, PREV_BASELINE };
struct previous {
	enum prev_from from;
	long long *stat;        /* by stat_index(); NULL when from is PREV_NONE */
	unsigned char *has;     /* by stat_index(): 1 when last year's figure exists */
	int has_summary;        /* archive only: last year's package has a summary; then, with [c09] ngram: */
	size_t summary_grams;   /*   |G|, distinct n-grams of this year's summary, */
	size_t summary_common;  /*   |G ∩ P|, those also in last year's (text_gram_overlap()) */
	int has_catalog;        /* archive only: catalog_rows is known */
	long long catalog_rows; /* catalogue rows of that package published in Y−1 */
};

struct unit_in {
	char *code;
	char *name;
	enum unit_type type;
	struct strlist duties;
	int has_package;        /* 0: no accepted package (a missing unit) */
	long long package_id;
	int version;            /* newest accepted version */
	long long received;     /* that version's received time, Unix seconds */
	char *received_local;   /* the same as YYYY-MM-DD HH:MM */
	long long first_received; /* the FIRST accepted version's received time (C07) */
	char *first_received_local;
	int days_late;          /* worked out from first_received and the configured deadline (C07) */
	long long *stat;        /* by stat_index(); t1.fees.amount in hundredths */
	struct cat_row *rows;
	size_t nrows;
	char *summary;
	struct copy_of *copies; /* filled by copies.c */
	size_t ncopies;
	struct previous prev;   /* last year's figures, loaded with the detail (previous.c) */
	int prev_scored;        /* scored last year: its total, grade and rank (load.c) */
	long long prev_total;
	int prev_grade, prev_rank;
};

/* A finding of findings.csv (input.md). */
enum finding_kind { FIND_NONDISCLOSURE, FIND_SHAM, FIND_LATE, FIND_OTHER, FIND_BONUS };
struct finding {
	char *unit;
	enum finding_kind kind;
	long long points;       /* hundredths, > 0 */
	char *description;
	char *evidence;
	long line;              /* in findings.csv */
};

/*
 * Every explanation of a unit's result is a struct rded (common/criteria.h):
 * a reason with its typed arguments — a deduction under a criterion, a
 * finding, a note or a cap.  `points` is what the rule takes away (or a
 * bonus adds); a criterion never goes below 0, so the deductions under one
 * criterion may add up to more than its points.  The words are made where
 * they are shown, in the language asked for.
 */
struct unit_result {
	long long crit[NCRIT + 1];  /* [1..13], hundredths */
	int applies[NCRIT + 1];
	long long earned, possible, base;
	long long deductions, bonus; /* findings' sums, hundredths */
	long long adjust[NCRIT + 1]; /* accepted objections' points per criterion, summed (objections.h) */
	long long adjust_total;     /* accepted objections' points on the total */
	long long total;
	enum grade grade;
	int capped;                 /* the sham cap lowered the grade */
	int sham;                   /* any sham row, copied summary or sham finding */
	int sham_rows, copied, sham_findings; /* the causes of `sham`, for the grade cap's words */
	int missing;                /* no accepted package */
	enum group group;
	int rank, position;         /* within the group */
	unsigned unchecked;         /* checks across years not made, NC_* of rules.h (years.md) */
	struct rded *d;
	size_t nd, alloc;
};

void unit_in_release(struct unit_in *u);
void unit_result_release(struct unit_result *r);
void finding_release(struct finding *f);
/* Append an explanation of reason id; returns it for the caller to fill the arguments. */
struct rded *result_add(struct unit_result *r, enum reason_id id, long long points);
/* Its criterion (0 for a finding, note or cap). */
static inline int rded_criterion(const struct rded *d)
{
	return d->r ? d->r->criterion : 0;
}

/* Group of a unit type. */
enum group group_of(enum unit_type t);
/* a × b / c rounded half-up, for non-negative a, b and positive c. */
long long mul_div_half_up(long long a, long long b, long long c);
/* points × min(1, num / den) rounded half-up, for den > 0 (C04, C13). */
long long points_ratio(long long points, long long num, long long den);

#endif
