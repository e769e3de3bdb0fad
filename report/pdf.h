/*
 * pdf — the one adapter around libharu 2.3.0: the only file that includes
 * hpdf.h.  Everyone else in report/ sees pages, faces, measured text, rules
 * and bookmarks; wrapping, alignment and paragraphs that flow across pages
 * are layout.h's, built on this.
 *
 * It hides the library's traps (notes/pitfalls.md): CJK fonts are embedded
 * TrueType faces loaded through the UTF-8 encoder; text is measured one code
 * point at a time (HPDF_Font_MeasureText cannot measure Chinese), with widths
 * cached per face; every code point is drawn with the first face that has a
 * glyph for it (the requested face, then the fallback face, then the other),
 * so a name with 堃 or 珺 never prints blank (a code point no face has is
 * drawn as a look-alike, e.g. U+2212 as '-', or as □); rules are drawn outside text
 * objects; library errors are recorded in the context by an error handler
 * (no longjmp) and reported by pdf_save().
 *
 * The page is A4 with margins after GB/T 9704 and a page number "— N —" at
 * the foot, in the outside corner.  A cursor (pdf->y, the top of the next
 * line, in PDF points from the bottom) lets callers flow text downwards;
 * pdf_need() starts a new page when what follows would not fit.
 *
 * Ownership: pdf_open() returns a context the caller frees with pdf_free();
 * outline handles belong to the document.
 */
#ifndef GK_PDF_H
#define GK_PDF_H

#include <stddef.h>

enum face { FACE_SONG, FACE_HEI, FACE_FALLBACK, NFACES };

/* A4 in points and the type area (GB/T 9704: 37/35 mm top/bottom, 28/26 mm left/right). */
#define PAGE_W 595.276
#define PAGE_H 841.890
#define MARGIN_TOP 104.88
#define MARGIN_BOTTOM 99.21
#define MARGIN_LEFT 79.37
#define MARGIN_RIGHT 73.70
#define TEXT_LEFT MARGIN_LEFT
#define TEXT_RIGHT (PAGE_W - MARGIN_RIGHT)
#define TEXT_W (TEXT_RIGHT - TEXT_LEFT)
#define TEXT_TOP (PAGE_H - MARGIN_TOP)
#define TEXT_BOTTOM MARGIN_BOTTOM

struct pdf;

struct pdf_fontspec {
	const char *path[NFACES]; /* TrueType .ttf or .ttc (index 0 of a collection) */
};

/* Open a document with the three faces. NULL after printing an error naming the font. */
struct pdf *pdf_open(const struct pdf_fontspec *fonts);
void pdf_free(struct pdf *p);
/* Write the document; 0, or -1 after printing an error. */
int pdf_save(struct pdf *p, const char *path);
/* Has the library reported an error yet? */
int pdf_failed(const struct pdf *p);

/* Info dictionary: title, author, subject (UTF-8) and the creation date. */
void pdf_info(struct pdf *p, const char *title, const char *author, const char *subject, int y, int m, int d);

/* A running head (UTF-8) drawn above the type area of every page started from now on; NULL for none. */
void pdf_set_head(struct pdf *p, const char *text);

/* Start a new page and put the cursor at the top of the type area. */
void pdf_new_page(struct pdf *p);
int pdf_page_count(const struct pdf *p);
/* The cursor: y of the top of the next line. */
double pdf_y(const struct pdf *p);
void pdf_set_y(struct pdf *p, double y);
/* Start a new page unless h points fit above the bottom margin. 1 if a page was started. */
int pdf_need(struct pdf *p, double h);

/* Width of s[0, n) in points at size, drawn with face (and its fallbacks). */
double pdf_width(struct pdf *p, enum face f, double size, const char *s, size_t n);
double pdf_width_cp(struct pdf *p, enum face f, double size, unsigned cp);
/* Draw s[0, n) with its baseline at (x, y); extra: added after every code point but the last (justification). */
void pdf_text(struct pdf *p, enum face f, double size, double x, double y, const char *s, size_t n, double extra);

/* Text broken into lines (layout.h); the adapter keeps one set for pdf_textbox()'s scratch. */
struct pdf_lines;
struct pdf_lines *pdf_scratch_lines(struct pdf *p);

/* Rules and boxes (drawn outside text objects). gray: 0 black … 1 white. */
void pdf_line(struct pdf *p, double x1, double y1, double x2, double y2, double width, double gray);
/* Many rules of one width and gray stroked at once: begin, any number of pdf_rule, end. */
void pdf_rules_begin(struct pdf *p, double width, double gray);
void pdf_rule(struct pdf *p, double x1, double y1, double x2, double y2);
void pdf_rules_end(struct pdf *p);
void pdf_rect_fill(struct pdf *p, double x, double y, double w, double h, double gray);
void pdf_rect_fill_rgb(struct pdf *p, double x, double y, double w, double h, double r, double g, double b);

/* A bookmark to the current page at height y under parent (NULL: top level). */
void *pdf_bookmark(struct pdf *p, void *parent, const char *title, double y, int open);

#endif
