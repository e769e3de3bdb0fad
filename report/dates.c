/*
 * dates — dates as the report prints them: "2025年11月20日" in Chinese,
 * "20 November 2025" in English.
 */
#include "report/parts.h"
#include "common/date.h"

#include <stdio.h>

char *fmt_date(const struct rctx *c, int day, char *buf)
{
	int y, m, d;
	ymd_from_day(day, &y, &m, &d);
	if (c->zh) {
		snprintf(buf, 48, "%d年%d月%d日", y, m, d);
	} else {
		static const char *months[] = { "January", "February", "March", "April", "May", "June", "July",
						"August", "September", "October", "November", "December" };
		snprintf(buf, 48, "%d %s %d", d, months[m - 1], y);
	}
	return buf;
}
