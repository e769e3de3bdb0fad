/*
 * test_years_rules — the checks across years (years.md; score/rules_years.c,
 * the repeat rule of score/rules_summary.c) on units built in memory with
 * last year's figures, every expected number worked out by hand with the
 * default rubric: identities 7, 8 (one kind present, none), 9 (two
 * occurrences, one right, one wrong), the repeat ratio at exactly 50% and
 * just below, the year-on-year flags at their strict boundaries and
 * yoy_min, a unit with no last year (one note), and the words of the
 * sentences in English and Chinese.
 */
#include "common/codes.h"
#include "common/msg.h"
#include "common/util.h"
#include "score/engine.h"
#include "score/text.h"
#include "tests/unit/score_check.h"

#include <stdlib.h>
#include <string.h>

static struct rubric rb;
static struct calendar cal;
static struct engine eng;
static size_t ncodes;

static day_t D(int y, int m, int d)
{
	day_t x = 0;
	if (day_from_ymd(y, m, d, &x) < 0)
		abort();
	return x;
}

static int idx(const char *code)
{
	int i = stat_index(code);
	if (i < 0)
		abort();
	return i;
}

static void set(struct unit_in *u, const char *code, long long v)
{
	u->stat[idx(code)] = v;
}

/* last year's figure of code */
static void was(struct unit_in *u, const char *code, long long v)
{
	if (!u->prev.stat) {
		u->prev.from = PREV_ARCHIVE;
		u->prev.stat = xcalloc(ncodes, sizeof(long long));
		u->prev.has = xcalloc(ncodes, 1);
	}
	u->prev.stat[idx(code)] = v;
	u->prev.has[idx(code)] = 1;
}

/* last year's full form: every code, 0 unless set after */
static void was_all(struct unit_in *u)
{
	for (size_t i = 0; i < ncodes; i++)
		was(u, stat_codes(&ncodes)[i].code, 0);
}

/* last year's summary: the repeat check's counts, as previous.c (lastyear.c) works them out */
static void was_summary(struct unit_in *u, const char *text)
{
	u->prev.has_summary = 1;
	u->prev.summary_common = text_gram_overlap(u->summary ? u->summary : "", text, (size_t)rb.c09_ngram,
						   &u->prev.summary_grams);
}

static void add_row(struct unit_in *u, const char *cat, day_t published)
{
	u->rows = xrealloc(u->rows, (u->nrows + 1) * sizeof(*u->rows));
	struct cat_row *r = &u->rows[u->nrows];
	r->line = (long)u->nrows + 2;
	r->title = xasprintf("条目 %zu", u->nrows);
	r->category = xstrdup(cat);
	r->formed_on = published - 2;
	r->published_on = published;
	r->chars = 800;
	u->nrows++;
}

/* A unit earning every point, with a summary that states no figure. */
static void unit(struct unit_in *u)
{
	memset(u, 0, sizeof(*u));
	u->code = xstrdup("a");
	u->name = xstrdup("单位a");
	u->type = UNIT_TOWN;
	u->has_package = 1;
	u->version = 1;
	u->stat = xcalloc(ncodes, sizeof(long long));
	set(u, "work.staff", 1);
	set(u, "work.training", 1);
	set(u, "work.leader_meetings", 1);
	const char *req[] = { "guide", "budget", "final", "sangong" };
	for (size_t i = 0; i < ARRAY_SIZE(req); i++)
		add_row(u, req[i], D(2025, 3, 5));
	struct strbuf sb = STRBUF_INIT;
	sb_adds(&sb, "主动公开工作。依申请公开工作。存在的问题。下一步措施。");
	for (int i = 0; i < 500; i++)
		sb_adds(&sb, "政");
	u->summary = sb_detach(&sb);
}

static void summary(struct unit_in *u, const char *s)
{
	free(u->summary);
	u->summary = xstrdup(s);
}

