/*
 * workbook_read — the workbook (.xlsx) of a package in the workbook form
 * (workbook.md), read into the same struct package the CSV readers fill.
 *
 * The values are found by workbook-level defined names (unit, year,
 * contact, phone, s_<code>), never by fixed addresses; the catalogue is the
 * sheet 公开目录 (or catalog) with the header row of catalog.csv.  The
 * reading is streamed: the workbook part, its relationships and the shared
 * strings first, then each sheet that holds a named cell or the catalogue,
 * once, keeping only the cells asked for and one catalogue row at a time.
 * Every message names the file, the sheet and the cell (A1) and the stats
 * code or column.
 */
#include "collect/ooxml.h"
#include "collect/readers.h"
#include "common/codes.h"
#include "common/msg.h"
#include "common/util.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum {
	CELL_TEXT_CAP = 1 << 20,  /* bytes of one cell's text (Excel: 32,767 characters) */
	NAME_TEXT_CAP = 1 << 12,  /* one defined name's reference */
	MAX_SHEETS = 1000,
	MAX_NAMES = 20000,
	MAX_COLS = 16384,
	MAX_ROWS = 1048576,
	CAT_MAX_COLS = 64,        /* catalogue columns looked at */
};

enum { SLOT_UNIT, SLOT_YEAR, SLOT_CONTACT, SLOT_PHONE, SLOT_STATS };
static const char *const slot_names[SLOT_STATS] = { "unit", "year", "contact", "phone" };

enum cell_kind { CELL_EMPTY, CELL_NUM, CELL_TEXT, CELL_NOVALUE, CELL_ERROR };
struct cell {
	enum cell_kind kind;
	double num;
	char *text; /* CELL_TEXT, CELL_ERROR: owned */
};

struct sheet {
	char *name, *rid, *part;
};

/* A defined name the reader wants, where it points. */
struct slot {
	char *name;   /* e.g. s_t3_new_natural */
	int sheet;    /* -1: not found */
	long row, col;
	struct cell v;
};

struct defname {
	char *name, *ref;
	size_t order; /* position in workbook.xml */
};

struct wb {
	struct package *p;
	const char *display;
	struct diags *d;
	struct zipin *z;
	int date1904;
	struct sheet *sheets;
	size_t nsheets;
	struct defname *names;
	size_t nnames, names_alloc;
	/* workbook.xml parsing */
	int in_names;
	char *cur_name;
	int cur_local;
	/* shared strings: texts end to end, NUL-terminated, at offsets */
	struct strbuf sst;
	uint32_t *sst_at;
	size_t nsst, sst_alloc;
	int in_si, in_rph;
	/* the wanted cells */
	struct slot *slots;
	size_t nslots;
	int catalog_sheet;
};

/* ---- cell addresses ---- */

/* Decimal digits of v (v >= 0) at p; returns the end. */
static char *put_uint(char *p, unsigned long long v)
{
	char tmp[24];
	int n = 0;
	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10) && n < 23);
	while (n)
		*p++ = tmp[--n];
	return p;
}



