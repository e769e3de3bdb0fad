/*
 * test_parse — parse.c: counts, amounts and dates as clerks type them
 * (input.md): full-width digits, thousands separators in their places,
 * spaces, negatives, fractions, text, and the four date forms with
 * impossible days refused.
 */
#include "common/parse.h"
#include "tests/unit/check.h"

static enum parse_result count(const char *s, long long *v)
{
	*v = -42;
	return parse_count(s, v);
}

#define COUNT_OK(s, want)                                   \
	do {                                                \
		long long v_;                               \
		CHECK(count(s, &v_) == PARSE_OK);           \
		CHECK(v_ == (want));                        \
	} while (0)
#define COUNT_IS(s, r)                                      \
	do {                                                \
		long long v_;                               \
		CHECK(count(s, &v_) == (r));                \
		CHECK(v_ == 0);                             \
	} while (0)
#define AMOUNT_OK(s, want)                                  \
	do {                                                \
		long long v_ = -42;                         \
		CHECK(parse_hundredths(s, &v_) == PARSE_OK); \
		CHECK(v_ == (want));                        \
	} while (0)
#define AMOUNT_IS(s, r)                                     \
	do {                                                \
		long long v_ = -42;                         \
		CHECK(parse_hundredths(s, &v_) == (r));     \
	} while (0)
#define DATE_OK(s, y, m, d)                                 \
	do {                                                \
		day_t got_, want_;                          \
		CHECK(day_from_ymd(y, m, d, &want_) == 0);  \
		CHECK(parse_date(s, &got_) == PARSE_OK);    \
		CHECK(got_ == want_);                       \
	} while (0)
#define DATE_IS(s, r)                                       \
	do {                                                \
		day_t got_;                                 \
		CHECK(parse_date(s, &got_) == (r));         \
	} while (0)

