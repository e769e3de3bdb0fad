/*
 * engine — C01–C13, findings, total and grade for one unit; see engine.h.
 *
 * Order of work for a unit with a package: a first pass over the catalogue
 * decides for each row whether it is in the year and whether it is sham
 * (C03's rules), because C01, C04 and C08 count only good rows in the year;
 * then each criterion in turn, each lost point recorded as a deduction.
 */
#include "score/engine.h"
#include "common/codes.h"
#include "common/util.h"
#include "score/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void engine_init(struct engine *e, const struct rubric *r, const struct calendar *cal, int year)
{
	memset(e, 0, sizeof(*e));
	e->r = r;
	e->cal = cal;
	e->year = year;
	char code[80];
	for (size_t i = 0; i < n_t3_rows && i < 25; i++)
		for (size_t j = 0; j < n_t3_cols && j < 7; j++) {
			snprintf(code, sizeof(code), "t3.%s.%s", t3_rows[i].code, t3_cols[j].code);
			e->t3[i][j] = stat_index(code);
		}
	for (size_t i = 0; i < n_t4_rows && i < 3; i++)
		for (size_t j = 0; j < n_t4_cols && j < 5; j++) {
			snprintf(code, sizeof(code), "t4.%s.%s", t4_rows[i].code, t4_cols[j].code);
			e->t4[i][j] = stat_index(code);
		}
	e->normative_issued = stat_index("t1.normative.issued");
	e->apply_overdue = stat_index("work.apply_overdue");
	e->staff = stat_index("work.staff");
	e->training = stat_index("work.training");
	e->meetings = stat_index("work.leader_meetings");
	e->hall_items = stat_index("work.hall_items");
	e->hall_in = stat_index("work.hall_in");
	e->nplaceholders = r->placeholders.n;
	e->placeholders = xcalloc(e->nplaceholders ? e->nplaceholders : 1, sizeof(char *));
	for (size_t i = 0; i < e->nplaceholders; i++)
		e->placeholders[i] = text_fold_trimmed(r->placeholders.s[i]);
	day_t first = 0, last = 0;
	if (day_from_ymd(year - 1, 1, 1, &first) == 0 && day_from_ymd(year + 1, 12, 31, &last) == 0) {
		e->cum_base = first;
		e->ncum = (size_t)(last - first) + 2;
		e->cum = xmalloc(e->ncum * sizeof(int));
		e->cum[0] = 0;
		for (size_t i = 1; i < e->ncum; i++)
			e->cum[i] = e->cum[i - 1] + calendar_is_workday(cal, first + (day_t)(i - 1));
	}
}

void engine_release(struct engine *e)
{
	for (size_t i = 0; i < e->nplaceholders; i++)
		free(e->placeholders[i]);
	free(e->placeholders);
	free(e->cum);
	e->placeholders = NULL;
	e->cum = NULL;
	e->nplaceholders = e->ncum = 0;
}

int engine_workdays(const struct engine *e, day_t from, day_t to)
{
	if (to <= from)
		return 0;
	if (e->cum && from >= e->cum_base && (size_t)(to - e->cum_base) + 1 < e->ncum)
		return e->cum[to - e->cum_base + 1] - e->cum[from - e->cum_base + 1];
	return calendar_workdays_between(e->cal, from, to);
}

static long long stat(const struct unit_in *u, int idx)
{
	return idx >= 0 && u->stat ? u->stat[idx] : 0;
}

static const char *stat_code(int idx)
{
	size_t n;
	const struct statcode *c = stat_codes(&n);
	return idx >= 0 && (size_t)idx < n ? c[idx].code : "?";
}

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

