/*
 * chart — a horizontal bar chart of units' totals (0–100), one bar per
 * unit in rank order, coloured by grade, with the value at the bar's end.
 *
 * Long charts continue on the next page: the rows are drawn in page-sized
 * chunks, each under its own axis (0, 20, … 100) with grid lines and a
 * legend of the grades.  Rules and bars are drawn before the text of each
 * chunk (no graphics inside a text object in libharu).
 */
#include "report/parts.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>

#define ROW_H 15.0
#define BAR_H 9.5
#define LABEL_W 150.0
#define VALUE_W 36.0
#define AXIS_H 26.0
#define CHART_SIZE 9.0

static const double grade_rgb[4][3] = {
	{ 0.13, 0.36, 0.62 }, /* 优秀 */
	{ 0.35, 0.60, 0.82 }, /* 良好 */
	{ 0.62, 0.74, 0.50 }, /* 合格 */
	{ 0.80, 0.33, 0.28 }, /* 不合格 */
};

static void axis(struct rctx *c, double top, double x0, double span, double rows_h)
{
	struct pdf *p = c->pdf;
	/* legend, then tick labels, above the grid */
	double lx = x0;
	for (int g = 0; g < 4; g++) {
		pdf_rect_fill_rgb(p, lx, top - 9, 8, 8, grade_rgb[g][0], grade_rgb[g][1], grade_rgb[g][2]);
		lx += 12 + pdf_width(p, FACE_SONG, CHART_SIZE, grade_name(g), 64) + 14;
	}
	pdf_line(p, x0, top - AXIS_H, x0, top - AXIS_H - rows_h, 0.6, 0);
	pdf_rules_begin(p, 0.4, 0.72);
	for (int v = 20; v <= 100; v += 20) {
		double x = x0 + span * v / 100.0;
		pdf_rule(p, x, top - AXIS_H + 2, x, top - AXIS_H - rows_h);
	}
	pdf_rules_end(p);
	lx = x0;
	for (int g = 0; g < 4; g++) {
		const char *name = grade_name(g);
		pdf_text(p, FACE_SONG, CHART_SIZE, lx + 12, top - 8.5, name, 64, 0);
		lx += 12 + pdf_width(p, FACE_SONG, CHART_SIZE, name, 64) + 14;
	}
	for (int v = 0; v <= 100; v += 20) {
		char num[12];
		snprintf(num, sizeof(num), "%d", v);
		double w = pdf_width(p, FACE_SONG, CHART_SIZE, num, 8);
		pdf_text(p, FACE_SONG, CHART_SIZE, x0 + span * v / 100.0 - w / 2, top - AXIS_H + 5, num, 8, 0);
	}
}

void chart_bars(struct rctx *c, const size_t *idx, size_t n, const char *caption)
{
	struct pdf *p = c->pdf;
	const struct report_data *d = c->data;
	double x0 = TEXT_LEFT + LABEL_W, span = TEXT_W - LABEL_W - VALUE_W;
	size_t i = 0;
	pdf_need(p, 24 + AXIS_H + 3 * ROW_H);
	double ct = pdf_y(p);
	pdf_textbox(p, FACE_HEI, 10.5, 18, TEXT_LEFT, ct, TEXT_W, 0, ALIGN_CENTER, caption, 1);
	pdf_set_y(p, ct - 24);
	while (i < n) {
		double top = pdf_y(p);
		size_t fit = (size_t)((top - TEXT_BOTTOM - AXIS_H) / ROW_H);
		if (fit < 1) {
			pdf_new_page(p);
			continue;
		}
		size_t k = n - i < fit ? n - i : fit;
		axis(c, top, x0, span, k * ROW_H);
		for (size_t j = 0; j < k; j++) {
			const struct rp_unit *u = &d->u[idx[i + j]];
			double y = top - AXIS_H - j * ROW_H - (ROW_H + BAR_H) / 2;
			double w = span * (double)(u->total < 0 ? 0 : u->total > 10000 ? 10000 : u->total) / 10000.0;
			const double *rgb = grade_rgb[u->grade & 3];
			if (w > 0)
				pdf_rect_fill_rgb(p, x0, y, w, BAR_H, rgb[0], rgb[1], rgb[2]);
		}
		for (size_t j = 0; j < k; j++) {
			const struct rp_unit *u = &d->u[idx[i + j]];
			double base = top - AXIS_H - j * ROW_H - ROW_H / 2 - CHART_SIZE * 0.35;
			double w = span * (double)(u->total < 0 ? 0 : u->total > 10000 ? 10000 : u->total) / 10000.0;
			/* the label, right-aligned against the axis, cut to fit */
			const char *name = u->name;
			size_t len = 0;
			double lw = 0;
			while (name[len]) {
				const char *q = name + len;
				unsigned cp = (unsigned char)*q;
				size_t step = cp < 0x80 ? 1 : cp < 0xE0 ? 2 : cp < 0xF0 ? 3 : 4;
				double cw = pdf_width(p, FACE_SONG, CHART_SIZE, q, step);
				if (lw + cw > LABEL_W - 6)
					break;
				lw += cw;
				len += step;
			}
			pdf_text(p, FACE_SONG, CHART_SIZE, x0 - 4 - lw, base, name, len, 0);
			char num[24];
			report_hundredths(u->total, num);
			pdf_text(p, FACE_SONG, CHART_SIZE - 0.5, x0 + w + 3, base, num, 24, 0);
		}
		i += k;
		pdf_set_y(p, top - AXIS_H - k * ROW_H - 14);
		if (i < n)
			pdf_new_page(p);
	}
}
