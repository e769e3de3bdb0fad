/*
 * test_csvin — csvin.c: the physical line of every row (also after a quoted
 * field that spans lines), blank and all-empty rows skipped, CRLF, header
 * aliases in any order, trimmed headers, unknown/missing/duplicate columns,
 * quoting errors with their line, and a last row without a newline.
 */
#include "common/csvin.h"
#include "common/util.h"
#include "tests/unit/check.h"

#include <stdlib.h>
#include <string.h>

static const struct csv_col cols[] = {
	{ "code", "编码", 1 },
	{ "name", "名称", 1 },
	{ "note", "备注", 0 },
};

struct got {
	int n;
	long line[16];
	char *f[16][3];
	int stop_after; /* stop reading after this many rows (0: never) */
};

static int on_row(const struct csv_row *row, void *data)
{
	struct got *g = data;
	CHECK(row->ncols == 3);
	if (g->n < 16) {
		g->line[g->n] = row->line;
		for (int i = 0; i < 3; i++)
			g->f[g->n][i] = xstrdup(row->field[i]);
	}
	g->n++;
	return g->stop_after && g->n >= g->stop_after;
}

static void release(struct got *g)
{
	for (int r = 0; r < g->n && r < 16; r++)
		for (int i = 0; i < 3; i++)
			free(g->f[r][i]);
	memset(g, 0, sizeof(*g));
}

static int read_text(const char *text, struct got *g, struct diags *d)
{
	memset(g, 0, sizeof(*g));
	return csvin_read(text, strlen(text), "t.csv", cols, ARRAY_SIZE(cols), on_row, g, d);
}

#define ROW(g, i, ln, a, b, c)                                                                  \
	do {                                                                                    \
		CHECK((g).line[i] == (ln));                                                     \
		CHECK(!strcmp((g).f[i][0], a) && !strcmp((g).f[i][1], b) && !strcmp((g).f[i][2], c)); \
	} while (0)