static void score(struct unit_in *u, struct unit_result *r)
{
	engine_score_unit(&eng, u, r);
	engine_finish(&eng, u, NULL, 0, r);
}

static const struct rded *find_d(const struct unit_result *r, const char *reason)
{
	for (size_t i = 0; i < r->nd; i++)
		if (!strcmp(r->d[i].r->code, reason))
			return &r->d[i];
	return NULL;
}

/* Does the note of checks not made list this one? */
static int not_made(const struct unit_result *r, const char *detail)
{
	const struct rded *nc = find_d(r, "years_not_checkable");
	for (size_t i = 0; nc && i < nc->nitems; i++)
		if (!strcmp(nc->items[i].r->code, detail))
			return 1;
	return 0;
}

static void done(struct unit_in *u, struct unit_result *r)
{
	unit_in_release(u);
	unit_result_release(r);
}

/* The words of d in lang. */
static void check_words(const struct rded *d, const char *lang, const char *want)
{
	CHECK(d != NULL);
	if (!d)
		return;
	char *s = rded_sentence_in(d, lang);
	CHECK_STR(s, want);
	free(s);
}

static int have_chinese(void)
{
	msg_use_language("zh_CN");
	int ok = strcmp(_("Not checked, costing nothing"), "Not checked, costing nothing") != 0;
	msg_use_language("en");
	return ok;
}

/* 7: this year's 上年结转 against last year's 结转下年度, every column. */
static void test_carried(void)
{
	struct unit_in u;
	struct unit_result r;
	unit(&u);
	/* consistent this year: 12 carried over, all 12 answered (open) */
	set(&u, "t3.carried.natural", 12);
	set(&u, "t3.carried.total", 12);
	set(&u, "t3.open.natural", 12);
	set(&u, "t3.open.total", 12);
	set(&u, "t3.total.natural", 12);
	set(&u, "t3.total.total", 12);
	was_all(&u);
	was(&u, "t3.next_year.natural", 12);
	was(&u, "t3.next_year.total", 15); /* last year's own total is wrong: only that column differs */
	score(&u, &r);
	CHECK_LL(r.crit[8], 400);
	const struct rded *d = find_d(&r, "logic_carried");
	CHECK(d && d->nitems == 1 && d->a[0].n == 1);
	check_words(d, "en", "Table 3: in 1 column this year's carried over differs from what last year's report carried to "
			     "next year: column \"Total\": carried over 12, last year's report carried to next year 15, not equal");
	if (have_chinese())
		check_words(d, "zh_CN", "表三有 1 列本年“上年结转”与上年报告的“结转下年度”不一致："
					"“总计”列：上年结转 12，上年报告的结转下年度 15，不一致");
	CHECK(!not_made(&r, "d_nc_carried") && !not_made(&r, "d_nc_in_force") && !not_made(&r, "d_nc_yoy"));
	/* equal: holds */
	was(&u, "t3.next_year.total", 12);
	unit_result_release(&r);
	score(&u, &r);
	CHECK_LL(r.crit[8], 500);
	CHECK(find_d(&r, "logic_carried") == NULL);
	/* one column of last year missing: not checkable, no points, said in the note */
	u.prev.has[idx("t3.next_year.legal")] = 0;
	was(&u, "t3.next_year.total", 99);
	unit_result_release(&r);
	score(&u, &r);
	CHECK_LL(r.crit[8], 500);
	CHECK(find_d(&r, "logic_carried") == NULL);
	CHECK(not_made(&r, "d_nc_carried"));
	done(&u, &r);
}

