/*
 * args — the few options a command takes, declared as data and parsed by
 * one routine that reports unknown options and missing values the same way
 * for every command.
 */
#ifndef GK_ARGS_H
#define GK_ARGS_H

#include <stddef.h>

struct arg_opt {
	const char *name;   /* "--unit" */
	const char *alias;  /* "-o", or NULL */
	const char **value; /* for an option with a value */
	int *flag;          /* for a flag */
};

/*
 * Parse argv[1..] (argv[0] is the command); operands are gathered in
 * *operands (argv-owned strings, the array owned by the caller, free()).
 * Returns 0, or -1 after printing an error.
 */
int args_parse(int argc, char **argv, const struct arg_opt *opts, size_t nopts, char ***operands, int *noperands);

#endif
