/* args — see args.h. */
#include "common/args.h"
#include "common/msg.h"
#include "common/util.h"

#include <string.h>

static const struct arg_opt *find(const struct arg_opt *opts, size_t n, const char *a, const char **inline_value)
{
	*inline_value = NULL;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(opts[i].name);
		if (!strcmp(a, opts[i].name) || (opts[i].alias && !strcmp(a, opts[i].alias)))
			return &opts[i];
		if (opts[i].value && !strncmp(a, opts[i].name, len) && a[len] == '=') {
			*inline_value = a + len + 1;
			return &opts[i];
		}
	}
	return NULL;
}

int args_parse(int argc, char **argv, const struct arg_opt *opts, size_t nopts, char ***operands, int *noperands)
{
	*operands = xcalloc((size_t)argc + 1, sizeof(char *));
	*noperands = 0;
	int only_operands = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (only_operands || a[0] != '-' || !strcmp(a, "-")) {
			(*operands)[(*noperands)++] = argv[i];
			continue;
		}
		if (!strcmp(a, "--")) {
			only_operands = 1;
			continue;
		}
		const char *iv;
		const struct arg_opt *o = find(opts, nopts, a, &iv);
		if (!o) {
			error(_("unknown option \"%s\" for %s; see gongkai %s --help"), a, argv[0], argv[0]);
			return -1;
		}
		if (o->flag) {
			*o->flag = 1;
		} else if (iv) {
			*o->value = iv;
		} else if (i + 1 < argc) {
			*o->value = argv[++i];
		} else {
			error(_("option %s needs a value"), a);
			return -1;
		}
	}
	return 0;
}
