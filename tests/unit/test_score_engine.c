/*
 * test_score_engine — the rubric engine (score/engine.c, rank.c) on units
 * built in memory, every expected number worked out by hand from
 * spec/rubric.md with the default rubric and China's 2025 calendar.
 */
#include "common/codes.h"
#include "common/msg.h"
#include "common/util.h"
#include "score/engine.h"
#include "score/rank.h"
#include "common/criteria.h"
#include "tests/unit/score_check.h"

#include <stdlib.h>
#include <string.h>

static struct rubric rb;
static struct calendar cal;
static struct engine eng;

static day_t D(int y, int m, int d)
{
	day_t x = 0;
	if (day_from_ymd(y, m, d, &x) < 0)
		abort();
	return x;
}

static void add_range(day_t **days, size_t *n, day_t a, day_t b)
{
	for (day_t x = a; x <= b; x++) {
		*days = xrealloc(*days, (*n + 1) * sizeof(day_t));
		(*days)[(*n)++] = x;
	}
}

/* China 2025: the calendar of the shipped config.ini. */
static void calendar_2025(struct calendar *c, int with_workdays)
{
	memset(c, 0, sizeof(*c));
	add_range(&c->holidays, &c->nholidays, D(2025, 1, 1), D(2025, 1, 1));
	add_range(&c->holidays, &c->nholidays, D(2025, 1, 28), D(2025, 2, 4));
	add_range(&c->holidays, &c->nholidays, D(2025, 4, 4), D(2025, 4, 6));
	add_range(&c->holidays, &c->nholidays, D(2025, 5, 1), D(2025, 5, 5));
	add_range(&c->holidays, &c->nholidays, D(2025, 5, 31), D(2025, 6, 2));
	add_range(&c->holidays, &c->nholidays, D(2025, 10, 1), D(2025, 10, 8));
	if (!with_workdays)
		return;
	day_t w[] = { D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11) };
	for (size_t i = 0; i < ARRAY_SIZE(w); i++)
		add_range(&c->workdays, &c->nworkdays, w[i], w[i]);
}

static void set_stat(struct unit_in *u, const char *code, long long v)
{
	int i = stat_index(code);
	if (i < 0)
		abort();
	u->stat[i] = v;
}

static void add_row(struct unit_in *u, const char *title, const char *cat, day_t formed, day_t published, long long chars)
{
	u->rows = xrealloc(u->rows, (u->nrows + 1) * sizeof(*u->rows));
	struct cat_row *r = &u->rows[u->nrows];
	r->line = (long)u->nrows + 2; /* line 1 is the header */
	r->title = xstrdup(title);
	r->category = xstrdup(cat);
	r->formed_on = formed;
	r->published_on = published;
	r->chars = chars;
	u->nrows++;
}

/* A unit that earns every point: one good row per required category, all work figures 1, a full summary. */
static void perfect(struct unit_in *u, const char *code, enum unit_type type, const char *duties)
{
	memset(u, 0, sizeof(*u));
	u->code = xstrdup(code);
	u->name = xasprintf("单位%s", code);
	u->type = type;
	strlist_split(&u->duties, duties);
	u->has_package = 1;
	u->version = 1;
	u->received = 1000;
	size_t n;
	stat_codes(&n);
	u->stat = xcalloc(n, sizeof(long long));
	set_stat(u, "work.staff", 1);
	set_stat(u, "work.training", 1);
	set_stat(u, "work.leader_meetings", 1);
	const char *req[] = { "guide", "budget", "final", "sangong" };
	for (size_t i = 0; i < ARRAY_SIZE(req); i++) {
		char *t = xasprintf("%s %s 2025", code, req[i]);
		add_row(u, t, req[i], D(2025, 3, 3), D(2025, 3, 5), 800);
		free(t);
	}
	for (size_t i = 0; i < u->duties.n; i++) {
		char *t = xasprintf("%s duty %s", code, u->duties.s[i]);
		add_row(u, t, u->duties.s[i], D(2025, 3, 3), D(2025, 3, 5), 800);
		free(t);
	}
	struct strbuf sb = STRBUF_INIT;
	sb_adds(&sb, "主动公开工作。依申请公开工作。存在的问题。下一步措施。");
	for (int i = 0; i < 500; i++)
		sb_adds(&sb, "政");
	u->summary = sb_detach(&sb);
}

