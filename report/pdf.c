/*
 * pdf — the libharu adapter; see pdf.h for what it hides and why.
 *
 * Faces: each is a TrueType file embedded through the UTF-8 encoder (the
 * set-up that works in 2.3.0).  For measuring we ask the face's font
 * definition for the glyph id and advance of one code point
 * (HPDF_TTFontDef_GetGlyphid / _GetCharWidth) and cache both per face for the
 * Basic Multilingual Plane, so a page of text costs table look-ups, not
 * library calls.  A code point the face lacks (glyph id 0) is drawn in the
 * next face that has it.
 *
 * Errors: the handler stores the first error code in the context; pdf_save()
 * reports it.  Nothing long-jumps, so every allocation is freed on every path.
 */
#include "report/pdf.h"
#include "report/layout.h"
#include "common/msg.h"
#include "common/outpath.h"
#include "common/textin.h"
#include "common/util.h"

#include <errno.h>
#include <hpdf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define GLYPH_UNKNOWN 0
#define GLYPH_HAS 1
#define GLYPH_MISSING 2
#define BMP 65536

struct face_data {
	HPDF_Font font;
	HPDF_FontDef def;
	uint8_t *state;  /* GLYPH_* per BMP code point, filled lazily */
	int16_t *width;  /* advance in 1/1000 em, valid when state is set */
	uint16_t *drawn; /* 1 + the advance of the code point as drawn when this face is asked for (fallback and
			    substitution resolved); 0 = not yet known.  The one look-up measuring needs. */
	int alias;       /* index of an earlier face loaded from the same file, or -1 */
};

struct pdf {
	HPDF_Doc doc;
	HPDF_Page page;
	struct face_data face[NFACES];
	HPDF_Encoder utf8;
	HPDF_STATUS err, detail;
	int pages;
	char *head;        /* running head drawn on every page from now on (e.g. 征求意见稿), or NULL */
	double y;
	double fill_gray;  /* current non-stroking gray, to restore black before text */
	struct strbuf run; /* scratch: one run of text, NUL-terminated for the library */
	struct pdf_lines scratch; /* scratch of layout.c's pdf_textbox(), kept and freed with the document */
};

static void on_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *user_data)
{
	struct pdf *p = user_data;
	if (!p->err) {
		p->err = error_no;
		p->detail = detail_no;
	}
}

int pdf_failed(const struct pdf *p)
{
	return p->err != 0;
}

static int load_face(struct pdf *p, int i, const char *path)
{
	struct face_data *fd = &p->face[i];
	fd->alias = -1;
	const char *name;
	size_t n = strlen(path);
	if (n > 4 && !strcasecmp(path + n - 4, ".ttc"))
		name = HPDF_LoadTTFontFromFile2(p->doc, path, 0, HPDF_TRUE);
	else
		name = HPDF_LoadTTFontFromFile(p->doc, path, HPDF_TRUE);
	if (!name) {
		error(_("cannot load the font %s (PDF library error 0x%04X); install it or set [report] font_* in config.ini"),
		      path, (unsigned)p->err);
		return -1;
	}
	fd->font = HPDF_GetFont(p->doc, name, "UTF-8");
	fd->def = HPDF_GetFontDef(p->doc, name);
	if (!fd->font || !fd->def) {
		error(_("cannot load the font %s (PDF library error 0x%04X); install it or set [report] font_* in config.ini"),
		      path, (unsigned)p->err);
		return -1;
	}
	fd->state = xcalloc(BMP, 1);
	fd->width = xcalloc(BMP, sizeof(int16_t));
	fd->drawn = xcalloc(BMP, sizeof(uint16_t));
	return 0;
}