static void col_letters(long col, char *buf)
{
	char tmp[8];
	int n = 0;
	while (col > 0 && n < 7) {
		tmp[n++] = (char)('A' + (col - 1) % 26);
		col = (col - 1) / 26;
	}
	for (int i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	buf[n] = '\0';
}

/* "表三!D7" */
static char *cell_name(const char *sheet, long row, long col)
{
	char letters[8];
	col_letters(col, letters);
	return xasprintf("%s!%s%ld", sheet, letters, row);
}

/* Append "sheet!D7" (col 0: "sheet!7") to sb without printf: built for every catalogue field. */
static void add_cell_name(struct strbuf *sb, const char *sheet, long row, long col)
{
	char letters[8], digits[24];
	sb_adds(sb, sheet);
	sb_addc(sb, '!');
	if (col > 0) {
		col_letters(col, letters);
		sb_adds(sb, letters);
	}
	sb_add(sb, digits, (size_t)(put_uint(digits, (unsigned long long)row) - digits));
}

/* Parse "$C$7" or "C7" (whole string). 0 or -1. */
static int parse_a1(const char *s, long *row, long *col)
{
	long c = 0, r = 0;
	if (*s == '$')
		s++;
	int nl = 0;
	while (*s >= 'A' && *s <= 'Z') {
		c = c * 26 + (*s++ - 'A' + 1);
		if (++nl > 3)
			return -1;
	}
	while (*s >= 'a' && *s <= 'z') {
		c = c * 26 + (*s++ - 'a' + 1);
		if (++nl > 3)
			return -1;
	}
	if (*s == '$')
		s++;
	int nd = 0;
	while (*s >= '0' && *s <= '9') {
		r = r * 10 + (*s++ - '0');
		if (++nd > 7)
			return -1;
	}
	if (*s || !nl || !nd || c < 1 || c > MAX_COLS || r < 1 || r > MAX_ROWS)
		return -1;
	*row = r;
	*col = c;
	return 0;
}

/* ---- workbook.xml ---- */

static void wb_start(struct xmlin *x, void *ctx, const char *name, const char **attr)
{
	struct wb *w = ctx;
	if (!strcmp(name, "workbookPr")) {
		const char *v = xmlin_attr(attr, "date1904");
		w->date1904 = v && (!strcmp(v, "1") || !strcasecmp(v, "true"));
	} else if (!strcmp(name, "sheet")) {
		const char *n = xmlin_attr(attr, "name"), *id = xmlin_attr(attr, "id");
		if (!n || !id)
			return;
		if (w->nsheets == MAX_SHEETS) {
			diag_err(w->d, w->display, 0, NULL, _("the workbook has more than %d sheets; send the template's sheets only"), MAX_SHEETS);
			xmlin_stop(x);
			return;
		}
		w->sheets = xrealloc(w->sheets, (w->nsheets + 1) * sizeof(*w->sheets));
		w->sheets[w->nsheets++] = (struct sheet){ xstrdup(n), xstrdup(id), NULL };
	} else if (!strcmp(name, "definedNames")) {
		w->in_names = 1;
	} else if (w->in_names && !strcmp(name, "definedName")) {
		const char *n = xmlin_attr(attr, "name");
		free(w->cur_name);
		w->cur_name = n ? xstrdup(n) : NULL;
		w->cur_local = xmlin_attr(attr, "localSheetId") != NULL;
		xmlin_collect(x);
	}
}

static void wb_end(struct xmlin *x, void *ctx, const char *name, const char *text, size_t len)
{
	(void)len;
	struct wb *w = ctx;
	if (!strcmp(name, "definedNames")) {
		w->in_names = 0;
	} else if (w->in_names && !strcmp(name, "definedName") && w->cur_name) {
		if (!w->cur_local) { /* only workbook-level names count */
			if (w->nnames == MAX_NAMES) {
				diag_err(w->d, w->display, 0, NULL, _("the workbook defines more than %d names; send the template's workbook"), MAX_NAMES);
				xmlin_stop(x);
				return;
			}
			if (w->nnames == w->names_alloc) {
				w->names_alloc = w->names_alloc ? w->names_alloc * 2 : 256;
				w->names = xrealloc(w->names, w->names_alloc * sizeof(*w->names));
			}
			for (char *c = w->cur_name; *c; c++) /* names compare without regard to (ASCII) case: kept folded */
				if (*c >= 'A' && *c <= 'Z')
					*c = (char)(*c - 'A' + 'a');
			w->names[w->nnames++] = (struct defname){ w->cur_name, xstrdup(text), 0 };
			w->cur_name = NULL;
		}
		free(w->cur_name);
		w->cur_name = NULL;
	}
}

/* ---- sharedStrings.xml ---- */

static void sst_start(struct xmlin *x, void *ctx, const char *name, const char **attr)
{
	(void)attr;
	struct wb *w = ctx;
	if (!strcmp(name, "si")) {
		w->in_si = 1;
		if (w->sst.len > UINT32_MAX - CELL_TEXT_CAP) {
			xmlin_stop(x);
			return;
		}
		if (w->nsst == w->sst_alloc) {
			w->sst_alloc = w->sst_alloc ? w->sst_alloc * 2 : 1024;
			w->sst_at = xrealloc(w->sst_at, w->sst_alloc * sizeof(*w->sst_at));
		}
		w->sst_at[w->nsst++] = (uint32_t)w->sst.len;
	} else if (!strcmp(name, "rPh")) {
		w->in_rph++;
	} else if (w->in_si && !w->in_rph && !strcmp(name, "t")) {
		xmlin_collect(x);
	}
}

static void sst_end(struct xmlin *x, void *ctx, const char *name, const char *text, size_t len)
{
	(void)x;
	struct wb *w = ctx;
	if (!strcmp(name, "si")) {
		sb_addc(&w->sst, '\0');
		w->in_si = 0;
	} else if (!strcmp(name, "rPh")) {
		w->in_rph--;
	} else if (w->in_si && !w->in_rph && !strcmp(name, "t")) {
		sb_add(&w->sst, text, len);
	}
}

/* ---- sheets ---- */

/* A wanted cell of the sheet being read (sorted by row, col). */
struct want {
	long row, col;
	size_t slot;
};

struct sheet_ctx {
	struct wb *w;
	int sheet;
	struct want *want;
	size_t nwant;
	int catalog;
	long row, col;            /* of the current row / cell */
	int in_c, in_is, in_rph, has_f, has_v;
	char type[12];
	struct strbuf v, is;
	/* catalogue */
	int header_done;
	int map[CAT_MAX_COLS + 1];       /* sheet column → catalogue column, -1 */
	char *header[CAT_NCOLS];         /* as written, owned */
	long header_col[CAT_NCOLS];      /* sheet column of each catalogue column, 0 = absent */
	struct cell rowcell[CAT_MAX_COLS + 1];
	int row_has;
	long row_maxcol;                 /* highest column filled in this row */
	struct strbuf labels;            /* the current row's column labels */
};

static void cell_release(struct cell *c)
{
	free(c->text);
	memset(c, 0, sizeof(*c));
}

/* The value of the cell just closed. */
static struct cell cell_value(struct sheet_ctx *s)
{
	struct cell c = { CELL_EMPTY, 0, NULL };
	const char *t = s->type;
	const char *v = sb_str(&s->v);
	if (!strcmp(t, "inlineStr")) {
		c.kind = CELL_TEXT;
		c.text = xstrdup(sb_str(&s->is));
	} else if (!strcmp(t, "s")) {
		char *end;
		unsigned long i = strtoul(v, &end, 10);
		if (!s->has_v || end == v || *end || i >= s->w->nsst) {
			c.kind = CELL_ERROR;
			c.text = xstrdup("#REF!");
		} else {
			c.kind = CELL_TEXT;
			c.text = xstrdup(s->w->sst.buf + s->w->sst_at[i]);
		}
	} else if (!strcmp(t, "str") || !strcmp(t, "d")) {
		if (s->has_f && (!s->has_v || !*v)) {
			c.kind = CELL_NOVALUE;
		} else if (s->has_v) {
			c.kind = CELL_TEXT;
			c.text = xstrdup(v);
		}
	} else if (!strcmp(t, "e")) {
		c.kind = CELL_ERROR;
		c.text = xstrdup(s->has_v && *v ? v : "#N/A");
	} else if (!strcmp(t, "b")) {
		c.kind = CELL_TEXT;
		c.text = xstrdup(!strcmp(v, "1") ? "TRUE" : "FALSE");
	} else { /* "n" or absent */
		if (s->has_v && *v) {
			char *end;
			c.num = strtod(v, &end);
			if (end == v || *end || !isfinite(c.num)) {
				c.kind = CELL_TEXT;
				c.text = xstrdup(v);
			} else {
				c.kind = CELL_NUM;
			}
		} else if (s->has_f || s->has_v) {
			c.kind = CELL_NOVALUE; /* a formula, or an empty <v/>, with nothing saved */
		}
	}
	return c;
}

static int by_pos(const void *a, const void *b)
{
	const struct want *x = a, *y = b;
	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return x->col < y->col ? -1 : x->col > y->col;
}

static void catalog_take_row(struct sheet_ctx *s);

static void sheet_start(struct xmlin *x, void *ctx, const char *name, const char **attr)
{
	struct sheet_ctx *s = ctx;
	if (!strcmp(name, "row")) {
		const char *r = xmlin_attr(attr, "r");
		long n = r ? strtol(r, NULL, 10) : s->row + 1;
		s->row = n > s->row && n <= MAX_ROWS ? n : s->row + 1;
		s->col = 0;
	} else if (!strcmp(name, "c")) {
		const char *r = xmlin_attr(attr, "r"), *t = xmlin_attr(attr, "t");
		long row, col;
		if (r && parse_a1(r, &row, &col) == 0) {
			s->col = col;
			if (row != s->row)
				s->row = row;
		} else {
			s->col++;
		}
		size_t tn = t ? strlen(t) : 0; /* the cell's type: "n" when absent; longer than any real one is cut */
		if (!t)
			t = "n", tn = 1;
		if (tn >= sizeof(s->type))
			tn = sizeof(s->type) - 1;
		memcpy(s->type, t, tn);
		s->type[tn] = '\0';
		s->in_c = 1;
		s->has_f = s->has_v = 0;
		sb_reset(&s->v);
		sb_reset(&s->is);
	} else if (s->in_c && !strcmp(name, "v")) {
		s->has_v = 1;
		xmlin_collect(x);
	} else if (s->in_c && !strcmp(name, "f")) {
		s->has_f = 1;
	} else if (s->in_c && !strcmp(name, "is")) {
		s->in_is = 1;
	} else if (s->in_is && !strcmp(name, "rPh")) {
		s->in_rph++;
	} else if (s->in_is && !s->in_rph && !strcmp(name, "t")) {
		xmlin_collect(x);
	}
}

static void sheet_end(struct xmlin *x, void *ctx, const char *name, const char *text, size_t len)
{
	struct sheet_ctx *s = ctx;
	if (!strcmp(name, "v") && s->in_c) {
		sb_add(&s->v, text, len);
	} else if (!strcmp(name, "t") && s->in_is && !s->in_rph) {
		sb_add(&s->is, text, len);
	} else if (!strcmp(name, "rPh") && s->in_is) {
		s->in_rph--;
	} else if (!strcmp(name, "is")) {
		s->in_is = 0;
	} else if (!strcmp(name, "c") && s->in_c) {
		s->in_c = 0;
		struct want key = { s->row, s->col, 0 }, *hit = NULL;
		if (s->nwant)
			hit = bsearch(&key, s->want, s->nwant, sizeof(key), by_pos);
		int for_catalog = s->catalog && s->col <= CAT_MAX_COLS;
		if (!hit && !for_catalog)
			return;
		struct cell c = cell_value(s);
		if (hit) {
			/* several names may point at one cell: hand each its own copy */
			for (struct want *h = hit; h > s->want && !by_pos(h - 1, &key); h--)
				hit = h - 1;
			for (struct want *h = hit; h < s->want + s->nwant && !by_pos(h, &key); h++) {
				struct slot *sl = &s->w->slots[h->slot];
				cell_release(&sl->v);
				sl->v = c;
				sl->v.text = c.text ? xstrdup(c.text) : NULL;
			}
		}
		if (for_catalog) {
			cell_release(&s->rowcell[s->col]);
			s->rowcell[s->col] = c;
			s->row_has = 1;
		} else {
			cell_release(&c);
		}
	} else if (!strcmp(name, "row") && s->catalog) {
		catalog_take_row(s);
	} else if (!strcmp(name, "sheetData")) {
		xmlin_done(x); /* merges, validation, formats follow: nothing read there */
	}
}

/* ---- numbers and dates ---- */

/* A number as Excel would show it in General format (whole numbers without printf: the usual case). */
static void format_num(double v, char *buf, size_t n)
{
	if (v >= 0 && v < 1e15 && v == (double)(long long)v && n >= 24) {
		*put_uint(buf, (unsigned long long)v) = '\0';
		return;
	}
	snprintf(buf, n, "%.15g", v);
}

/* "YYYY-MM-DD" of a day (buf at least 11 bytes), without printf. */
static void format_day(day_t day, char *buf)
{
	int y, m, d;
	ymd_from_day(day, &y, &m, &d);
	if (y < 0 || y > 9999) {
		day_format(day, buf);
		return;
	}
	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + d / 10);
	buf[9] = (char)('0' + d % 10);
	buf[10] = '\0';
}

