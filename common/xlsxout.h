/*
 * xlsxout — writing workbooks (the template, the score export) on top of
 * libxlsxwriter.  The only file that includes <xlsxwriter.h>.
 *
 * Cells are addressed by 0-based row and column.  A style is a set of
 * XO_* flags; the adapter makes one libxlsxwriter format per set used.
 * libxlsxwriter 1.1.4's traps are handled here: list validation takes its
 * items from a range (a literal list of Chinese names overflows its
 * 255-byte buffer and aborts), sheet names in defined names are quoted,
 * formulas are written with the cached result the caller computed (the
 * library would store 0), and a failure to write the file is reported by
 * xo_close(), the only place libxlsxwriter reports it.
 */
#ifndef GK_XLSXOUT_H
#define GK_XLSXOUT_H

#include <stddef.h>

enum {
	XO_BOLD = 1 << 0,
	XO_CENTER = 1 << 1,
	XO_WRAP = 1 << 2,
	XO_BORDER = 1 << 3,
	XO_INPUT = 1 << 4,  /* unlocked (the clerk types here) and tinted */
	XO_DATE = 1 << 5,   /* yyyy-mm-dd */
	XO_AMOUNT = 1 << 6, /* 0.00 */
	XO_COUNT = 1 << 7,  /* 0 */
	XO_SHADE = 1 << 8,  /* grey header fill */
	XO_TITLE = 1 << 9,  /* larger bold heading */
	XO_CHECK = 1 << 10, /* a live check: small text */
	XO_TEXTFMT = 1 << 11, /* number format "@" (phone numbers stay text) */
	XO_VTOP = 1 << 12,
	XO_NSTYLES = 1 << 13
};

struct xo_book;
struct xo_sheet;

/* NULL when the workbook cannot even be started (the message printed).  display names it in messages (NULL: path). */
struct xo_book *xo_new(const char *path, const char *display);
/* Write the file and free everything. 0, or -1 after printing why. */
int xo_close(struct xo_book *b);
/* Free without writing (after an earlier failure). */
void xo_discard(struct xo_book *b);

struct xo_sheet *xo_sheet(struct xo_book *b, const char *name);
void xo_hide(struct xo_sheet *s);
void xo_activate(struct xo_sheet *s);
/* Protect without a password: locked cells cannot be changed; rows may be inserted and deleted when rows is set. */
void xo_protect(struct xo_sheet *s, int rows);
void xo_widths(struct xo_sheet *s, int first, int last, double width, int style);
void xo_height(struct xo_sheet *s, int row, double height);
void xo_freeze(struct xo_sheet *s, int row, int col);
/* Print on A4, landscape or not, scaled to one page wide. */
void xo_page(struct xo_sheet *s, int landscape);

void xo_text(struct xo_sheet *s, int row, int col, const char *text, int style);
void xo_num(struct xo_sheet *s, int row, int col, double v, int style);
void xo_blank(struct xo_sheet *s, int row, int col, int style);
/* A formula whose result is text, with that result cached. */
void xo_formula_text(struct xo_sheet *s, int row, int col, const char *formula, const char *cached, int style);
/* Merge r1..r2 × c1..c2 holding text (NULL: blank, for an input cell written afterwards). */
void xo_merge(struct xo_sheet *s, int r1, int c1, int r2, int c2, const char *text, int style);

/* A workbook-level name for one cell of sheet s ("'表三'!$D$5"). 0 or -1. */
int xo_name_cell(struct xo_book *b, const char *name, const struct xo_sheet *s, int row, int col);

/* Data validation on r1..r2 × c1..c2, with a Chinese title and message shown on a bad entry. */
void xo_valid_whole(struct xo_sheet *s, int r1, int c1, int r2, int c2, const char *title, const char *message);
void xo_valid_amount(struct xo_sheet *s, int r1, int c1, int r2, int c2, const char *title, const char *message);
void xo_valid_date(struct xo_sheet *s, int r1, int c1, int r2, int c2, int from_year, int to_year, const char *title,
		   const char *message);
void xo_valid_length(struct xo_sheet *s, int r1, int c1, int r2, int c2, int max, const char *title, const char *message);
/* A drop-down list whose items are the cells of source ("='类别'!$A$1:$A$27"). */
void xo_valid_list(struct xo_sheet *s, int r1, int c1, int r2, int c2, const char *source, const char *title,
		   const char *message);

/* Cells r1..r2 × c1..c2 turn red (white bold text) while formula (relative to r1,c1) is true. */
void xo_red_when(struct xo_sheet *s, int r1, int c1, int r2, int c2, const char *formula);

/* "A1"-style address of a cell ("$D$5" when absolute). buf holds at least 16 bytes. */
char *xo_cell(int row, int col, int absolute, char *buf);

#endif
