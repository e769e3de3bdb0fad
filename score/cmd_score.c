/*
 * cmd_score — the `score` and `export` commands (cli.md) and score_all(),
 * the entry point `run` uses.
 */
#include "score/score.h"
#include "common/archive.h"
#include "common/db.h"
#include "common/journal.h"
#include "common/msg.h"
#include "common/util.h"
#include "review/review.h"
#include "score/scoring.h"

#include <stdio.h>
#include <string.h>

static int run_scoring(const struct config *cfg, sqlite3 *db, struct scoring *s)
{
	memset(s, 0, sizeof(*s));
	int final = review_year_final(db, cfg->year);
	if (final < 0)
		return 2;
	if (final) {
		error(_("the scores of %d are final; score changes nothing (gongkai reopen --reason TEXT makes them a draft again)"),
		      cfg->year);
		return 2;
	}
	int rc = scoring_run(cfg, db, s);
	if (rc)
		return rc;
	size_t missing = 0;
	for (size_t i = 0; i < s->n; i++)
		missing += s->res[i].missing;
	info(_("scored %zu units (%zu without an accepted package)"), s->n, missing);
	/* the record: units scored and the digest of the export they make */
	char digest[DIGEST_HEX];
	struct journal_entry e = JOURNAL_ENTRY("score", cfg->year);
	e.scored = (long long)s->n;
	e.digest = digest;
	if (export_digest(db, cfg->year, digest) < 0 || journal_add(db, &e) < 0)
		return 2;
	return s->baseline_errors ? 1 : 0; /* scored, but rows of the baseline were left out */
}

int score_all(const struct config *cfg, sqlite3 *db)
{
	struct scoring s;
	int rc = run_scoring(cfg, db, &s);
	scoring_release(&s);
	return rc;
}

int cmd_score(const struct args *a, const struct config *cfg)
{
	const char *unit = arg_value(a, "--unit", NULL);
	struct archive_lock lock;
	sqlite3 *db = archive_open(&lock, cfg, LOCK_EXCLUSIVE, "score");
	if (!db)
		return 2;
	int rc = 2;
	if (unit) {
		sqlite3_stmt *st = db_prepare(db, "SELECT 1 FROM unit WHERE year = ? AND code = ?");
		int step = SQLITE_ERROR;
		if (st) {
			step = (sqlite3_bind_int(st, 1, cfg->year) | sqlite3_bind_text(st, 2, unit, -1, SQLITE_STATIC)) ==
					       SQLITE_OK
				       ? sqlite3_step(st)
				       : SQLITE_MISUSE;
			if (step != SQLITE_ROW && step != SQLITE_DONE)
				db_error(db, "unit"); /* a database that cannot say is not "not in the roster" */
			sqlite3_finalize(st);
		}
		if (step != SQLITE_ROW) {
			if (step == SQLITE_DONE)
				error(_("\"%s\" is not a unit in the roster"), unit);
			archive_close(db, &lock);
			return 2;
		}
	}
	struct scoring s;
	rc = run_scoring(cfg, db, &s);
	if (!rc && unit)
		print_card(stdout, cfg, &s, (size_t)scoring_find(&s, unit));
	else if (!rc)
		print_ranking(stdout, &s);
	scoring_release(&s);
	archive_close(db, &lock);
	return rc;
}

int cmd_export(const struct args *a, const struct config *cfg)
{
	const char *path = arg_value(a, "--output", cfg->export_csv);
	struct archive_lock lock;
	sqlite3 *db = archive_open(&lock, cfg, LOCK_SHARED, "export");
	if (!db)
		return 2;
	int rc = export_scores(cfg, db, path);
	if (!rc && strcmp(path, "-"))
		info(_("scores: %s"), path);
	archive_close(db, &lock);
	return rc;
}