static void score(struct unit_in *u, struct unit_result *r, const struct finding *const *f, size_t nf)
{
	engine_score_unit(&eng, u, r);
	engine_finish(&eng, u, f, nf, r);
}

static const struct rded *find_d(const struct unit_result *r, const char *reason, size_t nth)
{
	for (size_t i = 0; i < r->nd; i++)
		if (!strcmp(r->d[i].r->code, reason) && nth-- == 0)
			return &r->d[i];
	return NULL;
}

static size_t count_d(const struct unit_result *r, const char *reason)
{
	size_t n = 0;
	for (size_t i = 0; i < r->nd; i++)
		n += !strcmp(r->d[i].r->code, reason);
	return n;
}

static void done(struct unit_in *u, struct unit_result *r)
{
	unit_in_release(u);
	unit_result_release(r);
}

static void test_perfect(void)
{
	struct unit_in u;
	struct unit_result r;
	perfect(&u, "a", UNIT_TOWN, "");
	score(&u, &r, NULL, 0);
	for (int c = 1; c <= 12; c++)
		CHECK_LL(r.crit[c], rb.points[c]);
	CHECK_LL(r.applies[13], 0);
	CHECK_LL(r.earned, 10000);
	CHECK_LL(r.possible, 10000);
	CHECK_LL(r.total, 10000);
	CHECK_LL(r.grade, GRADE_EXCELLENT);
	CHECK_LL(r.nd, 1); /* only the note that the checks across years could not be made (no last year) */
	CHECK_STR(r.d[0].r->code, "years_not_checkable");
	CHECK_LL(r.d[0].points, 0);
	done(&u, &r);
}

/* 2025-09-24 (Wed) to 2025-10-28: 20 working days, counting the make-up Sunday 9-28 and Saturday 10-11
 * and skipping the National Day holiday 10-01..10-08; to 10-29: 21, one too many. */
static void test_workdays(void)
{
	CHECK_LL(calendar_workdays_between(&cal, D(2025, 9, 24), D(2025, 10, 28)), 20);
	CHECK_LL(calendar_workdays_between(&cal, D(2025, 9, 24), D(2025, 10, 29)), 21);
	struct calendar plain;
	calendar_2025(&plain, 0);
	CHECK_LL(calendar_workdays_between(&plain, D(2025, 9, 24), D(2025, 10, 28)), 18);
	calendar_release(&plain);
	CHECK_LL(engine_workdays(&eng, D(2025, 9, 24), D(2025, 10, 29)), 21);
	CHECK_LL(engine_workdays(&eng, D(2025, 9, 24), D(2025, 10, 28)), 20);
	/* beyond the table (year ± 1) it counts day by day, with the same answer */
	CHECK_LL(engine_workdays(&eng, D(2020, 1, 1), D(2025, 1, 2)),
		 calendar_workdays_between(&cal, D(2020, 1, 1), D(2025, 1, 2)));
	CHECK_LL(engine_workdays(&eng, D(2024, 1, 1), D(2026, 12, 31)),
		 calendar_workdays_between(&cal, D(2024, 1, 1), D(2026, 12, 31)));
	CHECK_LL(engine_workdays(&eng, D(2025, 3, 3), D(2025, 3, 1)), 0);

	struct unit_in u;
	struct unit_result r;
	perfect(&u, "a", UNIT_TOWN, "");
	add_row(&u, "on time", "other", D(2025, 9, 24), D(2025, 10, 28), 800);
	add_row(&u, "one day late", "other", D(2025, 9, 24), D(2025, 10, 29), 800);
	add_row(&u, "no formed date", "other", NO_DAY, D(2025, 12, 30), 800);
	score(&u, &r, NULL, 0);
	CHECK_LL(r.crit[2], 950);
	CHECK_LL(count_d(&r, "late"), 1);
	const struct rded *d = find_d(&r, "late", 0);
	CHECK(d != NULL);
	if (d) {
		CHECK_LL(d->line, 7);
		CHECK_LL(d->a[3].n, 21);
		char *s = rded_sentence(d);
		CHECK_STR(s, "\"one day late\" was formed on 2025-09-24 and published on 2025-10-29, 21 working days later; the limit is 20 (the catalogue, line 7)");
		free(s);
	}
	CHECK_LL(r.total, 9950);
	done(&u, &r);
}

