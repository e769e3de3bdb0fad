/*
 * test_criteria — the one vocabulary (common/criteria.c) is consistent, so a
 * reason added by anyone cannot show a raw {n}, an unset argument or a
 * missing translation: every reason has a unique code, every {n} of its
 * format (English and Chinese, singular and plural) names an argument it
 * declares, every declared shown argument appears in the English format, a
 * plural names a count, details are only used as details, and each kind's
 * code reads back.  Also the words of each argument type, in both languages.
 */
#include "common/codes.h"
#include "common/criteria.h"
#include "common/date.h"
#include "common/msg.h"
#include "common/util.h"
#include "tests/unit/check.h"

#include <libintl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bit i set when {i+1} occurs in s. */
static unsigned placeholders(const char *s)
{
	unsigned m = 0;
	for (; *s; s++)
		if (s[0] == '{' && s[1] >= '1' && s[1] <= '0' + REASON_NARGS && s[2] == '}')
			m |= 1u << (s[1] - '1');
	return m;
}

static unsigned declared(const struct reason *r, int shown)
{
	unsigned m = 0;
	for (int i = 0; i < REASON_NARGS; i++)
		if (r->args[i] != ARG_NONE && (!shown || (r->args[i] != ARG_KEPT && r->args[i] != ARG_UNITCODE)))
			m |= 1u << i;
	return m;
}

static void test_table(void)
{
	for (size_t i = 0; i < NREASONS; i++) {
		const struct reason *r = &reasons[i];
		CHECK(r->code != NULL && r->format != NULL);
		if (!r->code || !r->format)
			continue;
		for (size_t j = 0; j < i; j++)
			if (reasons[j].code && !strcmp(reasons[j].code, r->code)) {
				fprintf(stderr, "duplicate reason code %s\n", r->code);
				CHECK(0);
			}
		CHECK(reason_find(r->code) == r);
		CHECK(r->criterion >= 0 && r->criterion <= NCRIT);
		CHECK(r->role != R_DETAIL || (r->criterion == 0 && r->kind == PROB_NONE));
		unsigned en = placeholders(r->format);
		if ((en & ~declared(r, 0)) || (declared(r, 1) & ~en)) {
			fprintf(stderr, "%s: the format's {n} and the declared arguments differ\n", r->code);
			CHECK(0);
		}
		if (r->plural) {
			CHECK(placeholders(r->plural) == en);
			int k = r->plural_arg;
			CHECK((k >= 1 && k <= REASON_NARGS && r->args[k - 1] == ARG_COUNT) ||
			      (k <= -1 && k >= -REASON_NARGS && r->args[-k - 1] == ARG_LINES));
		}
		/* the Chinese names the same arguments (a translation may leave one out, never add one) */
		msg_use_language("zh_CN");
		const char *zh = r->plural ? ngettext(r->format, r->plural, 1) : gettext(r->format);
		if (strcmp(r->format, "{1}")) {
			if (!strcmp(zh, r->format)) {
				fprintf(stderr, "%s: no Chinese\n", r->code);
				CHECK(0);
			}
		}
		CHECK((placeholders(zh) & ~declared(r, 0)) == 0);
		msg_use_language("en");
	}
	for (int p = 0; p < NPROBLEMS; p++)
		CHECK(problem_from_code(problem_code((enum problem)p)) == (enum problem)p);
	CHECK(reason_find("no_such_reason") == NULL);
	for (int g = 0; g < NGRADES; g++) {
		CHECK(grade_parse(grades[g].key) == g);
		CHECK(grade_parse(grades[g].zh) == g);
	}
	for (int c = 1; c <= NCRIT; c++)
		CHECK(criteria[c].id == c && *criterion_name(c) && *criterion_group(c));
}

static void check_sentence(const struct rded *d, const char *lang, const char *want)
{
	char *s = rded_sentence_in(d, lang);
	if (strcmp(s, want)) {
		fprintf(stderr, "got  %s\nwant %s\n", s, want);
		CHECK(0);
	}
	free(s);
}

