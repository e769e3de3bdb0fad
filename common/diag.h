/*
 * diag — problems found in input, as values.
 *
 * A reader never prints: it appends each problem it finds (file, line, column
 * header, one sentence saying what is wrong and what would be right) to a
 * diag list, so that every problem in a package is reported at once and the
 * caller decides what to do.  diag_print() turns the list into the lines the
 * user reads:
 *
 *     FILE:LINE: COLUMN: MESSAGE          (line 0 omits ":LINE", no column omits "COLUMN: ")
 */
#ifndef GK_DIAG_H
#define GK_DIAG_H

#include <stdio.h>

enum diag_level { DIAG_ERROR, DIAG_WARNING };

struct diag {
	enum diag_level level;
	char *file;   /* as the user names it, e.g. "inbox/tjj/stats.csv" */
	long line;    /* 1-based; 0 when the problem is the whole file */
	char *column; /* header name as written in the file; NULL if none */
	char *text;   /* translated sentence */
};

/*
 * A list may be bounded (collect and check bound a package's list by
 * [limits] problems and message_kib): past max_items entries or max_bytes
 * of text, problems are still counted in `errors` and `dropped` but not
 * kept, and not even formatted, so a file with millions of bad rows costs
 * little.  diag_format() then ends with one line saying how many more there
 * were.  0 means no bound.  Every text is cut at DIAG_TEXT_MAX bytes, and
 * control characters in file, column and text are shown escaped (\n,
 * \x1B): a folder or a cell can never move the cursor or forge a line.
 */
enum { DIAG_TEXT_MAX = 1024, DIAG_COLUMN_MAX = 256 };
struct diags {
	struct diag *d;
	size_t n, alloc;
	size_t errors;
	size_t max_items, max_bytes; /* 0: unbounded */
	size_t bytes;                /* text kept so far */
	size_t dropped;              /* problems counted but not kept */
};
#define DIAGS_INIT { NULL, 0, 0, 0, 0, 0, 0, 0 }

void diag_add(struct diags *ds, enum diag_level level, const char *file, long line,
	      const char *column, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
#define diag_err(ds, file, line, col, ...) diag_add(ds, DIAG_ERROR, file, line, col, __VA_ARGS__)
#define diag_warn(ds, file, line, col, ...) diag_add(ds, DIAG_WARNING, file, line, col, __VA_ARGS__)

/* Print every diagnostic, one per line, errors as "error: ..." lines. */
void diag_print(const struct diags *ds, FILE *out);
struct strbuf;
/* The same lines appended to a buffer. */
void diag_format(const struct diags *ds, struct strbuf *sb);
void diag_clear(struct diags *ds);

#endif
