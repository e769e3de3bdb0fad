/*
 * xlsxout — see xlsxout.h.
 */
#include "common/xlsxout.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

struct xo_book {
	lxw_workbook *wb;
	char *path;
	lxw_format *style[XO_NSTYLES];
	lxw_format *red;
	struct xo_sheet **sheets;
	size_t nsheets;
	int failed;
};

struct xo_sheet {
	struct xo_book *b;
	lxw_worksheet *ws;
	char *name;
};

struct xo_book *xo_new(const char *path, const char *display)
{
	if (!display)
		display = path;
	lxw_workbook_options opt = { .constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_FALSE };
	lxw_workbook *wb = workbook_new_opt(path, &opt);
	if (!wb) {
		error(_("cannot write %s; check that its folder exists and can be written"), display);
		return NULL;
	}
	struct xo_book *b = xcalloc(1, sizeof(*b));
	b->wb = wb;
	b->path = xstrdup(display);
	return b;
}

static void book_free(struct xo_book *b)
{
	for (size_t i = 0; i < b->nsheets; i++) {
		free(b->sheets[i]->name);
		free(b->sheets[i]);
	}
	free(b->sheets);
	free(b->path);
	free(b);
}

int xo_close(struct xo_book *b)
{
	lxw_error e = workbook_close(b->wb);
	int rc = 0;
	if (e != LXW_NO_ERROR || b->failed) {
		error(_("cannot write %s; check that its folder exists and can be written"), b->path);
		rc = -1;
	}
	book_free(b);
	return rc;
}

void xo_discard(struct xo_book *b)
{
	/* libxlsxwriter has no "free without writing": write, then the caller removes the file */
	workbook_close(b->wb);
	book_free(b);
}

static lxw_format *style(struct xo_book *b, int flags)
{
	flags &= XO_NSTYLES - 1;
	if (b->style[flags])
		return b->style[flags];
	lxw_format *f = workbook_add_format(b->wb);
	format_set_font_name(f, "宋体");
	format_set_font_size(f, 11);
	format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
	if (flags & XO_VTOP)
		format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	if (flags & XO_BOLD)
		format_set_bold(f);
	if (flags & XO_TITLE) {
		format_set_bold(f);
		format_set_font_size(f, 14);
	}
	if (flags & XO_CHECK) {
		format_set_font_size(f, 9);
		format_set_font_color(f, 0x9C0006);
	}
	if (flags & XO_CENTER)
		format_set_align(f, LXW_ALIGN_CENTER);
	if (flags & XO_WRAP)
		format_set_text_wrap(f);
	if (flags & XO_BORDER)
		format_set_border(f, LXW_BORDER_THIN);
	if (flags & XO_INPUT) {
		format_set_unlocked(f);
		format_set_bg_color(f, 0xFFF9E5);
	}
	if (flags & XO_SHADE)
		format_set_bg_color(f, 0xE7E6E6);
	if (flags & XO_DATE)
		format_set_num_format(f, "yyyy-mm-dd");
	if (flags & XO_AMOUNT)
		format_set_num_format(f, "0.00");
	if (flags & XO_COUNT)
		format_set_num_format(f, "0");
	if (flags & XO_TEXTFMT)
		format_set_num_format(f, "@");
	b->style[flags] = f;
	return f;
}

static void check(struct xo_sheet *s, lxw_error e)
{
	if (e != LXW_NO_ERROR)
		s->b->failed = 1;
}

struct xo_sheet *xo_sheet(struct xo_book *b, const char *name)
{
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, name);
	if (!ws) {
		b->failed = 1;
		return NULL;
	}
	struct xo_sheet *s = xcalloc(1, sizeof(*s));
	s->b = b;
	s->ws = ws;
	s->name = xstrdup(name);
	b->sheets = xrealloc(b->sheets, (b->nsheets + 1) * sizeof(*b->sheets));
	b->sheets[b->nsheets++] = s;
	return s;
}

