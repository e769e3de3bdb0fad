/*
 * previous — last year's figures from the archive, else from the baseline
 * file; see previous.h.  The baseline is read once, whole (it is typed by
 * hand: small), sorted by unit.  The archive's year is read by lastyear.c,
 * for every unit at once, beside copy detection: the dozen codes the
 * checks read, the catalogue counts and the repeat check's counts, a few
 * dozen bytes a unit.  Reading each unit's last package whole as the
 * scoring loop reached it made scoring a ten-year archive cost a third more
 * than a one-year one (bench/README.md, "years").
 */
#include "score/previous.h"
#include "score/lastyear.h"
#include "common/codes.h"
#include "common/csvin.h"
#include "common/date.h"
#include "common/msg.h"
#include "common/parse.h"
#include "common/textin.h"
#include "common/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct brow {
	char *unit;
	int code;       /* stat_index() */
	long long value;
	int has;        /* 0: a blank value, "no figure" */
	long line;
};

struct prev_source {
	int year;                    /* Y − 1 */
	int *need;                   /* stat_index() of the codes the checks read (engine_prev_codes) */
	size_t nneed;
	const char *const *codes;    /* the roster, borrowed until previous_finish() */
	size_t ncodes;
	struct lastyear *ly;         /* the archive's Y − 1 */
	struct brow *rows;           /* the baseline's good rows, sorted by unit then line */
	size_t nrows, alloc;
};

/* ---- the baseline file ---------------------------------------------------------- */

enum { COL_UNIT, COL_CODE, COL_VALUE };
static const struct csv_col cols[] = {
	{ "unit", "单位编码", 1 },
	{ "code", "编码", 1 },
	{ "value", "数值", 1 },
};