static void test_chars(void)
{
	struct unit_in u;
	struct unit_result r;
	perfect(&u, "a", UNIT_TOWN, "");
	add_row(&u, "forty-nine", "other", D(2025, 5, 6), D(2025, 5, 7), 49);
	add_row(&u, "fifty", "other", D(2025, 5, 6), D(2025, 5, 7), 50);
	add_row(&u, "unknown length", "other", D(2025, 5, 6), D(2025, 5, 7), NO_CHARS);
	score(&u, &r, NULL, 0);
	CHECK_LL(r.crit[3], 800);
	CHECK_LL(count_d(&r, "sham_short"), 1);
	const struct rded *d = find_d(&r, "sham_short", 0);
	if (d) {
		CHECK_LL(d->line, 6);
		char *s = rded_sentence(d);
		CHECK_STR(s, "\"forty-nine\" has only 49 characters, fewer than 50 (sham disclosure) (the catalogue, line 6)");
		free(s);
	}
	CHECK_LL(r.sham, 1);
	CHECK_LL(r.total, 9800);
	CHECK_LL(r.grade, GRADE_GOOD); /* 98.00 but a sham row: capped */
	CHECK_LL(r.capped, 1);
	done(&u, &r);
}

static void test_duplicates(void)
{
	struct unit_in u;
	struct unit_result r;
	perfect(&u, "a", UNIT_TOWN, "");
	add_row(&u, "Budget Report 2025", "other", D(2025, 5, 6), D(2025, 5, 7), 800);        /* line 6 */
	add_row(&u, " budget  REPORT\xE3\x80\x80" "2025 ", "other", D(2025, 6, 6), D(2025, 6, 9), 800); /* 7: repeat */
	add_row(&u, "BUDGETREPORT2025", "other", D(2025, 7, 7), D(2025, 7, 8), 800);          /* 8: repeat */
	add_row(&u, "Budget Report 2025", "procurement", D(2025, 5, 6), D(2025, 5, 7), 800);  /* 9: other category */
	add_row(&u, "Budget Report 2026", "other", D(2025, 5, 6), D(2025, 5, 7), 800);        /* 10: other title */
	score(&u, &r, NULL, 0);
	CHECK_LL(count_d(&r, "sham_duplicate"), 2);
	const struct rded *d = find_d(&r, "sham_duplicate", 0);
	if (d) {
		CHECK_LL(d->line, 7);
		CHECK_LL(d->a[1].n, 6);
		CHECK_LL(d->nitems, 0);
	}
	d = find_d(&r, "sham_duplicate", 1);
	if (d) {
		CHECK_LL(d->line, 8);
		CHECK_LL(d->a[1].n, 6);
	}
	CHECK_LL(r.crit[3], 600);
	done(&u, &r);
}

