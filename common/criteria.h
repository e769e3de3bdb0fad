/*
 * criteria — the one vocabulary of the assessment, shared by score, report
 * and review: the thirteen criteria (id, group, name), the grades and the
 * unit groups, the problem kinds of report section 五, and the table of
 * reason codes.  Every deduction, finding, note and detail the score stage
 * records is a reason code with typed arguments; its words are made here,
 * from the reason's message format, in the language asked for.
 *
 * Names and formats are English msgids (through gettext; the Chinese is in
 * po/zh_CN/35-vocab.po).  A reason entry says:
 *
 *   code       what the deduction table stores (stable, never shown)
 *   criterion  1..13, or 0 for a finding, a note or a cap
 *   role       a deduction, a bonus, a note, a cap, or a detail of another row
 *   kind       the problem it counts as in report section 五
 *   args       the types of its arguments a1..a8 (a count, a day, a title,
 *              a category code, a stats code, a unit, points, a share …)
 *   format     the sentence, with {1}…{8} for the arguments; `plural` and
 *              `plural_arg` when the sentence depends on a count (ngettext)
 *
 * A deduction may carry details (struct rdetail): rows of their own reason
 * (role R_DETAIL) listed after its sentence — the failing columns of an
 * identity, the units a summary copies.
 *
 * Adding a reason: one entry in reasons[] (criteria.c) with its enumerator
 * here, its Chinese in the po fragment, and the rule that emits it.
 *
 * Ownership: struct rded owns its strings and details; rded_release() frees
 * them.  The struct itself belongs to whoever holds it.
 */
#ifndef GK_CRITERIA_H
#define GK_CRITERIA_H

#include "common/rubric.h"

#include <stddef.h>

/* ---- criteria ------------------------------------------------------------- */

struct criterion {
	int id;              /* 1..13 */
	const char *group;   /* msgid of its group (主动公开, 依申请公开, …) */
	const char *name;    /* msgid */
};
/* [1..NCRIT]; [0] is empty. */
extern const struct criterion criteria[NCRIT + 1];
/* The criterion's name and group in the current language ("" outside 1..13). */
const char *criterion_name(int c);
const char *criterion_group(int c);

/* ---- grades and groups ---------------------------------------------------- */

enum grade { GRADE_EXCELLENT, GRADE_GOOD, GRADE_PASS, GRADE_FAIL, NGRADES };
enum group { GROUP_TOWN_STREET, GROUP_DEPT, NGROUPS };

struct grade_word {
	const char *key;     /* config.ini word: excellent, good, pass, fail */
	const char *name;    /* msgid */
	const char *zh;      /* the export's fixed word (rubric.md "Score export") */
};
extern const struct grade_word grades[NGRADES];
const char *grade_name(int g);                   /* current language */
const char *grade_zh(int g);                     /* fixed Chinese (export) */
/* The grade named by a config word (English key or Chinese), or -1. */
int grade_parse(const char *word);

const char *group_name(int g);                   /* "towns and street offices" / "镇街", current language */
const char *group_title(int g);                  /* "Towns and street offices" / "镇街" as a heading */
const char *group_zh(int g);                     /* fixed Chinese (export) */
const char *group_code(int g);                   /* "town_street", "dept" (database) */
int group_from_code(const char *code);           /* GROUP_DEPT for "dept", else GROUP_TOWN_STREET */

/* ---- problem kinds (report section 五) -------------------------------------- */

enum problem {
	PROB_NONE,          /* counted in no paragraph of section 五 */
	PROB_NONDISCLOSED,  /* 不公开 */
	PROB_SHAM,          /* 假公开 (catalogue rows, sham findings) */
	PROB_COPIED,        /* a copied summary (also sham disclosure) */
	PROB_LATE_ITEM,     /* an item published late */
	PROB_LOGIC,         /* a data-logic identity broken */
	PROB_LATE_PACKAGE,  /* the package came after the deadline */
	PROB_MISSING,       /* no accepted package */
	PROB_YOY,           /* a year-on-year anomaly (同比异常, years.md) */
	NPROBLEMS
};
const char *problem_code(enum problem p);        /* stored in deduction.kind */
enum problem problem_from_code(const char *code);

/* ---- reasons ---------------------------------------------------------------- */

enum role { R_DEDUCTION, R_BONUS, R_NOTE, R_CAP, R_DETAIL };

enum argtype {
	ARG_NONE,
	ARG_COUNT,     /* a whole number */
	ARG_TEXT,      /* text from the input (a title, a description), shown as it is */
	ARG_DAY,       /* a day number */
	ARG_CATEGORY,  /* a category code, shown by its national name */
	ARG_STATCODE,  /* a stats code, shown by the national form's label */
	ARG_T3ROW,     /* a Table 3 row code */
	ARG_T3COL,     /* a Table 3 column code */
	ARG_T4ROW,     /* a Table 4 row code */
	ARG_UNITNAME,  /* the other unit's name */
	ARG_UNITCODE,  /* the other unit's code (kept, not shown) */
	ARG_POINTS,    /* hundredths of a point, shown with two decimals */
	ARG_SHARE,     /* ten-thousandths, shown as a percentage with one decimal */
	ARG_GRADE,     /* a grade */
	ARG_WORDS,     /* keywords, one a line, shown as “a” or “b” */
	ARG_LINES,     /* line numbers, one a line */
	ARG_LINE,      /* one line number */
	ARG_KEPT,      /* stored for the record, never shown */
};

#define REASON_NARGS 8

