/*
 * finalize — `gongkai finalize` and `gongkai reopen --reason TEXT`: the
 * draft/final state of the working year (review.md, "Draft and final").
 *
 * finalize refuses while any objection is pending (exit 1, naming them);
 * otherwise it scores the year once more, records it as final with the
 * time, the user and the SHA-256 of the export, and appends to the record.
 * While a year is final, collect stores nothing and score refuses; reopen
 * makes it a draft again and records why.  The state is one row per year in
 * year_state; its history is the record (common/journal.c).
 */
#include "review/review.h"
#include "common/archive.h"
#include "common/args.h"
#include "common/db.h"
#include "common/digest.h"
#include "common/journal.h"
#include "common/msg.h"
#include "common/util.h"
#include "score/score.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int review_year_final(sqlite3 *db, int year)
{
	sqlite3_stmt *st = db_prepare_year(db, "SELECT final FROM year_state WHERE year = ?", year);
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	int final = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(db, "year_state");
	return final;
}

static void now_local(char *buf, size_t n)
{
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%d %H:%M:%S", &tm);
}

/* Record the year's new state and its row of the record in one transaction. 0 or -1. */
static int set_state(sqlite3 *db, int year, int final, const char *digest, const char *reason,
		     const struct journal_entry *e)
{
	char at[32];
	now_local(at, sizeof(at));
	if (db_exec(db, "BEGIN IMMEDIATE") < 0)
		return -1;
	sqlite3_stmt *st = db_prepare(db, "INSERT OR REPLACE INTO year_state (year, final, at_local, user, digest, reason)"
					  " VALUES (?, ?, ?, ?, ?, ?)");
	int rc = -1;
	if (st) {
		int b = sqlite3_bind_int(st, 1, year);
		b |= sqlite3_bind_int(st, 2, final);
		b |= sqlite3_bind_text(st, 3, at, -1, SQLITE_STATIC);
		b |= sqlite3_bind_text(st, 4, journal_user(), -1, SQLITE_STATIC);
		b |= digest ? sqlite3_bind_text(st, 5, digest, -1, SQLITE_STATIC) : sqlite3_bind_null(st, 5);
		b |= reason ? sqlite3_bind_text(st, 6, reason, -1, SQLITE_STATIC) : sqlite3_bind_null(st, 6);
		rc = b == SQLITE_OK ? db_step_done(db, st) : db_bind_error(db, st);
		sqlite3_finalize(st);
	}
	if (rc == 0)
		rc = journal_add(db, e);
	if (rc == 0 && db_exec(db, "COMMIT") == 0)
		return 0;
	db_exec(db, "ROLLBACK");
	return -1;
}

int cmd_finalize(const struct args *a, const struct config *cfg)
{
	(void)a;
	struct archive_lock lock;
	sqlite3 *db = archive_open(&lock, cfg, LOCK_EXCLUSIVE, "finalize");
	if (!db)
		return 2;
	int rc = 2;
	int final = review_year_final(db, cfg->year);
	if (final < 0)
		goto out;
	if (final) {
		info(_("the scores of %d are already final; nothing was changed"), cfg->year);
		rc = 0;
		goto out;
	}
	size_t pending = 0;
	if (score_objections_pending(cfg, db, &pending) < 0)
		goto out;
	if (pending) {
		error(ngettext("%zu objection is still pending; decide it in %s (处理结果), then finalize again",
			       "%zu objections are still pending; decide them in %s (处理结果), then finalize again", pending),
		      pending, cfg->objections);
		rc = 1;
		goto out;
	}
	if ((rc = score_all(cfg, db)) != 0)
		goto out;
	rc = 2;
	char digest[DIGEST_HEX];
	if (export_digest(db, cfg->year, digest) < 0)
		goto out;
	struct journal_entry e = JOURNAL_ENTRY("finalize", cfg->year);
	e.scored = score_units(db, cfg->year);
	e.digest = digest;
	if (set_state(db, cfg->year, 1, digest, NULL, &e) < 0)
		goto out;
	info(_("the scores of %d are final (export SHA-256 %s); collect and score now change nothing until \"gongkai reopen\""),
	     cfg->year, digest);
	rc = 0;
out:
	archive_close(db, &lock);
	return rc;
}

int cmd_reopen(const struct args *a, const struct config *cfg)
{
	const char *reason = arg_value(a, "--reason", NULL);
	char *why = xstrdup(reason ? reason : "");
	const char *r = trim(why);
	if (!*r) {
		error(_("reopen needs a reason: gongkai reopen --reason \"why the final scores must change\""));
		free(why);
		return 2;
	}
	struct archive_lock lock;
	sqlite3 *db = archive_open(&lock, cfg, LOCK_EXCLUSIVE, "reopen");
	if (!db) {
		free(why);
		return 2;
	}
	int rc = 2;
	int final = review_year_final(db, cfg->year);
	if (final < 0)
		goto out;
	if (!final) {
		error(_("the scores of %d are not final; there is nothing to reopen"), cfg->year);
		goto out;
	}
	struct journal_entry e = JOURNAL_ENTRY("reopen", cfg->year);
	e.reason = r;
	if (set_state(db, cfg->year, 0, NULL, r, &e) < 0)
		goto out;
	info(_("the scores of %d are a draft again; the reason is recorded"), cfg->year);
	rc = 0;
out:
	archive_close(db, &lock);
	free(why);
	return rc;
}
