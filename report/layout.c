/*
 * layout — text laid out on the pages of report/pdf.h: lines broken with
 * wrap.c (Chinese at any character but not before closing punctuation,
 * English at spaces), aligned (left, centred, right, justified by spreading
 * the characters of all but a paragraph's last line), boxes of wrapped text
 * and paragraphs that flow across pages.  It uses only the adapter's
 * measuring, drawing and cursor, never libharu itself; tables (table.c),
 * the chart and the report's parts are built on it.
 */
#include "report/layout.h"
#include "report/wrap.h"
#include "common/textin.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>

struct measure_ctx {
	struct pdf *p;
	enum face f;
	double size;
};

static double measure_cb(void *ctx, unsigned cp)
{
	struct measure_ctx *m = ctx;
	return pdf_width_cp(m->p, m->f, m->size, cp);
}

/* Baseline of a line whose box (height leading) has its top at top. */
static double baseline(double top, double size, double leading)
{
	return top - (leading - size) / 2 - 0.86 * size;
}

static size_t count_cps(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xC0) != 0x80;
	return k;
}

static void draw_line(struct pdf *p, enum face f, double size, double x, double w, double base, enum align a,
		      const char *s, size_t n, double lw, int last)
{
	double extra = 0;
	switch (a) {
	case ALIGN_CENTER:
		x += (w - lw) / 2;
		break;
	case ALIGN_RIGHT:
		x += w - lw;
		break;
	case ALIGN_JUSTIFY:
		if (!last) {
			size_t k = count_cps(s, n);
			if (k > 1 && w > lw) {
				extra = (w - lw) / (double)(k - 1);
				if (extra > size * 0.5)
					extra = 0;
			}
		}
		break;
	case ALIGN_LEFT:
		break;
	}
	pdf_text(p, f, size, x, base, s, n, extra);
}

void pdf_layout(struct pdf *p, enum face f, double size, const char *s, double w, double indent,
		struct pdf_lines *out)
{
	struct measure_ctx m = { p, f, size };
	size_t len = strlen(s), pos = 0;
	out->n = 0;
	do {
		while (pos < len && s[pos] == ' ')
			pos++;
		double lw = out->n == 0 ? w - indent : w;
		size_t resume, n = wrap_line(s + pos, len - pos, lw, measure_cb, &m, &resume);
		int hard = resume > 0 && pos + resume <= len && s[pos + resume - 1] == '\n';
		if (out->n == out->alloc) {
			out->alloc = out->alloc ? 2 * out->alloc : 8;
			out->line = xrealloc(out->line, out->alloc * sizeof(*out->line));
		}
		struct pdf_line *l = &out->line[out->n++];
		l->off = pos;
		l->len = n;
		l->width = pdf_width(p, f, size, s + pos, n);
		l->last = pos + resume >= len || hard;
		pos += resume;
	} while (pos < len);
}

void pdf_draw_layout(struct pdf *p, enum face f, double size, double leading, double x, double top, double w,
		     double indent, enum align a, const char *s, const struct pdf_lines *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct pdf_line *ln = &l->line[i];
		double lx = x + (i == 0 ? indent : 0), lw = i == 0 ? w - indent : w;
		draw_line(p, f, size, lx, lw, baseline(top - (double)i * leading, size, leading), a, s + ln->off, ln->len,
			  ln->width, ln->last);
	}
}

void pdf_lines_release(struct pdf_lines *l)
{
	free(l->line);
	memset(l, 0, sizeof(*l));
}

int pdf_textbox(struct pdf *p, enum face f, double size, double leading, double x, double top, double w,
		double indent, enum align a, const char *s, int draw)
{
	pdf_layout(p, f, size, s, w, indent, pdf_scratch_lines(p));
	if (draw)
		pdf_draw_layout(p, f, size, leading, x, top, w, indent, a, s, pdf_scratch_lines(p));
	return (int)pdf_scratch_lines(p)->n;
}

void pdf_paragraph(struct pdf *p, enum face f, double size, double leading, double indent, enum align a,
		   const char *s)
{
	struct measure_ctx m = { p, f, size };
	size_t len = strlen(s), pos = 0;
	int first = 1;
	do {
		while (pos < len && s[pos] == ' ')
			pos++;
		double lw = first ? TEXT_W - indent : TEXT_W;
		size_t resume, n = wrap_line(s + pos, len - pos, lw, measure_cb, &m, &resume);
		int hard = resume > 0 && s[pos + resume - 1] == '\n';
		pdf_need(p, leading);
		draw_line(p, f, size, TEXT_LEFT + (first ? indent : 0), lw, baseline(pdf_y(p), size, leading), a, s + pos, n,
			  pdf_width(p, f, size, s + pos, n), pos + resume >= len || hard);
		pdf_set_y(p, pdf_y(p) - leading);
		first = 0;
		pos += resume;
	} while (pos < len);
}
