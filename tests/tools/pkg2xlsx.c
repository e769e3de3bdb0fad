/*
 * pkg2xlsx — a test and benchmark tool: convert a CSV package into the
 * workbook form's workbook, by writing the unit's template with the
 * package's values (stats as numbers, catalogue dates as Excel serials).
 *
 *   pkg2xlsx CONFIG PACKAGE-DIR OUT.xlsx
 *
 * The package is read and validated exactly as collect would; a package
 * with errors is refused (exit 1).
 */
#include "collect/package.h"
#include "collect/template.h"
#include "common/config.h"
#include "common/diag.h"
#include "common/msg.h"
#include "common/roster.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: pkg2xlsx CONFIG PACKAGE-DIR OUT.xlsx\n");
		return 2;
	}
	msg_init("en");
	struct config cfg;
	struct roster roster;
	struct diags d = DIAGS_INIT;
	if (config_load(&cfg, argv[1], &d) < 0 || roster_load(&roster, cfg.roster, &d) < 0) {
		diag_print(&d, stderr);
		return 2;
	}
	time_t received;
	int rc = template_workbook_of(argv[3], argv[2], &cfg, &roster, &d, &received) < 0 ? 1 : 0;
	diag_print(&d, stderr);
	diag_clear(&d);
	roster_release(&roster);
	config_release(&cfg);
	return rc;
}