/* A number cell as a count or an amount: rounded to hundredths first (Excel's 17 digits). */
static enum parse_result number_value(double v, int amount, long long *out)
{
	if (fabs(v) > 9999999999999.0)
		return PARSE_RANGE;
	long long h = llround(v * 100.0);
	if (h < 0)
		return PARSE_NEGATIVE;
	if (amount) {
		*out = h;
		return PARSE_OK;
	}
	if (h % 100)
		return PARSE_FRACTION;
	*out = h / 100;
	return PARSE_OK;
}

/* An Excel date serial as a day; time of day ignored. */
static enum parse_result serial_day(double v, int date1904, day_t *out)
{
	if (!(v >= 0) || v >= 2958466.0)
		return PARSE_BADDATE;
	long s = (long)floor(v);
	/* day 0 is 1970-01-01: serial 25569 in the 1900 system, 24107 in the 1904 one */
	if (date1904) {
		*out = (day_t)(s - 24107);
		return PARSE_OK;
	}
	if (s == 0)
		return PARSE_BADDATE; /* Excel shows 1900-01-00 */
	if (s == 60)
		return PARSE_NODAY;   /* 1900-02-29, which Excel counts and the calendar does not have */
	*out = (day_t)(s < 60 ? s - 25568 : s - 25569);
	return PARSE_OK;
}

