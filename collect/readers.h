/*
 * readers — the two CSV files of a package, read into struct package with
 * every problem reported (file, line, column, what is wrong, what is right).
 */
#ifndef GK_READERS_H
#define GK_READERS_H

#include "collect/package.h"
#include "common/parse.h"

void read_stats(struct package *p, const char *display, struct diags *d);
void read_catalog(struct package *p, const char *display, struct diags *d);

/* The sentence for a count or amount cell that did not parse. */
void report_number(struct diags *d, const char *file, long line, const char *col, const char *value,
		   enum parse_result r, int amount);
/* The sentence for a date cell that did not parse. */
void report_date(struct diags *d, const char *file, long line, const char *col, const char *value,
		 enum parse_result r);

#endif