static void test_placeholder_and_dates(void)
{
	struct unit_in u;
	struct unit_result r;
	perfect(&u, "a", UNIT_TOWN, "");
	add_row(&u, "  TeSt ", "other", D(2025, 5, 6), D(2025, 5, 7), 800);             /* 6 */
	add_row(&u, "\xE3\x80\x80暂无", "other", D(2025, 5, 6), D(2025, 5, 7), 800);     /* 7 */
	add_row(&u, "暂无信息公开", "other", D(2025, 5, 6), D(2025, 5, 7), 800);          /* 8: not a placeholder */
	add_row(&u, "backdated", "other", D(2025, 9, 1), D(2025, 3, 1), 800);            /* 9: published before formed */
	add_row(&u, "                                                                                "
		    "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t待补充\xE3\x80\x80\xE3\x80\x80", "other", D(2025, 5, 6), D(2025, 5, 7), 800); /* 10 */
	score(&u, &r, NULL, 0);
	CHECK_LL(count_d(&r, "sham_placeholder"), 3);
	CHECK_LL(count_d(&r, "sham_before_formed"), 1);
	CHECK_LL(count_d(&r, "late"), 0); /* published before formed is never late */
	CHECK_LL(r.crit[3], 200);
	const struct rded *d = find_d(&r, "sham_before_formed", 0);
	if (d) {
		char *s = rded_sentence(d);
		CHECK_STR(s, "\"backdated\" is dated as published on 2025-03-01, before it was formed on 2025-09-01 (sham disclosure) (the catalogue, line 9)");
		free(s);
	}
	done(&u, &r);
}

/* The only `final` row was published on 2024-12-31: outside the year, it counts for nothing. */
static void test_previous_year(void)
{
	struct unit_in u;
	struct unit_result r;
	perfect(&u, "a", UNIT_TOWN, "");
	u.rows[2].formed_on = D(2024, 12, 1);
	u.rows[2].published_on = D(2024, 12, 31);
	u.rows[2].chars = 3; /* would be sham in the year; outside it, it is not looked at */
	score(&u, &r, NULL, 0);
	CHECK_LL(r.crit[1], 2500);
	CHECK_LL(r.crit[2], 1000);
	CHECK_LL(r.crit[3], 1000);
	const struct rded *d = find_d(&r, "not_disclosed", 0);
	if (d) {
		CHECK_STR(d->a[0].s, "final");
		char *s = rded_sentence(d);
		CHECK_STR(s, "Required category \"Final accounts\" has no counted item this year (not disclosed): the item on line 4 was published outside the year and does not count");
		free(s);
		CHECK_LL(d->points, 500);
	}
	d = find_d(&r, "outside_year", 0);
	CHECK(d != NULL);
	if (d) {
		CHECK_LL(rded_criterion(d), 0);
		CHECK_LL(d->points, 0);
		CHECK_LL(d->line, 4);
		char *s = rded_sentence(d);
		CHECK_STR(s, "\"a final 2025\" was published on 2024-12-31, outside the year: it counts for nothing (the catalogue, line 4)");
		free(s);
	}
	CHECK_LL(r.total, 9500);
	CHECK_LL(r.grade, GRADE_EXCELLENT);
	done(&u, &r);
}

static void test_interpretation(void)
{
	struct unit_in u;
	struct unit_result r;
	/* N = 3, I = 2: 5 × 2/3 = 3.333… → 3.33 */
	perfect(&u, "a", UNIT_DEPT, "");
	for (int i = 0; i < 3; i++) {
		char t[32];
		snprintf(t, sizeof(t), "规范性文件%d", i);
		add_row(&u, t, "normative", D(2025, 4, 1), D(2025, 4, 2), 800);
	}
	add_row(&u, "解读1", "interpret", D(2025, 4, 1), D(2025, 4, 2), 800);
	add_row(&u, "解读2", "interpret", D(2025, 4, 1), D(2025, 4, 2), 800);
	add_row(&u, "解读3 (sham)", "interpret", D(2025, 4, 1), D(2025, 4, 2), 10); /* not counted */
	set_stat(&u, "t1.normative.issued", 3);
	score(&u, &r, NULL, 0);
	CHECK_LL(r.crit[4], 333);
	const struct rded *d = find_d(&r, "interpretation_ratio", 0);
	if (d) {
		CHECK_LL(d->points, 167);
		char *s = rded_sentence_in(d, "zh_CN");
		CHECK_STR(s, "本年度公开行政规范性文件 3 件，政策解读仅 2 件");
		free(s);
	}
	CHECK_LL(r.crit[8], 500); /* 3 counted normative rows ≥ 3 issued */
	/* 100 − 1.67 − 2 (sham) = 96.33 */
	CHECK_LL(r.total, 9633);
	done(&u, &r);

	/* N = 8, I = 1: 5/8 = 0.625 → 0.63 (half-up) */
	perfect(&u, "a", UNIT_DEPT, "");
	for (int i = 0; i < 8; i++) {
		char t[32];
		snprintf(t, sizeof(t), "规范性文件%d", i);
		add_row(&u, t, "normative", D(2025, 4, 1), D(2025, 4, 2), 800);
	}
	add_row(&u, "解读", "interpret", D(2025, 4, 1), D(2025, 4, 2), 800);
	score(&u, &r, NULL, 0);
	CHECK_LL(r.crit[4], 63);
	done(&u, &r);
}

