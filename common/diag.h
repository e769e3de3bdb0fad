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
 *
 * Each problem is also kept as data (review.md, "Rejections are kept"): its
 * code, the English message id, and its values typed (text, a message of
 * its own, a signed or unsigned whole number, a real), so that a stored
 * rejection can be written again later in either language (diag_render()).
 * Callers keep writing diag_err(d, file, line, col, _("fmt"), args...): the
 * id is recovered from the translated format (msg_id_of(), common/msg.h),
 * the values from the format's conversions.  A translation may reorder the
 * values with positional conversions (%1$s).
 */
#ifndef GK_DIAG_H
#define GK_DIAG_H

#include <stddef.h>
#include <stdio.h>

enum diag_level { DIAG_ERROR, DIAG_WARNING };

enum diag_arg_type { DARG_TEXT, DARG_MSG, DARG_INT, DARG_UINT, DARG_REAL };
struct diag_arg {
	enum diag_arg_type type;
	char *s;              /* DARG_TEXT: the text (at most DIAG_TEXT_MAX bytes); DARG_MSG: its message id */
	long long i;          /* DARG_INT, DARG_UINT (as its bits) */
	double r;             /* DARG_REAL */
};

#define DIAG_MAX_ARGS 8

struct diag {
	enum diag_level level;
	char *file;   /* as the user names it, e.g. "inbox/tjj/stats.csv" */
	long line;    /* 1-based; 0 when the problem is the whole file */
	char *column; /* header name as written in the file; NULL if none */
	char *text;   /* translated sentence, in the language current when it was added */
	char *code;   /* the message id (English printf format) */
	struct diag_arg arg[DIAG_MAX_ARGS];
	size_t nargs;
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

/* The values of d as a JSON array: "text", {"msg": "id"}, 12, -3, 0.5. */
void diag_args_json(const struct diag *d, struct strbuf *out);
/* The message `code` in the current language with its values, control characters escaped (caller frees). */
char *diag_render(const char *code, const struct diag_arg *arg, size_t nargs);
/* One line as diag_format() writes it, from stored parts, in the current language (appended to sb). */
void diag_format_line(struct strbuf *sb, enum diag_level level, const char *file, long line, const char *column,
		      const char *text);

#endif