struct pdf *pdf_open(const struct pdf_fontspec *fonts)
{
	struct pdf *p = xcalloc(1, sizeof(*p));
	p->doc = HPDF_New(on_error, p);
	if (!p->doc) {
		error(_("the PDF library could not start"));
		free(p);
		return NULL;
	}
	HPDF_SetCompressionMode(p->doc, HPDF_COMP_ALL);
	/* a two-level page tree: one Pages node holds at most 8191 kids, and a province's report has more pages */
	HPDF_SetPagesConfiguration(p->doc, 256);
	HPDF_UseUTFEncodings(p->doc);
	HPDF_SetCurrentEncoder(p->doc, "UTF-8");
	p->utf8 = HPDF_GetEncoder(p->doc, "UTF-8");
	for (int i = 0; i < NFACES; i++) {
		int same = -1;
		for (int j = 0; j < i; j++)
			if (!strcmp(fonts->path[i], fonts->path[j]))
				same = j;
		if (same >= 0) {
			p->face[i] = p->face[same];
			p->face[i].alias = same;
			continue;
		}
		if (load_face(p, i, fonts->path[i]) < 0) {
			pdf_free(p);
			return NULL;
		}
	}
	return p;
}

void pdf_free(struct pdf *p)
{
	if (!p)
		return;
	for (int i = 0; i < NFACES; i++)
		if (p->face[i].alias < 0) {
			free(p->face[i].state);
			free(p->face[i].width);
			free(p->face[i].drawn);
		}
	if (p->doc)
		HPDF_Free(p->doc);
	free(p->head);
	sb_release(&p->run);
	pdf_lines_release(&p->scratch);
	free(p);
}

int pdf_save(struct pdf *p, const char *path)
{
	if (p->err) {
		error(_("the PDF library reported error 0x%04X (detail %u) while building the report"), (unsigned)p->err,
		      (unsigned)p->detail);
		return -1;
	}
	/* write beside the target (a temporary file of its own) and rename, so a failed save never
	 * leaves half a report under its name and two reports to one file never share a temporary file */
	char *tmp;
	int fd = outpath_temp(path, &tmp);
	if (fd < 0) {
		error(_("cannot write %s: %s"), path, strerror(errno));
		return -1;
	}
	close(fd);
	if (HPDF_SaveToFile(p->doc, tmp) != HPDF_OK || p->err) {
		error(_("cannot write %s (PDF library error 0x%04X)"), path, (unsigned)p->err);
		outpath_abandon(tmp);
		return -1;
	}
	if (outpath_commit(tmp, path) < 0) {
		error(_("cannot write %s: %s"), path, strerror(errno));
		return -1;
	}
	return 0;
}

void pdf_info(struct pdf *p, const char *title, const char *author, const char *subject, int y, int m, int d)
{
	HPDF_SetInfoAttr(p->doc, HPDF_INFO_TITLE, title);
	HPDF_SetInfoAttr(p->doc, HPDF_INFO_AUTHOR, author);
	HPDF_SetInfoAttr(p->doc, HPDF_INFO_SUBJECT, subject);
	HPDF_SetInfoAttr(p->doc, HPDF_INFO_CREATOR, "gongkai");
	HPDF_Date date = { y, m, d, 0, 0, 0, '+', 8, 0 };
	HPDF_SetInfoDateAttr(p->doc, HPDF_INFO_CREATION_DATE, date);
	HPDF_SetInfoDateAttr(p->doc, HPDF_INFO_MOD_DATE, date);
}

/* ---- measuring ------------------------------------------------------- */

/* Does face f have cp?  Fills the cache. */
static int has_glyph(struct pdf *p, int f, unsigned cp)
{
	struct face_data *fd = &p->face[f];
	if (cp >= BMP)
		return 0;
	if (fd->state[cp] == GLYPH_UNKNOWN) {
		HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(fd->def, (HPDF_UINT16)cp);
		fd->state[cp] = gid ? GLYPH_HAS : GLYPH_MISSING;
		fd->width[cp] = HPDF_TTFontDef_GetCharWidth(fd->def, (HPDF_UINT16)cp);
	}
	return fd->state[cp] == GLYPH_HAS;
}

/* The face that draws cp when f is asked for: f, else the fallback, else the other faces, else f. */
static int pick(struct pdf *p, int f, unsigned cp)
{
	if (has_glyph(p, f, cp))
		return f;
	static const int order[] = { FACE_FALLBACK, FACE_SONG, FACE_HEI };
	for (size_t i = 0; i < ARRAY_SIZE(order); i++)
		if (order[i] != f && has_glyph(p, order[i], cp))
			return order[i];
	return f;
}

