/*
 * main — global options, configuration, dispatch, exit status.
 *
 * gongkai [--config FILE] [--lang zh_CN|en] [-q] COMMAND [args]
 * Global options may also follow the command.  Exit status is decided here
 * and in the commands: 0 all good, 1 the work was done but some input was
 * rejected or missing, 2 the command could not run.
 */
#include "cli/commands.h"
#include "common/config.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/util.h"

#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef GONGKAI_VERSION
#define GONGKAI_VERSION "0.1"
#endif

static void usage(FILE *out)
{
	fputs(_("usage: gongkai [--config FILE] [--lang zh_CN|en] [-q] COMMAND [args]\n"), out);
	fputs(_("\ncommands:\n"), out);
	for (size_t i = 0; i < ncommands; i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
	fputs(_("\nglobal options:\n"
		"  --config FILE   the configuration (default: ./config.ini)\n"
		"  --lang LANG     language of messages: zh_CN or en (default: from the environment)\n"
		"  -q              print only errors\n"
		"  --help          this help; \"gongkai COMMAND --help\" for a command\n"
		"  --version       the version\n"), out);
}

/* Value of an option given as "--name VALUE" or "--name=VALUE"; advances *i. */
static const char *opt_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);
	if (!strncmp(argv[*i], name, n) && argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (!strcmp(argv[*i], name)) {
		if (*i + 1 >= argc)
			return NULL;
		return argv[++*i];
	}
	return NULL;
}

static int is_opt(const char *arg, const char *name)
{
	size_t n = strlen(name);
	return !strncmp(arg, name, n) && (arg[n] == '\0' || arg[n] == '=');
}

int main(int argc, char **argv)
{
	const char *config_path = "config.ini", *lang = NULL;
	int help = 0, version = 0, config_given = 0;
	const char *bad = NULL, *missing = NULL;
	/* Take the global options out of argv wherever they are; keep the rest in order. */
	char **rest = xcalloc((size_t)argc + 1, sizeof(char *));
	int nrest = 0, dashdash = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (dashdash) {
			rest[nrest++] = argv[i];
		} else if (!strcmp(a, "--")) {
			dashdash = 1;
			rest[nrest++] = argv[i];
		} else if (is_opt(a, "--config")) {
			config_given = 1;
			if (!(config_path = opt_value(argc, argv, &i, "--config")))
				missing = "--config";
		} else if (is_opt(a, "--lang")) {
			if (!(lang = opt_value(argc, argv, &i, "--lang")))
				missing = "--lang";
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			msg_quiet = 1;
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			help = 1;
		} else if (!strcmp(a, "--version")) {
			version = 1;
		} else if (a[0] == '-' && nrest == 0 && !bad) {
			bad = a;
		} else {
			rest[nrest++] = argv[i];
		}
	}
	rest[nrest] = NULL;

	int rc = 2;
	struct args args = { 0 };
	if (msg_init(lang && msg_language_known(lang) ? lang : NULL) < 0 || (lang && !msg_language_known(lang))) {
		error(_("unknown language \"%s\"; use zh_CN or en"), lang);
		goto out;
	}
	if (msg_require_catalogue(msg_language()) < 0)
		goto out;
	if (missing) {
		error(_("option %s needs a value"), missing);
		goto out;
	}
	if (bad) {
		error(_("unknown option \"%s\"; see gongkai --help"), bad);
		goto out;
	}
	if (version) {
		printf("gongkai %s\n", GONGKAI_VERSION);
		rc = 0;
		goto out;
	}
	if (nrest == 0) {
		usage(help ? stdout : stderr);
		rc = help ? 0 : 2;
		goto out;
	}
	const struct command *cmd = command_find(rest[0]);
	if (!cmd) {
		error(_("unknown command \"%s\"; see gongkai --help"), rest[0]);
		goto out;
	}
	if (help) {
		command_usage(cmd, stdout);
		rc = 0;
		goto out;
	}
	/* The command's options, parsed against its entry in the command table before anything is read. */
	if (args_parse(cmd->name, &cmd->args, nrest, rest, &args) < 0)
		goto out;
	struct config cfg;
	struct diags d = DIAGS_INIT;
	if (cmd->config_optional && !config_given && access(config_path, F_OK) != 0) {
		/* A unit checking its package usually has no config.ini (but one named with --config must exist). */
		warn(_("no %s here: the unit code and year are not compared with the roster"), config_path);
		rc = cmd->run(&args, NULL);
		goto out;
	}
	if (access(config_path, F_OK) != 0 && errno == ENOENT) {
		/* say where we looked, and how to name another */
		char *copy = xstrdup(config_path), *cwd = getcwd(NULL, 0);
		const char *dir = dirname(copy);
		char *where = dir[0] == '/' ? xstrdup(dir) : !strcmp(dir, ".") ? xstrdup(cwd ? cwd : ".")
			    : xasprintf("%s/%s", cwd ? cwd : ".", dir);
		if (config_given)
			error(_("the configuration file %s does not exist (looked in %s); check the name given with --config"),
			      config_path, where);
		else
			error(_("there is no config.ini in %s; run gongkai in the folder that holds config.ini, or name the file "
				"with --config FILE"),
			      where);
		free(where);
		free(cwd);
		free(copy);
		goto out;
	}
	if (config_load(&cfg, config_path, &d) < 0) {
		diag_print(&d, stderr);
		diag_clear(&d);
		config_release(&cfg);
		goto out;
	}
	diag_print(&d, stderr);
	diag_clear(&d);
	db_set_working_year(cfg.year);
	rc = cmd->run(&args, &cfg);
	config_release(&cfg);
out:
	args_release(&args);
	free(rest);
	return rc;
}
