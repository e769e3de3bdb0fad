/*
 * cmd_report — `gongkai report [-o FILE] [--cards-dir DIR]`: the PDF from
 * what collect and score stored.  The default path is [paths] report in
 * config.ini; the scorecards are in it, in volumes beside it, or with
 * --cards-dir one file per unit in DIR (report/volumes.c).
 */
#include "report/report.h"
#include "common/archive.h"
#include "common/db.h"
#include "common/msg.h"

#include <string.h>

int cmd_report(const struct args *a, const struct config *cfg)
{
	const char *out = arg_value(a, "--output", cfg->report);
	struct archive_lock lock;
	sqlite3 *db = archive_open(&lock, cfg, LOCK_SHARED, "report");
	if (!db)
		return 2;
	int rc = report_write_cards(cfg, db, out, arg_value(a, "--cards-dir", NULL));
	archive_close(db, &lock);
	if (rc == 0)
		info(_("report: %s"), out);
	return rc;
}
