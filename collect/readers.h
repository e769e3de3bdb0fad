/*
 * readers — the files of a package read into struct package with every
 * problem reported (file, line or sheet and cell, column, what is wrong,
 * what is right): the two CSV files, and the workbook and the summary
 * document of the workbook form (workbook.md).  Whatever the form, the
 * package ends up the same in memory, so storing and scoring do not know
 * which form a unit used.
 */
#ifndef GK_READERS_H
#define GK_READERS_H

#include "collect/package.h"
#include "common/parse.h"

#include "common/csvin.h"

void read_stats(struct package *p, const char *display, struct diags *d);
void read_catalog(struct package *p, const char *display, struct diags *d);
/* The workbook of the workbook form: submission values, stats and catalogue (workbook_read.c). */
void read_workbook(struct package *p, const char *display, const struct config *cfg, struct diags *d);
/* A .docx summary: its body's text into p->summary (docx_read.c). */
void read_docx(struct package *p, const char *display, struct diags *d);

/* p->stats as p->stats_json (what the database stores). */
void stats_to_json(struct package *p);

/* The catalogue's columns (input.md), in this order. */
enum { CAT_INDEX, CAT_TITLE, CAT_CATEGORY, CAT_FORMED, CAT_PUBLISHED, CAT_URL, CAT_CHARS, CAT_NCOLS };
extern const struct csv_col catalog_cols[CAT_NCOLS];
/*
 * Check one catalogue row (fields trimmed in place) and keep it when good.
 * line is stored with the row; diag_line is the line messages name (0 for
 * a workbook, whose column labels name the cell); h labels each column.
 */
void catalog_row(struct package *p, const char *display, long line, long diag_line, char *const field[CAT_NCOLS],
		 const char *const h[CAT_NCOLS], struct diags *d);

/* The sentence for a count or amount cell that did not parse. */
void report_number(struct diags *d, const char *file, long line, const char *col, const char *value,
		   enum parse_result r, int amount);
/* The sentence for a date cell that did not parse. */
void report_date(struct diags *d, const char *file, long line, const char *col, const char *value,
		 enum parse_result r);

#endif