/* 8: documents in force roll forward; a kind without last year's in force is skipped. */
static void test_in_force(void)
{
	struct unit_in u;
	struct unit_result r;
	unit(&u);
	set(&u, "t1.rules.in_force", 10);
	set(&u, "t1.rules.issued", 3);
	set(&u, "t1.rules.repealed", 1);
	set(&u, "t1.normative.in_force", 40); /* last year's normative in force unknown (a baseline with one kind) */
	u.prev.from = PREV_BASELINE;
	was(&u, "t1.rules.in_force", 8); /* 8 + 3 − 1 = 10: holds */
	score(&u, &r);
	CHECK_LL(r.crit[8], 500);
	CHECK(find_d(&r, "logic_in_force") == NULL);
	const struct rded *nc = find_d(&r, "years_not_checkable");
	for (size_t i = 0; nc && i < nc->nitems; i++)
		CHECK(strcmp(nc->items[i].r->code, "d_nc_in_force")); /* one kind checked: checkable */
	was(&u, "t1.rules.in_force", 9); /* 9 + 3 − 1 = 11 ≠ 10 */
	unit_result_release(&r);
	score(&u, &r);
	CHECK_LL(r.crit[8], 400);
	const struct rded *d = find_d(&r, "logic_in_force");
	CHECK(d && d->nitems == 1 && d->a[0].n == 1);
	check_words(d, "en", "Table 1: the documents in force do not follow from last year's for 1 kind: rules: 10 in "
			     "force, but last year's 9 in force + 3 issued − 1 repealed = 11");
	if (have_chinese())
		check_words(d, "zh_CN", "表一有 1 类文件的现行有效件数与上年不衔接：规章：现行有效 10 件，而上年报告的现行有效 "
					"9 件 + 本年制发 3 件 − 本年废止 1 件 = 11 件，不一致");
	/* both kinds wrong: still one identity, two details */
	was(&u, "t1.normative.in_force", 41);
	unit_result_release(&r);
	score(&u, &r);
	CHECK_LL(r.crit[8], 400);
	d = find_d(&r, "logic_in_force");
	CHECK(d && d->nitems == 2 && d->a[0].n == 2);
	/* neither kind known last year: not checkable */
	u.prev.has[idx("t1.rules.in_force")] = 0;
	u.prev.has[idx("t1.normative.in_force")] = 0;
	unit_result_release(&r);
	score(&u, &r);
	CHECK_LL(r.crit[8], 500);
	nc = find_d(&r, "years_not_checkable");
	int said = 0;
	for (size_t i = 0; nc && i < nc->nitems; i++)
		said |= !strcmp(nc->items[i].r->code, "d_nc_in_force");
	CHECK(said);
	done(&u, &r);
}

/* 9: the summary's figures; two occurrences of 新收, one right and one wrong: fails once. */
static void test_text_figures(void)
{
	struct unit_in u;
	struct unit_result r;
	unit(&u);
	set(&u, "t3.new.natural", 12);
	set(&u, "t3.new.total", 12);
	set(&u, "t3.open.natural", 12);
	set(&u, "t3.open.total", 12);
	set(&u, "t3.total.natural", 12);
	set(&u, "t3.total.total", 12);
	summary(&u, "主动公开工作扎实。依申请公开方面，本年新收政府信息公开申请１２件，其中网上新收申请13件。"
		    "存在的问题与不足。下一步措施。");
	score(&u, &r);
	CHECK_LL(r.crit[8], 400);
	const struct rded *d = find_d(&r, "logic_text_figures");
	CHECK(d && d->nitems == 1 && d->a[0].n == 1);
	check_words(d, "en", "The summary states 1 figure that the tables contradict: the summary says \"新收\" 13, the "
			     "tables 12");
	/* right both times: holds */
	summary(&u, "本年新收政府信息公开申请12件，网上新收申请共12件。");
	unit_result_release(&r);
	score(&u, &r);
	CHECK(find_d(&r, "logic_text_figures") == NULL);
	/* 行政诉讼 is the sum of two codes; 份 is not 件 */
	set(&u, "t4.suit_direct.total", 2);
	set(&u, "t4.suit_direct.upheld", 2);
	set(&u, "t4.suit_after.total", 1);
	set(&u, "t4.suit_after.upheld", 1);
	summary(&u, "发生行政诉讼3件。行政复议1份。");
	unit_result_release(&r);
	score(&u, &r);
	CHECK(find_d(&r, "logic_text_figures") == NULL);
	summary(&u, "发生行政诉讼2件。");
	unit_result_release(&r);
	score(&u, &r);
	CHECK(find_d(&r, "logic_text_figures") != NULL);
	/* nothing stated: not checkable, no points */
	summary(&u, "新收。12件");
	unit_result_release(&r);
	score(&u, &r);
	CHECK_LL(r.crit[8], 500);
	const struct rded *nc = find_d(&r, "years_not_checkable");
	int said = 0;
	for (size_t i = 0; nc && i < nc->nitems; i++)
		said |= !strcmp(nc->items[i].r->code, "d_nc_figures");
	CHECK(said);
	done(&u, &r);
}

