/*
 * export_xlsx — the score export as a workbook (workbook.md: `export -o
 * FILE.xlsx`): the same columns and rows as the CSV of export.c, one sheet
 * per group (镇街, 部门) in the CSV's order, the header row frozen, scores as
 * numbers shown with two decimals, ranks as whole numbers, a criterion that
 * does not apply left blank.  It is made from the CSV text export.c
 * writes, read back through csvin, so the two can never differ in columns.
 */
#include "score/export_xlsx.h"
#include "common/csvin.h"
#include "common/msg.h"
#include "common/util.h"
#include "common/xlsxout.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_COLS = 64 };

struct xctx {
	struct xo_book *b;
	size_t ncols;
	int group_col;
	struct xo_sheet *sheet[2];
	int row[2];
	const char *const *header;
};

static int is_points(const char *s)
{
	const char *p = s + (*s == '-');
	size_t n = strspn(p, "0123456789");
	return n > 0 && p[n] == '.' && strspn(p + n + 1, "0123456789") == 2 && !p[n + 3];
}

static int is_whole(const char *s)
{
	size_t n = strspn(s, "0123456789");
	return n > 0 && !s[n];
}

static struct xo_sheet *group_sheet(struct xctx *c, int g, const char *name)
{
	if (!c->sheet[g]) {
		c->sheet[g] = xo_sheet(c->b, name);
		if (!c->sheet[g])
			return NULL;
		for (size_t k = 0; k < c->ncols; k++) {
			xo_text(c->sheet[g], 0, (int)k, c->header[k], XO_BOLD | XO_BORDER | XO_SHADE | XO_CENTER);
			xo_widths(c->sheet[g], (int)k, (int)k, k == 1 ? 28 : 9, 0);
		}
		xo_freeze(c->sheet[g], 1, 0);
		c->row[g] = 1;
	}
	return c->sheet[g];
}

static int on_row(const struct csv_row *row, void *data)
{
	struct xctx *c = data;
	c->header = row->header;
	const char *group = c->group_col >= 0 ? row->field[c->group_col] : "";
	int g = strcmp(group, "部门") ? 0 : 1;
	struct xo_sheet *s = group_sheet(c, g, *group ? group : "评分");
	if (!s)
		return 1;
	int r = c->row[g]++;
	for (size_t k = 0; k < c->ncols; k++) {
		const char *v = row->field[k];
		if (!*v)
			xo_blank(s, r, (int)k, XO_BORDER);
		else if (is_points(v))
			xo_num(s, r, (int)k, strtod(v, NULL), XO_BORDER | XO_AMOUNT);
		else if (k > 0 && is_whole(v)) /* the code column stays text even if a code were all digits */
			xo_num(s, r, (int)k, strtod(v, NULL), XO_BORDER | XO_COUNT);
		else
			xo_text(s, r, (int)k, v, XO_BORDER);
	}
	return 0;
}

int export_xlsx(const char *path, const char *display, const char *csv, size_t len)
{
	/* the header names the columns: gongkai's own CSV header, plain ASCII without quotes */
	const char *text = csv, *end = csv + len;
	if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
		text += 3;
	const char *nl = memchr(text, '\n', (size_t)(end - text));
	if (!nl)
		return -1;
	char *head = xstrndup(text, (size_t)(nl - text));
	struct csv_col cols[MAX_COLS];
	size_t ncols = 0;
	char *save = NULL;
	for (char *h = strtok_r(head, ",", &save); h && ncols < MAX_COLS; h = strtok_r(NULL, ",", &save))
		cols[ncols++] = (struct csv_col){ h, h, 1 };
	struct xctx c = { xo_new(path, display), ncols, -1, { NULL, NULL }, { 0, 0 }, NULL };
	for (size_t k = 0; k < ncols; k++)
		if (!strcmp(cols[k].name, "group"))
			c.group_col = (int)k;
	int rc = -1;
	if (c.b) {
		struct diags d = DIAGS_INIT;
		int read = csvin_read(text, (size_t)(end - text), display, cols, ncols, on_row, &c, &d);
		diag_clear(&d);
		if (read == 0) {
			rc = xo_close(c.b);
		} else {
			xo_discard(c.b);
		}
	}
	free(head);
	return rc;
}
