/*
 * cmd_status — `gongkai status [--csv]`: every roster unit with its state
 * (received / rejected / missing), number of accepted versions, the first
 * accepted version's received time and days late (days_late(), against the
 * configured deadline).  The list to phone round
 * before the deadline.  The CSV's header and state codes stay English.
 */
#include "collect/collect.h"
#include "collect/package.h"
#include "common/args.h"
#include "common/date.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/roster.h"
#include "common/csvin.h"
#include "common/textin.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct row {
	const struct unit *u;
	const char *state; /* received, rejected, missing */
	int versions;
	char received[32];
	int days_late;
	long long problems;      /* the newest attempt was rejected: its problems (else -1) */
	char last_attempt[32];   /* and its received time */
};

/* The newest attempt of each unit: when it was rejected, its problems and time (review.md). */
static int load_last(sqlite3_stmt *st, int year, struct row *w)
{
	w->problems = -1;
	if ((sqlite3_bind_text(st, 1, w->u->code, -1, SQLITE_STATIC) | sqlite3_bind_int(st, 2, year)) != SQLITE_OK)
		return -1;
	int s = sqlite3_step(st);
	if (s == SQLITE_ROW && !strcmp((const char *)sqlite3_column_text(st, 0), "rejected")) {
		format_received((time_t)sqlite3_column_int64(st, 1), w->last_attempt, sizeof(w->last_attempt));
		w->problems = sqlite3_column_int64(st, 2);
		if (w->problems == 0) { /* stored before problems were kept as data: its lines */
			const char *m = (const char *)sqlite3_column_text(st, 3);
			for (; m && *m; m++)
				w->problems += *m == '\n';
		}
	}
	sqlite3_reset(st);
	return s == SQLITE_ROW || s == SQLITE_DONE ? 0 : -1;
}

static int load_rows(sqlite3 *db, int year, day_t deadline, const struct roster *r, struct row *rows)
{
	sqlite3_stmt *first = db_prepare(db,
		"SELECT (SELECT COUNT(*) FROM package WHERE year = ?2 AND unit = ?1), received_local, received"
		" FROM first_package WHERE year = ?2 AND unit = ?1");
	sqlite3_stmt *tried = db_prepare(db, "SELECT 1 FROM attempt WHERE year = ?2 AND unit = ?1 LIMIT 1");
	sqlite3_stmt *last = db_prepare(db,
		"SELECT outcome, received, COALESCE(problems, (SELECT count(*) FROM attempt_problem p WHERE"
		" p.attempt_id = a.id AND p.level = 'error')), messages FROM attempt a WHERE year = ?2 AND unit = ?1"
		" ORDER BY id DESC LIMIT 1");
	if (!first || !tried || !last) {
		sqlite3_finalize(first);
		sqlite3_finalize(tried);
		sqlite3_finalize(last);
		return -1;
	}
	int rc = 0;
	for (size_t i = 0; i < r->n; i++) {
		struct row *w = &rows[i];
		memset(w, 0, sizeof(*w));
		w->u = &r->u[i];
		int s = (sqlite3_bind_text(first, 1, w->u->code, -1, SQLITE_STATIC) | sqlite3_bind_int(first, 2, year)) == SQLITE_OK
				? sqlite3_step(first)
				: SQLITE_MISUSE;
		if (s == SQLITE_ROW) {
			w->state = "received";
			w->versions = sqlite3_column_int(first, 0);
			snprintf(w->received, sizeof(w->received), "%s", (const char *)sqlite3_column_text(first, 1));
			w->days_late = days_late(sqlite3_column_int64(first, 2), deadline);
		} else if (s == SQLITE_DONE) {
			int b = sqlite3_bind_text(tried, 1, w->u->code, -1, SQLITE_STATIC) | sqlite3_bind_int(tried, 2, year);
			int t = b == SQLITE_OK ? sqlite3_step(tried) : SQLITE_MISUSE;
			if (t == SQLITE_ROW || t == SQLITE_DONE)
				w->state = t == SQLITE_ROW ? "rejected" : "missing";
			else
				rc = db_error(db, "status"); /* not "missing": the database did not say */
			sqlite3_reset(tried);
		} else {
			rc = db_error(db, "status");
		}
		sqlite3_reset(first);
		if (rc == 0 && load_last(last, year, w) < 0)
			rc = db_error(db, "status");
	}
	sqlite3_finalize(first);
	sqlite3_finalize(tried);
	sqlite3_finalize(last);
	return rc;
}

