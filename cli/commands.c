/*
 * commands — the one table of commands.  Each command lives in its stage:
 * template/check/collect/status in collect/, score/export in score/, report
 * in report/, run in cli/run.c.
 *
 * Adding a command is one entry here (and its function in its stage):
 *
 *	{ "verify", cmd_verify, N_("check every stored file against its SHA-256"),
 *	  .args = { .opt = { { "--unit", NULL, N_("CODE"), N_("only this unit") },
 *	                     { "--output", "-o", N_("FILE"), N_("where to write it") },
 *	                     { "--quick", NULL, NULL, N_("the database's integrity only") } },
 *	            .max_operands = 0 } },
 *
 * Each option is { long name, short alias or NULL, placeholder of its value
 * (N_()) or NULL for a flag, one line of help (N_()) }.  .operands /
 * .operands_help / .min_operands / .max_operands (-1: any number) say what
 * comes after the options; .note is a last line of --help.  main() parses
 * the command's argv against the entry with args_parse() (common/args.c)
 * before calling the command, so every command rejects unknown options,
 * missing values and extra arguments with the same message, and --help is
 * generated from the same entry.  The command reads what it was given with
 * arg_value(a, "--unit", default), arg_given(a, "--quick") and
 * a->operand[0 .. a->noperands-1]; asking for an option its entry does not
 * declare aborts (a programming error caught by any test).  The command's
 * declaration goes in cli/commands.h or its stage's public header with the
 * signature command_fn; messages in the entry go into your po fragment.
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
	{ "template", cmd_template, N_("write blank packages for the units to fill in"),
	  .args = { .opt = { { "--unit", NULL, N_("CODE"), N_("only this unit") },
		     { "--output", "-o", N_("DIR"), N_("where to write the folders (default: ./template)") },
		     { "--csv", NULL, NULL, N_("the CSV form (submission.ini, stats.csv, catalog.csv, summary.txt) instead of the workbook 报送表.xlsx") } },
	    .max_operands = 0 } },
	{ "check", cmd_check, N_("check packages exactly as collect would, storing nothing"),
	  .args = { .operands = N_("DIR..."), .operands_help = N_("a package folder, named with the unit's code"),
	    .min_operands = 1, .max_operands = -1 },
	  .config_optional = 1 },
	{ "collect", cmd_collect, N_("store every new or changed package from the inbox"),
	  .args = { .max_operands = 0, .note = N_("(no options: the inbox is [paths] inbox in config.ini)") } },
	{ "status", cmd_status, N_("list every unit: received, version, days late, or missing"),
	  .args = { .opt = { { "--csv", NULL, NULL, N_("CSV (UTF-8 with BOM) instead of a table") } }, .max_operands = 0 } },
	{ "score", cmd_score, N_("score every unit against the rubric"),
	  .args = { .opt = { { "--unit", NULL, N_("CODE"), N_("afterwards print this unit's scorecard") } }, .max_operands = 0 } },
	{ "export", cmd_export, N_("write the score CSV"),
	  .args = { .opt = { { "--output", "-o", N_("FILE"), N_("where to write it (default: [paths] export; - for stdout)") } },
	    .max_operands = 0 } },
	{ "report", cmd_report, N_("write the annual report and scorecards as PDF"),
	  .args = { .opt = { { "--output", "-o", N_("FILE"), N_("where to write it (default: [paths] report)") },
		     { "--cards-dir", NULL, N_("DIR"), N_("each unit's scorecard as a PDF of its own in DIR") } },
	    .max_operands = 0 } },
	{ "verify", cmd_verify, N_("check the database and every stored file against its SHA-256"),
	  .args = { .max_operands = 0, .note = N_("(run it before archiving a year; exit 1 names each damaged version)") } },
	{ "run", cmd_run, N_("collect, score, export and report in one go"),
	  .args = { .max_operands = 0, .note = N_("(no options: paths come from config.ini)") } },
	{ "notices", cmd_notices, N_("write the letters to units: returned packages, reminders, previews of the scores"),
	  .args = { .opt = { { "--output", "-o", N_("DIR"), N_("where to write them (default: [paths] notices)") },
		     { "--txt", NULL, NULL, N_("also each letter as UTF-8 text, for pasting into an e-mail") } },
	    .max_operands = 0 } },
	{ "finalize", cmd_finalize, N_("make the year's scores final (refused while objections are pending)"),
	  .args = { .max_operands = 0, .note = N_("(no options: the year is [district] year in config.ini)") } },
	{ "reopen", cmd_reopen, N_("make the final scores a draft again"),
	  .args = { .opt = { { "--reason", NULL, N_("TEXT"), N_("why the final scores must change (recorded)") } },
	    .max_operands = 0 } },
	{ "log", cmd_log, N_("print the record of every change to the archive"),
	  .args = { .opt = { { "--csv", NULL, NULL, N_("CSV (UTF-8 with BOM) instead of a table") } }, .max_operands = 0 } },
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
	char *syn = args_synopsis(&c->args);
	char *what = syn[0] ? xasprintf("%s %s", c->name, syn) : xstrdup(c->name);
	fprintf(out, _("usage: gongkai [options] %s\n"), what);
	free(what);
	free(syn);
	fprintf(out, "\n%s\n\n", _(c->summary));
	args_help(&c->args, out);
}
