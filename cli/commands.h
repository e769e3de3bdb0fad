/*
 * commands — the command table (cli.md).  See the top of cli/commands.c for
 * how to add a command.
 */
#ifndef GK_COMMANDS_H
#define GK_COMMANDS_H

#include "common/args.h"
#include "common/config.h"

/* A command's entry point: its options already parsed; cfg is NULL only for a config_optional command run without one. */
typedef int (*command_fn)(const struct args *a, const struct config *cfg);

struct command {
	const char *name;
	command_fn run;
	const char *summary; /* N_() one-line description */
	struct args_spec args;
	int config_optional; /* runs without config.ini when none was named (check) */
};

extern const struct command commands[];
extern const size_t ncommands;

const struct command *command_find(const char *name);
/* The command's --help, generated from its entry. */
void command_usage(const struct command *c, FILE *out);

int cmd_run(const struct args *a, const struct config *cfg);

#endif
