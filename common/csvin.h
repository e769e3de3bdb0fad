/*
 * csvin — CSV tables with named columns, on top of libcsv.
 *
 * The caller describes its columns (English name, Chinese alias, required or
 * not); csvin finds them in the header in any order, trims spaces, skips blank
 * rows and rows whose every field is empty, warns about unknown columns, and
 * calls back once per data row with the fields in the caller's column order
 * and the row's physical line number.  Structural problems (a missing column,
 * an unterminated quote) are diags with file, line and column.
 *
 * Input is decoded UTF-8 text (see textin.h), fed to libcsv one physical line
 * at a time so that every row knows its line.
 */
#ifndef GK_CSVIN_H
#define GK_CSVIN_H

#include "common/diag.h"

#include <stddef.h>

struct csv_col {
	const char *name;  /* English header, matched case-insensitively */
	const char *alias; /* Chinese header */
	int required;
};

struct csv_row {
	long line;                /* physical line where the row starts */
	const char *const *field; /* by column index; "" for an absent optional column */
	const char *const *header;/* header text as written in the file, by column index */
	size_t ncols;
};

/* Return 0 to go on, non-zero to stop reading. */
typedef int (*csv_row_fn)(const struct csv_row *row, void *ctx);

/*
 * Read `text`; `display` names the file in messages.  Returns 0 when the
 * table's structure is sound (rows may still have been reported by fn), -1
 * when a structural error was added to d.
 */
int csvin_read(const char *text, size_t len, const char *display, const struct csv_col *cols,
	       size_t ncols, csv_row_fn fn, void *ctx, struct diags *d);

/* Write one CSV field (quoted when needed) to a strbuf-like FILE. */
#include <stdio.h>
void csv_put(FILE *out, const char *field);

/*
 * An optional file of rows, such as findings.csv or objections.csv: absent,
 * or nothing but white space, is no rows; else the file is read (any
 * encoding common/textin accepts) and its rows go to fn as in
 * csvin_read().  0, or -1 when it cannot be read or any problem was added
 * to d meanwhile.
 */
int csvin_read_file(const char *path, const char *display, const struct csv_col *cols, size_t ncols, csv_row_fn fn,
		    void *ctx, struct diags *d);

#endif
