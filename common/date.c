/*
 * date — civil-date arithmetic (Howard Hinnant's days-from-civil algorithm)
 * and counting working days.  See date.h.
 */
#include "common/date.h"

#include <stdio.h>
#include <time.h>
#include <stdlib.h>

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int len[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

int day_from_ymd(int y, int m, int d, day_t *out)
{
	if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return -1;
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	*out = era * 146097 + doe - 719468;
	return 0;
}

void ymd_from_day(day_t z, int *y, int *m, int *d)
{
	z += 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int yy = yoe + era * 400;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yy + (*m <= 2);
}

int day_weekday(day_t day)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	int w = (day + 3) % 7;
	return w < 0 ? w + 7 : w;
}

char *day_format(day_t day, char *buf)
{
	int y, m, d;
	ymd_from_day(day, &y, &m, &d);
	snprintf(buf, 11, "%04d-%02d-%02d", y, m, d);
	return buf;
}

static int in_sorted(const day_t *v, size_t n, day_t x)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] == x)
			return 1;
		if (v[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

int calendar_is_workday(const struct calendar *c, day_t day)
{
	if (in_sorted(c->workdays, c->nworkdays, day))
		return 1;
	if (in_sorted(c->holidays, c->nholidays, day))
		return 0;
	return day_weekday(day) < 5;
}

int calendar_workdays_between(const struct calendar *c, day_t from, day_t to)
{
	int n = 0;
	for (day_t d = from + 1; d <= to; d++)
		n += calendar_is_workday(c, d);
	return n;
}

void calendar_release(struct calendar *c)
{
	free(c->holidays);
	free(c->workdays);
	c->holidays = c->workdays = NULL;
	c->nholidays = c->nworkdays = 0;
}

int days_late(long long received, day_t deadline)
{
	time_t t = (time_t)received;
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return 0;
	day_t day;
	if (day_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &day) < 0)
		return 0;
	return day > deadline ? day - deadline : 0;
}
