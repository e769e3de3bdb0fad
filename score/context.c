/*
 * context — setting up the per-year context of the rules; see context.h.
 */
#include "score/context.h"
#include "common/codes.h"
#include "common/util.h"
#include "score/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void engine_init(struct engine *e, const struct rubric *r, const struct calendar *cal, int year, day_t deadline)
{
	memset(e, 0, sizeof(*e));
	e->r = r;
	e->cal = cal;
	e->year = year;
	e->deadline = deadline;
	char code[80];
	for (size_t i = 0; i < n_t3_rows && i < 25; i++)
		for (size_t j = 0; j < n_t3_cols && j < 7; j++) {
			snprintf(code, sizeof(code), "t3.%s.%s", t3_rows[i].code, t3_cols[j].code);
			e->t3[i][j] = stat_index(code);
		}
	for (size_t i = 0; i < n_t4_rows && i < 3; i++)
		for (size_t j = 0; j < n_t4_cols && j < 5; j++) {
			snprintf(code, sizeof(code), "t4.%s.%s", t4_rows[i].code, t4_cols[j].code);
			e->t4[i][j] = stat_index(code);
		}
	e->normative_issued = stat_index("t1.normative.issued");
	e->apply_overdue = stat_index("work.apply_overdue");
	e->staff = stat_index("work.staff");
	e->training = stat_index("work.training");
	e->meetings = stat_index("work.leader_meetings");
	e->hall_items = stat_index("work.hall_items");
	e->hall_in = stat_index("work.hall_in");
	e->nplaceholders = r->placeholders.n;
	e->placeholders = xcalloc(e->nplaceholders ? e->nplaceholders : 1, sizeof(char *));
	for (size_t i = 0; i < e->nplaceholders; i++)
		e->placeholders[i] = text_fold_trimmed(r->placeholders.s[i]);
	day_t first = 0, last = 0;
	if (day_from_ymd(year - 1, 1, 1, &first) == 0 && day_from_ymd(year + 1, 12, 31, &last) == 0) {
		e->cum_base = first;
		e->ncum = (size_t)(last - first) + 2;
		e->cum = xmalloc(e->ncum * sizeof(int));
		e->cum[0] = 0;
		for (size_t i = 1; i < e->ncum; i++)
			e->cum[i] = e->cum[i - 1] + calendar_is_workday(cal, first + (day_t)(i - 1));
	}
}

void engine_release(struct engine *e)
{
	for (size_t i = 0; i < e->nplaceholders; i++)
		free(e->placeholders[i]);
	free(e->placeholders);
	free(e->cum);
	e->placeholders = NULL;
	e->cum = NULL;
	e->nplaceholders = e->ncum = 0;
}

int engine_workdays(const struct engine *e, day_t from, day_t to)
{
	if (to <= from)
		return 0;
	if (e->cum && from >= e->cum_base && (size_t)(to - e->cum_base) + 1 < e->ncum)
		return e->cum[to - e->cum_base + 1] - e->cum[from - e->cum_base + 1];
	return calendar_workdays_between(e->cal, from, to);
}

int year_of(day_t d)
{
	int y, m, dd;
	ymd_from_day(d, &y, &m, &dd);
	return y;
}
