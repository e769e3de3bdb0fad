/*
 * codes — the national annual-report form and the catalogue categories.
 *
 * Labels of the national form are fixed official text, kept here as data in
 * Chinese (the form's own words) with an English rendering; code_label()
 * picks the one for the current message language.
 *
 * Stats codes: Table 1 (t1.*), Table 3 (t3.<row>.<col>, 25 × 7), Table 4
 * (t4.<row>.<col>, 3 × 5) and the work figures (work.*): 206 codes.
 */
#ifndef GK_CODES_H
#define GK_CODES_H

#include <stddef.h>

struct label {
	const char *code;
	const char *zh;
	const char *en;
};

enum stat_table { T1 = 1, T3 = 3, T4 = 4, TWORK = 9 };

struct statcode {
	char code[40];
	enum stat_table table;
	int row, col;         /* index into the table's rows/cols (T3, T4); row for T1/work */
	int is_amount;        /* t1.fees.amount: up to 2 decimals, stored in hundredths */
	char zh[200];         /* item label as the template prints it */
};

extern const struct label t1_items[];   extern const size_t n_t1_items;
extern const struct label t3_rows[];    extern const size_t n_t3_rows;   /* 25 */
extern const struct label t3_cols[];    extern const size_t n_t3_cols;   /* 7, total last */
extern const struct label t4_rows[];    extern const size_t n_t4_rows;   /* 3 */
extern const struct label t4_cols[];    extern const size_t n_t4_cols;   /* 5, total last */
extern const struct label work_items[]; extern const size_t n_work_items;
extern const struct label categories[]; extern const size_t n_categories;

/* All stats codes in form order. */
const struct statcode *stat_codes(size_t *n);
/* Index of a stats code in stat_codes() order, or -1. */
int stat_index(const char *code);
/* A category by code (case-insensitive) or Chinese name, or NULL. */
const struct label *category_find(const char *s);
/* zh or en label according to msg_language(). */
const char *code_label(const struct label *l);

#endif