struct reading {
	struct prev_source *ps;
	const char *display;
	const char *const *sorted;   /* roster codes, sorted */
	size_t nroster;
	struct diags *d;
	size_t bad;
	char *code_header;           /* the code and unit columns' headers as written; owned */
	char *unit_header;
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void number_problem(struct reading *c, long line, const char *col, const char *value, enum parse_result r,
			   int amount)
{
	switch (r) {
	case PARSE_NEGATIVE:
		diag_err(c->d, c->display, line, col, _("\"%s\" is negative; write a number 0 or more"), value);
		break;
	case PARSE_FRACTION:
		if (amount)
			diag_err(c->d, c->display, line, col,
				 _("\"%s\" has more than 2 decimals; write the amount in 万元 such as 12.50"), value);
		else
			diag_err(c->d, c->display, line, col, _("\"%s\" is a fraction; a count is a whole number such as 12"),
				 value);
		break;
	case PARSE_RANGE:
		diag_err(c->d, c->display, line, col, _("\"%s\" is too large to be right; check the figure"), value);
		break;
	default:
		diag_err(c->d, c->display, line, col,
			 _("\"%s\" is not a number; write last year's figure such as 12, or leave it blank for no figure"),
			 value);
		break;
	}
}

static int on_row(const struct csv_row *row, void *data)
{
	struct reading *c = data;
	struct prev_source *ps = c->ps;
	char *unit = trim((char *)row->field[COL_UNIT]);
	char *code = trim((char *)row->field[COL_CODE]);
	char *value = trim((char *)row->field[COL_VALUE]);
	int ok = 1;
	const char *key = unit;
	if (!*unit) {
		diag_err(c->d, c->display, row->line, row->header[COL_UNIT], _("the unit code is empty; give a roster code"));
		ok = 0;
	} else if (!c->nroster || !bsearch(&key, c->sorted, c->nroster, sizeof(char *), cmp_str)) {
		diag_err(c->d, c->display, row->line, row->header[COL_UNIT],
			 _("\"%s\" is not a unit code in the roster; use a code from units.csv"), unit);
		ok = 0;
	}
	int idx = -1;
	if (!*code) {
		diag_err(c->d, c->display, row->line, row->header[COL_CODE],
			 _("the code is empty; every row needs a stats code such as t1.rules.issued"));
		ok = 0;
	} else if ((idx = stat_index(code)) < 0) {
		diag_err(c->d, c->display, row->line, row->header[COL_CODE],
			 _("unknown stats code \"%s\"; use the codes in the template's stats.csv"), code);
		ok = 0;
	}
	long long v = 0;
	int has = 0;
	if (idx >= 0) {
		size_t n;
		int amount = stat_codes(&n)[idx].is_amount;
		enum parse_result r = amount ? parse_hundredths(value, &v) : parse_count(value, &v);
		if (r == PARSE_OK)
			has = 1;
		else if (r != PARSE_EMPTY)
			number_problem(c, row->line, row->header[COL_VALUE], value, r, amount), ok = 0;
	}
	if (!c->code_header) { /* for the messages after reading */
		c->code_header = xstrdup(row->header[COL_CODE]);
		c->unit_header = xstrdup(row->header[COL_UNIT]);
	}
	if (!ok) {
		c->bad++;
		return 0;
	}
	if (ps->nrows == ps->alloc) {
		ps->alloc = ps->alloc ? ps->alloc * 2 : 64;
		ps->rows = xrealloc(ps->rows, ps->alloc * sizeof(*ps->rows));
	}
	ps->rows[ps->nrows++] = (struct brow){ xstrdup(unit), idx, v, has, row->line };
	return 0;
}

static int cmp_brow(const void *a, const void *b)
{
	const struct brow *x = a, *y = b;
	int c = strcmp(x->unit, y->unit);
	if (!c)
		c = (x->code > y->code) - (x->code < y->code);
	return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Rows sorted by unit, code, line: a unit's code given again is an error and left out. */
static void drop_repeats(struct prev_source *ps, struct reading *c)
{
	size_t ncodes, out = 0;
	const struct statcode *codes = stat_codes(&ncodes);
	for (size_t i = 0; i < ps->nrows; i++) {
		if (out && ps->rows[out - 1].code == ps->rows[i].code && !strcmp(ps->rows[out - 1].unit, ps->rows[i].unit)) {
			diag_err(c->d, c->display, ps->rows[i].line, c->code_header,
				 _("code \"%s\" of unit \"%s\" appears again (first on line %ld); keep one row per unit and code"),
				 codes[ps->rows[i].code].code, ps->rows[i].unit, ps->rows[out - 1].line);
			free(ps->rows[i].unit);
			c->bad++;
			continue;
		}
		ps->rows[out++] = ps->rows[i];
	}
	ps->nrows = out;
}

/* The baseline's rows of unit (sorted by line): first index, count in *n. */
static size_t baseline_find(const struct prev_source *ps, const char *unit, size_t *n)
{
	size_t lo = 0, hi = ps->nrows;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ps->rows[mid].unit, unit) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < ps->nrows && !strcmp(ps->rows[end].unit, unit))
		end++;
	*n = end - lo;
	return lo;
}

static void drop_rows(struct prev_source *ps, size_t at, size_t n)
{
	for (size_t i = at; i < at + n; i++)
		free(ps->rows[i].unit);
	memmove(ps->rows + at, ps->rows + at + n, (ps->nrows - at - n) * sizeof(*ps->rows));
	ps->nrows -= n;
}

/* The baseline against the roster ps->codes. */
static void read_baseline(struct prev_source *ps, const struct config *cfg, struct diags *d, size_t *bad)
{
	const char *display = cfg->baseline;
	size_t dn = cfg->dir ? strlen(cfg->dir) : 0;
	if (dn && !strncmp(display, cfg->dir, dn) && display[dn] == '/' && strcmp(cfg->dir, "/"))
		display += dn + 1;
	struct stat st;
	if (stat(cfg->baseline, &st) < 0) {
		diag_err(d, display, 0, NULL, _("the baseline file configured in [paths] baseline cannot be read: %s"),
			 strerror(errno));
		(*bad)++;
		return;
	}
	struct text t;
	if (text_load(cfg->baseline, display, &t, d) < 0) {
		(*bad)++;
		return;
	}
	size_t n = ps->ncodes;
	const char **sorted = xmalloc((n ? n : 1) * sizeof(char *));
	memcpy(sorted, ps->codes, n * sizeof(char *));
	qsort(sorted, n, sizeof(char *), cmp_str);
	struct reading c = { ps, display, sorted, n, d, 0, NULL, NULL };
	if (csvin_read(t.utf8, t.len, display, cols, ARRAY_SIZE(cols), on_row, &c, d) < 0)
		c.bad++;
	text_release(&t);
	free(sorted);
	if (ps->nrows)
		qsort(ps->rows, ps->nrows, sizeof(*ps->rows), cmp_brow);
	drop_repeats(ps, &c);
	free(c.code_header);
	*bad += c.bad;
	const char *unit_col = c.unit_header ? c.unit_header : cols[COL_UNIT].name;
	/* the archive wins: a unit with an archived package of Y − 1 keeps none of its rows here */
	for (size_t i = 0; i < ps->nrows;) {
		size_t k;
		size_t at = baseline_find(ps, ps->rows[i].unit, &k);
		if (lastyear_find(ps->ly, ps->rows[at].unit)) {
			long first = ps->rows[at].line;
			for (size_t j = at; j < at + k; j++)
				if (ps->rows[j].line < first)
					first = ps->rows[j].line;
			diag_warn(d, display, first, unit_col,
				  _("unit \"%s\" has an accepted package of %d in the archive: its figures are used and this file's rows for it are ignored"),
				  ps->rows[at].unit, ps->year);
			drop_rows(ps, at, k);
			i = at;
		} else {
			i = at + k;
		}
	}
	free(c.unit_header);
}

