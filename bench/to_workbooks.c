/*
 * to_workbooks — for bench/workbook.sh: turn CSV packages into the workbook
 * form in place.  For each DIR, the package is read and validated as
 * collect would, 报送表.xlsx is written with its values (the template's
 * layout, stats as numbers, catalogue dates as Excel serials), and
 * submission.ini, stats.csv and catalog.csv are removed; summary.txt stays
 * (bench/txt2docx_all.py turns it into a .docx).  The workbook gets the
 * newest modification time of the files it replaces.
 *
 *     to_workbooks CONFIG DIR...
 */
#include "collect/package.h"
#include "collect/template.h"
#include "common/config.h"
#include "common/msg.h"
#include "common/roster.h"
#include "common/util.h"

#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: to_workbooks CONFIG DIR...\n");
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
	diag_clear(&d);
	int bad = 0;
	for (int i = 2; i < argc; i++) {
		char *copy = xstrdup(argv[i]);
		const char *code = basename(copy);
		int ui = roster_find(&roster, code);
		struct package p;
		if (ui >= 0 && package_load(&p, argv[i], argv[i], code, NULL, &d) == 0 &&
		    package_validate(&p, argv[i], &cfg, &roster, &d) == 0) {
			char *out = path_join(argv[i], TEMPLATE_WORKBOOK);
			if (template_workbook(out, &roster.u[ui], &cfg, &p) == 0) {
				struct utimbuf t = { p.received, p.received };
				utime(out, &t);
				for (int k = 0; k < PKG_NFILES; k++)
					if (k != PKG_SUMMARY) {
						char *f = path_join(argv[i], package_file_names[k]);
						remove(f);
						free(f);
					}
			} else {
				bad++;
			}
			free(out);
		} else {
			bad++;
		}
		if (ui >= 0)
			package_release(&p);
		diag_print(&d, stderr);
		diag_clear(&d);
		free(copy);
	}
	roster_release(&roster);
	config_release(&cfg);
	return bad ? 1 : 0;
}
