/*
 * parse — the numbers and dates clerks type into spreadsheets.
 *
 * Accepts ASCII or full-width digits (１２３), surrounding spaces (also the
 * ideographic space), thousands separators in their proper places (1,234),
 * and the four date forms of input.md.  Each parser returns a parse_result
 * so the caller can say exactly what was wrong.
 */
#ifndef GK_PARSE_H
#define GK_PARSE_H

#include "common/date.h"

enum parse_result {
	PARSE_OK = 0,
	PARSE_EMPTY,     /* blank cell (counts read it as 0) */
	PARSE_NEGATIVE,  /* a minus sign */
	PARSE_FRACTION,  /* a decimal point in a count, or more than 2 decimals in an amount */
	PARSE_TEXT,      /* anything else that is not a number */
	PARSE_RANGE,     /* too large */
	PARSE_BADDATE,   /* not one of the date forms */
	PARSE_NODAY,     /* a date form, but no such day (2015-02-30) */
};

/* Replace full-width digits, signs, point and comma by ASCII and trim; returns a new string. */
char *normalize_number(const char *s);
/* A non-negative integer count; blank is PARSE_EMPTY with *out = 0. */
enum parse_result parse_count(const char *s, long long *out);
/* A non-negative amount with at most 2 decimals, in hundredths; blank → PARSE_EMPTY, 0. */
enum parse_result parse_hundredths(const char *s, long long *out);
/* 2015-03-05, 2015/3/5, 2015.03.05, 2015年3月5日 */
enum parse_result parse_date(const char *s, day_t *out);

#endif
