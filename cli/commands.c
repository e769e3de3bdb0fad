/*
 * commands — the one table of commands.  Each command lives in its stage:
 * template/check/collect/status in collect/, score/export in score/, report
 * in report/, run in cli/run.c.
 */
#include "cli/commands.h"
#include "collect/collect.h"
#include "common/msg.h"
#include "common/util.h"
#include "report/report.h"
#include "review/review.h"
#include "score/score.h"

#include <stdlib.h>
#include <string.h>

const struct command commands[] = {
	{ "template", cmd_template, "[--unit CODE] [-o DIR]",
	  N_("write blank packages for the units to fill in"),
	  N_("  --unit CODE   only this unit\n"
	     "  -o DIR        where to write the folders (default: ./template)\n") },
	{ "check", cmd_check, "DIR...",
	  N_("check packages exactly as collect would, storing nothing"),
	  N_("  DIR           a package folder, named with the unit's code\n") },
	{ "collect", cmd_collect, "",
	  N_("store every new or changed package from the inbox"),
	  N_("  (no options: the inbox is [paths] inbox in config.ini)\n") },
	{ "status", cmd_status, "[--csv]",
	  N_("list every unit: received, version, days late, or missing"),
	  N_("  --csv         CSV (UTF-8 with BOM) instead of a table\n") },
	{ "score", cmd_score, "[--unit CODE]",
	  N_("score every unit against the rubric"),
	  N_("  --unit CODE   afterwards print this unit's scorecard\n") },
	{ "export", cmd_export, "[-o FILE]",
	  N_("write the score CSV"),
	  N_("  -o FILE       where to write it (default: [paths] export; - for stdout)\n") },
	{ "report", cmd_report, "[-o FILE]",
	  N_("write the annual report and scorecards as PDF"),
	  N_("  -o FILE       where to write it (default: [paths] report)\n") },
	{ "run", cmd_run, "",
	  N_("collect, score, export and report in one go"),
	  N_("  (no options: paths come from config.ini)\n") },
	{ "notices", cmd_notices, "[-o DIR] [--txt]",
	  N_("write the letters to units: returned packages, reminders, previews of the scores"),
	  N_("  -o DIR        where to write them (default: [paths] notices)\n"
	     "  --txt         also each letter as UTF-8 text, for pasting into an e-mail\n") },
	{ "finalize", cmd_finalize, "",
	  N_("make the year's scores final (refused while objections are pending)"),
	  N_("  (no options: the year is [district] year in config.ini)\n") },
	{ "reopen", cmd_reopen, "--reason TEXT",
	  N_("make the final scores a draft again"),
	  N_("  --reason TEXT why the final scores must change (recorded)\n") },
	{ "log", cmd_log, "[--csv]",
	  N_("print the record of every change to the archive"),
	  N_("  --csv         CSV (UTF-8 with BOM) instead of a table\n") },
};
const size_t ncommands = ARRAY_SIZE(commands);

const struct command *command_find(const char *name)
{
	for (size_t i = 0; i < ncommands; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

void command_usage(const struct command *c, FILE *out)
{
	char *what = c->args[0] ? xasprintf("%s %s", c->name, c->args) : xstrdup(c->name);
	fprintf(out, _("usage: gongkai [options] %s\n"), what);
	free(what);
	fprintf(out, "\n%s\n\n", _(c->summary));
	fputs(_(c->help), out);
}
