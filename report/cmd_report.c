/*
 * cmd_report — `gongkai report [-o FILE] [--cards-dir DIR]`: the PDF from
 * what collect and score stored.  The default path is [paths] report in
 * config.ini; the scorecards are in it, in volumes beside it, or with
 * --cards-dir one file per unit in DIR (report/volumes.c).
 */
#include "report/report.h"
#include "common/db.h"
#include "common/lock.h"
#include "common/msg.h"

#include <string.h>

int cmd_report(const struct args *a, const struct config *cfg)
{
	const char *out = arg_value(a, "--output", cfg->report);
	struct archive_lock lock;
	if (lock_archive(&lock, cfg, LOCK_SHARED, "report") < 0)
		return 2;
	sqlite3 *db = db_open_existing(cfg->database);
	if (!db) {
		lock_release(&lock);
		return 2;
	}
	int rc = report_write_cards(cfg, db, out, arg_value(a, "--cards-dir", NULL));
	db_close(db);
	lock_release(&lock);
	if (rc == 0)
		info(_("report: %s"), out);
	return rc;
}
