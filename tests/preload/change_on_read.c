/*
 * change_on_read — an LD_PRELOAD shim for tests: the first time a file whose
 * path ends with $GONGKAI_TEST_CHANGE is read, it is changed underneath the
 * reader, as a clerk saving the file again while collect reads it would:
 * GONGKAI_TEST_CHANGE_HOW=append adds a line, =touch sets its time an hour
 * later.  Lets tests/t/605 check that such a file is rejected.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int done;

ssize_t read(int fd, void *buf, size_t n)
{
	static ssize_t (*real)(int, void *, size_t);
	if (!real)
		real = (ssize_t(*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
	ssize_t r = real(fd, buf, n);
	const char *want = getenv("GONGKAI_TEST_CHANGE");
	if (r > 0 && want && !__atomic_load_n(&done, __ATOMIC_SEQ_CST)) {
		char link[64], path[4096];
		snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
		ssize_t k = readlink(link, path, sizeof(path) - 1);
		if (k > 0) {
			path[k] = '\0';
			size_t lp = strlen(path), lw = strlen(want);
			if (lp >= lw && !strcmp(path + lp - lw, want) && !__atomic_exchange_n(&done, 1, __ATOMIC_SEQ_CST)) {
				const char *how = getenv("GONGKAI_TEST_CHANGE_HOW");
				if (how && !strcmp(how, "touch")) {
					struct stat st;
					if (fstat(fd, &st) == 0) {
						struct timespec t[2] = { st.st_atim, st.st_mtim };
						t[1].tv_sec += 3600;
						futimens(fd, t);
					}
				} else {
					int w = open(path, O_WRONLY | O_APPEND);
					if (w >= 0) {
						(void)!write(w, "x\n", 2);
						close(w);
					}
				}
			}
		}
	}
	return r;
}