int main(void)
{
	/* counts: ASCII, full-width, spaces (ASCII, tab, ideographic) */
	COUNT_OK("0", 0);
	COUNT_OK("123", 123);
	COUNT_OK("１２３", 123);
	COUNT_OK("１2３", 123);
	COUNT_OK("  12 ", 12);
	COUNT_OK("\t12\r", 12);
	COUNT_OK("\xE3\x80\x80" "12" "\xE3\x80\x80", 12);
	COUNT_OK("010", 10); /* not octal */
	COUNT_OK("+5", 5);
	COUNT_OK("9999999999999", 9999999999999LL); /* the largest accepted figure */
	COUNT_IS("10000000000000", PARSE_RANGE);
	/* thousands separators: only in their places */
	COUNT_OK("1,234", 1234);
	COUNT_OK("12,345,678", 12345678);
	COUNT_OK("１，２３４", 1234); /* full-width comma */
	COUNT_OK("999,999", 999999);
	COUNT_IS("12,34", PARSE_TEXT);
	COUNT_IS("1,2345", PARSE_TEXT);
	COUNT_IS("1234,567", PARSE_TEXT);
	COUNT_IS("1,234,56", PARSE_TEXT);
	COUNT_IS(",123", PARSE_TEXT);
	COUNT_IS("123,", PARSE_TEXT);
	COUNT_IS("1,,234", PARSE_TEXT);
	COUNT_IS("1 234", PARSE_TEXT);
	/* blank is 0 */
	COUNT_IS("", PARSE_EMPTY);
	COUNT_IS("   ", PARSE_EMPTY);
	COUNT_IS("\xE3\x80\x80", PARSE_EMPTY);
	/* negatives, fractions, text, too large */
	COUNT_IS("-1", PARSE_NEGATIVE);
	COUNT_IS("－１", PARSE_NEGATIVE);
	COUNT_IS("-0", PARSE_NEGATIVE);
	COUNT_IS("2.5", PARSE_FRACTION);
	COUNT_IS("２．５", PARSE_FRACTION);
	COUNT_IS("1,234.5", PARSE_FRACTION);
	COUNT_IS("2.", PARSE_TEXT);
	COUNT_IS("abc", PARSE_TEXT);
	COUNT_IS("三", PARSE_TEXT);
	COUNT_IS("12abc", PARSE_TEXT);
	COUNT_IS("1e3", PARSE_TEXT);
	COUNT_IS("0x10", PARSE_TEXT);
	COUNT_IS("+", PARSE_TEXT);
	COUNT_IS("--1", PARSE_NEGATIVE);
	COUNT_IS("99999999999999999999", PARSE_RANGE);

	/* amounts in hundredths */
	AMOUNT_OK("12.50", 1250);
	AMOUNT_OK("12.5", 1250);
	AMOUNT_OK("12", 1200);
	AMOUNT_OK("0.05", 5);
	AMOUNT_OK(".5", 50);
	AMOUNT_OK("12.340", 1234); /* trailing zeros are not extra decimals */
	AMOUNT_OK("1,234.56", 123456);
	AMOUNT_OK("１２．５", 1250);
	AMOUNT_OK(" 3 ", 300);
	AMOUNT_IS("", PARSE_EMPTY);
	AMOUNT_IS("12.345", PARSE_FRACTION);
	AMOUNT_IS("-1.5", PARSE_NEGATIVE);
	AMOUNT_IS(".", PARSE_TEXT);
	AMOUNT_IS("12.5万", PARSE_TEXT);
	AMOUNT_IS("12,34.5", PARSE_TEXT);
	AMOUNT_IS("1.2.3", PARSE_TEXT);

	/* dates: the four forms */
	DATE_OK("2015-03-05", 2015, 3, 5);
	DATE_OK("2015-3-5", 2015, 3, 5);
	DATE_OK("2015/3/5", 2015, 3, 5);
	DATE_OK("2015/03/05", 2015, 3, 5);
	DATE_OK("2015.03.05", 2015, 3, 5);
	DATE_OK("2015.3.5", 2015, 3, 5);
	DATE_OK("2015年3月5日", 2015, 3, 5);
	DATE_OK("2015年03月05日", 2015, 3, 5);
	DATE_OK("２０１５年３月５日", 2015, 3, 5);
	DATE_OK("２０１５－０３－０５", 2015, 3, 5);
	DATE_OK(" 2015-03-05 ", 2015, 3, 5);
	DATE_OK("2015-12-31", 2015, 12, 31);
	{
		day_t d;
		CHECK(parse_date("2015-03-05", &d) == PARSE_OK && d == 16499); /* days since 1970-01-01 */
	}
	/* leap years */
	DATE_OK("2016-02-29", 2016, 2, 29);
	DATE_OK("2000-02-29", 2000, 2, 29);
	DATE_IS("2015-02-29", PARSE_NODAY);
	DATE_IS("1900-02-29", PARSE_NODAY);
	DATE_IS("2100-02-29", PARSE_NODAY);
	/* impossible days */
	DATE_IS("2015-02-30", PARSE_NODAY);
	DATE_IS("2015年2月30日", PARSE_NODAY);
	DATE_IS("2015-04-31", PARSE_NODAY);
	DATE_IS("2015-13-01", PARSE_NODAY);
	DATE_IS("2015-00-10", PARSE_NODAY);
	DATE_IS("2015-01-00", PARSE_NODAY);
	/* not a date form */
	DATE_IS("", PARSE_BADDATE);
	DATE_IS("15-03-05", PARSE_BADDATE);
	DATE_IS("05/03/2015", PARSE_BADDATE);
	DATE_IS("20150305", PARSE_BADDATE);
	DATE_IS("2015-3/5", PARSE_BADDATE);
	DATE_IS("2015-03-05 10:00", PARSE_BADDATE);
	DATE_IS("2015-03-05x", PARSE_BADDATE);
	DATE_IS("2015-003-05", PARSE_BADDATE);
	DATE_IS("2015年3月5", PARSE_BADDATE);
	DATE_IS("2015年3月", PARSE_BADDATE);
	DATE_IS("2015-03", PARSE_BADDATE);
	DATE_IS("March 5, 2015", PARSE_BADDATE);
	return check_result("test_parse");
}
