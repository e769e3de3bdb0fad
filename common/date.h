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

/*
 * Days late of a package received at `received` (Unix seconds): how many
 * days its local date is after the deadline, 0 when on time.  The one rule
 * for days late, used by status, score and report whenever they show or
 * score it, so a deadline changed in config.ini counts at once; collect
 * stores only the received time.
 */
int days_late(long long received, day_t deadline);

struct calendar {
	day_t *holidays; size_t nholidays; /* sorted */
	day_t *workdays; size_t nworkdays; /* sorted */
};
int calendar_is_workday(const struct calendar *c, day_t day);
/* Working days after `from` up to and including `to` (0 when to <= from). */
int calendar_workdays_between(const struct calendar *c, day_t from, day_t to);
void calendar_release(struct calendar *c);

#endif