static int year_of(day_t d)
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
	for (size_t k = 1; k < nk; k++) {
		size_t first = k - 1;
		if (!strcmp(keys[k].category, keys[first].category) && !strcmp(keys[k].key, keys[first].key)) {
			size_t head = first;
			while (head > 0 && !strcmp(keys[head - 1].category, keys[k].category) &&
			       !strcmp(keys[head - 1].key, keys[k].key))
				head--;
			info[keys[k].idx].sham |= SHAM_DUPLICATE;
			info[keys[k].idx].dup_of = u->rows[keys[head].idx].line;
		}
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

/* points × min(1, num / den), half-up; den > 0. */
static long long ratio_points(long long points, long long num, long long den)
{
	return num >= den ? points : mul_div_half_up(points, num, den);
}

static void c04(const struct engine *e, const struct unit_in *u, const struct row_info *info, struct unit_result *res)
{
	long long pts = e->r->points[4];
	long long n = count_counted(u, info, "normative"), i = count_counted(u, info, "interpret");
	res->crit[4] = n == 0 ? pts : ratio_points(pts, i, n);
	if (res->crit[4] < pts) {
		struct deduction *d = result_add(res, 4, "interpretation_ratio", pts - res->crit[4]);
		d->n[0] = i;
		d->n[1] = n;
		d->evidence = xasprintf("normative=%lld; interpret=%lld", n, i);
	}
}

/* A criterion that loses `per` for each of `count`; floor 0. */
static void per_count(struct unit_result *res, int crit, long long points, long long per, long long count,
		      const char *reason, char *evidence)
{
	long long lost = per * count;
	res->crit[crit] = lost >= points ? 0 : points - lost;
	if (count > 0 && per > 0) {
		struct deduction *d = result_add(res, crit, reason, lost);
		d->n[0] = count;
		d->n[1] = per;
		d->evidence = evidence;
	} else {
		free(evidence);
	}
}

static void c05_c06_c07(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	const struct rubric *r = e->r;
	long long od = stat(u, e->apply_overdue);
	per_count(res, 5, r->points[5], r->c05_per_case, od, "overdue_replies", xasprintf("work.apply_overdue=%lld", od));
	long long a = stat(u, e->t4[0][1]), b = stat(u, e->t4[1][1]), c = stat(u, e->t4[2][1]);
	per_count(res, 6, r->points[6], r->c06_per_case, a + b + c, "corrected_cases",
		  xasprintf("%s=%lld; %s=%lld; %s=%lld", stat_code(e->t4[0][1]), a, stat_code(e->t4[1][1]), b,
			    stat_code(e->t4[2][1]), c));
	per_count(res, 7, r->points[7], r->c07_per_day, u->days_late, "late_submission",
		  xasprintf("days_late=%d; version=1", u->days_late));
}

/* One identity of C08: record it if `bad` (evidence owned by the deduction). */
static int identity(struct unit_result *res, const struct rubric *r, int failed, const char *reason, int count,
		    struct strbuf *ev)
{
	if (!failed) {
		sb_release(ev);
		return 0;
	}
	struct deduction *d = result_add(res, 8, reason, r->c08_per_identity);
	d->n[0] = count;
	d->evidence = sb_detach(ev);
	return 1;
}

static void c08(const struct engine *e, const struct unit_in *u, const struct row_info *info, struct unit_result *res)
{
	const struct rubric *r = e->r;
	int failed = 0, count;
	struct strbuf ev = STRBUF_INIT;

	/* 1. Table 3, every row: total = the six other columns. */
	count = 0;
	for (int i = 0; i < 25; i++) {
		long long sum = 0;
		for (int j = 0; j < 6; j++)
			sum += stat(u, e->t3[i][j]);
		long long tot = stat(u, e->t3[i][6]);
		if (sum != tot)
			sb_addf(&ev, "%s%s=%lld≠%lld", count++ ? "; " : "", stat_code(e->t3[i][6]), tot, sum);
	}
	failed += identity(res, r, count > 0, "logic_t3_rows", count, &ev);

	/* 2. Table 3, every column: the total row = open … other.other (rows 2..22). */
	count = 0;
	for (int j = 0; j < 7; j++) {
		long long sum = 0;
		for (int i = 2; i <= 22; i++)
			sum += stat(u, e->t3[i][j]);
		long long tot = stat(u, e->t3[23][j]);
		if (sum != tot)
			sb_addf(&ev, "%s%s=%lld≠%lld", count++ ? "; " : "", stat_code(e->t3[23][j]), tot, sum);
	}
	failed += identity(res, r, count > 0, "logic_t3_columns", count, &ev);

	/* 3. Table 3, every column: new + carried = total + next_year. */
	count = 0;
	for (int j = 0; j < 7; j++) {
		long long in = stat(u, e->t3[0][j]) + stat(u, e->t3[1][j]);
		long long out = stat(u, e->t3[23][j]) + stat(u, e->t3[24][j]);
		if (in != out)
			sb_addf(&ev, "%s%s+%s=%lld≠%s+%s=%lld", count++ ? "; " : "", stat_code(e->t3[0][j]),
				stat_code(e->t3[1][j]), in, stat_code(e->t3[23][j]), stat_code(e->t3[24][j]), out);
	}
	failed += identity(res, r, count > 0, "logic_t3_balance", count, &ev);

	/* 4. Table 4, every row: total = upheld + corrected + other + pending. */
	count = 0;
	for (int i = 0; i < 3; i++) {
		long long sum = 0;
		for (int j = 0; j < 4; j++)
			sum += stat(u, e->t4[i][j]);
		long long tot = stat(u, e->t4[i][4]);
		if (sum != tot)
			sb_addf(&ev, "%s%s=%lld≠%lld", count++ ? "; " : "", stat_code(e->t4[i][4]), tot, sum);
	}
	failed += identity(res, r, count > 0, "logic_t4_rows", count, &ev);

	/* 5. Counted normative rows ≥ t1.normative.issued. */
	long long issued = stat(u, e->normative_issued), normative = count_counted(u, info, "normative");
	if (normative < issued)
		sb_addf(&ev, "t1.normative.issued=%lld>normative_rows=%lld", issued, normative);
	failed += identity(res, r, normative < issued, "logic_normative", 1, &ev);
	if (normative < issued) {
		res->d[res->nd - 1].n[1] = issued;
		res->d[res->nd - 1].n[2] = normative;
	}

	/* 6. work.hall_in ≤ work.hall_items. */
	long long hin = stat(u, e->hall_in), hitems = stat(u, e->hall_items);
	if (hin > hitems)
		sb_addf(&ev, "work.hall_in=%lld>work.hall_items=%lld", hin, hitems);
	failed += identity(res, r, hin > hitems, "logic_hall", 1, &ev);

	long long lost = r->c08_per_identity * failed;
	res->crit[8] = lost >= r->points[8] ? 0 : r->points[8] - lost;
}

static void c09(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	const struct rubric *r = e->r;
	long long lost = 0;
	const char *summary = u->summary ? u->summary : "";
	long long len = (long long)text_len_nospace(summary);
	if (len < r->c09_min_chars && r->c09_short > 0) {
		struct deduction *d = result_add(res, 9, "summary_short", r->c09_short);
		d->n[0] = len;
		d->n[1] = r->c09_min_chars;
		d->evidence = xasprintf("summary.txt; chars=%lld<%lld", len, r->c09_min_chars);
		lost += r->c09_short;
	}
	for (size_t g = 0; g < r->ntopics; g++) {
		const struct strlist *grp = &r->topics[g];
		int found = 0;
		for (size_t k = 0; k < grp->n && !found; k++)
			found = strstr(summary, grp->s[k]) != NULL;
		if (found || r->c09_per_topic == 0)
			continue;
		struct strbuf words = STRBUF_INIT;
		for (size_t k = 0; k < grp->n; k++)
			sb_addf(&words, "%s%s", k ? "/" : "", grp->s[k]);
		struct deduction *d = result_add(res, 9, "summary_topic", r->c09_per_topic);
		d->evidence = xasprintf("summary.txt; topic=%s", sb_str(&words));
		d->s1 = sb_detach(&words);
		lost += r->c09_per_topic;
	}
	if (u->ncopies) {
		struct strbuf who = STRBUF_INIT, ev = STRBUF_INIT;
		sb_adds(&ev, "summary.txt; copy_of=");
		for (size_t k = 0; k < u->ncopies; k++) {
			sb_addf(&who, "%s%s (%s)", k ? ", " : "", u->copies[k].name ? u->copies[k].name : "",
				u->copies[k].code);
			sb_addf(&ev, "%s%s (Jaccard %lld.%04lld)", k ? ", " : "", u->copies[k].code,
				u->copies[k].similarity / 10000, u->copies[k].similarity % 10000);
		}
		struct deduction *d = result_add(res, 9, "copied_summary", r->c09_copied);
		d->s1 = sb_detach(&who);
		d->evidence = sb_detach(&ev);
		lost += r->c09_copied;
		res->sham = 1;
	}
	res->crit[9] = lost >= r->points[9] ? 0 : r->points[9] - lost;
}

static void at_least(const struct unit_in *u, struct unit_result *res, int crit, long long points, int idx,
		     long long min, const char *reason)
{
	long long v = stat(u, idx);
	res->crit[crit] = v >= min ? points : 0;
	if (v < min && points > 0) {
		struct deduction *d = result_add(res, crit, reason, points);
		d->n[0] = v;
		d->n[1] = min;
		d->evidence = xasprintf("%s=%lld<%lld", stat_code(idx), v, min);
	}
}

static void c13(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	long long pts = e->r->points[13];
	long long hin = stat(u, e->hall_in), items = stat(u, e->hall_items);
	res->crit[13] = items == 0 ? pts : ratio_points(pts, hin, items);
	if (res->crit[13] < pts) {
		struct deduction *d = result_add(res, 13, "hall_ratio", pts - res->crit[13]);
		d->n[0] = hin;
		d->n[1] = items;
		d->evidence = xasprintf("work.hall_in=%lld; work.hall_items=%lld", hin, items);
	}
}

static void outside_year_notes(const struct unit_in *u, const struct row_info *info, struct unit_result *res)
{
	for (size_t i = 0; i < u->nrows; i++) {
		if (info[i].in_year)
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

void engine_score_unit(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	memset(res, 0, sizeof(*res));
	const struct rubric *r = e->r;
	res->group = group_of(u->type);
	for (int c = 1; c <= NCRIT; c++)
		res->applies[c] = 1;
	res->applies[13] = r->c13_duty && strlist_has(&u->duties, r->c13_duty);
	if (!u->has_package) {
		res->missing = 1;
		struct deduction *d = result_add(res, 0, "no_package", 0);
		d->evidence = xstrdup("package=none");
		return;
	}
	struct row_info *info = xcalloc(u->nrows ? u->nrows : 1, sizeof(*info));
	first_pass(e, u, info);
	c01(e, u, info, res);
	c02(e, u, info, res);
	c03(e, u, info, res);
	c04(e, u, info, res);
	c05_c06_c07(e, u, res);
	c08(e, u, info, res);
	c09(e, u, res);
	at_least(u, res, 10, r->points[10], e->staff, r->c10_min, "no_staff");
	at_least(u, res, 11, r->points[11], e->training, r->c11_min, "no_training");
	at_least(u, res, 12, r->points[12], e->meetings, r->c12_min, "no_leader_meetings");
	if (res->applies[13])
		c13(e, u, res);
	outside_year_notes(u, info, res);
	free(info);
}

static const char *const finding_reason[] = {
	[FIND_NONDISCLOSURE] = "finding_nondisclosure",
	[FIND_SHAM] = "finding_sham",
	[FIND_LATE] = "finding_late",
	[FIND_OTHER] = "finding_other",
	[FIND_BONUS] = "finding_bonus",
};

static enum grade grade_of(const struct rubric *r, long long total)
{
	if (total >= r->band_excellent)
		return GRADE_EXCELLENT;
	if (total >= r->band_good)
		return GRADE_GOOD;
	if (total >= r->band_pass)
		return GRADE_PASS;
	return GRADE_FAIL;
}

void engine_finish(const struct engine *e, const struct unit_in *u, const struct finding *const *f, size_t nf,
		   struct unit_result *res)
{
	const struct rubric *r = e->r;
	(void)u;
	for (size_t i = 0; i < nf; i++) {
		struct deduction *d = result_add(res, 0, finding_reason[f[i]->kind], f[i]->points);
		d->file = "findings.csv";
		d->line = f[i]->line;
		d->s1 = xstrdup(f[i]->description);
		d->evidence = xasprintf("findings.csv:%ld%s%s", f[i]->line, *f[i]->evidence ? "; " : "", f[i]->evidence);
		if (f[i]->kind == FIND_BONUS) {
			res->bonus += f[i]->points;
		} else {
			res->deductions += f[i]->points;
			if (f[i]->kind == FIND_SHAM)
				res->sham = 1;
		}
	}
	res->earned = res->possible = 0;
	for (int c = 1; c <= NCRIT; c++) {
		if (!res->applies[c])
			continue;
		if (res->missing)
			res->crit[c] = 0;
		res->earned += res->crit[c];
		res->possible += r->points[c];
	}
	res->base = res->possible > 0 ? mul_div_half_up(res->earned, 10000, res->possible) : 0;
	long long bonus = res->bonus;
	if (bonus > r->bonus_cap) {
		struct deduction *d = result_add(res, 0, "bonus_capped", 0);
		d->n[0] = res->bonus;
		d->n[1] = r->bonus_cap;
		d->evidence = xasprintf("bonus=%lld.%02lld>bonus_cap=%lld.%02lld", res->bonus / 100, res->bonus % 100,
					r->bonus_cap / 100, r->bonus_cap % 100);
		bonus = r->bonus_cap;
	}
	long long total = res->base - res->deductions + bonus;
	res->total = total < 0 ? 0 : total > 10000 ? 10000 : total;
	if (res->missing) {
		res->total = 0;
		res->grade = GRADE_FAIL;
		return;
	}
	res->grade = grade_of(r, res->total);
	if (res->sham && (int)res->grade < r->sham_cap) {
		res->grade = (enum grade)r->sham_cap;
		res->capped = 1;
		struct deduction *d = result_add(res, 0, "grade_capped", 0);
		d->n[0] = res->total;
		d->n[1] = r->sham_cap;
		d->evidence = xstrdup("sham=yes");
	}
}
