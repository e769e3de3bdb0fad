/*
 * cmd_report — `gongkai report [-o FILE]`: the PDF from what collect and
 * score stored.  The default path is [paths] report in config.ini.
 */
#include "report/report.h"
#include "common/db.h"
#include "common/lock.h"
#include "common/msg.h"

#include <string.h>

int cmd_report(int argc, char **argv, const struct config *cfg)
{
	const char *out = cfg->report;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) {
			if (i + 1 >= argc) {
				error(_("option %s needs a value"), argv[i]);
				return 2;
			}
			out = argv[++i];
		} else if (!strncmp(argv[i], "-o", 2)) {
			out = argv[i] + 2;
		} else if (!strncmp(argv[i], "--output=", 9)) {
			out = argv[i] + 9;
		} else {
			error(_("unexpected argument \"%s\"; see gongkai report --help"), argv[i]);
			return 2;
		}
	}
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
