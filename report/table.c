/*
 * table — ruled tables with repeated headers; see table.h.
 *
 * Geometry: the cursor (pdf_y) is the top of the next row.  A row is as high
 * as its tallest cell: lines × leading plus padding above and below.  Each
 * cell is framed on its own (four rules), so spans need no bookkeeping.
 */
#include "report/table.h"

#include <string.h>

static double col_x(const struct table *t, int col)
{
	double x = t->x ? t->x : TEXT_LEFT;
	for (int i = 0; i < col; i++)
		x += t->width[i];
	return x;
}

static double span_w(const struct table *t, int col, int span)
{
	double w = 0;
	for (int i = col; i < col + span && i < t->ncols; i++)
		w += t->width[i];
	return w;
}

static double cell_h(struct table *t, enum face f, double size, double w, double indent, const char *s, double pad)
{
	int lines = pdf_textbox(t->pdf, f, size, t->leading, 0, 0, w - 2 * pad - indent, 0, ALIGN_LEFT, s, 0);
	return lines * t->leading + 2 * pad;
}

static double head_size(const struct table *t)
{
	return t->head_size > 0 ? t->head_size : t->size;
}

static double head_pad(const struct table *t)
{
	return t->head_pad > 0 ? t->head_pad : t->pad;
}

#define RULE 0.6

/* The four rules of a cell (inside pdf_rules_begin/end). */
static void frame(struct table *t, double x, double top, double w, double h)
{
	struct pdf *p = t->pdf;
	pdf_rule(p, x, top, x + w, top);
	pdf_rule(p, x, top - h, x + w, top - h);
	pdf_rule(p, x, top, x, top - h);
	pdf_rule(p, x + w, top, x + w, top - h);
}

/* Text of a cell, vertically centred in the box. */
static void cell_text(struct table *t, enum face f, double size, double x, double top, double w, double h,
		      double indent, enum align a, const char *s, double pad)
{
	double inner = w - 2 * pad - indent;
	int lines = pdf_textbox(t->pdf, f, size, t->leading, 0, 0, inner, 0, a, s, 0);
	double text_h = lines * t->leading;
	double y = top - (h - text_h) / 2;
	pdf_textbox(t->pdf, f, size, t->leading, x + pad + indent, y, inner, 0, a, s, 1);
}

double table_head_height(struct table *t)
{
	for (int r = 0; r < TABLE_MAX_HEAD_ROWS; r++)
		t->head_h[r] = 0;
	/* single-row cells first, then grow the last row a spanning cell covers */
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < t->nhead; i++) {
			const struct thead *c = &t->head[i];
			int rs = c->rowspan ? c->rowspan : 1, cs = c->colspan ? c->colspan : 1;
			if ((pass == 0) != (rs == 1))
				continue;
			double need = cell_h(t, FACE_HEI, head_size(t), span_w(t, c->col, cs), 0, c->text, head_pad(t));
			double have = 0;
			for (int r = c->row; r < c->row + rs; r++)
				have += t->head_h[r];
			if (need > have)
				t->head_h[c->row + rs - 1] += need - have;
		}
	t->head_total = 0;
	for (int r = 0; r < t->head_rows; r++)
		t->head_total += t->head_h[r];
	return t->head_total;
}

/* The box of header cell c when the header starts at `top`. */
static void head_box(const struct table *t, const struct thead *c, double top, double *x, double *y, double *w,
		     double *h)
{
	int rs = c->rowspan ? c->rowspan : 1, cs = c->colspan ? c->colspan : 1;
	*y = top;
	*h = 0;
	for (int r = 0; r < c->row; r++)
		*y -= t->head_h[r];
	for (int r = c->row; r < c->row + rs; r++)
		*h += t->head_h[r];
	*x = col_x(t, c->col);
	*w = span_w(t, c->col, cs);
}

/* Shading first, then the rules, then the text: libharu draws no graphics inside text objects. */
static void draw_head(struct table *t)
{
	struct pdf *p = t->pdf;
	double top = pdf_y(p), x, y, w, h;
	for (int i = 0; i < t->nhead; i++) {
		head_box(t, &t->head[i], top, &x, &y, &w, &h);
		pdf_rect_fill(p, x, y - h, w, h, 0.90);
	}
	pdf_rules_begin(p, RULE, 0);
	for (int i = 0; i < t->nhead; i++) {
		head_box(t, &t->head[i], top, &x, &y, &w, &h);
		frame(t, x, y, w, h);
	}
	pdf_rules_end(p);
	for (int i = 0; i < t->nhead; i++) {
		head_box(t, &t->head[i], top, &x, &y, &w, &h);
		cell_text(t, FACE_HEI, head_size(t), x, y, w, h, 0, ALIGN_CENTER, t->head[i].text, head_pad(t));
	}
	pdf_set_y(p, top - t->head_total);
}

