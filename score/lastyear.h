/*
 * lastyear — what the checks across years read of last year's packages in
 * the archive (years.md), for every unit at once, in a thread of its own.
 *
 * For each unit's newest package of year Y − 1: the stats codes asked for
 * (a dozen of the 206: engine_prev_codes()), its catalogue rows published
 * in Y − 1, and, when the unit has a summary this year, |G| and |G ∩ P| of
 * the repeat check (text_gram_overlap() of this year's summary against last
 * year's).  Three queries over the year instead of three per unit, the
 * stats by json_extract() of only the codes asked for.
 *
 * lastyear_start() opens a second, read-only connection to the database's
 * file and does the reading in a new thread, so that it runs beside copy
 * detection (which needs no database); lastyear_wait() joins it.  Nothing
 * else may write the database in between (score holds the archive lock and
 * writes only after).  Without a file name (an in-memory database) or a
 * thread, the reading is done in lastyear_start() on the caller's
 * connection.  The worker prints nothing: a database error is printed by
 * lastyear_wait(), in the caller's thread.
 *
 * Ownership: struct lastyear is the caller's from lastyear_start() to
 * lastyear_free(); need and the units and summaries arrays (and their
 * strings) are borrowed until lastyear_wait() returns.
 */
#ifndef GK_SCORE_LASTYEAR_H
#define GK_SCORE_LASTYEAR_H

#include "common/date.h"

#include <sqlite3.h>
#include <stddef.h>

struct lastyear_row {
	char *unit;
	sqlite3_int64 id;            /* the unit's newest package of Y − 1 */
	long long catalog_rows;      /* its catalogue rows published in Y − 1 */
	long long *value;            /* by position in the codes asked for */
	unsigned char *has;          /* 1 where the package has that code */
	int has_summary;             /* the repeat check's counts are known: */
	size_t grams, common;        /*   |G| and |G ∩ P| */
};

struct lastyear;

/*
 * Start reading year `year` (its days from..to) of db's archive: the codes
 * need[0..nneed) (stat_index()), and for units[i] with summaries[i] not
 * NULL the repeat check's counts with n-grams of ngram characters.
 */
struct lastyear *lastyear_start(sqlite3 *db, int year, day_t from, day_t to, const int *need, size_t nneed,
				const char *const *units, const char *const *summaries, size_t n, size_t ngram);
/* Wait for the reading: 0, or -1 after printing the database error. */
int lastyear_wait(struct lastyear *ly);
/* The unit's row (after lastyear_wait), or NULL when it has no package of Y − 1. */
const struct lastyear_row *lastyear_find(const struct lastyear *ly, const char *unit);
/* Waits first if lastyear_wait() was not called. */
void lastyear_free(struct lastyear *ly);

#endif
