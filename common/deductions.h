/*
 * deductions — the deduction table (common/schema.c, step 3) as struct rded
 * (common/criteria.h): `score` writes each deduction, finding, note and cap
 * with its details; report and review read them back, unit by unit, in the
 * order a scorecard shows them (by criterion, findings and notes last, each
 * followed by its details) and turn them into words with rded_sentence_in().
 *
 * A row holds the reason code, its problem kind (for report section 五),
 * points, file and line, and the typed arguments a1…a8 (integers stay
 * integers, text stays text).  A detail is a row whose `parent` is the id of
 * the row it belongs to.
 */
#ifndef GK_DEDUCTIONS_H
#define GK_DEDUCTIONS_H

#include "common/criteria.h"
#include "common/db.h"

struct ded_writer {
	sqlite3 *db;
	sqlite3_stmt *ins;
	int year;
};
/* Rows of the given year. 0, or -1 after printing an error. */
int ded_writer_open(struct ded_writer *w, sqlite3 *db, int year);
/* Store d (and its details) for unit; 0 or -1 after printing an error. */
int ded_write(struct ded_writer *w, const char *unit, const struct rded *d);
void ded_writer_close(struct ded_writer *w);

struct ded_reader {
	sqlite3 *db;
	sqlite3_stmt *st;
	int rc;          /* the last sqlite3_step of st: SQLITE_ROW means a row is waiting */
	int year;
};
/* Rows of the given year. 0, or -1 after printing an error. */
int ded_reader_open(struct ded_reader *r, sqlite3 *db, int year);
/* Start reading the rows of one unit. */
void ded_reader_unit(struct ded_reader *r, const char *unit);
/*
 * The next deduction of the unit with its details into *out (released by the
 * caller with rded_release) and its criterion (0 for none): 1, 0 when there
 * is no more, -1 after printing a database error.
 */
int ded_read(struct ded_reader *r, struct rded *out, int *criterion);
void ded_reader_close(struct ded_reader *r);

#endif