/* Duty `approval`: C13 applies, possible 110.  hall 16 of 58: 10 × 16/58 = 2.7586 → 2.76;
 * earned 100 + 2.76 = 102.76; base 100 × 102.76 / 110 = 93.418… → 93.42. */
static void test_110_points(void)
{
	struct unit_in u;
	struct unit_result r;
	perfect(&u, "a", UNIT_DEPT, "approval");
	set_stat(&u, "work.hall_items", 58);
	set_stat(&u, "work.hall_in", 16);
	score(&u, &r, NULL, 0);
	CHECK_LL(r.applies[13], 1);
	CHECK_LL(r.crit[13], 276);
	CHECK_LL(r.earned, 10276);
	CHECK_LL(r.possible, 11000);
	CHECK_LL(r.base, 9342);
	CHECK_LL(r.total, 9342);
	done(&u, &r);

	/* A perfect 110 is 100; hall_items = 0 earns C13 in full. */
	perfect(&u, "a", UNIT_DEPT, "approval");
	score(&u, &r, NULL, 0);
	CHECK_LL(r.crit[13], 1000);
	CHECK_LL(r.earned, 11000);
	CHECK_LL(r.base, 10000);
	done(&u, &r);
}

static struct finding mkfinding(enum finding_kind k, long long pts, long line)
{
	struct finding f = { (char *)"a", k, pts, (char *)"描述", (char *)"", line };
	return f;
}

/* Base 97 (3 days late); bonuses 2 + 4.5 = 6.5, capped at 5: 97 + 5 = 102 → clamped to 100. */
static void test_bonus_and_clamp(void)
{
	struct unit_in u;
	struct unit_result r;
	perfect(&u, "a", UNIT_TOWN, "");
	u.days_late = 3;
	struct finding f1 = mkfinding(FIND_BONUS, 200, 2), f2 = mkfinding(FIND_BONUS, 450, 3);
	const struct finding *fs[] = { &f1, &f2 };
	score(&u, &r, fs, 2);
	CHECK_LL(r.crit[7], 200);
	CHECK_LL(r.base, 9700);
	CHECK_LL(r.bonus, 650);
	CHECK_LL(r.total, 10000);
	CHECK_LL(count_d(&r, "finding_bonus"), 2);
	const struct rded *d = find_d(&r, "bonus_capped", 0);
	CHECK(d != NULL);
	if (d) {
		char *s = rded_sentence(d);
		CHECK_STR(s, "The bonuses add up to 6.50 points; at most 5.00 count");
		free(s);
	}
	d = find_d(&r, "total_capped", 0);
	CHECK(d != NULL);
	if (d) {
		char *s = rded_sentence(d);
		CHECK_STR(s, "Base score, findings and bonus come to 102.00; the total is capped at 100.00");
		free(s);
	}
	done(&u, &r);

	/* Base 90 (2 not disclosed), a 95-point deduction and a 3-point bonus: 90 − 95 + 3 < 0 → 0. */
	perfect(&u, "a", UNIT_TOWN, "");
	free(u.rows[0].category);
	u.rows[0].category = xstrdup("other");
	free(u.rows[1].category);
	u.rows[1].category = xstrdup("other");
	struct finding f3 = mkfinding(FIND_OTHER, 9500, 2), f4 = mkfinding(FIND_BONUS, 300, 3);
	const struct finding *gs[] = { &f3, &f4 };
	score(&u, &r, gs, 2);
	CHECK_LL(r.base, 9000);
	CHECK_LL(r.deductions, 9500);
	CHECK_LL(r.total, 0);
	CHECK_LL(r.grade, GRADE_FAIL);
	d = find_d(&r, "total_floored", 0);
	CHECK(d != NULL);
	if (d) {
		char *s = rded_sentence(d);
		CHECK_STR(s, "Base score, findings and bonus come to -2.00; the total cannot be below 0.00");
		free(s);
	}
	done(&u, &r);
}

