/*
 * objections — the office's objections.csv (review.md, "Objections"): what
 * units objected to in the draft scores, the evaluators' decision and reply,
 * and for an accepted objection the points added to one criterion or to the
 * total.  Read like findings.csv (UTF-8 or GB18030, English or Chinese
 * headers, any column order); every bad row is reported with file, line and
 * column, and one bad row makes the file unusable, so `score` stops (exit 2)
 * and stores nothing.
 *
 * Applying them is the engine's (engine_finish(): criteria clamped to their
 * range before the base, the total adjustment after findings); storing them
 * for the scorecards is objections_store().
 */
#ifndef GK_SCORE_OBJECTIONS_H
#define GK_SCORE_OBJECTIONS_H

#include "common/diag.h"

#include <sqlite3.h>

enum decision { DECISION_PENDING, DECISION_ACCEPTED, DECISION_REJECTED };

struct objection {
	char *unit;
	int criterion;          /* 1..13; 0 = the total */
	char *claim;
	enum decision decision;
	long long points;       /* hundredths, signed; 0 unless accepted */
	char *reply;
	long line;              /* in objections.csv */
};

struct objections {
	struct objection *o;
	size_t n;
};

/* Does criterion c (1..13) apply to the roster unit `code`?  1 yes, 0 no, -1 no such unit. */
typedef int (*criterion_applies_fn)(const char *code, int c, void *ctx);

/* Read path (display names it in messages).  A missing file is no objections. 0, or -1 with every problem in d. */
int objections_load(struct objections *os, const char *path, const char *display, criterion_applies_fn applies,
		    void *ctx, struct diags *d);
void objections_release(struct objections *os);

/* Replace the year's rows of the objection table with os (inside the caller's transaction). 0 or -1 after printing. */
int objections_store(sqlite3 *db, int year, const struct objections *os);

/* English code of a decision: pending, accepted, rejected. */
const char *decision_code(enum decision d);

#endif