void xo_hide(struct xo_sheet *s)
{
	worksheet_hide(s->ws);
}

void xo_activate(struct xo_sheet *s)
{
	worksheet_activate(s->ws);
}

void xo_protect(struct xo_sheet *s, int rows)
{
	lxw_protection p;
	memset(&p, 0, sizeof(p));
	p.format_columns = 1; /* a clerk may widen a column */
	p.format_rows = 1;
	if (rows) {
		p.insert_rows = 1;
		p.delete_rows = 1;
	}
	worksheet_protect(s->ws, NULL, &p);
}

void xo_widths(struct xo_sheet *s, int first, int last, double width, int st)
{
	check(s, worksheet_set_column(s->ws, (lxw_col_t)first, (lxw_col_t)last, width, st ? style(s->b, st) : NULL));
}

void xo_height(struct xo_sheet *s, int row, double height)
{
	check(s, worksheet_set_row(s->ws, (lxw_row_t)row, height, NULL));
}

void xo_freeze(struct xo_sheet *s, int row, int col)
{
	worksheet_freeze_panes(s->ws, (lxw_row_t)row, (lxw_col_t)col);
}

void xo_page(struct xo_sheet *s, int landscape)
{
	worksheet_set_paper(s->ws, 9); /* A4 */
	if (landscape)
		worksheet_set_landscape(s->ws);
	worksheet_fit_to_pages(s->ws, 1, 0);
}

void xo_text(struct xo_sheet *s, int row, int col, const char *text, int st)
{
	check(s, worksheet_write_string(s->ws, (lxw_row_t)row, (lxw_col_t)col, text, style(s->b, st)));
}

void xo_num(struct xo_sheet *s, int row, int col, double v, int st)
{
	check(s, worksheet_write_number(s->ws, (lxw_row_t)row, (lxw_col_t)col, v, style(s->b, st)));
}

void xo_blank(struct xo_sheet *s, int row, int col, int st)
{
	check(s, worksheet_write_blank(s->ws, (lxw_row_t)row, (lxw_col_t)col, style(s->b, st)));
}

void xo_formula_text(struct xo_sheet *s, int row, int col, const char *formula, const char *cached, int st)
{
	check(s, worksheet_write_formula_str(s->ws, (lxw_row_t)row, (lxw_col_t)col, formula, style(s->b, st), cached));
}

void xo_merge(struct xo_sheet *s, int r1, int c1, int r2, int c2, const char *text, int st)
{
	check(s, worksheet_merge_range(s->ws, (lxw_row_t)r1, (lxw_col_t)c1, (lxw_row_t)r2, (lxw_col_t)c2, text ? text : "",
				       style(s->b, st)));
	if (!text)
		xo_blank(s, r1, c1, st);
}

char *xo_cell(int row, int col, int absolute, char *buf)
{
	char letters[8];
	int n = 0;
	char tmp[8];
	for (int c = col + 1; c > 0 && n < 7; c = (c - 1) / 26)
		tmp[n++] = (char)('A' + (c - 1) % 26);
	for (int i = 0; i < n; i++)
		letters[i] = tmp[n - 1 - i];
	letters[n] = '\0';
	snprintf(buf, 16, absolute ? "$%s$%d" : "%s%d", letters, row + 1);
	return buf;
}

int xo_name_cell(struct xo_book *b, const char *name, const struct xo_sheet *s, int row, int col)
{
	char cell[16];
	/* quoted sheet name (an apostrophe in it doubled) */
	struct strbuf ref = STRBUF_INIT;
	sb_adds(&ref, "='");
	for (const char *p = s->name; *p; p++) {
		if (*p == '\'')
			sb_addc(&ref, '\'');
		sb_addc(&ref, *p);
	}
	sb_adds(&ref, "'!");
	sb_adds(&ref, xo_cell(row, col, 1, cell));
	lxw_error e = workbook_define_name(b->wb, name, sb_str(&ref));
	sb_release(&ref);
	if (e != LXW_NO_ERROR) {
		b->failed = 1;
		return -1;
	}
	return 0;
}

