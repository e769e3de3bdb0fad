/*
 * date — calendar days as integers and the working-day calendar.
 *
 * A day is the number of days since 1970-01-01 (proleptic Gregorian), so
 * differences are subtraction.  The working-day calendar is Monday–Friday,
 * minus configured holidays, plus configured make-up working days (调休上班).
 */
#ifndef GK_DATE_H
#define GK_DATE_H

#include <stddef.h>

typedef int day_t;

/* 0 and *out set when y-m-d is a real date, else -1. */
int day_from_ymd(int y, int m, int d, day_t *out);
void ymd_from_day(day_t day, int *y, int *m, int *d);
/* 0 = Monday … 6 = Sunday. */
int day_weekday(day_t day);
/* "YYYY-MM-DD" into buf (at least 11 bytes). */
char *day_format(day_t day, char *buf);

struct calendar {
	day_t *holidays; size_t nholidays; /* sorted */
	day_t *workdays; size_t nworkdays; /* sorted */
};
int calendar_is_workday(const struct calendar *c, day_t day);
/* Working days after `from` up to and including `to` (0 when to <= from). */
int calendar_workdays_between(const struct calendar *c, day_t from, day_t to);
void calendar_release(struct calendar *c);

#endif
