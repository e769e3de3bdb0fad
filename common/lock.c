/*
 * lock — see lock.h.  The lock file holds one line written by the
 * exclusive holder: "PID START-TIME WHO".  It is emptied when the holder
 * lets go; a line whose process no longer exists (the run was killed) is
 * ignored.
 */
#include "common/lock.h"
#include "common/config.h"
#include "common/msg.h"
#include "common/util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Who holds the lock, from the file's line; a reader when there is no live writer's line. */
static void describe_holder(int fd, char *holder, size_t n)
{
	char buf[256];
	ssize_t r = pread(fd, buf, sizeof(buf) - 1, 0);
	long pid = 0;
	long long since = 0;
	char who[64] = "";
	if (r > 0) {
		buf[r] = '\0';
		if (sscanf(buf, "%ld %lld %63s", &pid, &since, who) != 3)
			pid = 0;
	}
	if (pid <= 0 || (kill((pid_t)pid, 0) < 0 && errno == ESRCH)) {
		snprintf(holder, n, "%s", _("a run that reads the archive (report, export or verify)"));
		return;
	}
	char when[32];
	time_t t = (time_t)since;
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S", &tm);
	snprintf(holder, n, _("gongkai %s, process %ld, running since %s"), who, pid, when);
}

static int try_lock(int fd, enum lock_mode mode)
{
	while (flock(fd, (mode == LOCK_EXCLUSIVE ? LOCK_EX : LOCK_SH) | LOCK_NB) < 0) {
		if (errno == EINTR)
			continue;
		return errno == EWOULDBLOCK ? 1 : -1;
	}
	return 0;
}

enum lock_result lock_acquire(struct archive_lock *l, const char *db_path, enum lock_mode mode, const char *who,
			      int wait_seconds, void (*waiting)(const char *holder, int seconds, void *ctx), void *ctx,
			      char *holder, size_t n)
{
	l->fd = -1;
	l->exclusive = 0;
	l->path = xasprintf("%s.lock", db_path);
	if (holder && n)
		holder[0] = '\0';
	int fd = open(l->path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
	if (fd < 0) {
		int e = errno;
		free(l->path);
		l->path = NULL;
		errno = e;
		return LOCK_FAILED;
	}
	int rc = try_lock(fd, mode);
	if (rc > 0) {
		char desc[320];
		describe_holder(fd, desc, sizeof(desc));
		if (waiting && wait_seconds > 0)
			waiting(desc, wait_seconds, ctx);
		/* poll every 50 ms: flock itself has no timeout */
		struct timespec start, now;
		clock_gettime(CLOCK_MONOTONIC, &start);
		while (rc > 0 && wait_seconds > 0) {
			struct timespec pause = { 0, 50 * 1000 * 1000 };
			nanosleep(&pause, NULL);
			rc = try_lock(fd, mode);
			clock_gettime(CLOCK_MONOTONIC, &now);
			if (now.tv_sec - start.tv_sec + (now.tv_nsec - start.tv_nsec) / 1e9 >= wait_seconds)
				break;
		}
		if (rc > 0) {
			describe_holder(fd, desc, sizeof(desc));
			if (holder && n)
				snprintf(holder, n, "%s", desc);
		}
	}
	if (rc != 0) {
		int e = errno;
		close(fd);
		free(l->path);
		l->path = NULL;
		errno = e;
		return rc > 0 ? LOCK_BUSY : LOCK_FAILED;
	}
	if (mode == LOCK_EXCLUSIVE) {
		char line[128];
		int len = snprintf(line, sizeof(line), "%ld %lld %s\n", (long)getpid(), (long long)time(NULL),
				   who && *who ? who : "?");
		/* best effort: the line only serves the message of a run that must wait */
		if (ftruncate(fd, 0) == 0 && len > 0)
			(void)!pwrite(fd, line, (size_t)len, 0);
	}
	l->fd = fd;
	l->exclusive = mode == LOCK_EXCLUSIVE;
	return LOCK_TAKEN;
}

void lock_release(struct archive_lock *l)
{
	if (l->fd >= 0) {
		if (l->exclusive)
			(void)!ftruncate(l->fd, 0); /* no writer's line is left behind */
		close(l->fd); /* releases the flock */
	}
	free(l->path);
	l->path = NULL;
	l->fd = -1;
}

static void say_waiting(const char *holder, int seconds, void *ctx)
{
	(void)ctx;
	info(_("%s holds the archive; waiting for it to finish (at most %d s, [limits] lock_wait)"), holder, seconds);
}

int lock_archive(struct archive_lock *l, const struct config *cfg, enum lock_mode mode, const char *who)
{
	l->fd = -1;
	l->path = NULL;
	struct stat st;
	if (mode == LOCK_SHARED && stat(cfg->database, &st) < 0)
		return 0;
	if (mode == LOCK_EXCLUSIVE)
		make_parent_dirs(cfg->database); /* the first collect makes the database's folder */
	char holder[320];
	switch (lock_acquire(l, cfg->database, mode, who, cfg->limits.lock_wait, say_waiting, NULL, holder,
			     sizeof(holder))) {
	case LOCK_TAKEN:
		return 0;
	case LOCK_BUSY:
		error(_("%s still holds the archive %s; nothing was done: run the command again when it has finished"),
		      holder, cfg->database);
		return -1;
	default:
		error(_("database: cannot open %s: %s"), cfg->database, strerror(errno));
		return -1;
	}
}
