/*
 * stats_read — stats.csv: `code,item,value` (编码,项目,数值), every code of
 * the national form exactly once, non-negative whole numbers except the fee
 * amount (万元, up to 2 decimals, kept in hundredths).  `item` is the label
 * the template prints and is not checked.  Inconsistent totals are not an
 * error here: the rubric penalises them.
 */
#include "collect/readers.h"
#include "common/codes.h"
#include "common/csvin.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>

enum { COL_CODE, COL_ITEM, COL_VALUE };
static const struct csv_col cols[] = {
	{ "code", "编码", 1 },
	{ "item", "项目", 0 },
	{ "value", "数值", 1 },
};

struct ctx {
	struct package *p;
	const char *display;
	struct diags *d;
	long *seen_line; /* by code index; 0 = not yet */
	char *code_header; /* the code column's header as written; owned */
	int last;          /* code index of the previous row: the template's rows come in code order */
};

void report_number(struct diags *d, const char *file, long line, const char *col, const char *value,
		   enum parse_result r, int amount)
{
	switch (r) {
	case PARSE_NEGATIVE:
		diag_err(d, file, line, col, _("\"%s\" is negative; write a number 0 or more"), value);
		break;
	case PARSE_FRACTION:
		if (amount)
			diag_err(d, file, line, col, _("\"%s\" has more than 2 decimals; write the amount in 万元 such as 12.50"), value);
		else
			diag_err(d, file, line, col, _("\"%s\" is a fraction; a count is a whole number such as 12"), value);
		break;
	case PARSE_RANGE:
		diag_err(d, file, line, col, _("\"%s\" is too large to be right; check the figure"), value);
		break;
	default:
		if (amount)
			diag_err(d, file, line, col, _("\"%s\" is not a number; write an amount such as 12.50 (blank means 0)"), value);
		else
			diag_err(d, file, line, col, _("\"%s\" is not a number; write a whole number such as 12 (blank means 0)"), value);
		break;
	}
}

static int on_row(const struct csv_row *row, void *data)
{
	struct ctx *c = data;
	if (!c->code_header) /* row->header dies with csvin_read(): keep a copy */
		c->code_header = xstrdup(row->header[COL_CODE]);
	char *code = trim((char *)row->field[COL_CODE]);
	char *value = (char *)row->field[COL_VALUE];
	if (!*code) {
		diag_err(c->d, c->display, row->line, row->header[COL_CODE], _("the code is empty; every row needs a stats code such as t1.rules.issued"));
		return 0;
	}
	size_t n;
	const struct statcode *codes = stat_codes(&n);
	int idx = (size_t)(c->last + 1) < n && !strcmp(codes[c->last + 1].code, code) ? c->last + 1 : stat_index(code);
	if (idx < 0) {
		diag_err(c->d, c->display, row->line, row->header[COL_CODE],
			 _("unknown stats code \"%s\"; use the codes in the template's stats.csv"), code);
		return 0;
	}
	if (c->seen_line[idx]) {
		diag_err(c->d, c->display, row->line, row->header[COL_CODE],
			 _("code \"%s\" appears again (first on line %ld); keep one row per code"), code, c->seen_line[idx]);
		return 0;
	}
	c->seen_line[idx] = row->line;
	c->last = idx;
	const struct statcode *sc = &codes[idx];
	long long v;
	enum parse_result r = sc->is_amount ? parse_hundredths(value, &v) : parse_count(value, &v);
	if (r == PARSE_OK || r == PARSE_EMPTY)
		c->p->stats[idx] = v;
	else
		report_number(c->d, c->display, row->line, row->header[COL_VALUE], trim(value), r, sc->is_amount);
	return 0;
}

void read_stats(struct package *p, const char *display, struct diags *d)
{
	size_t n;
	const struct statcode *codes = stat_codes(&n);
	p->stats = xcalloc(n, sizeof(long long));
	struct ctx c = { p, display, d, xcalloc(n, sizeof(long)), NULL, -1 };
	if (csvin_read(p->file[PKG_STATS].utf8, p->file[PKG_STATS].len, display, cols, ARRAY_SIZE(cols), on_row, &c, d) == 0) {
		size_t missing = 0;
		for (size_t i = 0; i < n; i++) {
			if (c.seen_line[i])
				continue;
			if (++missing <= 10)
				diag_err(d, display, 0, c.code_header ? c.code_header : cols[COL_CODE].name,
					 _("code \"%s\" (%s) is missing; every code of the template needs a row"), codes[i].code,
					 codes[i].zh);
		}
		if (missing > 10)
			diag_err(d, display, 0, c.code_header ? c.code_header : cols[COL_CODE].name, _("%zu codes are missing in all; start again from the template's stats.csv"),
				 missing);
	}
	free(c.seen_line);
	free(c.code_header);
	stats_to_json(p);
}

void stats_to_json(struct package *p)
{
	size_t n;
	const struct statcode *codes = stat_codes(&n);
	/* {"t1.rules.issued":0,…} in form order: codes are plain ASCII, values whole numbers */
	sb_addc(&p->stats_json, '{');
	for (size_t i = 0; i < n; i++) {
		sb_adds(&p->stats_json, i ? ",\"" : "\"");
		sb_adds(&p->stats_json, codes[i].code);
		sb_adds(&p->stats_json, "\":");
		sb_add_int(&p->stats_json, p->stats[i]);
	}
	sb_addc(&p->stats_json, '}');
}
