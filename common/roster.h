/*
 * roster — units.csv, the office's list of units (input.md).
 *
 * roster_load() reads and validates the file; roster_store() replaces the
 * working year's rows of the database's unit table with it, so the score and report stages read the
 * roster from the database like everything else.
 */
#ifndef GK_ROSTER_H
#define GK_ROSTER_H

#include "common/diag.h"
#include "common/rubric.h"

#include <sqlite3.h>

enum unit_type { UNIT_TOWN, UNIT_STREET, UNIT_DEPT };

struct unit {
	char *code;
	char *name;
	enum unit_type type;
	struct strlist duties; /* category codes */
	char *email;           /* the optional column email/邮箱; "" when blank */
	long line;             /* in units.csv */
};

struct roster {
	struct unit *u;
	size_t n;
	size_t *by_code; /* indexes of u sorted by code, for roster_find */
};

int roster_load(struct roster *r, const char *path, struct diags *d);
/* roster_load() as the commands use it: its problems (and warnings) printed on stderr. 0, or -1
 * with r released (the command exits 2). */
int roster_load_print(struct roster *r, const char *path);
/* Index of the unit with this code, or -1. */
int roster_find(const struct roster *r, const char *code);
/* Replace the year's rows of the unit table (in its own transaction); other
 * years' rosters stay as they were.  0 or -1 after printing. */
int roster_store(sqlite3 *db, int year, const struct roster *r);
void roster_release(struct roster *r);

/* "town", "street", "dept". */
const char *unit_type_code(enum unit_type t);
/* Is `code` a valid unit code: [A-Za-z0-9_-]{1,32}? */
int unit_code_valid(const char *code);

#endif
