/*
 * rubric — defaults, loading and validation of the rubric; see rubric.h.
 *
 * One table lists every key: section, name, kind, where it goes and its
 * default written as it would be in config.ini.  Defaults are parsed by the
 * same code as user values, so rubric.md, this table and the shipped
 * config.ini say the same thing in the same words.
 */
#include "common/rubric.h"
#include "common/codes.h"
#include "common/criteria.h"
#include "common/msg.h"
#include "common/parse.h"
#include "common/util.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

enum kind {
	K_POINTS, /* points, up to 2 decimals, ≥ 0, stored in hundredths */
	K_COUNT,  /* whole number ≥ 0 */
	K_RATIO,  /* 0 < x ≤ 1, up to 2 decimals, stored in hundredths */
	K_LIST,   /* comma-separated words */
	K_GROUPS, /* groups separated by |, words by commas */
	K_WORD,   /* one word */
	K_GRADE,  /* a grade name */
	K_PERCENT,/* whole number 1..100 */
	K_FIGURES,/* phrase=code[+code…] items separated by ; (text_figures) */
	K_CODES,  /* comma-separated stats codes */
};

struct key {
	const char *section, *name;
	enum kind kind;
	size_t off;
	const char *def;
};

#define F(field) offsetof(struct rubric, field)
static const struct key keys[] = {
	{ "rubric", "required", K_LIST, F(required), "guide, budget, final, sangong" },
	{ "rubric", "bonus_cap", K_POINTS, F(bonus_cap), "5" },
	{ "grades", "excellent", K_POINTS, F(band_excellent), "90" },
	{ "grades", "good", K_POINTS, F(band_good), "80" },
	{ "grades", "pass", K_POINTS, F(band_pass), "60" },
	{ "grades", "sham_cap", K_GRADE, F(sham_cap), "good" },
	{ "c01", "points", K_POINTS, F(points[1]), "30" },
	{ "c01", "per_missing", K_POINTS, F(c01_per_missing), "5" },
	{ "c02", "points", K_POINTS, F(points[2]), "10" },
	{ "c02", "max_workdays", K_COUNT, F(c02_max_workdays), "20" },
	{ "c02", "per_row", K_POINTS, F(c02_per_row), "0.5" },
	{ "c03", "points", K_POINTS, F(points[3]), "10" },
	{ "c03", "per_row", K_POINTS, F(c03_per_row), "2" },
	{ "c03", "min_chars", K_COUNT, F(c03_min_chars), "50" },
	{ "c03", "placeholders", K_LIST, F(placeholders), "暂无, 无, 空, 测试, test, 待更新, 待补充, 此栏目暂无信息" },
	{ "c04", "points", K_POINTS, F(points[4]), "5" },
	{ "c05", "points", K_POINTS, F(points[5]), "8" },
	{ "c05", "per_case", K_POINTS, F(c05_per_case), "2" },
	{ "c06", "points", K_POINTS, F(points[6]), "7" },
	{ "c06", "per_case", K_POINTS, F(c06_per_case), "3.5" },
	{ "c07", "points", K_POINTS, F(points[7]), "5" },
	{ "c07", "per_day", K_POINTS, F(c07_per_day), "1" },
	{ "c08", "points", K_POINTS, F(points[8]), "5" },
	{ "c08", "per_identity", K_POINTS, F(c08_per_identity), "1" },
	{ "c09", "points", K_POINTS, F(points[9]), "5" },
	{ "c09", "min_chars", K_COUNT, F(c09_min_chars), "500" },
	{ "c09", "short_penalty", K_POINTS, F(c09_short), "2" },
	{ "c09", "per_topic", K_POINTS, F(c09_per_topic), "0.5" },
	{ "c09", "topics", K_GROUPS, F(topics), "主动公开 | 依申请 | 问题, 不足 | 措施, 计划, 下一步, 打算" },
	{ "c09", "copied_penalty", K_POINTS, F(c09_copied), "5" },
	{ "c09", "similarity", K_RATIO, F(c09_similarity), "0.80" },
	{ "c09", "ngram", K_COUNT, F(c09_ngram), "3" },
	{ "c10", "points", K_POINTS, F(points[10]), "5" },
	{ "c10", "min_staff", K_COUNT, F(c10_min), "1" },
	{ "c11", "points", K_POINTS, F(points[11]), "5" },
	{ "c11", "min_training", K_COUNT, F(c11_min), "1" },
	{ "c12", "points", K_POINTS, F(points[12]), "5" },
	{ "c12", "min_meetings", K_COUNT, F(c12_min), "1" },
	{ "c13", "points", K_POINTS, F(points[13]), "10" },
	{ "c13", "duty", K_WORD, F(c13_duty), "approval" },
	/* across years (years.md) */
	{ "rubric", "text_figures", K_FIGURES, F(figures),
	  "新收=t3.new.total; 上年结转=t3.carried.total; 结转下年度=t3.next_year.total; 行政复议=t4.review.total;"
	  " 行政诉讼=t4.suit_direct.total+t4.suit_after.total" },
	{ "c09", "repeat_percent", K_PERCENT, F(c09_repeat_percent), "50" },
	{ "c09", "repeat_penalty", K_POINTS, F(c09_repeat), "2" },
	{ "rubric", "yoy_codes", K_CODES, F(yoy_codes), "t3.new.total, t1.license.decisions, t1.penalty.decisions" },
	{ "rubric", "yoy_min", K_COUNT, F(yoy_min), "10" },
	{ "rubric", "yoy_factor", K_COUNT, F(yoy_factor), "5" },
	{ "rubric", "yoy_penalty", K_POINTS, F(yoy_penalty), "0" },
};
#undef F