/* The sentence for a cell that holds no usable value, whatever it was to hold. 1 if reported. */
static int report_cell_kind(struct wb *w, const char *col, const struct cell *c)
{
	if (c->kind == CELL_NOVALUE) {
		diag_err(w->d, w->display, 0, col,
			 _("the formula has no saved value; open the workbook in Excel or WPS, let it calculate and save it again"));
		return 1;
	}
	if (c->kind == CELL_ERROR) {
		diag_err(w->d, w->display, 0, col, _("the cell shows the error %s; correct the formula or type the figure"), c->text);
		return 1;
	}
	return 0;
}

/* ---- the catalogue sheet ---- */

static void catalog_header(struct sheet_ctx *s)
{
	struct wb *w = s->w;
	const char *sheet = w->sheets[s->sheet].name;
	for (long col = 1; col <= CAT_MAX_COLS; col++) {
		struct cell *c = &s->rowcell[col];
		s->map[col] = -1;
		if (c->kind != CELL_TEXT)
			continue;
		char *h = xstrdup(c->text);
		trim(h);
		if (!*h) {
			free(h);
			continue;
		}
		int found = -1;
		for (int k = 0; k < CAT_NCOLS; k++)
			if (!strcasecmp(h, catalog_cols[k].name) || !strcmp(h, catalog_cols[k].alias))
				found = k;
		char *where = cell_name(sheet, 1, col);
		if (found < 0) {
			diag_warn(w->d, w->display, 0, where, _("unknown column \"%s\" is ignored"), h);
			free(h);
		} else if (s->header[found]) {
			diag_err(w->d, w->display, 0, where, _("column \"%s\" appears twice; keep one"), h);
			free(h);
		} else {
			s->header[found] = h;
			s->header_col[found] = col;
			s->map[col] = found;
		}
		free(where);
	}
	for (int k = 0; k < CAT_NCOLS; k++)
		if (!s->header[k] && catalog_cols[k].required) {
			char *where = xasprintf("%s!1", sheet);
			diag_err(w->d, w->display, 0, where, _("column \"%s\" (%s) is missing from the header; add it"),
				 catalog_cols[k].name, catalog_cols[k].alias);
			free(where);
		}
	s->header_done = 1;
}