/* ---- the archive, then the baseline ---------------------------------------------- */

struct prev_source *previous_start(sqlite3 *db, const struct config *cfg, const int *need, size_t nneed,
				   const char *const *codes, const char *const *summaries, size_t n)
{
	struct prev_source *ps = xcalloc(1, sizeof(*ps));
	ps->year = cfg->year - 1;
	day_t from, to;
	if (day_from_ymd(ps->year, 1, 1, &from) < 0 || day_from_ymd(ps->year, 12, 31, &to) < 0)
		from = 1, to = 0; /* no day is in an impossible year */
	ps->need = xmalloc((nneed ? nneed : 1) * sizeof(int));
	memcpy(ps->need, need, nneed * sizeof(int));
	ps->nneed = nneed;
	ps->codes = codes;
	ps->ncodes = n;
	size_t ngram = (size_t)(cfg->rubric.c09_ngram > 0 ? cfg->rubric.c09_ngram : 3);
	ps->ly = lastyear_start(db, ps->year, from, to, ps->need, nneed, codes, summaries, n, ngram);
	return ps;
}

int previous_finish(struct prev_source *ps, const struct config *cfg, struct diags *d, size_t *bad)
{
	*bad = 0;
	if (lastyear_wait(ps->ly) < 0)
		return -1;
	if (cfg->baseline)
		read_baseline(ps, cfg, d, bad);
	ps->codes = NULL;
	return 0;
}

void previous_load(const struct prev_source *ps, const char *code, struct previous *out)
{
	memset(out, 0, sizeof(*out));
	size_t ncodes;
	stat_codes(&ncodes);
	const struct lastyear_row *a = lastyear_find(ps->ly, code);
	if (a) {
		out->from = PREV_ARCHIVE;
		out->stat = xcalloc(ncodes, sizeof(long long));
		out->has = xcalloc(ncodes, 1);
		for (size_t k = 0; k < ps->nneed; k++) {
			out->stat[ps->need[k]] = a->value[k];
			out->has[ps->need[k]] = a->has[k];
		}
		out->has_catalog = 1;
		out->catalog_rows = a->catalog_rows;
		out->has_summary = a->has_summary;
		out->summary_grams = a->grams;
		out->summary_common = a->common;
		return;
	}
	size_t k;
	size_t at = baseline_find(ps, code, &k);
	if (!k)
		return;
	out->from = PREV_BASELINE;
	out->stat = xcalloc(ncodes, sizeof(long long));
	out->has = xcalloc(ncodes, 1);
	for (size_t i = at; i < at + k; i++) {
		out->stat[ps->rows[i].code] = ps->rows[i].value;
		out->has[ps->rows[i].code] = (unsigned char)ps->rows[i].has;
	}
}

void previous_release(struct previous *p)
{
	free(p->stat);
	free(p->has);
	memset(p, 0, sizeof(*p));
}

void previous_close(struct prev_source *ps)
{
	if (!ps)
		return;
	lastyear_free(ps->ly);
	free(ps->need);
	for (size_t i = 0; i < ps->nrows; i++)
		free(ps->rows[i].unit);
	free(ps->rows);
	free(ps);
}
