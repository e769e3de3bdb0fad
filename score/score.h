/*
 * score — the second stage: the rubric engine, ranking and the score export.
 * Reads the collect stage's tables, writes score, criterion_score and
 * deduction (common/db.h).
 */
#ifndef GK_SCORE_H
#define GK_SCORE_H

#include "common/args.h"
#include "common/config.h"
#include "common/digest.h"

#include <sqlite3.h>

/* Score every roster unit and store the result. 0; 1 when scored but rows of the
 * baseline file were left out (printed); 2 after printing an error. */
int score_all(const struct config *cfg, sqlite3 *db);
/* Write the score CSV (rubric.md, "Score export") to path ("-" = stdout). 0 or 2. */
int export_scores(const struct config *cfg, sqlite3 *db, const char *path);

/* SHA-256 of the score CSV export_scores() would write now (the record, finalize). 0 or -1. */
int export_digest(sqlite3 *db, int year, char out[DIGEST_HEX]);

/* check (review.md): the deductions the rules already foresee for the package of `unit` stored in db (an
 * archive of that one package): fn(criterion, points in hundredths, sentence in the current language).
 * duties_known 0 (no config.ini: the unit's duties are unknown) leaves out C13, which depends on them.
 * 0, or -1 after printing a database error. */
typedef void (*foresee_fn)(int criterion, long long points, const char *sentence, void *ctx);
int score_foresee(const struct config *cfg, sqlite3 *db, const char *unit, int duties_known, foresee_fn fn, void *ctx);

/* Units in the stored scores of year; -1 after printing a database error. */
long long score_units(sqlite3 *db, int year);
/* Read objections.csv against the stored roster and name every pending objection on stderr;
 * *pending is their number.  0, or -1 after printing (a bad objections file, a database error). */
int score_objections_pending(const struct config *cfg, sqlite3 *db, size_t *pending);

int cmd_score(const struct args *a, const struct config *cfg);
int cmd_export(const struct args *a, const struct config *cfg);

#endif