enum reason_id {
	/* C01–C04: the catalogue */
	RS_NOT_DISCLOSED, RS_LATE, RS_SHAM_PLACEHOLDER, RS_SHAM_SHORT, RS_SHAM_BEFORE_FORMED, RS_SHAM_DUPLICATE,
	RS_INTERPRETATION_RATIO,
	/* C05–C08, C10–C13: the statistics and the package */
	RS_OVERDUE_REPLIES, RS_CORRECTED_CASES, RS_LATE_SUBMISSION,
	RS_LOGIC_T3_ROWS, RS_LOGIC_T3_COLUMNS, RS_LOGIC_T3_BALANCE, RS_LOGIC_T4_ROWS, RS_LOGIC_NORMATIVE,
	RS_LOGIC_HALL,
	RS_NO_STAFF, RS_NO_TRAINING, RS_NO_LEADER_MEETINGS, RS_HALL_RATIO,
	/* C09: the summary */
	RS_SUMMARY_SHORT, RS_SUMMARY_TOPIC, RS_COPIED_SUMMARY,
	/* findings, notes, caps */
	RS_FINDING_NONDISCLOSURE, RS_FINDING_SHAM, RS_FINDING_LATE, RS_FINDING_OTHER, RS_FINDING_BONUS,
	RS_OUTSIDE_YEAR, RS_NO_PACKAGE, RS_BONUS_CAPPED, RS_TOTAL_CAPPED, RS_TOTAL_FLOORED, RS_GRADE_CAPPED,
	/* across years (years.md): identities 7–9, a summary repeating last year's, flags, checks not made */
	RS_LOGIC_CARRIED, RS_LOGIC_IN_FORCE, RS_LOGIC_TEXT_FIGURES, RS_SUMMARY_REPEATS,
	RS_YOY_FLAG, RS_YOY_FLAG_COST, RS_YOY_CATALOG, RS_YOY_CATALOG_COST, RS_NOT_CHECKABLE,
	/* details (listed after the sentence of the row they belong to) */
	RS_D_UNCOUNTED_SHAM, RS_D_UNCOUNTED_OUTSIDE, RS_D_ALSO_SHORT, RS_D_ALSO_BEFORE_FORMED, RS_D_ALSO_DUPLICATE,
	RS_D_CORRECTED, RS_D_T3_ROW, RS_D_T3_COLUMN, RS_D_T3_BALANCE, RS_D_T4_ROW, RS_D_COPY_OF,
	RS_D_CAP_SHAM_ROWS, RS_D_CAP_COPIED, RS_D_CAP_SHAM_FINDINGS, RS_D_FINDING_EVIDENCE,
	RS_D_CARRIED, RS_D_IN_FORCE_RULES, RS_D_IN_FORCE_NORMATIVE, RS_D_TEXT_FIGURE,
	RS_D_NC_CARRIED, RS_D_NC_IN_FORCE, RS_D_NC_REPEAT, RS_D_NC_YOY, RS_D_NC_FIGURES,
	/* rows stored by versions before this vocabulary (schema step 4): their sentence as it was */
	RS_LEGACY, RS_LEGACY_BONUS, RS_LEGACY_NOTE,
	NREASONS
};

struct reason {
	const char *code;
	int criterion;
	enum role role;
	enum problem kind;
	enum argtype args[REASON_NARGS];
	const char *format;      /* msgid; {1}…{8} stand for a1…a8 */
	const char *plural;      /* msgid_plural or NULL */
	int plural_arg;          /* 1..8: the count that chooses the form; -i: the number of lines in ai */
	const char *brief;       /* a few words for the ranked table (caps), msgid or NULL */
};
extern const struct reason reasons[NREASONS];
/* The reason stored under code, or NULL for a code this build does not know. */
const struct reason *reason_find(const char *code);

/* ---- one deduction as data ---------------------------------------------------- */

struct rarg {
	int set;
	long long n;     /* ARG_COUNT, ARG_DAY, ARG_POINTS, ARG_SHARE, ARG_GRADE, ARG_LINE */
	char *s;         /* the text kinds */
};

struct rdetail {
	const struct reason *r;
	struct rarg a[REASON_NARGS];
};

struct rded {
	const struct reason *r;  /* NULL: a code this build does not know (code kept in `code`) */
	char *code;              /* only when r is NULL */
	long long points;        /* hundredths lost (a bonus: gained); 0 for a note */
	char *file;              /* "catalog.csv", "findings.csv", … or NULL */
	long line;               /* 0: none */
	struct rarg a[REASON_NARGS];
	struct rdetail *items;
	size_t nitems;
};

/* Set argument i (1-based) of d or of a detail. */
void rarg_num(struct rarg *a, int i, long long n);
void rarg_str(struct rarg *a, int i, const char *s);
/* Append a detail of reason id to d; returns its arguments to fill. */
struct rarg *rded_detail(struct rded *d, enum reason_id id);
void rded_release(struct rded *d);

/* The sentence of d in the current language, evidence in words included; caller frees. */
char *rded_sentence(const struct rded *d);
/* The same in lang ("zh_CN" or "en"); the current language is restored. */
char *rded_sentence_in(const struct rded *d, const char *lang);
/* For a grade cap: its causes in a few words ("sham disclosure: 2 catalogue rows"); caller frees. */
char *rded_brief(const struct rded *d);
/* "catalog.csv" → "the catalogue" in the current language (static). */
const char *file_words(const char *file);
/* "87.50" (hundredths, two decimals) into buf of at least 32 bytes. */
char *fmt_points(long long h, char *buf);

#endif
