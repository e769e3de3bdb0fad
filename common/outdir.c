/* outdir — see outdir.h. */
#include "common/outdir.h"
#include "common/msg.h"
#include "common/util.h"

#include <errno.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int outdir_check(const char *target, int is_folder)
{
	char *copy = xstrdup(target);
	/* "out/" names the folder out: its parent is "." */
	size_t n = strlen(copy);
	while (n > 1 && copy[n - 1] == '/')
		copy[--n] = '\0';
	const char *parent = dirname(copy);
	struct stat st;
	int rc = 0, exists = stat(parent, &st) == 0;
	if (!exists || !S_ISDIR(st.st_mode)) {
		if (is_folder && !exists)
			error(_("cannot make the folder %s: the folder %s above it does not exist; nothing was written: create "
				"that folder first or choose another path (-o)"),
			      target, parent);
		else if (is_folder)
			error(_("cannot make the folder %s: %s is not a folder; nothing was written: choose another path (-o)"),
			      target, parent);
		else if (!exists)
			error(_("cannot write %s: the folder %s does not exist; nothing was written: create the folder first or "
				"choose another path (-o)"),
			      target, parent);
		else
			error(_("cannot write %s: %s is not a folder; nothing was written: choose another path (-o)"), target,
			      parent);
		rc = -1;
	}
	free(copy);
	return rc;
}

int outdir_make(const char *dir)
{
	if (outdir_check(dir, 1) < 0)
		return -1;
	if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
		error(_("cannot make the folder %s: %s; nothing was written"), dir, strerror(errno));
		return -1;
	}
	return 0;
}
