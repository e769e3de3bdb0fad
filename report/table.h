/*
 * table — ruled tables that flow across pages.
 *
 * A table has fixed column widths, an optional header block (cells may span
 * rows and columns, as the national forms' headers do) and body rows whose
 * cells may span columns.  A word (a run of ASCII) wider than its cell is
 * set smaller until it fits, never cut in the middle.  A body cell may also span rows (table_span(): the
 * national Table 3's nested left column, 三、本年度办理结果 beside rows
 * （一）–（七）); when a page breaks inside it, it is closed on the page and
 * opened again on the next, its text in each part that can hold it.  Cell text wraps inside its cell.  When a body row
 * does not fit above the bottom margin, the table continues on a new page
 * and the header block is drawn again first.  Rules are drawn before text on
 * every row (libharu cannot draw lines inside a text object).
 *
 * The caller owns every string and array it passes; the table keeps only
 * pointers for as long as it is used, and its own line buffers until
 * table_end().
 */
#ifndef GK_TABLE_H
#define GK_TABLE_H

#include "report/layout.h"

#define TABLE_MAX_COLS 24
#define TABLE_MAX_HEAD_ROWS 6
#define TABLE_MAX_SPANS 4

struct thead {
	int row, col, rowspan, colspan;
	const char *text;
};

struct tcell {
	const char *text;
	int colspan;       /* 0 is taken as 1 */
	enum align align;
	double indent;     /* points before the text, for nested labels */
};

enum { TROW_PLAIN = 0, TROW_SHADE = 1, TROW_BOLD = 2, TROW_SMALL = 4 };

struct table {
	struct pdf *pdf;
	int ncols;
	double width[TABLE_MAX_COLS];
	double x;                     /* left edge; TEXT_LEFT by default when 0 */
	double size, leading, pad;    /* body text */
	double head_size, head_pad;   /* header text; 0: as the body */
	const struct thead *head;     /* may be NULL */
	const char *continued_title;  /* drawn above the header on continuation pages; may be NULL */
	int nhead, head_rows;
	/* filled by table_begin */
	double head_h[TABLE_MAX_HEAD_ROWS];
	double head_total;
	int continued;                /* pages the table has continued onto */
	int first_row;                /* no row drawn yet and no header above it */
	struct pdf_lines lay[TABLE_MAX_COLS]; /* the current row's cells, laid out once; freed by table_end */
	double csize[TABLE_MAX_COLS]; /* their text size: smaller than the row's when a word would not fit */
	struct tspan {                /* body cells spanning rows (table_span) */
		const char *text;
		int col, colspan, rows;   /* rows: still to come, the current one included */
		enum align align;
		int style;
		int open;                 /* its part on this page has begun at seg_top */
		double seg_top, need;     /* need: the height its text takes */
	} span[TABLE_MAX_SPANS];
	int nspans;
};

/* Height of the header block (computed). */
double table_head_height(struct table *t);
/* Draw the header at the cursor, starting a page if it and min_body points of rows would not fit. */
void table_begin(struct table *t, double min_body);
/* Height a body row would take. */
double table_row_height(struct table *t, const struct tcell *cells, int ncells, int style);
/* Draw one body row, continuing on a new page (header repeated) when it does not fit. */
void table_row(struct table *t, const struct tcell *cells, int ncells, int style);
/*
 * A cell over columns [col, col+colspan) of the next `rows` body rows: those
 * rows give cells only for the other columns (left to right, as always).
 */
void table_span(struct table *t, int col, int colspan, int rows, const char *text, enum align a, int style);
/* Leave some space below the table and free its buffers (every table_begin needs a table_end). */
void table_end(struct table *t, double gap);

#endif
