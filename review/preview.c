/*
 * preview — the draft deductions of a unit in words; see preview.h.
 */
#include "review/preview.h"
#include "common/criteria.h"
#include "common/deductions.h"
#include "common/msg.h"

#include <stdlib.h>

int preview_items(sqlite3 *db, int year, const char *unit, struct vec *items)
{
	struct ded_reader r;
	if (ded_reader_open(&r, db, year) < 0)
		return -1;
	ded_reader_unit(&r, unit);
	struct rded d;
	int crit, k;
	char p[32];
	while ((k = ded_read(&r, &d, &crit)) == 1) {
		if (d.r && d.r->role == R_DEDUCTION && d.points > 0) {
			char *s = rded_sentence(&d);
			if (crit)
				vec_push(items, xasprintf(_("%s (C%02d %s: %s points)"), s, crit, criterion_name(crit),
							  fmt_points(d.points, p)));
			else
				vec_push(items, xasprintf(_("%s (finding: %s points)"), s, fmt_points(d.points, p)));
			free(s);
		}
		rded_release(&d);
	}
	ded_reader_close(&r);
	return k < 0 ? -1 : 0;
}