/* C09: the repeat of last year's summary at exactly 50% and just below. */
static void test_repeat(void)
{
	struct unit_in u;
	struct unit_result r;
	unit(&u);
	/* this year: 502 + 10 distinct characters … the 3-grams: G of the default unit's summary; use a short one */
	summary(&u, "一二三四五六七八九十甲乙"); /* 12 characters, 10 distinct 3-grams */
	was_all(&u);
	was_summary(&u, "一二三，四五六七"); /* punctuation dropped: 一二三 二三四 … 五六七: 5 of 10 = 50% */
	score(&u, &r);
	const struct rded *d = find_d(&r, "summary_repeats");
	CHECK(d != NULL);
	CHECK_LL(d ? d->points : 0, 200);
	CHECK_LL(d ? d->a[0].n : 0, 5000);
	/* 12 characters is short (−2) and three topic groups are missing (−1.5): 5 − 2 − 1.5 − 2 = −0.5 → 0 */
	CHECK_LL(r.crit[9], 0);
	CHECK(!r.sham); /* not a sham for the grade cap */
	check_words(d, "en", "The summary repeats last year's: 50.0% of its three-character pieces are in last year's "
			     "summary (50% or more is a repeat)");
	was_summary(&u, "一二三四五六"); /* 4 of 10 = 40%: just below */
	unit_result_release(&r);
	score(&u, &r);
	CHECK(find_d(&r, "summary_repeats") == NULL);
	/* with repeat_percent 40 the same is a repeat */
	rb.c09_repeat_percent = 40;
	unit_result_release(&r);
	score(&u, &r);
	CHECK(find_d(&r, "summary_repeats") != NULL);
	rb.c09_repeat_percent = 50;
	/* an empty this-year set never repeats */
	summary(&u, "一二");
	was_summary(&u, "一二三四五六");
	CHECK_LL(u.prev.summary_grams, 0);
	unit_result_release(&r);
	score(&u, &r);
	CHECK(find_d(&r, "summary_repeats") == NULL);
	/* no summary last year (a baseline): not checkable */
	u.prev.has_summary = 0;
	unit_result_release(&r);
	score(&u, &r);
	CHECK(not_made(&r, "d_nc_repeat"));
	CHECK(!not_made(&r, "d_nc_carried"));
	done(&u, &r);
}

static size_t count_d(const struct unit_result *r, const char *reason)
{
	size_t n = 0;
	for (size_t i = 0; i < r->nd; i++)
		n += !strcmp(r->d[i].r->code, reason);
	return n;
}