/* One sham row (C03 −2) and 3 days late (C07 −3): 95.00, which would be 优秀, capped at 良好. */
static void test_sham_cap(void)
{
	struct unit_in u;
	struct unit_result r;
	perfect(&u, "a", UNIT_STREET, "");
	u.days_late = 3;
	add_row(&u, "测试", "other", D(2025, 5, 6), D(2025, 5, 7), 800);
	score(&u, &r, NULL, 0);
	CHECK_LL(r.total, 9500);
	CHECK_LL(r.grade, GRADE_GOOD);
	CHECK_LL(r.capped, 1);
	CHECK_STR(grade_zh(r.grade), "良好");
	const struct rded *d = find_d(&r, "grade_capped", 0);
	CHECK(d != NULL);
	if (d) {
		char *s = rded_sentence(d);
		CHECK_STR(s, "Sham disclosure was found, so the grade cannot be better than Good (the total alone would give Excellent): 1 sham catalogue item");
		free(s);
		s = rded_brief(d);
		CHECK_STR(s, "sham disclosure: 1 sham catalogue item");
		free(s);
	}
	done(&u, &r);

	/* A sham finding caps too; 89.99 is 良好 without any cap. */
	perfect(&u, "a", UNIT_STREET, "");
	struct finding f = mkfinding(FIND_SHAM, 100, 2);
	const struct finding *fs[] = { &f };
	score(&u, &r, fs, 1);
	CHECK_LL(r.total, 9900);
	CHECK_LL(r.grade, GRADE_GOOD);
	CHECK_LL(r.capped, 1);
	done(&u, &r);

	/* A copied summary: −5 and capped. */
	perfect(&u, "a", UNIT_STREET, "");
	u.copies = xcalloc(1, sizeof(*u.copies));
	u.copies[0].code = xstrdup("b");
	u.copies[0].name = xstrdup("乙街道");
	u.copies[0].similarity = 9321;
	u.ncopies = 1;
	score(&u, &r, NULL, 0);
	CHECK_LL(r.crit[9], 0);
	CHECK_LL(r.total, 9500);
	CHECK_LL(r.grade, GRADE_GOOD);
	d = find_d(&r, "copied_summary", 0);
	CHECK(d != NULL && d->nitems == 1);
	if (d && d->nitems == 1) {
		CHECK_STR(d->items[0].a[0].s, "b");
		CHECK_STR(d->items[0].a[1].s, "乙街道");
		CHECK_LL(d->items[0].a[2].n, 9321);
		char *sentence = rded_sentence(d);
		CHECK_STR(sentence, "The summary copies that of a unit whose package came no later (sham disclosure): the summary is the same as that of 乙街道 (similarity 93.2%)");
		free(sentence);
		sentence = rded_sentence_in(d, "zh_CN");
		CHECK_STR(sentence, "年度工作总结与报送不晚于本单位的其他单位雷同，视为抄袭（假公开）：总结与 乙街道 的总结雷同（相似度 93.2%）");
		free(sentence);
	}
	done(&u, &r);
}

