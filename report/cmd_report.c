/*
 * cmd_report — `gongkai report [-o FILE]`: the PDF from what collect and
 * score stored.  The default path is [paths] report in config.ini.
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
	int rc = report_write(cfg, db, out);
	db_close(db);
	lock_release(&lock);
	if (rc == 0)
		info(_("report: %s"), out);
	return rc;
}