static void catalog_take_row(struct sheet_ctx *s)
{
	struct wb *w = s->w;
	if (!s->header_done) {
		if (s->row != 1) { /* row 1 is empty: no header at all */
			for (long col = 1; col <= CAT_MAX_COLS; col++)
				s->map[col] = -1;
			for (int k = 0; k < CAT_NCOLS; k++)
				if (catalog_cols[k].required) {
					char *where = xasprintf("%s!1", w->sheets[s->sheet].name);
					diag_err(w->d, w->display, 0, where, _("column \"%s\" (%s) is missing from the header; add it"),
						 catalog_cols[k].name, catalog_cols[k].alias);
					free(where);
				}
			s->header_done = 2; /* failed */
		} else {
			catalog_header(s);
			for (long col = 1; col <= CAT_MAX_COLS; col++)
				cell_release(&s->rowcell[col]);
			s->row_has = 0;
			return;
		}
	}
	int usable = 1;
	for (int k = 0; k < CAT_NCOLS; k++)
		if (!s->header[k] && catalog_cols[k].required)
			usable = 0;
	if (!s->row_has || !usable) {
		for (long col = 1; col <= CAT_MAX_COLS; col++)
			cell_release(&s->rowcell[col]);
		s->row_has = 0;
		return;
	}
	const char *sheet = w->sheets[s->sheet].name;
	char *field[CAT_NCOLS];
	const char *label[CAT_NCOLS];
	size_t label_at[CAT_NCOLS];
	int any = 0, bad = 0;
	struct strbuf *labels = &s->labels;
	sb_reset(labels);
	for (int k = 0; k < CAT_NCOLS; k++) {
		long col = s->header_col[k];
		label_at[k] = labels->len;
		add_cell_name(labels, sheet, s->row, col);
		sb_adds(labels, ": ");
		sb_adds(labels, s->header[k] ? s->header[k] : catalog_cols[k].alias);
		sb_addc(labels, '\0');
	}
	for (int k = 0; k < CAT_NCOLS; k++)
		label[k] = labels->buf + label_at[k];
	for (int k = 0; k < CAT_NCOLS; k++) {
		long col = s->header_col[k];
		struct cell *c = col ? &s->rowcell[col] : NULL;
		char buf[64];
		field[k] = NULL;
		if (!c || c->kind == CELL_EMPTY) {
			field[k] = xstrdup("");
		} else if (c->kind == CELL_TEXT) {
			field[k] = xstrdup(c->text);
		} else if (c->kind == CELL_NUM) {
			if (k == CAT_FORMED || k == CAT_PUBLISHED) {
				day_t day;
				enum parse_result r = serial_day(c->num, w->date1904, &day);
				format_num(c->num, buf, sizeof(buf));
				if (r == PARSE_OK) {
					format_day(day, buf);
				} else {
					if (r == PARSE_NODAY)
						diag_err(w->d, w->display, 0, label[k],
							 _("day number %s is 1900-02-29, a day that does not exist; check the date"), buf);
					else
						diag_err(w->d, w->display, 0, label[k],
							 _("%s is not a day number Excel can show as a date; type the date as 2025-03-05"), buf);
					bad = 1;
				}
			} else if (k == CAT_CHARS) {
				long long n;
				if (number_value(c->num, 0, &n) == PARSE_OK)
					*put_uint(buf, (unsigned long long)n) = '\0';
				else
					format_num(c->num, buf, sizeof(buf));
			} else {
				format_num(c->num, buf, sizeof(buf));
			}
			field[k] = xstrdup(buf);
			any = 1;
		} else {
			report_cell_kind(w, label[k], c);
			field[k] = xstrdup("");
			bad = 1;
		}
		if (*trim(field[k]))
			any = 1;
	}
	if (any && !bad)
		catalog_row(w->p, w->display, s->row, 0, field, label, w->d);
	for (int k = 0; k < CAT_NCOLS; k++)
		free(field[k]);
	for (long col = 1; col <= CAT_MAX_COLS; col++)
		cell_release(&s->rowcell[col]);
	s->row_has = 0;
}

