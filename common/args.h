/*
 * args — a command's options declared as data and parsed by one routine.
 *
 * Every command declares its options (name, optional short alias, a
 * placeholder for the value or none for a flag, one line of help) and how
 * many operands it takes in a struct args_spec (the command table,
 * cli/commands.c, holds one per command).  args_parse() is the only code
 * that reads a command's argv: it accepts "--name VALUE", "--name=VALUE",
 * "-o VALUE" (never "-oVALUE": "-oops" is an unknown option, not the file
 * "ops"), "--" before operands that begin with "-", and reports an unknown
 * option, a missing value, an option given twice and a wrong number of
 * operands with the same message for every command.  args_help() prints the
 * command's --help from the same declaration.
 */
#ifndef GK_ARGS_H
#define GK_ARGS_H

#include <stddef.h>
#include <stdio.h>

#define ARGS_MAX_OPTS 8

struct arg_decl {
	const char *name;    /* "--output" */
	const char *alias;   /* "-o", or NULL */
	const char *metavar; /* N_("FILE") for an option with a value; NULL for a flag */
	const char *help;    /* N_() one line, without the option itself */
};

struct args_spec {
	struct arg_decl opt[ARGS_MAX_OPTS]; /* ends at the first entry without a name */
	const char *operands;      /* N_() usage of the operands ("DIR..."), NULL for none */
	const char *operands_help; /* N_() one line saying what an operand is, or NULL */
	int min_operands;          /* at least this many */
	int max_operands;          /* at most this many; -1 for any number */
	const char *note;          /* N_() a last line of help (e.g. where the inputs come from), or NULL */
};

/* What args_parse() found.  The strings point into argv; operand[] is owned (args_release()). */
struct args {
	const char *cmd;
	const struct args_spec *spec;
	const char *value[ARGS_MAX_OPTS]; /* the value of option i, NULL when not given */
	int given[ARGS_MAX_OPTS];
	char **operand;
	int noperands;
};

/*
 * Parse argv[1..argc-1] (argv[0] is the command's name, cmd) against spec.
 * Returns 0, or -1 after printing one error line (the caller exits 2).
 */
int args_parse(const char *cmd, const struct args_spec *spec, int argc, char **argv, struct args *out);
void args_release(struct args *a);

/* The value of the declared option `name` ("--output"), or dflt when it was not given. */
const char *arg_value(const struct args *a, const char *name, const char *dflt);
/* Was the declared flag or option `name` given? */
int arg_given(const struct args *a, const char *name);

/* "[--unit CODE] [-o FILE] DIR..." in the current language (owned by the caller). */
char *args_synopsis(const struct args_spec *spec);
/* The option lines of --help, in the current language. */
void args_help(const struct args_spec *spec, FILE *out);

#endif
