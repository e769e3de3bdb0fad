/*
 * store — writing checked packages into the database.
 *
 * Each accepted package goes in as a new version of the working year (its
 * versions count from 1 in each year): package row, the four
 * files' exact bytes and SHA-256, every stats value, every catalogue row,
 * and an attempt row.  The caller groups packages into transactions
 * (store_begin / store_commit): a package lies wholly inside one
 * transaction, so either all of it is stored or none; when storing fails
 * the caller rolls the whole transaction back and stops, and a crash loses
 * at most the packages of the open transaction, which the next collect
 * stores again.  (A savepoint per package cost a sixth of the writer's
 * time and bought nothing: collect never goes on after a database error.)
 * Prepared statements live as long as the store.
 */
#ifndef GK_STORE_H
#define GK_STORE_H

#include "collect/package.h"

#include <sqlite3.h>

struct store {
	sqlite3 *db;
	int year; /* the working year: every row read and written is of this year */
	sqlite3_stmt *newest, *last_attempt, *first_version, *ins_package, *ins_file, *ins_row, *ins_rows,
		*ins_attempt;
};

int store_open(struct store *s, sqlite3 *db, int year);
void store_close(struct store *s);

/* Open and close the transaction that holds the next packages. 0 or -1. */
int store_begin(struct store *s);
int store_commit(struct store *s);

/* The newest accepted version of a unit: its number (0 if none) and digest. */
int store_newest(struct store *s, const char *unit, int *version, char digest[DIGEST_HEX]);
/* Days late of the unit's first accepted version against deadline (days_late()); -1 if it has none. */
int store_first_days_late(struct store *s, const char *unit, day_t deadline);
/* Store p as the next version. On success *version is its number and the result 0.  When the
 * newest stored version (read inside the transaction) has p's digest, nothing is stored,
 * *version is that version and the result 1.  -1 (printed): then the open transaction holds
 * part of p and must be rolled back. */
int store_package(struct store *s, const struct package *p, const struct config *cfg, int *version);
/* Record a rejected package p (once per distinct content): the attempt, every problem of d as
 * data (common/rejection.h) and the files as read. 0 or -1. */
int store_rejection(struct store *s, const struct package *p, const char *unit, const struct diags *d,
		    const char *messages);

/*
 * The exact bytes of a stored file, from columns `col`, `col` + 1 and
 * `col` + 2 (package_file.bytes, .compression, .size, selected in that
 * order) of the current row of st, appended to out.  The one place that
 * reads stored bytes: bytes stored compressed (compression "zstd") are
 * expanded here and must come to exactly size bytes; bytes stored before
 * compression (compression '') are taken as they are.  verify, the readers
 * and any export of a version all see the original.  0, or -1 when the
 * stored value cannot be turned back into the file (an unknown compression,
 * a damaged frame, a size that does not match).
 */
int store_file_bytes(sqlite3_stmt *st, int col, struct strbuf *out);

#endif
