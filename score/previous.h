/*
 * previous — a unit's figures of last year (years.md, "Last year's
 * figures"), for the checks across years (rules_years.c).
 *
 * For the working year Y, a unit's previous figures are, per stats code,
 * the values of its newest accepted package of year Y−1 in the archive;
 * else the values of the optional baseline file `[paths] baseline` (an
 * office's first year: last year's figures typed from the units' published
 * reports).  The previous summary and last year's catalogue count come only
 * from the archive.  A unit in the baseline that also has an archived Y−1
 * package: the archive wins and the file's rows for it are ignored with a
 * warning.
 *
 * The baseline is `unit,code,value` (单位编码,编码,数值), any subset of
 * units and codes, the number rules of stats.csv; a blank value is "no
 * figure" (not 0).  Every problem is a diag naming file, line and column:
 * an unknown unit (not in the working year's roster), an unknown code, a
 * code given twice for a unit, a bad number.  A row with a problem is left
 * out; the other rows are used.
 *
 * Ownership: struct prev_source (opaque) is the caller's, from
 * previous_start() to previous_close(); previous_load() fills a struct
 * previous (model.h) that previous_release() empties.
 */
#ifndef GK_SCORE_PREVIOUS_H
#define GK_SCORE_PREVIOUS_H

#include "common/config.h"
#include "common/diag.h"
#include "score/model.h"

#include <sqlite3.h>

struct prev_source;

/*
 * Start reading year cfg->year − 1 of the archive (lastyear.c: in a thread
 * of its own, so the caller may do other work meanwhile, but nothing that
 * writes the database): of every unit's newest package there, the stats
 * codes need[0..nneed) (stat_index(); engine_prev_codes() lists those the
 * checks read), its catalogue count and, for the roster's codes[i] with
 * summaries[i] (this year's summary) not NULL, the repeat check's counts.
 * codes and summaries are borrowed until previous_finish().
 */
struct prev_source *previous_start(sqlite3 *db, const struct config *cfg, const int *need, size_t nneed,
				   const char *const *codes, const char *const *summaries, size_t n);
/*
 * Wait for that reading, then read the baseline (if configured) against the
 * roster.  Problems of the baseline go to d (the caller prints them); *bad
 * is the number of its rows left out.  0, or -1 after printing a database
 * error.
 */
int previous_finish(struct prev_source *ps, const struct config *cfg, struct diags *d, size_t *bad);
/* Last year's figures of the unit with this code (after previous_finish()): from the archive the
 * codes of need[] only, its catalogue count and the repeat check's counts; from the baseline
 * every code it gives. */
void previous_load(const struct prev_source *ps, const char *code, struct previous *out);
void previous_release(struct previous *p);
void previous_close(struct prev_source *ps);

#endif