static int is_sep(const char *p, size_t *len)
{
	static const char *const seps[] = { ",", ";", "\xEF\xBC\x8C", "\xEF\xBC\x9B", "\xE3\x80\x81" };
	for (size_t i = 0; i < ARRAY_SIZE(seps); i++) {
		size_t n = strlen(seps[i]);
		if (!strncmp(p, seps[i], n)) {
			*len = n;
			return 1;
		}
	}
	return 0;
}

void strlist_split(struct strlist *l, const char *s)
{
	struct strbuf cur = STRBUF_INIT;
	for (const char *p = s;; ) {
		size_t n = 0;
		if (!*p || is_sep(p, &n)) {
			char *item = xstrdup(sb_str(&cur));
			char *t = trim(item);
			if (*t) {
				l->s = xrealloc(l->s, (l->n + 1) * sizeof(char *));
				l->s[l->n++] = xstrdup(t);
			}
			free(item);
			sb_reset(&cur);
			if (!*p)
				break;
			p += n;
		} else {
			sb_addc(&cur, *p++);
		}
	}
	sb_release(&cur);
}

void strlist_release(struct strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->s[i]);
	free(l->s);
	l->s = NULL;
	l->n = 0;
}

int strlist_has(const struct strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->s[i], s))
			return 1;
	return 0;
}

static void release_topics(struct rubric *r)
{
	for (size_t i = 0; i < r->ntopics; i++)
		strlist_release(&r->topics[i]);
	free(r->topics);
	r->topics = NULL;
	r->ntopics = 0;
}

static void release_figures(struct rubric *r)
{
	for (size_t i = 0; i < r->nfigures; i++)
		free(r->figures[i].phrase);
	free(r->figures);
	r->figures = NULL;
	r->nfigures = 0;
}

