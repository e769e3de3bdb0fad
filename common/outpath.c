/*
 * outpath — see outpath.h.
 */
#include "common/outpath.h"
#include "common/outdir.h"
#include "common/msg.h"
#include "common/util.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * The absolute path of p with every existing part resolved (symbolic links,
 * "..", "."), the parts that do not exist yet appended as written.  Caller frees.
 */
static char *canonical(const char *p)
{
	char *real = realpath(p, NULL);
	if (real)
		return real;
	char *copy = xstrdup(p), *dir_copy = xstrdup(p);
	const char *base = basename(copy);
	const char *dir = dirname(dir_copy);
	char *up = strcmp(dir, p) ? canonical(dir) : xstrdup(dir);
	char *r = !strcmp(base, ".") || !strcmp(base, "/") ? xstrdup(up)
		  : xasprintf("%s%s%s", up, up[strlen(up) - 1] == '/' ? "" : "/", base);
	free(up);
	free(copy);
	free(dir_copy);
	return r;
}

/* Is `target` (lstat'ed into st, exists) or its canonical path the file `input`? */
static int same_file(const char *target, const struct stat *st, int exists, const char *canon_target, const char *input)
{
	if (!input)
		return 0;
	struct stat in;
	if (exists && stat(input, &in) == 0 && in.st_dev == st->st_dev && in.st_ino == st->st_ino)
		return 1;
	char *c = canonical(input);
	int same = !strcmp(c, canon_target);
	free(c);
	(void)target;
	return same;
}

/* Is canon_target the folder `dir` or inside it? */
static int inside(const char *canon_target, const char *dir)
{
	if (!dir)
		return 0;
	char *c = canonical(dir);
	size_t n = strlen(c);
	int in = !strncmp(canon_target, c, n) && (canon_target[n] == '\0' || canon_target[n] == '/' || (n == 1 && c[0] == '/'));
	free(c);
	return in;
}

static int refuse(const char *target, const char *what)
{
	char *shown = escaped(target);
	error(_("will not write %s: it is %s; nothing was written: choose another path (-o)"), shown, what);
	free(shown);
	return -1;
}

int outpath_check(const struct config *cfg, const char *target, enum outpath_kind kind)
{
	struct stat st;
	int exists = lstat(target, &st) == 0;
	if (exists && S_ISLNK(st.st_mode))
		return refuse(target, _("a symbolic link"));
	if (exists && kind == OUT_FILE && S_ISDIR(st.st_mode))
		return refuse(target, _("a folder"));
	if (exists && kind == OUT_FOLDER && !S_ISDIR(st.st_mode))
		return refuse(target, _("not a folder"));
	if (exists && kind == OUT_FILE && !S_ISREG(st.st_mode))
		return refuse(target, _("a device or other special file"));
	char *canon = canonical(target);
	int rc = 0;
	if (cfg && inside(canon, cfg->inbox)) {
		rc = refuse(target, _("inside the inbox ([paths] inbox), which holds what the units sent"));
	} else if (cfg && kind == OUT_FILE) {
		char *journal = xasprintf("%s-journal", cfg->database), *wal = xasprintf("%s-wal", cfg->database),
		     *lock = xasprintf("%s.lock", cfg->database);
		if (same_file(target, &st, exists, canon, cfg->database))
			rc = refuse(target, _("the database ([paths] database)"));
		else if (same_file(target, &st, exists, canon, journal) || same_file(target, &st, exists, canon, wal) ||
			 same_file(target, &st, exists, canon, lock))
			rc = refuse(target, _("a file the database needs (its journal or lock file)"));
		else if (same_file(target, &st, exists, canon, cfg->path))
			rc = refuse(target, _("the configuration file"));
		else if (same_file(target, &st, exists, canon, cfg->roster))
			rc = refuse(target, _("the roster ([paths] roster)"));
		else if (same_file(target, &st, exists, canon, cfg->findings))
			rc = refuse(target, _("the findings ([paths] findings)"));
		free(journal);
		free(wal);
		free(lock);
	}
	free(canon);
	/* the folder it goes into must be there (outdir.h): the same refusal for every command */
	if (rc == 0 && outdir_check(target, kind == OUT_FOLDER) < 0)
		rc = -1;
	return rc;
}

int outpath_temp(const char *target, char **tmp)
{
	char *copy = xstrdup(target);
	char *dir_copy = xstrdup(target);
	char *t = xasprintf("%s/.%s.XXXXXX", dirname(dir_copy), basename(copy));
	free(copy);
	free(dir_copy);
	int fd = mkostemp(t, O_CLOEXEC);
	if (fd < 0) {
		int e = errno;
		free(t);
		errno = e;
		return -1;
	}
	/* mkstemp makes it 0600; an output is for others to read too (as fopen would make it) */
	mode_t mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	*tmp = t;
	return fd;
}

int outpath_commit(char *tmp, const char *target)
{
	int fd = open(tmp, O_RDONLY | O_CLOEXEC);
	int rc = fd >= 0 && fsync(fd) == 0 ? 0 : -1;
	int e = errno;
	if (fd >= 0)
		close(fd);
	if (rc == 0 && rename(tmp, target) < 0) {
		rc = -1;
		e = errno;
	}
	if (rc < 0)
		unlink(tmp);
	free(tmp);
	errno = e;
	return rc;
}

void outpath_abandon(char *tmp)
{
	if (tmp)
		unlink(tmp);
	free(tmp);
}
