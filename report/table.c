/*
 * table — ruled tables with repeated headers; see table.h.
 *
 * Geometry: the cursor (pdf_y) is the top of the next row.  A row is as high
 * as its tallest cell: lines × leading plus padding above and below.  A
 * header cell is framed on its own (four rules).  Body rows draw their bottom
 * rule and their cells' left rules; a row-spanning body cell (table_span)
 * keeps its columns free of bottom rules until its last row, and its text is
 * drawn when its part on a page is complete.
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

/*
 * The size at which the widest run of ASCII (an English word, a number, a
 * date) fits the cell's inner width: the size asked for, or smaller (down to
 * 60%) so that a narrow column never cuts a word in the middle ("Departmen|t").
 */
static double fit_size(struct table *t, enum face f, double size, const char *s, double inner)
{
	double widest = 0;
	for (const char *p = s; *p;) {
		if ((unsigned char)*p <= ' ' || (unsigned char)*p >= 0x7f) {
			p++;
			continue;
		}
		const char *q = p;
		while ((unsigned char)*q > ' ' && (unsigned char)*q < 0x7f)
			q++;
		double w = pdf_width(t->pdf, f, size, p, (size_t)(q - p));
		if (w > widest)
			widest = w;
		p = q;
	}
	if (widest <= inner || inner <= 0)
		return size;
	double scaled = size * inner / widest * 0.98; /* a little room: the line breaker compares exactly */
	return scaled < size * 0.6 ? size * 0.6 : scaled;
}

