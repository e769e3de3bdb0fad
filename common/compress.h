/*
 * compress — the adapter around libzstd (Debian libzstd-dev): the only file
 * that includes zstd.h.  collect stores every file's bytes compressed
 * (collect/package.c, in the reading threads), with the original SHA-256
 * and size beside them; every reader of stored bytes decompresses them
 * through here and checks the size.
 *
 * Ownership: the caller frees *out.  Sizes are bounded: nothing larger than
 * COMPRESS_MAX_BYTES is compressed or decompressed (a damaged size column
 * cannot make a reader allocate more).
 */
#ifndef GK_COMPRESS_H
#define GK_COMPRESS_H

#include <stddef.h>

#define COMPRESS_MAX_BYTES ((size_t)1 << 30)
/* The level collect uses (bench/README.md, "collect", says how it was chosen). */
#define COMPRESS_LEVEL 1
/* What the compression column of package_file says for these bytes. */
#define COMPRESS_NAME "zstd"

/* One zstd frame holding src[0, n) at level: *out (malloc'd) and *outlen.  0, or -1 (too large). */
int compress_bytes(const void *src, size_t n, int level, char **out, size_t *outlen);
/* The size bytes held by the frame src[0, n): *out (malloc'd, size bytes and a NUL).  0, or -1 when the
 * frame is damaged, is not one frame, or does not hold exactly size bytes. */
int decompress_bytes(const void *src, size_t n, size_t size, char **out);

#endif
