/*
 * journal — appending to and reading the record; see journal.h.
 */
#include "common/journal.h"
#include "common/db.h"
#include "common/msg.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

const char *journal_user(void)
{
	static char name[64];
	if (name[0])
		return name;
	struct passwd *pw = getpwuid(geteuid());
	const char *u = pw && pw->pw_name && *pw->pw_name ? pw->pw_name : getenv("USER");
	if (u && *u)
		snprintf(name, sizeof(name), "%s", u);
	else
		snprintf(name, sizeof(name), "uid %ld", (long)geteuid());
	return name;
}

static void bind_count(sqlite3_stmt *st, int i, long long v)
{
	if (v < 0)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, v);
}

static void bind_str(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

int journal_add(sqlite3 *db, const struct journal_entry *e)
{
	sqlite3_stmt *st = db_prepare(db,
		"INSERT INTO journal (at, at_local, command, user, year, accepted, rejected, unchanged, missing, refused,"
		" scored, digest, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	if (!st)
		return -1;
	time_t now = time(NULL);
	struct tm tm;
	char local[32];
	localtime_r(&now, &tm);
	strftime(local, sizeof(local), "%Y-%m-%d %H:%M:%S", &tm);
	sqlite3_bind_int64(st, 1, (sqlite3_int64)now);
	sqlite3_bind_text(st, 2, local, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, e->command, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, journal_user(), -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 5, e->year);
	bind_count(st, 6, e->accepted);
	bind_count(st, 7, e->rejected);
	bind_count(st, 8, e->unchanged);
	bind_count(st, 9, e->missing);
	bind_count(st, 10, e->refused);
	bind_count(st, 11, e->scored);
	bind_str(st, 12, e->digest);
	bind_str(st, 13, e->reason);
	int rc = db_step_done(db, st);
	sqlite3_finalize(st);
	return rc;
}

void journal_details(const struct journal_entry *e, struct strbuf *sb)
{
	struct strbuf part = STRBUF_INIT;
	if (e->accepted >= 0) {
		sb_addf(&part, _("%lld accepted, %lld unchanged, %lld rejected, %lld missing"), e->accepted, e->unchanged,
			e->rejected, e->missing);
		if (e->refused > 0)
			sb_addf(&part, _(", %lld not collected because the year is final"), e->refused);
	}
	if (e->scored >= 0) {
		if (part.len)
			sb_adds(&part, _("; "));
		sb_addf(&part, _("%lld units scored"), e->scored);
	}
	if (e->digest) {
		if (part.len)
			sb_adds(&part, _("; "));
		sb_addf(&part, _("export SHA-256 %s"), e->digest);
	}
	if (e->reason) {
		if (part.len)
			sb_adds(&part, _("; "));
		sb_addf(&part, _("reason: %s"), e->reason);
	}
	sb_adds(sb, sb_str(&part));
	sb_release(&part);
}

static long long col_count(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, i);
}

static const char *col_str(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? NULL : (const char *)sqlite3_column_text(st, i);
}

int journal_each(sqlite3 *db, void (*fn)(const char *at, const char *user, const struct journal_entry *e, void *ctx),
		 void *ctx)
{
	sqlite3_stmt *st = db_prepare(db,
		"SELECT at_local, command, user, year, accepted, rejected, unchanged, missing, refused, scored, digest,"
		" reason FROM journal ORDER BY id");
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct journal_entry e = JOURNAL_ENTRY((const char *)sqlite3_column_text(st, 1), sqlite3_column_int(st, 3));
		e.accepted = col_count(st, 4);
		e.rejected = col_count(st, 5);
		e.unchanged = col_count(st, 6);
		e.missing = col_count(st, 7);
		e.refused = col_count(st, 8);
		e.scored = col_count(st, 9);
		e.digest = col_str(st, 10);
		e.reason = col_str(st, 11);
		fn((const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 2), &e, ctx);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : db_error(db, "journal");
}
