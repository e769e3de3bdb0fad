/*
 * commands — the command table (cli.md) and option helpers shared by the
 * commands' own argument parsing.
 */
#ifndef GK_COMMANDS_H
#define GK_COMMANDS_H

#include "common/config.h"

struct command {
	const char *name;
	int (*run)(int argc, char **argv, const struct config *cfg);
	const char *args;    /* usage line after the name, untranslated syntax */
	const char *summary; /* N_() one-line description */
	const char *help;    /* N_() the options, one per line */
};

extern const struct command commands[];
extern const size_t ncommands;

const struct command *command_find(const char *name);
void command_usage(const struct command *c, FILE *out);

int cmd_run(int argc, char **argv, const struct config *cfg);

#endif