int main(void)
{
	struct diags d = DIAGS_INIT;
	struct got g;

	/* a quoted field over three lines; the rows after it keep their physical lines */
	CHECK(read_text("code,name,note\n"
			"a,\"line one\nline two\n\nline four\",x\n"  /* lines 2-5 */
			"b,B,y\n"                                   /* 6 */
			"\n"                                        /* 7: blank */
			"c,\"C, with comma\",\"say \"\"hi\"\"\"\n"  /* 8 */
			"d,D,\"\n\"\n"                              /* 9-10 */
			"e,E,z\n",                                  /* 11 */
			&g, &d) == 0);
	CHECK(g.n == 5 && d.n == 0);
	ROW(g, 0, 2, "a", "line one\nline two\n\nline four", "x");
	ROW(g, 1, 6, "b", "B", "y");
	ROW(g, 2, 8, "c", "C, with comma", "say \"hi\"");
	ROW(g, 3, 9, "d", "D", "\n");
	ROW(g, 4, 11, "e", "E", "z");
	release(&g);

	/* blank rows, rows of empty fields, whitespace-only rows, CRLF, no final newline */
	CHECK(read_text("\r\n"
			"code,name\r\n"       /* 2: the header may come after a blank line */
			",,\r\n"              /* 3 */
			"a,A\r\n"             /* 4 */
			"  ,\t\r\n"           /* 5 */
			"\r\n"                /* 6 */
			",\r\n"               /* 7 */
			"b,B",                /* 8, no newline */
			&g, &d) == 0);
	CHECK(g.n == 2 && d.n == 0);
	ROW(g, 0, 4, "a", "A", "");   /* absent optional column: "" */
	ROW(g, 1, 8, "b", "B", "");
	release(&g);

	/* Chinese headers in another order, spaces around them; an unknown column warns */
	CHECK(read_text(" 备注 ,额外, 名称 ,编码\n甲,x,乙,丙\n", &g, &d) == 0);
	CHECK(g.n == 1);
	ROW(g, 0, 2, "丙", "乙", "甲");
	CHECK(d.n == 1 && d.errors == 0 && d.d[0].level == DIAG_WARNING && d.d[0].line == 1);
	CHECK(d.d[0].column && !strcmp(d.d[0].column, "额外"));
	release(&g);
	diag_clear(&d);
	/* a trailing comma in the header (an empty header cell) is not worth a warning */
	CHECK(read_text("code,name,\nx,y,\n", &g, &d) == 0 && g.n == 1 && d.n == 0);
	release(&g);
	/* English headers are matched case-insensitively */
	CHECK(read_text("Code,NAME\nx,y\n", &g, &d) == 0 && g.n == 1 && d.n == 0);
	release(&g);

	/* a missing required column: an error naming it in English and Chinese, no rows */
	CHECK(read_text("code,note\na,b\n", &g, &d) < 0);
	CHECK(g.n == 0 && d.errors == 1 && d.d[0].line == 1);
	CHECK(strstr(d.d[0].text, "\"name\" (名称)") != NULL);
	release(&g);
	diag_clear(&d);
	/* a column twice (once in each language) */
	CHECK(read_text("code,name,名称\na,b,c\n", &g, &d) < 0);
	CHECK(g.n == 0 && d.errors == 1 && d.d[0].column && !strcmp(d.d[0].column, "名称"));
	release(&g);
	diag_clear(&d);

	/* an unterminated quote: the line where the field starts */
	CHECK(read_text("code,name\na,A\nb,\"B\nc,C\nd,D\n", &g, &d) < 0);
	CHECK(d.errors == 1 && d.d[0].line == 3);
	CHECK(strstr(d.d[0].text, "never closed") != NULL);
	release(&g);
	diag_clear(&d);
	/* a quote inside an unquoted field: its line and character (counted in characters, not bytes) */
	CHECK(read_text("code,name\n中文,A\"B\n", &g, &d) < 0);
	CHECK(d.errors == 1 && d.d[0].line == 2);
	CHECK(strstr(d.d[0].text, "near character 5;") != NULL);
	release(&g);
	diag_clear(&d);
	/* text after a closing quote */
	CHECK(read_text("code,name\n\"a\"x,b\n", &g, &d) < 0);
	CHECK(d.errors == 1 && d.d[0].line == 2);
	release(&g);
	diag_clear(&d);

	/* empty file; header only (no rows, no error) */
	CHECK(read_text("", &g, &d) < 0 && d.errors == 1 && strstr(d.d[0].text, "empty") != NULL);
	diag_clear(&d);
	CHECK(read_text("\n,,\n\n", &g, &d) < 0 && d.errors == 1);
	diag_clear(&d);
	CHECK(read_text("code,name\n", &g, &d) == 0 && g.n == 0 && d.n == 0);

	/* the callback can stop the reading */
	memset(&g, 0, sizeof(g));
	g.stop_after = 1;
	CHECK(csvin_read("code,name\na,A\nb,B\n", 19, "t.csv", cols, 3, on_row, &g, &d) == 0);
	CHECK(g.n == 1);
	release(&g);

	/* more fields than the header: empty ones (spreadsheets add them) are ignored... */
	CHECK(read_text("code,name\na,A,,\nb,B, \n", &g, &d) == 0 && g.n == 2 && d.n == 0);
	ROW(g, 0, 2, "a", "A", "");
	release(&g);
	/* ...others are an error: 1,234 unquoted must not be read as 1 */
	CHECK(read_text("code,name\na,1,234\nb,B\nc,\"1,234\"\nd,5,6,7\n", &g, &d) < 0);
	CHECK(g.n == 2 && d.errors == 2);
	ROW(g, 0, 3, "b", "B", "");
	ROW(g, 1, 4, "c", "1,234", "");
	CHECK(d.d[0].line == 2 && strstr(d.d[0].text, "has 3 fields but the header only 2") != NULL);
	CHECK(d.d[1].line == 5 && strstr(d.d[1].text, "has 4 fields but the header only 2") != NULL);
	release(&g);
	diag_clear(&d);
	return check_result("test_csvin");
}
