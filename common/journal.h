/*
 * journal — the record of everything that changed the archive (review.md,
 * "The record").  Every command that changes the database (collect, score,
 * finalize, reopen; `run` once per step) appends one row: when, which
 * command, who (the login name), the working year and what changed, kept
 * as data (counts, the export's SHA-256, a reason) so that `gongkai log`
 * can write it in the language asked for.  Rows are never changed or
 * deleted: triggers in the schema refuse UPDATE and DELETE.
 */
#ifndef GK_JOURNAL_H
#define GK_JOURNAL_H

#include "common/util.h"

#include <sqlite3.h>

/* What changed; a count of -1 and a NULL string mean "not part of this command". */
struct journal_entry {
	const char *command;
	int year;
	long long accepted, rejected, unchanged, missing, refused; /* collect */
	long long scored;                                          /* score, finalize */
	const char *digest;                                        /* score, finalize: the export's SHA-256 */
	const char *reason;                                        /* reopen */
};
#define JOURNAL_ENTRY(cmd, yr) { (cmd), (yr), -1, -1, -1, -1, -1, -1, NULL, NULL }

/* Append e with the time now and the user running us. 0, or -1 after printing an error. */
int journal_add(sqlite3 *db, const struct journal_entry *e);

/* The login name of whoever runs gongkai (never empty). */
const char *journal_user(void);

/* "what changed" in the current language, appended to sb. */
void journal_details(const struct journal_entry *e, struct strbuf *sb);

/* Read every row, oldest first, calling fn(time "YYYY-MM-DD HH:MM:SS", user, entry). 0 or -1. */
int journal_each(sqlite3 *db, void (*fn)(const char *at, const char *user, const struct journal_entry *e, void *ctx),
		 void *ctx);

#endif
