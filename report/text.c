/*
 * text — the headings, subheadings and body paragraphs every part of the
 * report draws at the PDF cursor, in the report's typography (parts.h), and
 * the office's own paragraphs (narrative.h) where a part takes them.
 */
#include "report/parts.h"

void *part_heading(struct rctx *c, const char *text, void *parent, double keep, enum align a)
{
	struct pdf *p = c->pdf;
	pdf_need(p, HEAD_LEADING + keep);
	double top = pdf_y(p);
	int lines = pdf_textbox(p, FACE_HEI, HEAD_SIZE, HEAD_LEADING, TEXT_LEFT, top, TEXT_W, 0, a, text, 1);
	pdf_set_y(p, top - lines * HEAD_LEADING);
	return pdf_bookmark(p, parent, text, top + 4, 1);
}

void *part_subheading(struct rctx *c, const char *text, void *parent, double keep)
{
	struct pdf *p = c->pdf;
	pdf_need(p, c->body_leading + keep);
	double top = pdf_y(p);
	int lines = pdf_textbox(p, FACE_HEI, c->body, c->body_leading, TEXT_LEFT, top, TEXT_W, c->indent, ALIGN_LEFT,
				text, 1);
	pdf_set_y(p, top - lines * c->body_leading);
	return parent ? pdf_bookmark(p, parent, text, top + 4, 0) : NULL;
}

void part_para(struct rctx *c, const char *text)
{
	pdf_paragraph(c->pdf, FACE_SONG, c->body, c->body_leading, c->indent, c->zh ? ALIGN_JUSTIFY : ALIGN_LEFT, text);
	if (!c->zh) /* English paragraphs have no first-line indent: a little space between them instead */
		pdf_set_y(c->pdf, pdf_y(c->pdf) - 6);
}

void part_narrative(struct rctx *c, int k)
{
	if (!c->narrative || k < 0 || k >= NARRATIVE_PARTS)
		return;
	for (size_t i = 0; i < c->narrative->n[k]; i++)
		part_para(c, c->narrative->para[k][i]);
}