/* Read sheet i: its wanted cells and, when it is the catalogue, its rows. */
static void read_sheet(struct wb *w, int i)
{
	struct sheet_ctx s;
	memset(&s, 0, sizeof(s));
	s.w = w;
	s.sheet = i;
	s.catalog = i == w->catalog_sheet;
	for (size_t k = 0; k < w->nslots; k++)
		if (w->slots[k].sheet == i) {
			s.want = xrealloc(s.want, (s.nwant + 1) * sizeof(*s.want));
			s.want[s.nwant++] = (struct want){ w->slots[k].row, w->slots[k].col, k };
		}
	if (!s.nwant && !s.catalog)
		return;
	if (s.nwant)
		qsort(s.want, s.nwant, sizeof(*s.want), by_pos);
	const struct xmlin_handlers h = { sheet_start, sheet_end };
	if (w->sheets[i].part) {
		ooxml_parse(w->z, w->sheets[i].part, &h, &s, CELL_TEXT_CAP, w->display, w->d);
		if (s.catalog && !s.header_done) /* an empty catalogue sheet: not even a header */
			catalog_take_row(&s);
	} else {
		diag_err(w->d, w->display, 0, w->sheets[i].name, _("the sheet's part is missing from the file; save it again in Excel or WPS"));
	}
	free(s.want);
	sb_release(&s.v);
	sb_release(&s.is);
	sb_release(&s.labels);
	for (int k = 0; k < CAT_NCOLS; k++)
		free(s.header[k]);
	for (long col = 0; col <= CAT_MAX_COLS; col++)
		cell_release(&s.rowcell[col]);
}

/* ---- defined names ---- */

static int find_sheet(const struct wb *w, const char *name)
{
	for (size_t i = 0; i < w->nsheets; i++)
		if (!strcasecmp(w->sheets[i].name, name))
			return (int)i;
	return -1;
}

static int by_name_ci(const void *a, const void *b) /* the names are folded to lower case (wb_end) */
{
	return strcmp(((const struct defname *)a)->name, ((const struct defname *)b)->name);
}

static int by_name_order(const void *a, const void *b)
{
	int c = by_name_ci(a, b);
	if (c)
		return c;
	size_t x = ((const struct defname *)a)->order, y = ((const struct defname *)b)->order;
	return x < y ? -1 : x > y;
}

/* The workbook-level defined name `name` (lower case, as every slot's name is; names compare without regard
 * to case), or NULL.  w->names is sorted. */
static const struct defname *find_name(const struct wb *w, const char *name)
{
	struct defname key = { (char *)name, NULL, 0 };
	const struct defname *hit = w->nnames ? bsearch(&key, w->names, w->nnames, sizeof(key), by_name_ci) : NULL;
	while (hit && hit > w->names && !strcmp(hit[-1].name, name))
		hit--; /* the first of equal names, as the file lists them (the sort is made stable below) */
	return hit;
}

/* "s_t3_new_total (t3.new.total)": made in *label when a message first needs it (206 slots a package). */
static const char *name_label(char **label, const struct slot *sl, const char *what)
{
	if (!*label)
		*label = xasprintf("%s (%s)", sl->name, what);
	return *label;
}

/* Point slot at what its defined name refers to, or report why it cannot. */
static void resolve_slot(struct wb *w, struct slot *sl, const char *what)
{
	sl->sheet = -1;
	const struct defname *dn = find_name(w, sl->name);
	char *label = NULL;
	if (!dn) {
		diag_err(w->d, w->display, 0, name_label(&label, sl, what),
			 _("no cell is named %s; fill in the workbook that gongkai template made, whose cells carry these names"), sl->name);
		free(label);
		return;
	}
	char *ref = xstrdup(dn->ref);
	char *r = trim(ref);
	if (*r == '=')
		r++;
	char *sheet = NULL, *cell = NULL;
	if (strstr(r, "#REF!")) {
		diag_err(w->d, w->display, 0, name_label(&label, sl, what),
			 _("the name %s refers to a deleted cell or sheet (%s); name one cell again, or start from the template"), sl->name, r);
		goto out;
	}
	if (*r == '\'') {
		struct strbuf sb = STRBUF_INIT;
		char *q = r + 1;
		for (; *q; q++) {
			if (*q == '\'' && q[1] == '\'') {
				sb_addc(&sb, '\'');
				q++;
			} else if (*q == '\'') {
				break;
			} else {
				sb_addc(&sb, *q);
			}
		}
		sheet = sb_detach(&sb);
		if (!sheet)
			sheet = xstrdup("");
		cell = *q == '\'' && q[1] == '!' ? q + 2 : NULL;
	} else {
		char *bang = strrchr(r, '!');
		if (bang) {
			sheet = xstrndup(r, (size_t)(bang - r));
			cell = bang + 1;
		}
	}
	if (!cell) {
		diag_err(w->d, w->display, 0, name_label(&label, sl, what), _("the name %s does not refer to a cell (%s); it must name exactly one cell"), sl->name, r);
		goto out;
	}
	if (strchr(cell, ':') || strchr(cell, ',')) {
		diag_err(w->d, w->display, 0, name_label(&label, sl, what), _("the name %s refers to a range (%s), not one cell; it must name exactly one cell"), sl->name, r);
		goto out;
	}
	int si = find_sheet(w, sheet);
	if (si < 0) {
		diag_err(w->d, w->display, 0, name_label(&label, sl, what),
			 _("the name %s refers to sheet \"%s\", which the workbook does not have; start from the template"), sl->name, sheet);
		goto out;
	}
	if (parse_a1(cell, &sl->row, &sl->col) < 0) {
		diag_err(w->d, w->display, 0, name_label(&label, sl, what), _("the name %s does not refer to a cell (%s); it must name exactly one cell"), sl->name, r);
		goto out;
	}
	sl->sheet = si;
out:
	free(sheet);
	free(ref);
	free(label);
}