/* 同比异常: strictly more than 5 times, strictly less than a fifth, last year at least 10. */
static void test_yoy(void)
{
	struct unit_in u;
	struct unit_result r;
	unit(&u);
	was_all(&u);
	was_summary(&u, "完全不同的去年的总结文字内容");
	was(&u, "t1.penalty.decisions", 20);
	set(&u, "t1.penalty.decisions", 100); /* 100 = 5 × 20: not more */
	was(&u, "t1.license.decisions", 100);
	set(&u, "t1.license.decisions", 20); /* 20 × 5 = 100: not less */
	was(&u, "t3.new.total", 9); /* last year below yoy_min 10: no flag however large this year's */
	set(&u, "t3.new.natural", 1000);
	set(&u, "t3.new.total", 1000);
	set(&u, "t3.open.natural", 1000);
	set(&u, "t3.open.total", 1000);
	set(&u, "t3.total.natural", 1000);
	set(&u, "t3.total.total", 1000);
	u.prev.has_catalog = 1;
	u.prev.catalog_rows = 21; /* this year 4 rows: 4 × 5 = 20 < 21: a flag */
	score(&u, &r);
	CHECK_LL(count_d(&r, "yoy_flag"), 0);
	CHECK_LL(count_d(&r, "yoy_catalog"), 1);
	const struct rded *d = find_d(&r, "yoy_catalog");
	CHECK_LL(d ? d->a[0].n : 0, 4);
	CHECK_LL(d ? d->a[1].n : 0, 21);
	CHECK_LL(d ? d->a[2].n : 0, 19); /* 4 / 21 = 0.1905 → 0.19 */
	CHECK_LL(d ? d->points : 1, 0);
	CHECK_LL(r.total, 10000); /* no points by default */
	set(&u, "t1.penalty.decisions", 101);  /* 101 > 100: flag, 5.05 times */
	set(&u, "t1.license.decisions", 19);   /* 95 < 100: flag, 0.19 times */
	add_row(&u, "other", D(2024, 12, 31)); /* outside the year: not counted */
	add_row(&u, "other", D(2025, 12, 31)); /* 5 rows in the year: 25 ≥ 21, no flag */
	unit_result_release(&r);
	score(&u, &r);
	CHECK_LL(count_d(&r, "yoy_flag"), 2);
	CHECK_LL(count_d(&r, "yoy_catalog"), 0);
	d = find_d(&r, "yoy_flag");
	CHECK(d && !strcmp(d->a[0].s, "t1.license.decisions") && d->a[1].n == 19 && d->a[2].n == 100 && d->a[3].n == 19);
	for (size_t i = 0; i < r.nd; i++)
		if (!strcmp(r.d[i].r->code, "yoy_flag") && !strcmp(r.d[i].a[0].s, "t1.penalty.decisions"))
			d = &r.d[i];
	check_words(d, "en", "Year-on-year anomaly: Administrative penalties: decisions this year is 101 this year against 20 last year (5.05 times)");
	CHECK(find_d(&r, "logic_carried") == NULL); /* flags never fail an identity */
	CHECK_LL(r.crit[8], 500);
	/* yoy_penalty 1: each flag costs a point of the total, as a deduction */
	rb.yoy_penalty = 100;
	unit_result_release(&r);
	score(&u, &r);
	CHECK_LL(count_d(&r, "yoy_flag_cost"), 2);
	CHECK_LL(r.deductions, 200);
	CHECK_LL(r.total, 9800);
	rb.yoy_penalty = 0;
	done(&u, &r);
}

/* A unit new this year: every check across years not made, said once, no points. */
static void test_new_unit(void)
{
	struct unit_in u;
	struct unit_result r;
	unit(&u);
	score(&u, &r);
	CHECK_LL(r.total, 10000);
	CHECK_LL(r.nd, 1);
	const struct rded *d = find_d(&r, "years_not_checkable");
	CHECK(d && d->nitems == 5 && d->points == 0);
	check_words(d, "en", "Not checked, costing nothing: carried over against last year's report (no figures of last "
			     "year); documents in force against last year's (no figures of last year); the summary's figures "
			     "against the tables (the summary states none); repeat of last year's summary (no summary of last "
			     "year); year-on-year comparison (no figures of last year)");
	if (have_chinese())
		check_words(d, "zh_CN", "以下检查无法进行，不扣分：上年结转与上年报告核对（无上年数据）；现行有效件数与上年衔接（无上年数据）；"
					"总结数字与报表核对（总结未写明可核对的数字）；是否重复上年总结（无上年总结）；同比异常（无上年数据）");
	done(&u, &r);
}

