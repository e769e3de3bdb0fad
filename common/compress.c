/*
 * compress — zstd frames in and out; see compress.h.  One-shot calls: the
 * files are small (kilobytes to a few megabytes) and measured, a context
 * made per call costs about the same as a reused one at level 1
 * (bench/README.md, "collect").
 */
#include "common/compress.h"
#include "common/util.h"

#include <stdlib.h>
#include <zstd.h>

int compress_bytes(const void *src, size_t n, int level, char **out, size_t *outlen)
{
	*out = NULL;
	*outlen = 0;
	if (n > COMPRESS_MAX_BYTES)
		return -1;
	size_t cap = ZSTD_compressBound(n);
	char *buf = xmalloc(cap ? cap : 1);
	size_t r = ZSTD_compress(buf, cap, src, n, level);
	if (ZSTD_isError(r)) {
		free(buf);
		return -1;
	}
	*out = buf;
	*outlen = r;
	return 0;
}

int decompress_bytes(const void *src, size_t n, size_t size, char **out)
{
	*out = NULL;
	if (size > COMPRESS_MAX_BYTES)
		return -1;
	unsigned long long held = ZSTD_getFrameContentSize(src, n);
	if (held == ZSTD_CONTENTSIZE_ERROR || held == ZSTD_CONTENTSIZE_UNKNOWN || held != size)
		return -1;
	size_t frame = ZSTD_findFrameCompressedSize(src, n);
	if (ZSTD_isError(frame) || frame != n) /* one frame, nothing after it */
		return -1;
	char *buf = xmalloc(size + 1);
	size_t r = ZSTD_decompress(buf, size, src, n);
	if (ZSTD_isError(r) || r != size) {
		free(buf);
		return -1;
	}
	buf[size] = 0;
	*out = buf;
	return 0;
}
