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
		char *out = path_join(argv[i], TEMPLATE_WORKBOOK);
		time_t received;
		if (template_workbook_of(out, argv[i], &cfg, &roster, &d, &received) == 0) {
			struct utimbuf t = { received, received };
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
		diag_print(&d, stderr);
		diag_clear(&d);
	}
	roster_release(&roster);
	config_release(&cfg);
	return bad ? 1 : 0;
}