static double cell_h(struct table *t, enum face f, double size, double w, double indent, const char *s, double pad)
{
	size = fit_size(t, f, size, s, w - 2 * pad - indent);
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
	size = fit_size(t, f, size, s, inner);
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

/* Is column col covered by a span; which one (or -1). */
static int span_at(const struct table *t, int col)
{
	for (int i = 0; i < t->nspans; i++)
		if (col >= t->span[i].col && col < t->span[i].col + t->span[i].colspan)
			return i;
	return -1;
}

/* The first column at or after col that no span covers. */
static int free_col(const struct table *t, int col)
{
	while (col < t->ncols && span_at(t, col) >= 0)
		col++;
	return col;
}

/* Lay out every cell of a row (into t->lay) and return the row's height. */
static double layout_row(struct table *t, const struct tcell *cells, int ncells, int style)
{
	double h = t->leading + 2 * t->pad;
	int col = free_col(t, 0);
	for (int i = 0; i < ncells && i < TABLE_MAX_COLS && col < t->ncols; i++) {
		int cs = cells[i].colspan ? cells[i].colspan : 1;
		t->lay[i].n = 0;
		if (cells[i].text && *cells[i].text) {
			double inner = span_w(t, col, cs) - 2 * t->pad - cells[i].indent;
			t->csize[i] = fit_size(t, row_face(style), row_size(t, style), cells[i].text, inner);
			pdf_layout(t->pdf, row_face(style), t->csize[i], cells[i].text, inner, 0, &t->lay[i]);
			double ch = (double)t->lay[i].n * t->leading + 2 * t->pad;
			if (ch > h)
				h = ch;
		}
		col = free_col(t, col + cs);
	}
	return h;
}

double table_row_height(struct table *t, const struct tcell *cells, int ncells, int style)
{
	return layout_row(t, cells, ncells, style);
}

void table_span(struct table *t, int col, int colspan, int rows, const char *text, enum align a, int style)
{
	if (t->nspans == TABLE_MAX_SPANS || rows < 1)
		return;
	struct tspan *s = &t->span[t->nspans++];
	memset(s, 0, sizeof(*s));
	s->text = text;
	s->col = col;
	s->colspan = colspan > 0 ? colspan : 1;
	s->rows = rows;
	s->align = a;
	s->style = style;
	s->need = cell_h(t, row_face(style), row_size(t, style), span_w(t, s->col, s->colspan), 0, text, t->pad);
}

/* Close span i's part on this page at y: its bottom rule, and its text when the part can hold it. */
static void close_span(struct table *t, int i, double y)
{
	struct tspan *s = &t->span[i];
	if (!s->open)
		return;
	double x = col_x(t, s->col), w = span_w(t, s->col, s->colspan), h = s->seg_top - y;
	pdf_rules_begin(t->pdf, RULE, 0);
	pdf_rule(t->pdf, x, y, x + w, y);
	pdf_rules_end(t->pdf);
	if (s->need <= h + 0.01)
		cell_text(t, row_face(s->style), row_size(t, s->style), x, s->seg_top, w, h, 0, s->align, s->text, t->pad);
	s->open = 0;
}

static void drop_span(struct table *t, int i)
{
	memmove(&t->span[i], &t->span[i + 1], (size_t)(t->nspans - i - 1) * sizeof(t->span[0]));
	t->nspans--;
}

void table_row(struct table *t, const struct tcell *cells, int ncells, int style)
{
	struct pdf *p = t->pdf;
	double h = layout_row(t, cells, ncells, style);
	/* a span's last row is made tall enough for the span's text when the span has not been split */
	for (int i = 0; i < t->nspans; i++) {
		const struct tspan *s = &t->span[i];
		if (s->rows == 1 && s->open && s->need > s->seg_top - pdf_y(p) + h)
			h = s->need - (s->seg_top - pdf_y(p));
	}
	int top_rule = t->first_row;
	/* a span begins only where its text fits beside it: never a group label's first row alone at a page's foot */
	double fit = h;
	for (int i = 0; i < t->nspans; i++)
		if (!t->span[i].open && t->span[i].need > fit)
			fit = t->span[i].need;
	if (pdf_y(p) - fit < TEXT_BOTTOM - 0.01) {
		for (int i = 0; i < t->nspans; i++)
			close_span(t, i, pdf_y(p));
	}
	if (pdf_need(p, fit)) {
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
	for (int i = 0; i < t->nspans; i++)
		if (!t->span[i].open) {
			t->span[i].open = 1;
			t->span[i].seg_top = top;
		}
	int first = free_col(t, 0);
	if (style & TROW_SHADE)
		pdf_rect_fill(p, col_x(t, first), top - h, right - col_x(t, first), h, 0.95);
	/* the row's bottom rule (not under a span that goes on), the cells' and spans' left rules and the
	   right edge; the top is the row above */
	pdf_rules_begin(p, RULE, 0);
	if (top_rule)
		pdf_rule(p, left, top, right, top);
	for (int col = 0; col < t->ncols; col++) {
		int k = span_at(t, col);
		if (k < 0 || t->span[k].rows == 1)
			pdf_rule(p, col_x(t, col), top - h, col_x(t, col + 1), top - h);
	}
	for (int i = 0; i < t->nspans; i++)
		pdf_rule(p, col_x(t, t->span[i].col), top, col_x(t, t->span[i].col), top - h);
	int col = first;
	for (int i = 0; i < ncells && col < t->ncols; i++) {
		int cs = cells[i].colspan ? cells[i].colspan : 1;
		double x = col_x(t, col);
		pdf_rule(p, x, top, x, top - h);
		col = free_col(t, col + cs);
	}
	pdf_rule(p, right, top, right, top - h);
	pdf_rules_end(p);
	/* the text, each cell centred vertically, from the layout made above */
	col = first;
	for (int i = 0; i < ncells && i < TABLE_MAX_COLS && col < t->ncols; i++) {
		int cs = cells[i].colspan ? cells[i].colspan : 1;
		if (t->lay[i].n) {
			double w = span_w(t, col, cs), inner = w - 2 * t->pad - cells[i].indent;
			double y = top - (h - (double)t->lay[i].n * t->leading) / 2;
			pdf_draw_layout(p, row_face(style), t->csize[i], t->leading, col_x(t, col) + t->pad + cells[i].indent,
					y, inner, 0, cells[i].align, cells[i].text, &t->lay[i]);
		}
		col = free_col(t, col + cs);
	}
	pdf_set_y(p, top - h);
	/* spans whose last row this was: their text, centred in their part on this page */
	for (int i = t->nspans - 1; i >= 0; i--)
		if (--t->span[i].rows == 0) {
			struct tspan *s = &t->span[i];
			double x = col_x(t, s->col), w = span_w(t, s->col, s->colspan), sh = s->seg_top - (top - h);
			if (s->need <= sh + 0.01)
				cell_text(t, row_face(s->style), row_size(t, s->style), x, s->seg_top, w, sh, 0, s->align, s->text,
					  t->pad);
			drop_span(t, i);
		}
}

void table_end(struct table *t, double gap)
{
	/* a span the caller announced more rows for than it drew: closed where the table ends */
	for (int i = 0; i < t->nspans; i++)
		close_span(t, i, pdf_y(t->pdf));
	t->nspans = 0;
	pdf_set_y(t->pdf, pdf_y(t->pdf) - gap);
	for (int i = 0; i < TABLE_MAX_COLS; i++)
		pdf_lines_release(&t->lay[i]);
}
