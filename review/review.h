/*
 * review — the fourth stage: the review cycle around the scores (review.md).
 * Notices to units (notices.c), the draft/final state of a year with
 * finalize and reopen (finalize.c), and the record, `gongkai log`
 * (cmd_log.c; the rows are written by common/journal.c).  It reads the
 * database like report/ does; the other stages ask it one question, whether
 * a year is final, through review_year_final().
 */
#ifndef GK_REVIEW_H
#define GK_REVIEW_H

#include "common/args.h"
#include "common/config.h"

#include <sqlite3.h>

/* Is `year` final?  1 final, 0 draft, -1 after printing a database error. */
int review_year_final(sqlite3 *db, int year);

int cmd_finalize(const struct args *a, const struct config *cfg);
int cmd_reopen(const struct args *a, const struct config *cfg);
int cmd_log(const struct args *a, const struct config *cfg);
int cmd_notices(const struct args *a, const struct config *cfg);

#endif
