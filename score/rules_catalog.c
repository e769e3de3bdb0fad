/*
 * rules_catalog — the criteria read from the disclosure catalogue:
 * C01 (required categories, 不公开), C02 (late rows), C03 (sham rows, 假公开),
 * C04 (policy interpretation), and the notes on rows outside the year.
 *
 * A first pass decides for each row whether it is in the year and which of
 * C03's rules it breaks, because C01, C04 and C08's identity 5 count only
 * good rows in the year ("counted rows").
 */
#include "score/rules.h"
#include "common/util.h"
#include "score/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What the first pass learns about each catalogue row. */
enum sham_rule { SHAM_PLACEHOLDER = 1, SHAM_SHORT = 2, SHAM_BEFORE_FORMED = 4, SHAM_DUPLICATE = 8 };
struct row_info {
	int in_year;
	int sham;            /* sham_rule bits */
	long dup_of;         /* line of the earlier row, for SHAM_DUPLICATE */
};

struct dup_key {
	const char *category;
	char *key;
	size_t idx;
};

static int cmp_dup(const void *a, const void *b)
{
	const struct dup_key *x = a, *y = b;
	int c = strcmp(x->category, y->category);
	if (!c)
		c = strcmp(x->key, y->key);
	if (!c)
		c = (x->idx > y->idx) - (x->idx < y->idx);
	return c;
}

int year_of(day_t d)
{
	int y, m, dd;
	ymd_from_day(d, &y, &m, &dd);
	return y;
}

static void first_pass(const struct engine *e, const struct unit_in *u, struct row_info *info)
{
	const struct rubric *r = e->r;
	struct dup_key *keys = xcalloc(u->nrows ? u->nrows : 1, sizeof(*keys));
	size_t nk = 0;
	for (size_t i = 0; i < u->nrows; i++) {
		const struct cat_row *row = &u->rows[i];
		info[i].in_year = year_of(row->published_on) == e->year;
		if (!info[i].in_year)
			continue;
		if (text_is_placeholder(row->title, e->placeholders, e->nplaceholders))
			info[i].sham |= SHAM_PLACEHOLDER;
		if (row->chars != NO_CHARS && row->chars < r->c03_min_chars)
			info[i].sham |= SHAM_SHORT;
		if (row->formed_on != NO_DAY && row->published_on < row->formed_on)
			info[i].sham |= SHAM_BEFORE_FORMED;
		keys[nk].category = row->category;
		keys[nk].key = text_title_key(row->title);
		keys[nk].idx = i;
		nk++;
	}
	/* Rows are in catalogue order (by line); "earlier" means an earlier line. */
	qsort(keys, nk, sizeof(*keys), cmp_dup);
	/* In each run of equal (category, key) the first row (earliest line) is the original. */
	size_t head = 0;
	for (size_t k = 1; k < nk; k++) {
		if (strcmp(keys[k].category, keys[head].category) || strcmp(keys[k].key, keys[head].key)) {
			head = k;
			continue;
		}
		info[keys[k].idx].sham |= SHAM_DUPLICATE;
		info[keys[k].idx].dup_of = u->rows[keys[head].idx].line;
	}
	for (size_t k = 0; k < nk; k++)
		free(keys[k].key);
	free(keys);
}

static int counted(const struct row_info *ri)
{
	return ri->in_year && !ri->sham;
}

/* "; label=catalog.csv:L1,L2" for the rows of category cat that are sham (want_sham) or outside the year. */
static void add_lines(struct strbuf *sb, const char *label, const struct unit_in *u, const struct row_info *info,
		      const char *cat, int want_sham)
{
	int any = 0;
	for (size_t i = 0; i < u->nrows; i++) {
		if (strcmp(u->rows[i].category, cat))
			continue;
		if (want_sham ? !(info[i].in_year && info[i].sham) : info[i].in_year)
			continue;
		if (any)
			sb_addf(sb, ",%ld", u->rows[i].line);
		else
			sb_addf(sb, "; %s=catalog.csv:%ld", label, u->rows[i].line);
		any = 1;
	}
}

static void push_unique(struct strlist *l, const char *s)
{
	if (strlist_has(l, s))
		return;
	l->s = xrealloc(l->s, (l->n + 1) * sizeof(char *));
	l->s[l->n++] = xstrdup(s);
}

static void c01(const struct engine *e, const struct unit_in *u, const struct row_info *info, struct unit_result *res)
{
	const struct rubric *r = e->r;
	struct strlist req = { NULL, 0 };
	for (size_t i = 0; i < r->required.n; i++)
		push_unique(&req, r->required.s[i]);
	for (size_t i = 0; i < u->duties.n; i++)
		push_unique(&req, u->duties.s[i]);
	long long lost = 0;
	for (size_t c = 0; c < req.n; c++) {
		int found = 0;
		for (size_t i = 0; i < u->nrows && !found; i++)
			found = counted(&info[i]) && !strcmp(u->rows[i].category, req.s[c]);
		if (found)
			continue;
		struct deduction *d = result_add(res, 1, "not_disclosed", r->c01_per_missing);
		d->s1 = xstrdup(req.s[c]);
		struct strbuf ev = STRBUF_INIT;
		sb_addf(&ev, "category=%s", req.s[c]);
		add_lines(&ev, "sham", u, info, req.s[c], 1);
		add_lines(&ev, "outside_year", u, info, req.s[c], 0);
		d->evidence = sb_detach(&ev);
		lost += r->c01_per_missing;
	}
	strlist_release(&req);
	res->crit[1] = lost >= r->points[1] ? 0 : r->points[1] - lost;
}

static char *fmt_day(day_t d)
{
	char buf[16];
	return xstrdup(day_format(d, buf));
}