/* Is the n-gram at a[0..n) among the n-grams of t[0..m)? */
static int has_gram(const unsigned *t, size_t m, const unsigned *a, size_t n)
{
	for (size_t i = 0; i + n <= m; i++)
		if (!memcmp(t + i, a, n * sizeof(unsigned)))
			return 1;
	return 0;
}

/* A text of len characters from the first k of an alphabet that has an ASCII letter, a
 * character outside the CJK block, punctuation (dropped) and ideographs. */
static char *random_text(unsigned *seed, size_t len, size_t k)
{
	static const char *const alphabet[] = { "政", "务", "公", "开", "a", "Ω", "，", "信", "息", "𠀀", "年", "报" };
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < len; i++) {
		*seed = *seed * 1103515245u + 12345u;
		sb_adds(&sb, alphabet[(*seed >> 16) % k]);
	}
	return sb_detach(&sb);
}

/* text_gram_overlap() on random pairs of texts, for n-grams of 1 to 5 characters (the packed
 * keys up to 3, rows after), against counting by brute force: |G| distinct n-grams of this
 * year's, |G ∩ P| of them in last year's; and the rule's ratio from those counts. */
static void test_repeat_brute_force(void)
{
	unsigned seed = 7;
	long long saved_n = rb.c09_ngram, saved_pct = rb.c09_repeat_percent;
	rb.c09_repeat_percent = 0; /* every pair with |G| > 0 is a "repeat": the deduction shows the ratio */
	for (int n = 1; n <= 5; n++) {
		rb.c09_ngram = n;
		for (int round = 0; round < 60; round++) {
			size_t k = 3 + (size_t)round % 10;
			char *now = random_text(&seed, (size_t)round % 7 == 0 ? 2 : 5 + (size_t)round * 3, k);
			char *then = random_text(&seed, 5 + (size_t)(round * 7) % 150, k);
			size_t ls, lp, ng = 0, inter = 0;
			unsigned *g = text_ngram_chars(now, &ls), *p = text_ngram_chars(then, &lp);
			for (size_t i = 0; i + (size_t)n <= ls; i++) {
				if (has_gram(g, i + (size_t)n - 1, g + i, (size_t)n))
					continue; /* seen before: not distinct */
				ng++;
				inter += (size_t)has_gram(p, lp, g + i, (size_t)n);
			}
			free(g);
			free(p);
			size_t got_ng = 99999, got = text_gram_overlap(now, then, (size_t)n, &got_ng);
			CHECK_LL((long long)got_ng, (long long)ng);
			CHECK_LL((long long)got, (long long)inter);

			struct unit_in u;
			struct unit_result r;
			unit(&u);
			was_all(&u);
			summary(&u, now);
			was_summary(&u, then);
			score(&u, &r);
			const struct rded *d = find_d(&r, "summary_repeats");
			if (ng == 0) {
				CHECK(d == NULL);
			} else {
				CHECK(d != NULL);
				CHECK_LL(d ? d->a[0].n : -1, (long long)(inter * 10000 / ng));
			}
			done(&u, &r);
			free(now);
			free(then);
		}
	}
	rb.c09_ngram = saved_n;
	rb.c09_repeat_percent = saved_pct;
}

int main(void)
{
	msg_init("en");
	stat_codes(&ncodes);
	rubric_defaults(&rb);
	memset(&cal, 0, sizeof(cal));
	engine_init(&eng, &rb, &cal, 2025, D(2025, 11, 20));
	CHECK(have_chinese()); /* the Chinese words are checked too: the catalogue must be there (tests/run.sh) */
	test_carried();
	test_in_force();
	test_text_figures();
	test_repeat();
	test_repeat_brute_force();
	test_yoy();
	test_new_unit();
	engine_release(&eng);
	rubric_release(&rb);
	return failures != 0;
}