static void validate(struct xo_sheet *s, int r1, int c1, int r2, int c2, lxw_data_validation *v, const char *title,
		     const char *message)
{
	v->error_title = (char *)title;
	v->error_message = (char *)message;
	v->input_title = NULL;
	v->error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	v->ignore_blank = LXW_VALIDATION_ON;
	check(s, worksheet_data_validation_range(s->ws, (lxw_row_t)r1, (lxw_col_t)c1, (lxw_row_t)r2, (lxw_col_t)c2, v));
}

void xo_valid_whole(struct xo_sheet *s, int r1, int c1, int r2, int c2, const char *title, const char *message)
{
	lxw_data_validation v;
	memset(&v, 0, sizeof(v));
	v.validate = LXW_VALIDATION_TYPE_INTEGER;
	v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
	v.minimum_number = 0;
	v.maximum_number = 9999999999999.0;
	validate(s, r1, c1, r2, c2, &v, title, message);
}

void xo_valid_amount(struct xo_sheet *s, int r1, int c1, int r2, int c2, const char *title, const char *message)
{
	lxw_data_validation v;
	memset(&v, 0, sizeof(v));
	/* a number ≥ 0 with at most two decimals: ROUND(x,2)=x */
	char cell[16], formula[128];
	snprintf(formula, sizeof(formula), "=AND(ISNUMBER(%s),%s>=0,ROUND(%s,2)=%s)", xo_cell(r1, c1, 0, cell), cell, cell, cell);
	v.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
	v.value_formula = formula;
	validate(s, r1, c1, r2, c2, &v, title, message);
}

void xo_valid_date(struct xo_sheet *s, int r1, int c1, int r2, int c2, int from_year, int to_year, const char *title,
		   const char *message)
{
	lxw_data_validation v;
	memset(&v, 0, sizeof(v));
	v.validate = LXW_VALIDATION_TYPE_DATE;
	v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
	v.minimum_datetime = (lxw_datetime){ from_year, 1, 1, 0, 0, 0 };
	v.maximum_datetime = (lxw_datetime){ to_year, 12, 31, 0, 0, 0 };
	validate(s, r1, c1, r2, c2, &v, title, message);
}

void xo_valid_length(struct xo_sheet *s, int r1, int c1, int r2, int c2, int max, const char *title, const char *message)
{
	lxw_data_validation v;
	memset(&v, 0, sizeof(v));
	v.validate = LXW_VALIDATION_TYPE_LENGTH;
	v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
	v.minimum_number = 0;
	v.maximum_number = max;
	validate(s, r1, c1, r2, c2, &v, title, message);
}

void xo_valid_list(struct xo_sheet *s, int r1, int c1, int r2, int c2, const char *source, const char *title,
		   const char *message)
{
	lxw_data_validation v;
	memset(&v, 0, sizeof(v));
	v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
	v.value_formula = (char *)source;
	validate(s, r1, c1, r2, c2, &v, title, message);
}

void xo_red_when(struct xo_sheet *s, int r1, int c1, int r2, int c2, const char *formula)
{
	struct xo_book *b = s->b;
	if (!b->red) {
		b->red = workbook_add_format(b->wb);
		format_set_bg_color(b->red, 0xC00000);
		format_set_font_color(b->red, 0xFFFFFF);
		format_set_bold(b->red);
	}
	lxw_conditional_format cf;
	memset(&cf, 0, sizeof(cf));
	cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
	cf.value_string = (char *)formula;
	cf.format = b->red;
	check(s, worksheet_conditional_format_range(s->ws, (lxw_row_t)r1, (lxw_col_t)c1, (lxw_row_t)r2, (lxw_col_t)c2, &cf));
}