static void test_words(void)
{
	struct rded d;
	memset(&d, 0, sizeof(d));
	d.r = &reasons[RS_LATE_SUBMISSION];
	rarg_num(d.a, 1, 1);
	rarg_str(d.a, 2, "2025-11-21 09:12");
	day_t deadline;
	day_from_ymd(2025, 11, 20, &deadline);
	rarg_num(d.a, 3, deadline);
	check_sentence(&d, "en", "The package was received on 2025-11-21 09:12, 1 day after the deadline of 2025-11-20");
	check_sentence(&d, "zh_CN", "报送包于 2025-11-21 09:12 收到，比截止日期 2025年11月20日 晚 1 天");
	rded_release(&d);

	/* a category not disclosed, with the lines that did not count */
	memset(&d, 0, sizeof(d));
	d.r = &reasons[RS_NOT_DISCLOSED];
	rarg_str(d.a, 1, "final");
	rarg_str(rded_detail(&d, RS_D_UNCOUNTED_SHAM), 1, "3\n5");
	rarg_str(rded_detail(&d, RS_D_UNCOUNTED_OUTSIDE), 1, "4");
	check_sentence(&d, "en",
		       "Required category \"Final accounts\" has no counted item this year (not disclosed): the items on lines "
		       "3, 5 are sham disclosure and do not count; the item on line 4 was published outside the year and "
		       "does not count");
	check_sentence(&d, "zh_CN",
		       "应公开类别“部门决算”本年度没有有效条目（不公开）：第 3、5 行属假公开，不计；第 4 行不在考核年度内公开，不计");
	rded_release(&d);

	/* a finding at a line of findings.csv, with its evidence */
	memset(&d, 0, sizeof(d));
	d.r = &reasons[RS_FINDING_SHAM];
	d.file = xstrdup("findings.csv");
	d.line = 7;
	rarg_str(d.a, 1, "栏目内容为空");
	rarg_str(rded_detail(&d, RS_D_FINDING_EVIDENCE), 1, "截图 3 张");
	check_sentence(&d, "zh_CN", "抽查发现（假公开）：栏目内容为空：依据：截图 3 张（抽查结果表第 7 行）");
	check_sentence(&d, "en", "Evaluators' finding (sham disclosure): 栏目内容为空: evidence: 截图 3 张 (the findings, line 7)");
	rded_release(&d);

	/* points, grades, shares */
	memset(&d, 0, sizeof(d));
	d.r = &reasons[RS_BONUS_CAPPED];
	rarg_num(d.a, 1, 650);
	rarg_num(d.a, 2, 500);
	check_sentence(&d, "zh_CN", "加分合计 6.50 分，按上限只计 5.00 分");
	rded_release(&d);
	memset(&d, 0, sizeof(d));
	d.r = &reasons[RS_GRADE_CAPPED];
	rarg_num(d.a, 1, GRADE_GOOD);
	rarg_num(d.a, 2, GRADE_EXCELLENT);
	rarg_num(rded_detail(&d, RS_D_CAP_SHAM_ROWS), 1, 2);
	rded_detail(&d, RS_D_CAP_COPIED);
	check_sentence(&d, "zh_CN", "存在假公开，等次最高为“良好”（仅按总分应为“优秀”）：目录中假公开条目 2 条；年度工作总结雷同");
	msg_use_language("zh_CN");
	char *b = rded_brief(&d);
	CHECK(!strcmp(b, "假公开：目录中假公开条目 2 条、年度工作总结雷同"));
	free(b);
	msg_use_language("en");
	b = rded_brief(&d);
	CHECK(!strcmp(b, "sham disclosure: 2 sham catalogue items, a copied summary"));
	free(b);
	rded_release(&d);

	/* an unknown code (stored by a newer build) is described in words, never shown */
	memset(&d, 0, sizeof(d));
	d.code = xstrdup("new_reason");
	char *s = rded_sentence_in(&d, "zh_CN");
	CHECK(!strstr(s, "new_reason"));
	free(s);
	rded_release(&d);
}

int main(void)
{
	msg_init("en");
	test_table();
	test_words();
	return check_result("test_criteria");
}