static void c02(const struct engine *e, const struct unit_in *u, const struct row_info *info, struct unit_result *res)
{
	const struct rubric *r = e->r;
	long long lost = 0;
	int limit = (int)r->c02_max_workdays;
	for (size_t i = 0; i < u->nrows; i++) {
		const struct cat_row *row = &u->rows[i];
		if (!info[i].in_year || row->formed_on == NO_DAY)
			continue;
		int wd = engine_workdays(e, row->formed_on, row->published_on);
		if (wd <= limit)
			continue;
		struct deduction *d = result_add(res, 2, "late", r->c02_per_row);
		d->file = "catalog.csv";
		d->line = row->line;
		d->s1 = xstrdup(row->title);
		d->n[0] = row->formed_on;
		d->n[1] = row->published_on;
		d->n[2] = wd;
		d->n[3] = limit;
		char *f = fmt_day(row->formed_on), *p = fmt_day(row->published_on);
		d->evidence = xasprintf("catalog.csv:%ld; formed_on=%s; published_on=%s; workdays=%d>%d", row->line, f, p,
					wd, limit);
		free(f);
		free(p);
		lost += r->c02_per_row;
	}
	res->crit[2] = lost >= r->points[2] ? 0 : r->points[2] - lost;
}

static void c03(const struct engine *e, const struct unit_in *u, const struct row_info *info, struct unit_result *res)
{
	const struct rubric *r = e->r;
	long long lost = 0;
	for (size_t i = 0; i < u->nrows; i++) {
		const struct cat_row *row = &u->rows[i];
		int s = info[i].sham;
		if (!info[i].in_year || !s)
			continue;
		const char *reason = s & SHAM_PLACEHOLDER ? "sham_placeholder"
				     : s & SHAM_SHORT     ? "sham_short"
				     : s & SHAM_BEFORE_FORMED ? "sham_before_formed"
							     : "sham_duplicate";
		struct deduction *d = result_add(res, 3, reason, r->c03_per_row);
		d->file = "catalog.csv";
		d->line = row->line;
		d->s1 = xstrdup(row->title);
		d->n[0] = row->chars;
		d->n[1] = r->c03_min_chars;
		d->n[2] = row->formed_on;
		d->n[3] = row->published_on;
		struct strbuf ev = STRBUF_INIT;
		sb_addf(&ev, "catalog.csv:%ld; rules=", row->line);
		const char *sep = "";
		if (s & SHAM_PLACEHOLDER)
			sb_addf(&ev, "%splaceholder", sep), sep = ",";
		if (s & SHAM_SHORT)
			sb_addf(&ev, "%sshort", sep), sep = ",";
		if (s & SHAM_BEFORE_FORMED)
			sb_addf(&ev, "%sbefore_formed", sep), sep = ",";
		if (s & SHAM_DUPLICATE)
			sb_addf(&ev, "%sduplicate", sep);
		if (s & SHAM_SHORT)
			sb_addf(&ev, "; chars=%lld<%lld", row->chars, r->c03_min_chars);
		if (s & SHAM_BEFORE_FORMED) {
			char *f = fmt_day(row->formed_on), *p = fmt_day(row->published_on);
			sb_addf(&ev, "; published_on=%s<formed_on=%s", p, f);
			free(f);
			free(p);
		}
		if (s & SHAM_DUPLICATE)
			sb_addf(&ev, "; same_as=catalog.csv:%ld", info[i].dup_of);
		d->evidence = sb_detach(&ev);
		if (s & SHAM_DUPLICATE && !(s & ~SHAM_DUPLICATE))
			d->n[0] = info[i].dup_of;
		lost += r->c03_per_row;
		res->sham = 1;
	}
	res->crit[3] = lost >= r->points[3] ? 0 : r->points[3] - lost;
}

static long long count_counted(const struct unit_in *u, const struct row_info *info, const char *cat)
{
	long long n = 0;
	for (size_t i = 0; i < u->nrows; i++)
		n += counted(&info[i]) && !strcmp(u->rows[i].category, cat);
	return n;
}

static void c04(const struct engine *e, const struct unit_in *u, const struct row_info *info, struct unit_result *res)
{
	long long pts = e->r->points[4];
	long long n = count_counted(u, info, "normative"), i = count_counted(u, info, "interpret");
	res->crit[4] = n == 0 ? pts : points_ratio(pts, i, n);
	if (res->crit[4] < pts) {
		struct deduction *d = result_add(res, 4, "interpretation_ratio", pts - res->crit[4]);
		d->n[0] = i;
		d->n[1] = n;
		d->evidence = xasprintf("normative=%lld; interpret=%lld", n, i);
	}
}

long long rules_catalog(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	struct row_info *info = xcalloc(u->nrows ? u->nrows : 1, sizeof(*info));
	first_pass(e, u, info);
	c01(e, u, info, res);
	c02(e, u, info, res);
	c03(e, u, info, res);
	c04(e, u, info, res);
	long long normative = count_counted(u, info, "normative");
	free(info);
	return normative;
}

void rules_outside_year(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	for (size_t i = 0; i < u->nrows; i++) {
		if (year_of(u->rows[i].published_on) == e->year)
			continue;
		const struct cat_row *row = &u->rows[i];
		struct deduction *d = result_add(res, 0, "outside_year", 0);
		d->file = "catalog.csv";
		d->line = row->line;
		d->s1 = xstrdup(row->title);
		d->n[0] = row->published_on;
		char *p = fmt_day(row->published_on);
		d->evidence = xasprintf("catalog.csv:%ld; published_on=%s", row->line, p);
		free(p);
	}
}
