/*
 * textin — reading an input file the way Chinese offices save them.
 *
 * Valid UTF-8 (with or without a byte-order mark) is UTF-8; anything else is
 * converted from GB18030 with iconv; a file that is neither, or that holds
 * NUL bytes, is rejected with its name and the place of the first bad byte.
 * The exact bytes are kept too: collect stores them and their SHA-256.
 * A symbolic link or anything but a regular file is refused, so that one
 * unit's folder can never point at another's data.
 */
#ifndef GK_TEXTIN_H
#define GK_TEXTIN_H

#include "common/diag.h"

#include <stddef.h>
#include <time.h>

struct text {
	char *raw;           /* the file's bytes, as read, followed by a NUL byte (read_file() adds it) */
	size_t raw_len;
	const char *utf8;    /* decoded, without BOM, NUL-terminated: inside raw when the file is UTF-8 */
	size_t len;
	char *converted;     /* owns the converted text of a GB18030 file (utf8 points here), else NULL */
	const char *encoding; /* "UTF-8", "UTF-8 BOM" or "GB18030" */
	time_t mtime;
};

/* Read and decode; on failure appends a diag naming `display` and returns -1. */
int text_load(const char *path, const char *display, struct text *t, struct diags *d);
/* Decode t->raw (already set, NUL after raw_len) into t->utf8. */
int text_decode(struct text *t, const char *display, struct diags *d);
void text_release(struct text *t);

/* Is [s, s+n) valid UTF-8 (no overlongs, no surrogates)? Returns the offset of the first bad byte or n. */
size_t utf8_valid_prefix(const char *s, size_t n);
/* Decode one code point at *p, advancing *p; returns U+FFFD on bad input. */
unsigned utf8_next(const char **p);
/* Columns s takes in a terminal: CJK and full-width characters two, others one. */
int text_width(const char *s);
/* Number of code points. */
size_t utf8_len(const char *s);

#endif