/* "表三!D7 (t3.new.business)" for a slot found in a sheet. */
static char *slot_label(const struct wb *w, const struct slot *sl, const char *what)
{
	char *where = cell_name(w->sheets[sl->sheet].name, sl->row, sl->col);
	char *label = xasprintf("%s (%s)", where, what);
	free(where);
	return label;
}

/* The text of a submission slot ("" for empty), owned; NULL when the cell is unusable (reported). */
static char *slot_text(struct wb *w, struct slot *sl, const char *label)
{
	if (report_cell_kind(w, label, &sl->v))
		return NULL;
	if (sl->v.kind == CELL_NUM) {
		char buf[64];
		format_num(sl->v.num, buf, sizeof(buf));
		return xstrdup(buf);
	}
	char *t = xstrdup(sl->v.kind == CELL_TEXT ? sl->v.text : "");
	char *tt = trim(t);
	memmove(t, tt, strlen(tt) + 1);
	return t;
}

static void check_submission(struct wb *w, const struct config *cfg)
{
	struct package *p = w->p;
	char *v[SLOT_STATS] = { NULL };
	char *label[SLOT_STATS] = { NULL };
	for (int i = 0; i < SLOT_STATS; i++) {
		struct slot *sl = &w->slots[i];
		if (sl->sheet < 0)
			continue;
		label[i] = slot_label(w, sl, slot_names[i]);
		v[i] = slot_text(w, sl, label[i]);
	}
	if (v[SLOT_UNIT]) {
		if (!*v[SLOT_UNIT])
			diag_err(w->d, w->display, 0, label[SLOT_UNIT], _("the unit code is missing; the cell should hold %s"), p->code);
		else if (strcmp(v[SLOT_UNIT], p->code))
			diag_err(w->d, w->display, 0, label[SLOT_UNIT],
				 _("the workbook names unit \"%s\" but sits in folder \"%s\"; a unit may only send its own package"),
				 v[SLOT_UNIT], p->code);
	}
	if (v[SLOT_YEAR]) {
		long long y = 0;
		if (!*v[SLOT_YEAR])
			diag_err(w->d, w->display, 0, label[SLOT_YEAR], _("the year is missing; the cell should hold %d"), cfg ? cfg->year : 2015);
		else if (parse_count(v[SLOT_YEAR], &y) != PARSE_OK)
			diag_err(w->d, w->display, 0, label[SLOT_YEAR], _("\"%s\" is not a year such as 2015"), v[SLOT_YEAR]);
		else if (cfg && y != cfg->year)
			diag_err(w->d, w->display, 0, label[SLOT_YEAR],
				 _("the package is for %lld but this collection is for %d; send the %d package"), y, cfg->year, cfg->year);
		if (y > 0 && y <= 9999)
			p->year = (int)y;
	}
	if (v[SLOT_CONTACT] && !*v[SLOT_CONTACT])
		diag_err(w->d, w->display, 0, label[SLOT_CONTACT], _("the contact person is missing; write the name of the person who filled in the workbook"));
	if (v[SLOT_PHONE] && !*v[SLOT_PHONE])
		diag_err(w->d, w->display, 0, label[SLOT_PHONE], _("the phone number is missing; write a number such as 0000-1234567"));
	p->contact = xstrdup(v[SLOT_CONTACT] ? v[SLOT_CONTACT] : "");
	p->phone = xstrdup(v[SLOT_PHONE] ? v[SLOT_PHONE] : "");
	for (int i = 0; i < SLOT_STATS; i++) {
		free(v[i]);
		free(label[i]);
	}
}

static void read_stat_values(struct wb *w)
{
	size_t n;
	const struct statcode *codes = stat_codes(&n);
	for (size_t i = 0; i < n; i++) {
		struct slot *sl = &w->slots[SLOT_STATS + i];
		if (sl->sheet < 0 || sl->v.kind == CELL_EMPTY)
			continue;
		long long v = 0;
		enum parse_result r;
		char buf[64];
		const char *shown;
		char *label = NULL;
		if (sl->v.kind == CELL_NOVALUE || sl->v.kind == CELL_ERROR) {
			label = slot_label(w, sl, codes[i].code);
			report_cell_kind(w, label, &sl->v);
			free(label);
			continue;
		}
		if (sl->v.kind == CELL_NUM) {
			r = number_value(sl->v.num, codes[i].is_amount, &v);
			if (r != PARSE_OK)
				format_num(sl->v.num, buf, sizeof(buf));
			shown = buf;
		} else {
			r = codes[i].is_amount ? parse_hundredths(sl->v.text, &v) : parse_count(sl->v.text, &v);
			shown = trim(sl->v.text);
		}
		if (r == PARSE_OK || r == PARSE_EMPTY) {
			w->p->stats[i] = v;
		} else {
			label = slot_label(w, sl, codes[i].code);
			report_number(w->d, w->display, 0, label, shown, r, codes[i].is_amount);
			free(label);
		}
	}
}

