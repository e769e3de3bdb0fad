/*
 * layout — lines, boxes of wrapped text and paragraphs flowing across pages,
 * on the pages of the libharu adapter (pdf.h); see layout.c.
 */
#ifndef GK_LAYOUT_H
#define GK_LAYOUT_H

#include "report/pdf.h"

enum align { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT, ALIGN_JUSTIFY };

/* Text broken into lines once, then drawn (or only measured) without breaking it again. */
struct pdf_line {
	size_t off, len;  /* bytes of the text */
	double width;     /* points */
	int last;         /* last line of a paragraph: not justified */
};
struct pdf_lines {
	struct pdf_line *line;
	size_t n, alloc;
};
/* Break s into lines of width w (the first indented by indent) into out (reused; free with pdf_lines_release). */
void pdf_layout(struct pdf *p, enum face f, double size, const char *s, double w, double indent,
		struct pdf_lines *out);
/* Draw lines laid out by pdf_layout, the top of the first at top. */
void pdf_draw_layout(struct pdf *p, enum face f, double size, double leading, double x, double top, double w,
		     double indent, enum align a, const char *s, const struct pdf_lines *l);
void pdf_lines_release(struct pdf_lines *l);

/*
 * Lay out text wrapped to the box [x, x+w], first line indented by indent,
 * lines `leading` apart, starting with the top of the first line at top.
 * draw = 0 only measures.  Returns the number of lines.
 */
int pdf_textbox(struct pdf *p, enum face f, double size, double leading, double x, double top, double w,
		double indent, enum align a, const char *s, int draw);

/*
 * Flow a paragraph at the cursor across pages: wrapped to the type area, first
 * line indented, justified for Chinese.  The cursor ends below the last line.
 */
void pdf_paragraph(struct pdf *p, enum face f, double size, double leading, double indent, enum align a,
		   const char *s);

#endif