/* text_figures: "phrase=code[+code…]" items separated by ; or ；.  0 or -1 with a diag. */
static int set_figures(struct rubric *r, const char *v, const char *display, const char *col, struct diags *d)
{
	struct text_figure *out = NULL;
	size_t n = 0;
	int rc = 0;
	char *copy = xstrdup(v);
	for (char *p = copy; *p && rc == 0;) {
		size_t len = strcspn(p, ";");
		char *semi = strstr(p, "\xEF\xBC\x9B"); /* ； */
		if (semi && (size_t)(semi - p) < len)
			len = (size_t)(semi - p);
		char next = p[len];
		p[len] = '\0';
		char *item = trim(p);
		p += len + (next == ';' ? 1 : next ? 3 : 0);
		if (!*item)
			continue;
		char *eq = strchr(item, '=');
		if (!eq) {
			rc = -1, diag_err(d, display, 0, col, _("\"%s\" is not phrase=code; write for example 新收=t3.new.total"), item);
			break;
		}
		*eq = '\0';
		char *phrase = trim(item);
		struct text_figure f = { NULL, { 0 }, 0 };
		if (!*phrase)
			rc = -1, diag_err(d, display, 0, col, _("an item has no phrase before \"=\"; write for example 新收=t3.new.total"));
		for (char *save = NULL, *c = strtok_r(eq + 1, "+", &save); c && rc == 0; c = strtok_r(NULL, "+", &save)) {
			char *code = trim(c);
			int idx = stat_index(code);
			if (idx < 0)
				rc = -1, diag_err(d, display, 0, col, _("\"%s\" is not a stats code; use the codes of stats.csv such as t3.new.total"), code);
			else if (f.ncodes == FIGURE_MAX_CODES)
				rc = -1, diag_err(d, display, 0, col, _("more than %d codes for \"%s\""), FIGURE_MAX_CODES, phrase);
			else
				f.code[f.ncodes++] = idx;
		}
		if (rc == 0 && !f.ncodes)
			rc = -1, diag_err(d, display, 0, col, _("no stats code after \"%s=\"; write for example 新收=t3.new.total"), phrase);
		if (rc == 0) {
			f.phrase = xstrdup(phrase);
			out = xrealloc(out, (n + 1) * sizeof(*out));
			out[n++] = f;
		}
	}
	free(copy);
	if (rc < 0) {
		for (size_t i = 0; i < n; i++)
			free(out[i].phrase);
		free(out);
		return -1;
	}
	release_figures(r);
	r->figures = out;
	r->nfigures = n;
	return 0;
}

/* yoy_codes: comma-separated stats codes.  0 or -1 with a diag. */
static int set_codes(struct rubric *r, const char *v, const char *display, const char *col, struct diags *d)
{
	struct strlist l = { NULL, 0 };
	strlist_split(&l, v);
	int *idx = xcalloc(l.n ? l.n : 1, sizeof(int));
	int rc = 0;
	for (size_t i = 0; i < l.n && rc == 0; i++)
		if ((idx[i] = stat_index(l.s[i])) < 0)
			rc = -1, diag_err(d, display, 0, col, _("\"%s\" is not a stats code; use the codes of stats.csv such as t3.new.total"), l.s[i]);
	if (rc == 0) {
		free(r->yoy_codes);
		r->yoy_codes = idx;
		r->nyoy = l.n;
	} else {
		free(idx);
	}
	strlist_release(&l);
	return rc;
}

