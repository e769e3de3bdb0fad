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

#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	char *copy = xstrdup(argv[2]);
	size_t len = strlen(copy);
	while (len > 1 && copy[len - 1] == '/')
		copy[--len] = '\0';
	const char *code = basename(copy);
	int ui = roster_find(&roster, code);
	struct package p;
	int rc = 1;
	if (ui < 0) {
		fprintf(stderr, "pkg2xlsx: %s is not in the roster\n", code);
		free(copy);
		return 2;
	}
	if (package_load(&p, argv[2], argv[2], code, NULL, &d) == 0 && package_validate(&p, argv[2], &cfg, &roster, &d) == 0)
		rc = template_workbook(argv[3], &roster.u[ui], &cfg, &p) < 0 ? 1 : 0;
	diag_print(&d, stderr);
	diag_clear(&d);
	package_release(&p);
	roster_release(&roster);
	config_release(&cfg);
	free(copy);
	return rc;
}
