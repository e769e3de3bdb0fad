/*
 * glyph_ink — proves that characters print with ink, not as blanks.
 *
 *   glyph_ink pdf OUT.pdf BODY HEADING FALLBACK TEXT
 *       draws every character of the file TEXT (UTF-8) in its own 30 pt cell
 *       through the report's PDF layer (report/pdf.c: the same fonts, the same
 *       per-character fallback), first in the Song face, then in the Hei face.
 *   glyph_ink check PAGE.pgm DPI TEXT
 *       reads the page rendered by `pdftoppm -gray -r DPI` and requires dark
 *       pixels in every cell; prints each blank cell's character and exits 1.
 *
 * libharu 2.3.0 drops the components of composite glyphs above id 32767, so
 * with fonts such as wqy-microhei many characters come out blank while
 * pdftotext still extracts them: only the rendered page shows it.
 */
#include "report/pdf.h"
#include "common/textin.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CELL 30.0
#define SIZE 20.0
#define PER_ROW 14

static void cell_origin(size_t i, double *x, double *top)
{
	*x = TEXT_LEFT + (double)(i % PER_ROW) * CELL;
	*top = TEXT_TOP - (double)(i / PER_ROW) * CELL;
}

/* The code points of the file, as UTF-8 strings (control characters and spaces dropped). */
static size_t load_chars(const char *path, char ***out)
{
	char *text;
	size_t len;
	if (read_file(path, &text, &len) < 0) {
		perror(path);
		exit(2);
	}
	size_t n = 0;
	char **v = NULL;
	const char *p = text;
	while (*p) {
		const char *at = p;
		unsigned cp = utf8_next(&p);
		if (cp <= 0x20)
			continue;
		v = xrealloc(v, (n + 1) * sizeof(*v));
		v[n++] = xstrndup(at, (size_t)(p - at));
	}
	free(text);
	*out = v;
	return n;
}

static int make_pdf(int argc, char **argv)
{
	if (argc != 7)
		return 2;
	char **ch;
	size_t n = load_chars(argv[6], &ch);
	if (2 * n > PER_ROW * 20) {
		fprintf(stderr, "too many characters for one page\n");
		return 2;
	}
	struct pdf_fontspec fonts = { { argv[3], argv[4], argv[5] } };
	struct pdf *p = pdf_open(&fonts);
	if (!p)
		return 2;
	pdf_new_page(p);
	for (size_t i = 0; i < 2 * n; i++) {
		double x, top;
		cell_origin(i, &x, &top);
		const char *c = ch[i % n];
		enum face f = i < n ? FACE_SONG : FACE_HEI;
		double w = pdf_width(p, f, SIZE, c, strlen(c));
		pdf_text(p, f, SIZE, x + (CELL - w) / 2, top - 23, c, strlen(c), 0);
	}
	int rc = pdf_save(p, argv[2]) == 0 ? 0 : 2;
	pdf_free(p);
	for (size_t i = 0; i < n; i++)
		free(ch[i]);
	free(ch);
	return rc;
}

/* A binary PGM (P5, maxval 255). */
static unsigned char *read_pgm(const char *path, int *w, int *h)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		exit(2);
	}
	int max;
	if (fscanf(f, "P5 %d %d %d", w, h, &max) != 3 || max != 255 || fgetc(f) == EOF) {
		fprintf(stderr, "%s: not a binary 8-bit PGM\n", path);
		exit(2);
	}
	unsigned char *px = xmalloc((size_t)*w * (size_t)*h);
	if (fread(px, 1, (size_t)*w * (size_t)*h, f) != (size_t)*w * (size_t)*h) {
		fprintf(stderr, "%s: short file\n", path);
		exit(2);
	}
	fclose(f);
	return px;
}

static int check(int argc, char **argv)
{
	if (argc != 5)
		return 2;
	int w, h;
	unsigned char *px = read_pgm(argv[2], &w, &h);
	double scale = atof(argv[3]) / 72.0;
	char **ch;
	size_t n = load_chars(argv[4], &ch);
	size_t blank = 0;
	for (size_t i = 0; i < 2 * n; i++) {
		double x, top;
		cell_origin(i, &x, &top);
		int x0 = (int)((x + 3) * scale), x1 = (int)((x + CELL - 3) * scale);
		int y0 = (int)((PAGE_H - top + 3) * scale), y1 = (int)((PAGE_H - top + CELL - 3) * scale);
		int ink = 0;
		for (int y = y0; y < y1 && y < h; y++)
			for (int xx = x0; xx < x1 && xx < w; xx++)
				ink += px[(size_t)y * (size_t)w + (size_t)xx] < 192;
		if (ink < 3) {
			printf("blank: %s (%s face, cell %zu)\n", ch[i % n], i < n ? "Song" : "Hei", i);
			blank++;
		}
	}
	printf("%zu of %zu cells blank\n", blank, 2 * n);
	free(px);
	for (size_t i = 0; i < n; i++)
		free(ch[i]);
	free(ch);
	return blank ? 1 : 0;
}

int main(int argc, char **argv)
{
	int rc = 2;
	if (argc > 1 && !strcmp(argv[1], "pdf"))
		rc = make_pdf(argc, argv);
	else if (argc > 1 && !strcmp(argv[1], "check"))
		rc = check(argc, argv);
	if (rc == 2 && argc > 1 && strcmp(argv[1], "pdf") && strcmp(argv[1], "check"))
		fprintf(stderr, "usage: glyph_ink pdf OUT.pdf BODY HEADING FALLBACK TEXT | check PAGE.pgm DPI TEXT\n");
	return rc;
}
