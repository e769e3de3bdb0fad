/*
 * run — the main job: collect, score, export and report in one go.
 */
#include "cli/commands.h"
#include "collect/collect.h"
#include "common/db.h"
#include "common/lock.h"
#include "common/msg.h"
#include "report/report.h"
#include "review/review.h"
#include "score/score.h"

#include <stdio.h>
#include <stdlib.h>

int cmd_run(const struct args *a, const struct config *cfg)
{
	(void)a;
	struct archive_lock lock;
	if (lock_archive(&lock, cfg, LOCK_EXCLUSIVE, "run") < 0)
		return 2;
	sqlite3 *db = db_open(cfg->database);
	if (!db) {
		lock_release(&lock);
		return 2;
	}
	int collected = collect_inbox(cfg, db);
	int rc = collected, scored = 0;
	int final = collected != 2 ? review_year_final(db, cfg->year) : 0;
	if (final < 0)
		rc = 2;
	if (final > 0)
		info(_("the scores of %d are final: not scored again; the export and the report give the final results"),
		     cfg->year);
	if (collected != 2 && final >= 0 && (final || (rc = scored = score_all(cfg, db)) <= 1) &&
	    (rc = export_scores(cfg, db, cfg->export_csv)) == 0 &&
	    (rc = report_write(cfg, db, cfg->report)) == 0) {
		/* where the results went, as absolute paths a clerk can open */
		char *csv = realpath(cfg->export_csv, NULL), *pdf = realpath(cfg->report, NULL);
		info(_("scores: %s"), csv ? csv : cfg->export_csv);
		info(_("report: %s"), pdf ? pdf : cfg->report);
		free(csv);
		free(pdf);
		rc = collected > scored ? collected : scored; /* 1: rejected or missing packages, or baseline rows left out */
	}
	db_close(db);
	lock_release(&lock);
	return rc;
}
