/*
 * test_date — date.c: civil days both ways, weekdays, and working days
 * across holidays and make-up working days (调休上班), with the 2015
 * Spring Festival and National Day calendars.
 */
#include "common/date.h"
#include "tests/unit/check.h"

#include <string.h>

static day_t D(int y, int m, int d)
{
	day_t x = 0;
	CHECK(day_from_ymd(y, m, d, &x) == 0);
	return x;
}

int main(void)
{
	CHECK(D(1970, 1, 1) == 0);
	CHECK(D(2015, 3, 5) == 16499);
	CHECK(D(2015, 11, 20) == 16759);
	CHECK(D(2016, 2, 29) == 16860);
	CHECK(D(1900, 1, 1) == -25567);
	CHECK(D(2999, 12, 31) == 376199);
	day_t x;
	CHECK(day_from_ymd(2015, 2, 29, &x) < 0);
	CHECK(day_from_ymd(2015, 4, 31, &x) < 0);
	CHECK(day_from_ymd(2015, 0, 1, &x) < 0);
	CHECK(day_from_ymd(2015, 13, 1, &x) < 0);
	CHECK(day_from_ymd(1899, 12, 31, &x) < 0);
	CHECK(day_from_ymd(3000, 1, 1, &x) < 0);

	/* round trip over the whole supported range */
	int bad = 0;
	for (day_t d = D(1900, 1, 1); d <= D(2999, 12, 31); d++) {
		int y, m, dd;
		day_t back;
		ymd_from_day(d, &y, &m, &dd);
		if (day_from_ymd(y, m, dd, &back) != 0 || back != d)
			bad++;
	}
	CHECK(bad == 0);
	char buf[11];
	CHECK(!strcmp(day_format(D(2015, 3, 5), buf), "2015-03-05"));
	CHECK(!strcmp(day_format(D(1900, 1, 1), buf), "1900-01-01"));

	/* weekdays: 0 Monday … 6 Sunday */
	CHECK(day_weekday(0) == 3);                 /* 1970-01-01 Thursday */
	CHECK(day_weekday(D(2015, 11, 20)) == 4);   /* Friday */
	CHECK(day_weekday(D(2015, 10, 10)) == 5);   /* Saturday */
	CHECK(day_weekday(D(2015, 2, 15)) == 6);    /* Sunday */
	CHECK(day_weekday(D(1900, 1, 1)) == 0);     /* Monday, before 1970 */

	/* no holidays: Monday to Friday */
	struct calendar none = { NULL, 0, NULL, 0 };
	CHECK(calendar_workdays_between(&none, D(2015, 11, 20), D(2015, 11, 23)) == 1); /* Fri → Mon */
	CHECK(calendar_workdays_between(&none, D(2015, 11, 16), D(2015, 11, 23)) == 5);
	CHECK(calendar_workdays_between(&none, D(2015, 11, 20), D(2015, 11, 20)) == 0);
	CHECK(calendar_workdays_between(&none, D(2015, 11, 23), D(2015, 11, 20)) == 0);
	CHECK(calendar_is_workday(&none, D(2015, 11, 21)) == 0);

	/* 2015: Spring Festival 02-18..02-24 off, 02-15 (Sun) and 02-28 (Sat) worked;
	 * National Day 10-01..10-07 off, 10-10 (Sat) worked. */
	day_t hol[14], work[3];
	size_t nh = 0;
	for (int d = 18; d <= 24; d++)
		hol[nh++] = D(2015, 2, d);
	for (int d = 1; d <= 7; d++)
		hol[nh++] = D(2015, 10, d);
	work[0] = D(2015, 2, 15);
	work[1] = D(2015, 2, 28);
	work[2] = D(2015, 10, 10);
	struct calendar cal = { hol, nh, work, 3 };
	CHECK(calendar_is_workday(&cal, D(2015, 2, 18)) == 0);   /* a Wednesday off */
	CHECK(calendar_is_workday(&cal, D(2015, 2, 15)) == 1);   /* a Sunday worked */
	CHECK(calendar_is_workday(&cal, D(2015, 2, 14)) == 0);   /* an ordinary Saturday */
	CHECK(calendar_is_workday(&cal, D(2015, 2, 25)) == 1);
	/* Fri 02-13 → Mon 03-02: 15, 16, 17, 25, 26, 27, 28, 03-02 */
	CHECK(calendar_workdays_between(&cal, D(2015, 2, 13), D(2015, 3, 2)) == 8);
	/* across the whole holiday only the make-up days count */
	CHECK(calendar_workdays_between(&cal, D(2015, 2, 17), D(2015, 2, 24)) == 0);
	/* Wed 09-30 → Mon 10-12: 10-08, 10-09, 10-10 (Sat, worked), 10-12 */
	CHECK(calendar_workdays_between(&cal, D(2015, 9, 30), D(2015, 10, 12)) == 4);
	CHECK(calendar_workdays_between(&cal, D(2015, 9, 30), D(2015, 10, 7)) == 0);
	/* a whole year: 261 weekdays in 2015, minus 5 + 5 weekday holidays, plus 3 make-up days */
	CHECK(calendar_workdays_between(&none, D(2014, 12, 31), D(2015, 12, 31)) == 261);
	CHECK(calendar_workdays_between(&cal, D(2014, 12, 31), D(2015, 12, 31)) == 261 - 5 - 5 + 3);
	/* a day listed both ways is worked (the make-up list wins) */
	day_t both = D(2015, 10, 10);
	struct calendar odd = { &both, 1, &both, 1 };
	CHECK(calendar_is_workday(&odd, both) == 1);
	return check_result("test_date");
}