void table_begin(struct table *t, double min_body)
{
	t->continued = 0;
	t->first_row = t->nhead == 0;
	table_head_height(t);
	pdf_need(t->pdf, t->head_total + min_body);
	if (t->nhead)
		draw_head(t);
}

static enum face row_face(int style)
{
	return (style & TROW_BOLD) ? FACE_HEI : FACE_SONG;
}

static double row_size(const struct table *t, int style)
{
	return (style & TROW_SMALL) ? t->size * 0.9 : t->size;
}

/* Lay out every cell of a row (into t->lay) and return the row's height. */
static double layout_row(struct table *t, const struct tcell *cells, int ncells, int style)
{
	double h = t->leading + 2 * t->pad;
	int col = 0;
	for (int i = 0; i < ncells && i < TABLE_MAX_COLS && col < t->ncols; i++) {
		int cs = cells[i].colspan ? cells[i].colspan : 1;
		t->lay[i].n = 0;
		if (cells[i].text && *cells[i].text) {
			double inner = span_w(t, col, cs) - 2 * t->pad - cells[i].indent;
			pdf_layout(t->pdf, row_face(style), row_size(t, style), cells[i].text, inner, 0, &t->lay[i]);
			double ch = (double)t->lay[i].n * t->leading + 2 * t->pad;
			if (ch > h)
				h = ch;
		}
		col += cs;
	}
	return h;
}

double table_row_height(struct table *t, const struct tcell *cells, int ncells, int style)
{
	return layout_row(t, cells, ncells, style);
}

void table_row(struct table *t, const struct tcell *cells, int ncells, int style)
{
	struct pdf *p = t->pdf;
	double h = layout_row(t, cells, ncells, style);
	int top_rule = t->first_row;
	if (pdf_need(p, h)) {
		t->continued++;
		if (t->continued_title) {
			double top = pdf_y(p);
			pdf_textbox(p, FACE_HEI, t->size, t->leading + 4, t->x ? t->x : TEXT_LEFT, top, span_w(t, 0, t->ncols), 0,
				    ALIGN_LEFT, t->continued_title, 1);
			pdf_set_y(p, top - t->leading - 4);
		}
		if (t->nhead)
			draw_head(t);
		else
			top_rule = 1;
	}
	t->first_row = 0;
	double top = pdf_y(p), left = col_x(t, 0), right = left + span_w(t, 0, t->ncols);
	int col = 0;
	if (style & TROW_SHADE)
		pdf_rect_fill(p, left, top - h, right - left, h, 0.95);
	/* the row's bottom rule, the cells' left rules and the right edge; the top is the row above */
	pdf_rules_begin(p, RULE, 0);
	if (top_rule)
		pdf_rule(p, left, top, right, top);
	pdf_rule(p, left, top - h, right, top - h);
	for (int i = 0; i < ncells && col < t->ncols; i++) {
		int cs = cells[i].colspan ? cells[i].colspan : 1;
		double x = col_x(t, col);
		pdf_rule(p, x, top, x, top - h);
		col += cs;
	}
	pdf_rule(p, right, top, right, top - h);
	pdf_rules_end(p);
	/* the text, each cell centred vertically, from the layout made above */
	col = 0;
	for (int i = 0; i < ncells && i < TABLE_MAX_COLS && col < t->ncols; i++) {
		int cs = cells[i].colspan ? cells[i].colspan : 1;
		if (t->lay[i].n) {
			double w = span_w(t, col, cs), inner = w - 2 * t->pad - cells[i].indent;
			double y = top - (h - (double)t->lay[i].n * t->leading) / 2;
			pdf_draw_layout(p, row_face(style), row_size(t, style), t->leading, col_x(t, col) + t->pad + cells[i].indent,
					y, inner, 0, cells[i].align, cells[i].text, &t->lay[i]);
		}
		col += cs;
	}
	pdf_set_y(p, top - h);
}

void table_end(struct table *t, double gap)
{
	pdf_set_y(t->pdf, pdf_y(t->pdf) - gap);
	for (int i = 0; i < TABLE_MAX_COLS; i++)
		pdf_lines_release(&t->lay[i]);
}