/* A code point no face has is drawn as a look-alike, or as □ rather than as a blank. */
static unsigned substitute(unsigned cp)
{
	switch (cp) {
	case 0x2212: case 0x2010: case 0x2011: case 0x2012:
		return '-';
	case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200A:
		return ' ';
	default:
		return 0x25A1;
	}
}

/* The face that draws cp when f is asked for, and the code point it draws (cp or a substitute). */
static unsigned resolve(struct pdf *p, int f, unsigned cp, int *face)
{
	if (cp < BMP) {
		int g = pick(p, f, cp);
		if (has_glyph(p, g, cp)) {
			*face = g;
			return cp;
		}
	}
	cp = substitute(cp);
	*face = pick(p, f, cp);
	has_glyph(p, *face, cp);
	return cp;
}

static double cp_width(struct pdf *p, int f, unsigned cp)
{
	if (cp < 0x20)
		return 0;
	uint16_t *drawn = p->face[f].drawn;
	if (cp < BMP && drawn[cp])
		return drawn[cp] - 1;
	int g;
	unsigned d = resolve(p, f, cp, &g);
	int w = p->face[g].width[d];
	if (w < 0)
		w = 0;
	if (cp < BMP && w < 65535)
		drawn[cp] = (uint16_t)(w + 1);
	return w;
}

double pdf_width_cp(struct pdf *p, enum face f, double size, unsigned cp)
{
	return cp_width(p, f, cp) * size / 1000.0;
}

double pdf_width(struct pdf *p, enum face f, double size, const char *s, size_t n)
{
	double w = 0;
	const char *end = s + n;
	while (s < end && *s)
		w += cp_width(p, f, utf8_next(&s));
	return w * size / 1000.0;
}

/* ---- pages ------------------------------------------------------------ */

static void set_fill(struct pdf *p, double gray)
{
	if (p->fill_gray != gray) {
		HPDF_Page_SetGrayFill(p->page, (HPDF_REAL)gray);
		p->fill_gray = gray;
	}
}