/* ---- the whole workbook ---- */

static int load_parts(struct wb *w)
{
	char *main = ooxml_main_part(w->z, w->display, w->d);
	if (!main)
		return -1;
	const struct xmlin_handlers wh = { wb_start, wb_end };
	int rc = ooxml_parse(w->z, main, &wh, w, NAME_TEXT_CAP, w->display, w->d);
	struct ooxml_rels rels = { NULL, 0 };
	if (rc == 0)
		rc = ooxml_read_rels(w->z, main, &rels, w->display, w->d);
	if (rc == 0) {
		for (size_t i = 0; i < w->nsheets; i++) {
			const struct ooxml_rel *r = ooxml_rel_by_id(&rels, w->sheets[i].rid);
			if (r)
				w->sheets[i].part = xstrdup(r->target);
		}
		const struct ooxml_rel *sst = ooxml_rel_by_type(&rels, "sharedStrings");
		if (sst && zipin_has(w->z, sst->target)) {
			const struct xmlin_handlers sh = { sst_start, sst_end };
			size_t before = w->d->errors;
			rc = ooxml_parse(w->z, sst->target, &sh, w, CELL_TEXT_CAP, w->display, w->d);
			if (rc < 0 && w->d->errors == before)
				diag_err(w->d, w->display, 0, sst->target, _("the shared strings are too many; the file is refused"));
		}
	}
	ooxml_rels_release(&rels);
	free(main);
	return rc;
}

void read_workbook(struct package *p, const char *display, const struct config *cfg, struct diags *d)
{
	size_t n;
	const struct statcode *codes = stat_codes(&n);
	p->stats = xcalloc(n, sizeof(long long));
	struct wb w;
	memset(&w, 0, sizeof(w));
	w.p = p;
	w.display = display;
	w.d = d;
	w.catalog_sheet = -1;
	const struct text *t = &p->file[PKG_STATS];
	w.z = ooxml_open(t->raw, t->raw_len, OOXML_WORKBOOK, display, d);
	if (!w.z || load_parts(&w) < 0)
		goto out;
	/* sorted for lookup; equal names keep the file's order (the first one counts) */
	for (size_t i = 0; i < w.nnames; i++)
		w.names[i].order = i;
	if (w.nnames)
		qsort(w.names, w.nnames, sizeof(*w.names), by_name_order);
	/* the names wanted: unit, year, contact, phone, s_<code> */
	w.nslots = SLOT_STATS + n;
	w.slots = xcalloc(w.nslots, sizeof(*w.slots));
	size_t missing = 0;
	for (size_t i = 0; i < w.nslots; i++) {
		struct slot *sl = &w.slots[i];
		if (i < SLOT_STATS) {
			sl->name = xstrdup(slot_names[i]);
		} else {
			const char *code = codes[i - SLOT_STATS].code; /* "t1.rules.issued" → "s_t1_rules_issued" */
			size_t len = strlen(code);
			sl->name = xmalloc(len + 3);
			sl->name[0] = 's', sl->name[1] = '_';
			for (size_t k = 0; k <= len; k++)
				sl->name[k + 2] = code[k] == '.' ? '_' : code[k];
		}
		if (!find_name(&w, sl->name) && ++missing > 10) {
			sl->sheet = -1;
			continue;
		}
		resolve_slot(&w, sl, i < SLOT_STATS ? slot_names[i] : codes[i - SLOT_STATS].code);
	}
	if (missing > 10)
		diag_err(d, display, 0, NULL, _("%zu named cells are missing in all; fill in the workbook that gongkai template made"), missing);
	w.catalog_sheet = find_sheet(&w, "公开目录");
	if (w.catalog_sheet < 0)
		w.catalog_sheet = find_sheet(&w, "catalog");
	if (w.catalog_sheet < 0)
		diag_err(d, display, 0, NULL,
			 _("the workbook has no sheet named 公开目录; keep the template's 公开目录 sheet and list there what was published"));
	for (size_t i = 0; i < w.nsheets; i++)
		read_sheet(&w, (int)i);
	check_submission(&w, cfg);
	read_stat_values(&w);
out:
	if (!p->contact)
		p->contact = xstrdup("");
	if (!p->phone)
		p->phone = xstrdup("");
	stats_to_json(p);
	zipin_close(w.z);
	for (size_t i = 0; i < w.nsheets; i++) {
		free(w.sheets[i].name);
		free(w.sheets[i].rid);
		free(w.sheets[i].part);
	}
	free(w.sheets);
	for (size_t i = 0; i < w.nnames; i++) {
		free(w.names[i].name);
		free(w.names[i].ref);
	}
	free(w.names);
	free(w.cur_name);
	sb_release(&w.sst);
	free(w.sst_at);
	for (size_t i = 0; i < w.nslots; i++) {
		free(w.slots[i].name);
		cell_release(&w.slots[i].v);
	}
	free(w.slots);
}
