/*
 * rejection — the problems of a rejected attempt, kept as data (review.md,
 * "Rejections are kept").  collect stores every problem of a rejected
 * package as its message code and typed values (common/diag.h) with file,
 * line and column, and the digest and time of every file it read; status
 * counts them and notices writes them again, in the language asked for.
 */
#ifndef GK_REJECTION_H
#define GK_REJECTION_H

#include "common/diag.h"

#include <sqlite3.h>
#include <time.h>

/* One file of the attempt (its digest NULL when it could not be read). */
struct attempt_file {
	const char *name;
	const char *sha256;
	time_t mtime;
};

/* Store the problems of ds and the files under attempt_id (inside the caller's transaction). 0 or -1. */
int rejection_store(sqlite3 *db, sqlite3_int64 attempt_id, const struct diags *ds, const struct attempt_file *f,
		    size_t nf);

/* A stored problem written in the current language. */
struct problem {
	enum diag_level level;
	char *file;
	long line;
	char *column; /* NULL: none */
	char *text;
};
struct problems {
	struct problem *p;
	size_t n;
	size_t errors;
};

/* The problems of attempt_id, in the order found, in the current language. 0, or -1 after printing. */
int rejection_load(sqlite3 *db, sqlite3_int64 attempt_id, struct problems *out);
void problems_release(struct problems *ps);

#endif