static void test_missing(void)
{
	struct unit_in u;
	struct unit_result r;
	memset(&u, 0, sizeof(u));
	u.code = xstrdup("m");
	u.name = xstrdup("缺报局");
	u.type = UNIT_DEPT;
	strlist_split(&u.duties, "power;approval");
	struct finding f = mkfinding(FIND_BONUS, 300, 2);
	const struct finding *fs[] = { &f };
	score(&u, &r, fs, 1);
	CHECK_LL(r.missing, 1);
	for (int c = 1; c <= 13; c++)
		CHECK_LL(r.crit[c], 0);
	CHECK_LL(r.applies[13], 1);
	CHECK_LL(r.total, 0);
	CHECK_LL(r.bonus, 300);
	CHECK_LL(r.grade, GRADE_FAIL);
	CHECK(find_d(&r, "no_package", 0) != NULL);
	done(&u, &r);

	memset(&u, 0, sizeof(u));
	u.code = xstrdup("m2");
	u.name = xstrdup("缺报镇");
	u.type = UNIT_TOWN;
	score(&u, &r, NULL, 0);
	CHECK_LL(r.applies[13], 0);
	CHECK_LL(r.possible, 10000);
	done(&u, &r);
}

static void test_logic_and_work(void)
{
	struct unit_in u;
	struct unit_result r;
	perfect(&u, "a", UNIT_DEPT, "");
	set_stat(&u, "t3.new.natural", 2);     /* row new: total 0 ≠ 2 (identity 1); column natural: 2 + 0 ≠ 0 + 0 (3) */
	set_stat(&u, "work.hall_items", 3);
	set_stat(&u, "work.hall_in", 4);       /* identity 6 */
	set_stat(&u, "t4.review.corrected", 1);
	set_stat(&u, "t4.suit_after.corrected", 1);
	set_stat(&u, "t4.review.total", 1);
	set_stat(&u, "t4.suit_after.total", 1);
	set_stat(&u, "work.apply_overdue", 5);
	set_stat(&u, "work.training", 0);
	score(&u, &r, NULL, 0);
	CHECK_LL(r.crit[8], 200); /* identities 1, 3 and 6 fail: 5 − 3 */
	const struct rded *d = find_d(&r, "logic_t3_rows", 0);
	char *s;
	CHECK(d != NULL);
	if (d) {
		s = rded_sentence(d);
		CHECK_STR(s, "Table 3: in 1 row the total is not the sum of the six kinds of applicant: row \"1. New applications received this year\": total 0, the six kinds of applicant add up to 2");
		free(s);
	}
	d = find_d(&r, "logic_t3_balance", 0);
	CHECK(d != NULL);
	if (d) {
		s = rded_sentence(d);
		CHECK_STR(s, "Table 3: in 1 column new plus carried over is not answered plus carried to next year: column \"Natural persons\": new 2 + carried over 0 = 2, answered 0 + carried to next year 0 = 0, not equal");
		free(s);
		s = rded_sentence_in(d, "zh_CN");
		CHECK_STR(s, "表三有 1 列“新收 + 上年结转”不等于“办结 + 结转下年度”：“自然人”列新收 2 + 上年结转 0 = 2，办结 0 + 结转下年度 0 = 0，不相等");
		free(s);
	}
	d = find_d(&r, "logic_hall", 0);
	CHECK(d != NULL);
	if (d) {
		s = rded_sentence(d);
		CHECK_STR(s, "4 items are handled in the service hall, more than the unit's 3 items in all");
		free(s);
	}
	d = find_d(&r, "corrected_cases", 0);
	CHECK(d != NULL);
	if (d) {
		s = rded_sentence_in(d, "zh_CN");
		CHECK_STR(s, "行政复议、行政诉讼结果被纠正 2 件：行政复议结果纠正 1 件；行政诉讼（复议后起诉）结果纠正 1 件");
		free(s);
	}
	d = find_d(&r, "no_training", 0);
	CHECK(d != NULL);
	if (d) {
		s = rded_sentence_in(d, "zh_CN");
		CHECK_STR(s, "本年组织政务公开培训次数为 0，至少应为 1");
		free(s);
	}
	CHECK_LL(count_d(&r, "logic_t3_columns"), 0);
	CHECK_LL(count_d(&r, "logic_t4_rows"), 0);
	CHECK_LL(r.crit[6], 0);    /* 2 × 3.5 = 7 */
	CHECK_LL(r.crit[5], 0);    /* 5 × 2 = 10 > 8: floor 0 */
	d = find_d(&r, "overdue_replies", 0);
	if (d)
		CHECK_LL(d->points, 1000);
	CHECK_LL(r.crit[11], 0);
	CHECK_LL(r.crit[10], 500);
	/* 100 − 3 (C08) − 7 (C06) − 8 (C05) − 5 (C11) = 77 */
	CHECK_LL(r.total, 7700);
	CHECK_LL(r.grade, GRADE_PASS);
	done(&u, &r);
}

