/*
 * preview — the deductions the draft scores show for one unit, as the
 * sentences of its scorecard (common/criteria.c words them in the current
 * language from the stored reason codes and values; never a stored
 * sentence).  Used by the 预审意见 letter (notices.c).
 */
#ifndef GK_REVIEW_PREVIEW_H
#define GK_REVIEW_PREVIEW_H

#include "common/util.h"

#include <sqlite3.h>

/* Append to items (char *, owned by the vector) one line per deduction and finding of unit in year,
 * with its criterion and points. 0, or -1 after printing a database error. */
int preview_items(sqlite3 *db, int year, const char *unit, struct vec *items);

#endif
