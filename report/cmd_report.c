/*
 * cmd_report — `gongkai report [-o FILE]`: the PDF from what collect and
 * score stored.  The default path is [paths] report in config.ini.
 */
#include "report/report.h"
#include "common/db.h"
#include "common/msg.h"

#include <string.h>

int cmd_report(const struct args *a, const struct config *cfg)
{
	const char *out = arg_value(a, "--output", cfg->report);
	sqlite3 *db = db_open_existing(cfg->database);
	if (!db)
		return 2;
	int rc = report_write(cfg, db, out);
	db_close(db);
	if (rc == 0)
		info(_("report: %s"), out);
	return rc;
}
