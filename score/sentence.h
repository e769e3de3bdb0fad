/*
 * sentence — the words of the scorecard: criterion names, grades, groups and
 * one sentence per deduction, made from its reason code and arguments in the
 * language now in use (msg_use_language()).  `score` stores the sentences in
 * the report language; `score --unit` prints them in the CLI language.
 *
 * The export uses the fixed Chinese words (grade_zh, group_zh) whatever the
 * language, like the state codes of `status --csv`.
 */
#ifndef GK_SCORE_SENTENCE_H
#define GK_SCORE_SENTENCE_H

#include "score/model.h"

const char *criterion_name(int c);   /* translated */
const char *criterion_group(int c);  /* translated */
const char *grade_name(enum grade g);
const char *grade_zh(enum grade g);
const char *group_name(enum group g);
const char *group_zh(enum group g);
const char *group_code(enum group g); /* "town_street", "dept" (database) */

/* "87.50" (hundredths as points, two decimals) into buf of at least 32 bytes. */
char *fmt_points(long long h, char *buf);
/* The deduction's sentence in the current language; caller frees. */
char *deduction_sentence(const struct deduction *d);

#endif
