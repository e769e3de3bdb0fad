/* args — see args.h. */
#include "common/args.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>

static size_t nopts(const struct args_spec *s)
{
	size_t n = 0;
	while (n < ARGS_MAX_OPTS && s->opt[n].name)
		n++;
	return n;
}

/* The declared option `a` names ("--x", "-o" or "--x=value"); its index or -1. */
static int find(const struct args_spec *s, const char *a, const char **inline_value)
{
	*inline_value = NULL;
	for (size_t i = 0; i < nopts(s); i++) {
		const struct arg_decl *o = &s->opt[i];
		size_t len = strlen(o->name);
		if (!strcmp(a, o->name) || (o->alias && !strcmp(a, o->alias)))
			return (int)i;
		if (!strncmp(a, o->name, len) && a[len] == '=') {
			*inline_value = a + len + 1;
			return (int)i;
		}
	}
	return -1;
}

/* The declared option's index; a name no entry declares is a programming error. */
static int index_of(const struct args *a, const char *name)
{
	for (size_t i = 0; i < nopts(a->spec); i++)
		if (!strcmp(a->spec->opt[i].name, name))
			return (int)i;
	fprintf(stderr, "BUG: %s has no option %s in the command table\n", a->cmd, name);
	abort();
}

int args_parse(const char *cmd, const struct args_spec *spec, int argc, char **argv, struct args *out)
{
	memset(out, 0, sizeof(*out));
	out->cmd = cmd;
	out->spec = spec;
	out->operand = xcalloc((size_t)argc + 1, sizeof(char *));
	int only_operands = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (only_operands || a[0] != '-' || !strcmp(a, "-")) {
			out->operand[out->noperands++] = argv[i];
			continue;
		}
		if (!strcmp(a, "--")) {
			only_operands = 1;
			continue;
		}
		const char *iv;
		int k = find(spec, a, &iv);
		if (k < 0) {
			error(_("unknown option \"%s\" for %s; see gongkai %s --help"), a, cmd, cmd);
			return -1;
		}
		const struct arg_decl *o = &spec->opt[k];
		if (out->given[k]) {
			error(_("option %s is given twice; see gongkai %s --help"), o->name, cmd);
			return -1;
		}
		out->given[k] = 1;
		if (!o->metavar) {
			if (iv) {
				error(_("option %s takes no value; see gongkai %s --help"), o->name, cmd);
				return -1;
			}
			continue;
		}
		if (!iv && i + 1 < argc)
			iv = argv[++i];
		if (!iv || !*iv) {
			error(_("option %s needs a value (%s); see gongkai %s --help"), a[1] == '-' ? o->name : a,
			      _(o->metavar), cmd);
			return -1;
		}
		out->value[k] = iv;
	}
	if (spec->max_operands >= 0 && out->noperands > spec->max_operands) {
		if (spec->max_operands == 0 && !nopts(spec))
			error(_("%s takes no arguments: \"%s\" is one too many; see gongkai %s --help"), cmd, out->operand[0],
			      cmd);
		else if (spec->max_operands == 0)
			error(_("%s takes no arguments, only options: \"%s\" is one too many; see gongkai %s --help"), cmd,
			      out->operand[0], cmd);
		else
			error(_("%s takes at most %d arguments: \"%s\" is one too many; see gongkai %s --help"), cmd,
			      spec->max_operands, out->operand[spec->max_operands], cmd);
		return -1;
	}
	if (out->noperands < spec->min_operands) {
		error(_("%s needs %s; see gongkai %s --help"), cmd, _(spec->operands), cmd);
		return -1;
	}
	return 0;
}

void args_release(struct args *a)
{
	free(a->operand);
	a->operand = NULL;
	a->noperands = 0;
}

const char *arg_value(const struct args *a, const char *name, const char *dflt)
{
	int k = index_of(a, name);
	return a->value[k] ? a->value[k] : dflt;
}

int arg_given(const struct args *a, const char *name)
{
	return a->given[index_of(a, name)];
}

/* "-o FILE" or "--unit CODE": the short form when there is one. */
static void add_form(struct strbuf *sb, const struct arg_decl *o, int both)
{
	if (o->alias) {
		sb_adds(sb, o->alias);
		if (both) {
			sb_adds(sb, ", ");
			sb_adds(sb, o->name);
		}
	} else {
		sb_adds(sb, o->name);
	}
	if (o->metavar) {
		sb_addc(sb, ' ');
		sb_adds(sb, _(o->metavar));
	}
}

char *args_synopsis(const struct args_spec *spec)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < nopts(spec); i++) {
		if (sb.len)
			sb_addc(&sb, ' ');
		sb_addc(&sb, '[');
		add_form(&sb, &spec->opt[i], 0);
		sb_addc(&sb, ']');
	}
	if (spec->operands) {
		if (sb.len)
			sb_addc(&sb, ' ');
		sb_adds(&sb, _(spec->operands));
	}
	return sb.len ? sb_detach(&sb) : xstrdup("");
}

/* Columns a terminal gives s: CJK and full-width characters take two. */
static size_t width(const char *s)
{
	size_t w = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p & 0xC0) == 0x80)
			continue;
		w += *p >= 0xE1 ? 2 : 1; /* U+1100 and above are three or four bytes starting at 0xE1 */
	}
	return w;
}

static void help_line(FILE *out, const char *left, const char *text, size_t col)
{
	fprintf(out, "  %s", left);
	for (size_t w = width(left); w < col; w++)
		fputc(' ', out);
	fprintf(out, " %s\n", text);
}

void args_help(const struct args_spec *spec, FILE *out)
{
	size_t n = nopts(spec), col = 12; /* the help text starts two columns after the widest option */
	char *left[ARGS_MAX_OPTS];
	for (size_t i = 0; i < n; i++) {
		struct strbuf sb = STRBUF_INIT;
		add_form(&sb, &spec->opt[i], 1);
		left[i] = sb_detach(&sb);
		if (width(left[i]) + 1 > col)
			col = width(left[i]) + 1;
	}
	if (spec->operands && width(_(spec->operands)) + 1 > col)
		col = width(_(spec->operands)) + 1;
	if (spec->operands && spec->operands_help)
		help_line(out, _(spec->operands), _(spec->operands_help), col);
	for (size_t i = 0; i < n; i++) {
		help_line(out, left[i], _(spec->opt[i].help), col);
		free(left[i]);
	}
	if (spec->note)
		fprintf(out, "%s%s\n", n || spec->operands_help ? "\n" : "", _(spec->note));
}