/* Parse one value into its field; on error a diag naming [section] key. */
static int set_value(struct rubric *r, const struct key *k, const char *v, const char *display, struct diags *d)
{
	char *col = xasprintf("[%s] %s", k->section, k->name);
	void *at = (char *)r + k->off;
	long long n = 0;
	enum parse_result pr;
	int rc = 0;
	switch (k->kind) {
	case K_POINTS:
	case K_RATIO:
		pr = parse_hundredths(v, &n);
		if (pr == PARSE_NEGATIVE)
			rc = -1, diag_err(d, display, 0, col, _("\"%s\" is negative; points and thresholds must be 0 or more"), v);
		else if (pr != PARSE_OK)
			rc = -1, diag_err(d, display, 0, col, _("\"%s\" is not a number with at most 2 decimals, such as 2 or 0.5"), v);
		else if (k->kind == K_RATIO && (n == 0 || n > 100))
			rc = -1, diag_err(d, display, 0, col, _("\"%s\" is not a share between 0 and 1, such as 0.80"), v);
		else
			*(long long *)at = n;
		break;
	case K_COUNT:
		pr = parse_count(v, &n);
		if (pr != PARSE_OK)
			rc = -1, diag_err(d, display, 0, col, _("\"%s\" is not a whole number 0 or more"), v);
		else
			*(long long *)at = n;
		break;
	case K_LIST: {
		struct strlist *l = at;
		strlist_release(l);
		strlist_split(l, v);
		break;
	}
	case K_GROUPS: {
		release_topics(r);
		char *copy = xstrdup(v), *save = NULL;
		for (char *g = strtok_r(copy, "|", &save); g; g = strtok_r(NULL, "|", &save)) {
			struct strlist l = { NULL, 0 };
			strlist_split(&l, g);
			if (!l.n)
				continue;
			r->topics = xrealloc(r->topics, (r->ntopics + 1) * sizeof(*r->topics));
			r->topics[r->ntopics++] = l;
		}
		free(copy);
		break;
	}
	case K_WORD: {
		char *w = xstrdup(v);
		char *t = trim(w);
		if (!*t) {
			rc = -1, diag_err(d, display, 0, col, _("the value is empty; give a category code"));
		} else {
			char **dst = at;
			free(*dst);
			*dst = xstrdup(t);
		}
		free(w);
		break;
	}
	case K_PERCENT:
		pr = parse_count(v, &n);
		if (pr != PARSE_OK || n < 1 || n > 100)
			rc = -1, diag_err(d, display, 0, col, _("\"%s\" is not a percentage from 1 to 100, such as 50"), v);
		else
			*(long long *)at = n;
		break;
	case K_FIGURES:
		rc = set_figures(r, v, display, col, d);
		break;
	case K_CODES:
		rc = set_codes(r, v, display, col, d);
		break;
	case K_GRADE: {
		char *w = xstrdup(v);
		char *t = trim(w);
		int found = grade_parse(t); /* the grade words of common/criteria.c */
		if (found < 0)
			rc = -1, diag_err(d, display, 0, col, _("\"%s\" is not a grade; use excellent, good, pass or fail (优秀, 良好, 合格, 不合格)"), v);
		else
			*(int *)at = found;
		free(w);
		break;
	}
	}
	free(col);
	return rc < 0 ? -1 : 0;
}

void rubric_defaults(struct rubric *r)
{
	memset(r, 0, sizeof(*r));
	struct diags none = DIAGS_INIT;
	for (size_t i = 0; i < ARRAY_SIZE(keys); i++)
		set_value(r, &keys[i], keys[i].def, "(built-in rubric)", &none);
	diag_clear(&none);
}

int rubric_load(struct rubric *r, struct ini *ini, const char *display, struct diags *d)
{
	rubric_defaults(r);
	if (!ini)
		return 0;
	size_t before = d->errors;
	for (size_t i = 0; i < ARRAY_SIZE(keys); i++) {
		const char *v = ini_get(ini, keys[i].section, keys[i].name);
		if (v)
			set_value(r, &keys[i], v, display, d);
	}
	if (r->band_excellent > 10000 || r->band_excellent <= r->band_good || r->band_good <= r->band_pass)
		diag_err(d, display, 0, "[grades]",
			 _("the grade bands must fall in order: 100 ≥ excellent > good > pass (now %lld.%02lld, %lld.%02lld, %lld.%02lld)"),
			 r->band_excellent / 100, r->band_excellent % 100, r->band_good / 100, r->band_good % 100,
			 r->band_pass / 100, r->band_pass % 100);
	if (r->c09_ngram < 1 || r->c09_ngram > 8)
		diag_err(d, display, 0, "[c09] ngram", _("the n-gram length must be between 1 and 8"));
	if (r->yoy_factor < 1)
		diag_err(d, display, 0, "[rubric] yoy_factor", _("the year-on-year factor must be 1 or more, such as 5"));
	if (!r->required.n)
		diag_err(d, display, 0, "[rubric] required", _("the list of categories every unit must disclose is empty"));
	return d->errors > before ? -1 : 0;
}

void rubric_release(struct rubric *r)
{
	strlist_release(&r->required);
	strlist_release(&r->placeholders);
	release_topics(r);
	free(r->c13_duty);
	r->c13_duty = NULL;
	release_figures(r);
	free(r->yoy_codes);
	r->yoy_codes = NULL;
	r->nyoy = 0;
}