static void test_summary(void)
{
	struct unit_in u;
	struct unit_result r;
	perfect(&u, "a", UNIT_DEPT, "");
	free(u.summary);
	/* 499 characters not counting white space, and only the 依申请 and 计划 topics */
	struct strbuf sb = STRBUF_INIT;
	sb_adds(&sb, "依申请\n计划 \xE3\x80\x80\t");
	for (int i = 0; i < 494; i++)
		sb_adds(&sb, "字");
	u.summary = sb_detach(&sb);
	score(&u, &r, NULL, 0);
	CHECK_LL(r.crit[9], 200); /* 5 − 2 − 0.5 × 2 */
	const struct rded *d = find_d(&r, "summary_short", 0);
	if (d)
		CHECK_LL(d->a[0].n, 499);
	d = find_d(&r, "summary_topic", 1);
	if (d) {
		CHECK_STR(d->a[0].s, "问题\n不足");
		char *s = rded_sentence(d);
		CHECK_STR(s, "The summary does not mention \"问题\" or \"不足\"");
		free(s);
		s = rded_sentence_in(d, "zh_CN");
		CHECK_STR(s, "年度工作总结没有写到“问题”或“不足”");
		free(s);
	}
	done(&u, &r);
}

static void test_rank(void)
{
	struct unit_in u[7];
	struct unit_result r[7];
	memset(u, 0, sizeof(u));
	memset(r, 0, sizeof(r));
	const char *codes[] = { "t-b", "t-a", "t-c", "t-d", "d-x", "d-y", "d-m" };
	long long totals[] = { 9000, 9500, 9000, 8000, 7000, 7000, 0 };
	for (int i = 0; i < 7; i++) {
		u[i].code = (char *)codes[i];
		r[i].group = i < 4 ? GROUP_TOWN_STREET : GROUP_DEPT;
		r[i].total = totals[i];
	}
	r[6].missing = 1;
	rank_units(u, r, 7);
	CHECK_LL(r[1].rank, 1);
	CHECK_LL(r[1].position, 1);
	CHECK_LL(r[0].rank, 2);
	CHECK_LL(r[0].position, 2); /* t-b before t-c: ties by code */
	CHECK_LL(r[2].rank, 2);
	CHECK_LL(r[2].position, 3);
	CHECK_LL(r[3].rank, 4);
	CHECK_LL(r[4].rank, 1);
	CHECK_LL(r[5].rank, 1);
	CHECK_LL(r[4].position, 1);
	CHECK_LL(r[5].position, 2);
	CHECK_LL(r[6].rank, 3);
	CHECK_LL(r[6].position, 3);
}

int main(void)
{
	msg_init("en");
	rubric_defaults(&rb);
	calendar_2025(&cal, 1);
	engine_init(&eng, &rb, &cal, 2025, D(2025, 11, 20));
	test_perfect();
	test_workdays();
	test_chars();
	test_duplicates();
	test_placeholder_and_dates();
	test_previous_year();
	test_interpretation();
	test_110_points();
	test_bonus_and_clamp();
	test_sham_cap();
	test_missing();
	test_logic_and_work();
	test_summary();
	test_rank();
	engine_release(&eng);
	calendar_release(&cal);
	rubric_release(&rb);
	if (failures)
		fprintf(stderr, "%d checks failed\n", failures);
	return failures != 0;
}
