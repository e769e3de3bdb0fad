/* report — placeholder until the PDF lands (issue 4). */
#include "report/report.h"
#include "common/msg.h"

int report_write(const struct config *cfg, sqlite3 *db, const char *path)
{
	(void)cfg;
	(void)db;
	(void)path;
	error(_("report is not built yet"));
	return 2;
}

int cmd_report(int argc, char **argv, const struct config *cfg)
{
	(void)argc;
	(void)argv;
	return report_write(cfg, NULL, NULL);
}
