/*
 * catalog_read — catalog.csv: one row per item published, columns in any
 * order with English or Chinese headers (input.md).  The rubric judges the
 * rows (late, sham, duplicates); here only what cannot be read is an error.
 */
#include "collect/readers.h"
#include "common/codes.h"
#include "common/csvin.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>

enum { COL_INDEX = CAT_INDEX, COL_TITLE = CAT_TITLE, COL_CATEGORY = CAT_CATEGORY, COL_FORMED = CAT_FORMED,
       COL_PUBLISHED = CAT_PUBLISHED, COL_URL = CAT_URL, COL_CHARS = CAT_CHARS };
const struct csv_col catalog_cols[CAT_NCOLS] = {
	{ "index_no", "索引号", 0 },
	{ "title", "标题", 1 },
	{ "category", "类别", 1 },
	{ "formed_on", "成文日期", 1 },
	{ "published_on", "发布日期", 1 },
	{ "url", "链接", 0 },
	{ "chars", "字数", 0 },
};

struct ctx {
	struct package *p;
	const char *display;
	struct diags *d;
};

/* Keep s (with its NUL) in the package's row texts; returns its offset. */
static size_t keep(struct package *p, const char *s)
{
	size_t at = p->rowtext.len;
	sb_add(&p->rowtext, s, strlen(s) + 1);
	return at;
}

void report_date(struct diags *d, const char *file, long line, const char *col, const char *value,
		 enum parse_result r)
{
	if (r == PARSE_NODAY)
		diag_err(d, file, line, col, _("\"%s\" is not a real day; check the month and the day"), value);
	else
		diag_err(d, file, line, col, _("\"%s\" is not a date; write 2015-03-05, 2015/3/5, 2015.03.05 or 2015年3月5日"), value);
}

void catalog_row(struct package *p, const char *display, long line, long diag_line, char *const field[CAT_NCOLS],
		 const char *const h[CAT_NCOLS], struct diags *d)
{
	struct ctx cc = { p, display, d }, *c = &cc;
	struct cat_row r = { .line = line };
	int ok = 1;
	char *title = trim(field[COL_TITLE]);
	char *category = trim(field[COL_CATEGORY]);
	char *formed = trim(field[COL_FORMED]);
	char *published = trim(field[COL_PUBLISHED]);
	char *chars = trim(field[COL_CHARS]);
	if (!*title) {
		diag_err(c->d, c->display, diag_line, h[COL_TITLE], _("the title is empty; give the item's title as published"));
		ok = 0;
	}
	const struct label *cat = category_find(category);
	if (!*category) {
		diag_err(c->d, c->display, diag_line, h[COL_CATEGORY],
			 _("the category is empty; use a code such as budget or its Chinese name such as 部门预算"));
		ok = 0;
	} else if (!cat) {
		diag_err(c->d, c->display, diag_line, h[COL_CATEGORY],
			 _("\"%s\" is not a category; use a code such as budget or its Chinese name such as 部门预算"), category);
		ok = 0;
	}
	enum parse_result pr;
	if (*formed) {
		if ((pr = parse_date(formed, &r.formed_on)) != PARSE_OK) {
			report_date(c->d, c->display, diag_line, h[COL_FORMED], formed, pr);
			ok = 0;
		}
		r.has_formed = 1;
	}
	if (!*published) {
		diag_err(c->d, c->display, diag_line, h[COL_PUBLISHED], _("the publication date is missing; write it as 2015-03-05"));
		ok = 0;
	} else if ((pr = parse_date(published, &r.published_on)) != PARSE_OK) {
		report_date(c->d, c->display, diag_line, h[COL_PUBLISHED], published, pr);
		ok = 0;
	}
	if (*chars) {
		if ((pr = parse_count(chars, &r.chars)) != PARSE_OK) {
			report_number(c->d, c->display, diag_line, h[COL_CHARS], chars, pr, 0);
			ok = 0;
		}
		r.has_chars = 1;
	}
	if (!ok)
		return;
	r.index_no = keep(p, trim(field[COL_INDEX]));
	r.title = keep(p, title);
	r.category = keep(p, cat->code);
	r.url = keep(p, trim(field[COL_URL]));
	if (p->nrows == p->rows_alloc) {
		p->rows_alloc = p->rows_alloc ? p->rows_alloc * 2 : 64;
		p->rows = xrealloc(p->rows, p->rows_alloc * sizeof(*p->rows));
	}
	p->rows[p->nrows++] = r;
}

static int on_row(const struct csv_row *row, void *data)
{
	struct ctx *c = data;
	char *field[CAT_NCOLS];
	for (int i = 0; i < CAT_NCOLS; i++)
		field[i] = (char *)row->field[i];
	catalog_row(c->p, c->display, row->line, row->line, field, row->header, c->d);
	return 0;
}

void read_catalog(struct package *p, const char *display, struct diags *d)
{
	struct ctx c = { p, display, d };
	csvin_read(p->file[PKG_CATALOG].utf8, p->file[PKG_CATALOG].len, display, catalog_cols, CAT_NCOLS, on_row, &c, d);
}