static void cell(const char *s, int w)
{
	fputs(s, stdout);
	for (int i = text_width(s); i < w; i++)
		putchar(' ');
}

static const char *state_text(const char *state)
{
	if (!strcmp(state, "received"))
		return _("received");
	if (!strcmp(state, "rejected"))
		return _("rejected");
	return _("missing");
}

static const char *type_text(enum unit_type t)
{
	return t == UNIT_TOWN ? _("town") : t == UNIT_STREET ? _("street") : _("department");
}

static void print_table(const struct row *rows, size_t n)
{
	enum { NC = 9 };
	const char *head[NC] = { _("code"), _("unit"), _("type"), _("state"), _("versions"), _("received on"),
				 _("days late"), _("problems"), _("last attempt") };
	int w[NC];
	for (int c = 0; c < NC; c++)
		w[c] = text_width(head[c]);
	/* names from units.csv are shown with their control characters escaped: they cannot break the table */
	char **names = xcalloc(n ? n : 1, sizeof(char *));
	for (size_t i = 0; i < n; i++)
		names[i] = escaped(rows[i].u->name);
	for (size_t i = 0; i < n; i++) {
		int cw[NC] = { text_width(rows[i].u->code), text_width(names[i]), text_width(type_text(rows[i].u->type)),
			       text_width(state_text(rows[i].state)), 3, 16, 4, 4, 16 };
		for (int c = 0; c < NC; c++)
			if (cw[c] > w[c])
				w[c] = cw[c];
	}
	for (int c = 0; c < NC; c++) {
		cell(head[c], c < NC - 1 ? w[c] : 0);
		fputs(c < NC - 1 ? "  " : "\n", stdout);
	}
	for (size_t i = 0; i < n; i++) {
		const struct row *r = &rows[i];
		char versions[16] = "", late[16] = "", problems[24] = "";
		if (r->versions) {
			snprintf(versions, sizeof(versions), "%d", r->versions);
			snprintf(late, sizeof(late), "%d", r->days_late);
		}
		if (r->problems >= 0)
			snprintf(problems, sizeof(problems), "%lld", r->problems);
		const char *cells[NC] = { r->u->code, names[i], type_text(r->u->type), state_text(r->state), versions,
					  r->received, late, problems, r->last_attempt };
		int last = NC - 1; /* no padding after the last filled cell: no trailing blanks */
		while (last > 0 && !*cells[last])
			last--;
		for (int c = 0; c <= last; c++) {
			cell(cells[c], c < last ? w[c] : 0);
			fputs(c < last ? "  " : "\n", stdout);
		}
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

static void print_csv(const struct row *rows, size_t n)
{
	fputs("\xEF\xBB\xBF" "code,name,type,state,version,received,days_late,problems,last_attempt\n", stdout);
	for (size_t i = 0; i < n; i++) {
		const struct row *r = &rows[i];
		fputs(r->u->code, stdout);
		putchar(',');
		csv_put(stdout, r->u->name);
		printf(",%s,%s,%d,%s,", unit_type_code(r->u->type), r->state, r->versions, r->received);
		if (r->versions)
			printf("%d", r->days_late);
		putchar(',');
		if (r->problems >= 0)
			printf("%lld,%s", r->problems, r->last_attempt);
		else
			putchar(',');
		fputs("\n", stdout);
	}
}

int cmd_status(const struct args *a, const struct config *cfg)
{
	int csv = arg_given(a, "--csv");
	struct roster roster;
	int rc = 2;
	if (roster_load_print(&roster, cfg->roster) < 0)
		goto out;
	sqlite3 *db = db_open_existing(cfg->database);
	if (!db)
		goto out;
	struct row *rows = xcalloc(roster.n, sizeof(*rows));
	if (load_rows(db, cfg->year, cfg->deadline, &roster, rows) == 0) {
		if (csv)
			print_csv(rows, roster.n);
		else
			print_table(rows, roster.n);
		rc = 0;
	}
	free(rows);
	db_close(db);
out:
	roster_release(&roster);
	return rc;
}
