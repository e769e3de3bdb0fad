/*
 * test_years_figures — identity 9's reading rules (years.md, score/figures.c):
 * the examples of years.md and every boundary, worked out by hand.
 */
#include "score/figures.h"
#include "tests/unit/score_check.h"

#include <string.h>

/* The one figure text states after phrase, or -2 when none, -3 when more than one. */
static long long one(const char *text, const char *phrase)
{
	struct stated s[4];
	size_t n = figures_stated(text, phrase, s, 4);
	return n == 0 ? -2 : n > 1 ? -3 : s[0].value;
}

int main(void)
{
	/* years.md's examples */
	CHECK_LL(one("本年新收政府信息公开申请６６８件", "新收"), 668);      /* full-width digits */
	CHECK_LL(one("上年结转39件", "上年结转"), 39);
	CHECK_LL(one("新收申请，全年共12件", "新收"), 12);                  /* 「申请，全年共」: 6 characters */
	CHECK_LL(one("新收。12件", "新收"), -2);                            /* 。 stops the skip */
	CHECK_LL(one("新收政府信息公开申请数为7件", "新收"), 7);            /* 「政府信息公开申请数为」: exactly 10, read */
	CHECK_LL(one("新收政府信息公开申请数目为7件", "新收"), -2);         /* 11 characters between: not read */
	CHECK_LL(one("新收政府信息公开申请数7件", "新收"), 7);              /* 9 */
	CHECK_LL(one("新收          5件", "新收"), 5);                      /* 10 spaces count as characters */
	CHECK_LL(one("新收           5件", "新收"), -2);                     /* 11 spaces */
	CHECK_LL(one("新收；5件", "新收"), -2);
	CHECK_LL(one("新收！5件", "新收"), -2);
	CHECK_LL(one("新收？5件", "新收"), -2);
	CHECK_LL(one("新收\n5件", "新收"), -2);                              /* a line end stops it */
	CHECK_LL(one("新收\r\n5件", "新收"), -2);
	CHECK_LL(one("新收;5件", "新收"), 5);                               /* ASCII ; does not stop it */
	CHECK_LL(one("新收申请12份", "新收"), -2);                          /* a unit other than 件 */
	CHECK_LL(one("新收申请12 件", "新收"), -2);                         /* the very next character */
	CHECK_LL(one("新收申请十二件", "新收"), -2);                        /* Chinese numerals are not read */
	CHECK_LL(one("新收申请1２3件", "新收"), 123);                       /* mixed digits are one run */
	CHECK_LL(one("新收申请2025年共12件", "新收"), -2);                  /* only the first run: 2025 then 年 */
	CHECK_LL(one("新收", "新收"), -2);                                  /* the text ends */
	CHECK_LL(one("新收12", "新收"), -2);
	CHECK_LL(one("", "新收"), -2);
	CHECK_LL(one("没有相关内容", "新收"), -2);
	CHECK_LL(one("新收99999999999999999999件", "新收"), FIGURES_TOO_BIG);

	/* two occurrences: both read, in order */
	struct stated s[4];
	const char *two = "本年新收申请12件，其中网上新收申请13件。";
	size_t n = figures_stated(two, "新收", s, 4);
	CHECK_LL(n, 2);
	CHECK_LL(s[0].value, 12);
	CHECK_LL(s[1].value, 13);
	CHECK_LL(s[0].at, strstr(two, "新收") - two);
	/* one occurrence with a figure, one without */
	CHECK_LL(figures_stated("新收。新收申请8件", "新收", s, 4), 1);
	CHECK_LL(s[0].value, 8);
	/* more than max: counted, not written past out[max - 1] */
	CHECK_LL(figures_stated("新收1件新收2件新收3件", "新收", s, 2), 3);
	CHECK_LL(s[1].value, 2);
	/* the empty phrase states nothing */
	CHECK_LL(figures_stated("12件", "", s, 4), 0);
	return failures != 0;
}
