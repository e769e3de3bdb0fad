/*
 * rubric — the assessment rubric as data (rubric.md).
 *
 * Every number, list, threshold and band of rubric.md is a field here and a
 * key in config.ini; the built-in defaults are rubric.md's.  Points are in
 * hundredths of a point (integers; "0.5" is 50).  rubric_load() reads the
 * keys from an ini file (unknown keys are left for ini_report_unknown) and
 * validates them: negative points, a band out of order and the like are
 * errors naming the section and key.
 */
#ifndef GK_RUBRIC_H
#define GK_RUBRIC_H

#include "common/diag.h"
#include "common/ini.h"

#include <stddef.h>

#define NCRIT 13 /* C01..C13 */

struct strlist {
	char **s;
	size_t n;
};

/* One item of [rubric] text_figures (identity 9): a phrase of the summary and
 * the stats codes whose sum the number after it must equal. */
enum { FIGURE_MAX_CODES = 8 };
struct text_figure {
	char *phrase;
	int code[FIGURE_MAX_CODES]; /* stat_index() of each code */
	int ncodes;
};

struct rubric {
	long long points[NCRIT + 1];   /* [1..13]: the points of C01..C13 */

	struct strlist required;      /* [rubric] required: every-unit categories */
	long long bonus_cap;          /* [rubric] bonus_cap */
	long long band_excellent;     /* [grades] excellent (优秀 at or above) */
	long long band_good;          /* [grades] good (良好) */
	long long band_pass;          /* [grades] pass (合格) */
	int sham_cap;                 /* [grades] sham_cap: best grade with any sham: 0 优秀 1 良好 2 合格 3 不合格 */

	long long c01_per_missing;    /* [c01] per_missing */
	long long c02_max_workdays;   /* [c02] max_workdays */
	long long c02_per_row;        /* [c02] per_row */
	long long c03_per_row;        /* [c03] per_row */
	long long c03_min_chars;      /* [c03] min_chars */
	struct strlist placeholders;  /* [c03] placeholders */
	long long c05_per_case;       /* [c05] per_case */
	long long c06_per_case;       /* [c06] per_case */
	long long c07_per_day;        /* [c07] per_day */
	long long c08_per_identity;   /* [c08] per_identity */
	long long c09_min_chars;      /* [c09] min_chars */
	long long c09_short;          /* [c09] short_penalty */
	long long c09_per_topic;      /* [c09] per_topic */
	struct strlist *topics;       /* [c09] topics: groups separated by |, keywords by , */
	size_t ntopics;
	long long c09_copied;         /* [c09] copied_penalty */
	long long c09_similarity;     /* [c09] similarity, hundredths (0.80 → 80) */
	long long c09_ngram;          /* [c09] ngram */
	long long c10_min;            /* [c10] min_staff */
	long long c11_min;            /* [c11] min_training */
	long long c12_min;            /* [c12] min_meetings */
	char *c13_duty;               /* [c13] duty: the duty that makes C13 apply */

	/* Across years (years.md) */
	struct text_figure *figures;  /* [rubric] text_figures: phrase=code[+code…]; … (identity 9) */
	size_t nfigures;
	long long c09_repeat_percent; /* [c09] repeat_percent: share of 3-grams also in last year's summary */
	long long c09_repeat;         /* [c09] repeat_penalty */
	int *yoy_codes;               /* [rubric] yoy_codes: stat_index() of each */
	size_t nyoy;
	long long yoy_min;            /* [rubric] yoy_min: last year's value at least this */
	long long yoy_factor;         /* [rubric] yoy_factor: more than this times, or less than divided by it */
	long long yoy_penalty;        /* [rubric] yoy_penalty: per 同比异常 flag (0: a flag costs nothing) */
};

/* Fill with rubric.md's defaults. */
void rubric_defaults(struct rubric *r);
/* Read and validate every rubric key present in ini (which may be NULL). 0 or -1. */
int rubric_load(struct rubric *r, struct ini *ini, const char *display, struct diags *d);
void rubric_release(struct rubric *r);

/* Split "a, b；c、d" into trimmed non-empty items (separators , ， ; ； 、). */
void strlist_split(struct strlist *l, const char *s);
void strlist_release(struct strlist *l);
int strlist_has(const struct strlist *l, const char *s);

#endif