void pdf_new_page(struct pdf *p)
{
	p->page = HPDF_AddPage(p->doc);
	if (!p->page)
		return; /* the error is recorded; pdf_save() reports it */
	HPDF_Page_SetSize(p->page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
	p->pages++;
	p->fill_gray = 0;
	p->y = TEXT_TOP;
	/* GB/T 9704: 4-point numbers "— N —", odd pages right and even pages left, one character in */
	char num[48];
	snprintf(num, sizeof(num), "\xe2\x80\x94 %d \xe2\x80\x94", p->pages);
	const double size = 14;
	double w = pdf_width(p, FACE_SONG, size, num, strlen(num));
	double x = (p->pages % 2) ? TEXT_RIGHT - size - w : TEXT_LEFT + size;
	pdf_text(p, FACE_SONG, size, x, TEXT_BOTTOM - 30, num, strlen(num), 0);
	if (p->head) { /* above the type area, at the right */
		const double hs = 14;
		double hw = pdf_width(p, FACE_HEI, hs, p->head, strlen(p->head));
		pdf_text(p, FACE_HEI, hs, TEXT_RIGHT - hw, TEXT_TOP + 36, p->head, strlen(p->head), 0);
	}
}

void pdf_set_head(struct pdf *p, const char *text)
{
	free(p->head);
	p->head = text && *text ? xstrdup(text) : NULL;
}

struct pdf_lines *pdf_scratch_lines(struct pdf *p)
{
	return &p->scratch;
}

int pdf_page_count(const struct pdf *p)
{
	return p->pages;
}

double pdf_y(const struct pdf *p)
{
	return p->y;
}

void pdf_set_y(struct pdf *p, double y)
{
	p->y = y;
}

int pdf_need(struct pdf *p, double h)
{
	if (!p->page || p->y - h < TEXT_BOTTOM - 0.01) {
		pdf_new_page(p);
		return 1;
	}
	return 0;
}

/* ---- drawing ---------------------------------------------------------- */

static void show_run(struct pdf *p, int face, double size, double x, double y)
{
	HPDF_Page_SetFontAndSize(p->page, p->face[face].font, (HPDF_REAL)size);
	HPDF_Page_TextOut(p->page, (HPDF_REAL)x, (HPDF_REAL)y, p->run.buf);
	sb_reset(&p->run);
}

static void add_utf8(struct strbuf *sb, unsigned cp)
{
	char b[4];
	size_t n;
	if (cp < 0x80) {
		b[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	}
	sb_add(sb, b, n);
}

void pdf_text(struct pdf *p, enum face f, double size, double x, double y, const char *s, size_t n, double extra)
{
	if (!p->page)
		return;
	set_fill(p, 0);
	HPDF_Page_BeginText(p->page);
	if (extra != 0)
		HPDF_Page_SetCharSpace(p->page, (HPDF_REAL)extra);
	const char *end = s + n;
	int run_face = -1;
	double run_x = x, run_w = 0;
	sb_reset(&p->run);
	while (s < end && *s) {
		unsigned cp = utf8_next(&s);
		if (cp < 0x20)
			continue;
		int g;
		cp = resolve(p, f, cp, &g);
		if (g != run_face) {
			if (p->run.len)
				show_run(p, run_face, size, run_x, y);
			run_x += run_w;
			run_w = 0;
			run_face = g;
		}
		add_utf8(&p->run, cp);
		run_w += p->face[g].width[cp] * size / 1000.0 + extra;
	}
	if (p->run.len)
		show_run(p, run_face, size, run_x, y);
	if (extra != 0)
		HPDF_Page_SetCharSpace(p->page, 0);
	HPDF_Page_EndText(p->page);
}

void pdf_line(struct pdf *p, double x1, double y1, double x2, double y2, double width, double gray)
{
	HPDF_Page_SetLineWidth(p->page, (HPDF_REAL)width);
	HPDF_Page_SetGrayStroke(p->page, (HPDF_REAL)gray);
	HPDF_Page_MoveTo(p->page, (HPDF_REAL)x1, (HPDF_REAL)y1);
	HPDF_Page_LineTo(p->page, (HPDF_REAL)x2, (HPDF_REAL)y2);
	HPDF_Page_Stroke(p->page);
}

void pdf_rules_begin(struct pdf *p, double width, double gray)
{
	HPDF_Page_SetLineWidth(p->page, (HPDF_REAL)width);
	HPDF_Page_SetGrayStroke(p->page, (HPDF_REAL)gray);
}

void pdf_rule(struct pdf *p, double x1, double y1, double x2, double y2)
{
	HPDF_Page_MoveTo(p->page, (HPDF_REAL)x1, (HPDF_REAL)y1);
	HPDF_Page_LineTo(p->page, (HPDF_REAL)x2, (HPDF_REAL)y2);
}

void pdf_rules_end(struct pdf *p)
{
	HPDF_Page_Stroke(p->page);
}

void pdf_rect_fill(struct pdf *p, double x, double y, double w, double h, double gray)
{
	set_fill(p, gray);
	HPDF_Page_Rectangle(p->page, (HPDF_REAL)x, (HPDF_REAL)y, (HPDF_REAL)w, (HPDF_REAL)h);
	HPDF_Page_Fill(p->page);
}

void pdf_rect_fill_rgb(struct pdf *p, double x, double y, double w, double h, double r, double g, double b)
{
	HPDF_Page_SetRGBFill(p->page, (HPDF_REAL)r, (HPDF_REAL)g, (HPDF_REAL)b);
	p->fill_gray = -1; /* unknown: the next gray fill or text sets it again */
	HPDF_Page_Rectangle(p->page, (HPDF_REAL)x, (HPDF_REAL)y, (HPDF_REAL)w, (HPDF_REAL)h);
	HPDF_Page_Fill(p->page);
}

void *pdf_bookmark(struct pdf *p, void *parent, const char *title, double y, int open)
{
	if (!p->page)
		pdf_new_page(p);
	HPDF_Outline o = HPDF_CreateOutline(p->doc, (HPDF_Outline)parent, title, p->utf8);
	if (!o)
		return NULL;
	HPDF_Destination dst = HPDF_Page_CreateDestination(p->page);
	HPDF_Destination_SetFitH(dst, (HPDF_REAL)y); /* SetXYZ rejects zoom 0 ("keep") in 2.3.0 */
	HPDF_Outline_SetDestination(o, dst);
	HPDF_Outline_SetOpened(o, open ? HPDF_TRUE : HPDF_FALSE);
	return o;
}
