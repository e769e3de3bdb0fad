/*
 * fuzz.h — what every libFuzzer target here shares (see README.md):
 * the input as a NUL-terminated string, as a decoded package file, or as a
 * file on disk for the readers that take a path.
 */
#ifndef GK_FUZZ_H
#define GK_FUZZ_H

#include "common/textin.h"
#include "common/util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The input as a NUL-terminated string (caller frees). */
static inline char *fuzz_string(const uint8_t *data, size_t size)
{
	return xstrndup((const char *)data, size);
}

/* The input as a package file's raw bytes, the way read_file() leaves them (NUL after the end). */
static inline void fuzz_text(struct text *t, const uint8_t *data, size_t size)
{
	memset(t, 0, sizeof(*t));
	t->raw = xmalloc(size + 1);
	memcpy(t->raw, data, size);
	t->raw[size] = '\0';
	t->raw_len = size;
}

static char fuzz_path[64];
static void fuzz_unlink(void)
{
	unlink(fuzz_path);
}

/* The input written to one temporary file of this process (for readers that take a path); its path. */
static inline const char *fuzz_file(const uint8_t *data, size_t size)
{
	if (!fuzz_path[0]) {
		const char *dir = getenv("TMPDIR");
		snprintf(fuzz_path, sizeof(fuzz_path), "%s/gongkai-fuzz-XXXXXX", dir && *dir && strlen(dir) < 32 ? dir : "/tmp");
		int fd = mkstemp(fuzz_path);
		if (fd < 0)
			abort();
		close(fd);
		atexit(fuzz_unlink);
	}
	FILE *f = fopen(fuzz_path, "wb");
	if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
		abort();
	return fuzz_path;
}

#endif
