/*
 * util — allocation that never returns NULL, a growable string buffer and
 * a growable pointer vector.  A batch tool may die on out-of-memory; every
 * other failure is a value returned to the caller.
 *
 * Ownership: sb_release() frees a buffer's contents, sb_detach() hands the
 * bytes to the caller (who frees them), vec_release() frees the array but not
 * the elements unless given a free function.
 */
#ifndef GK_UTIL_H
#define GK_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

struct strbuf {
	char *buf;   /* always NUL-terminated once anything is added */
	size_t len;
	size_t alloc;
};
#define STRBUF_INIT { NULL, 0, 0 }

void sb_grow(struct strbuf *sb, size_t extra);
/* sb_add and sb_addc are inline: readers call them for every field of every row. */
static inline void sb_add(struct strbuf *sb, const void *data, size_t n)
{
	if (sb->len + n + 1 > sb->alloc)
		sb_grow(sb, n);
	if (n)
		memcpy(sb->buf + sb->len, data, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}
static inline void sb_addc(struct strbuf *sb, char c)
{
	if (sb->len + 2 > sb->alloc)
		sb_grow(sb, 1);
	sb->buf[sb->len++] = c;
	sb->buf[sb->len] = '\0';
}
void sb_adds(struct strbuf *sb, const char *s);
/* A whole number in decimal. */
void sb_add_int(struct strbuf *sb, long long v);
void sb_addf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
/*
 * Append s[0..n) with control characters (C0, DEL, C1) and bytes that are not
 * UTF-8 shown as \n, \r, \t, \xNN or \u0085, cut at max bytes (0: no cut)
 * on a character boundary with "…".  For names and values read from input
 * that go into a message or a file another program reads.
 */
void sb_add_escaped(struct strbuf *sb, const char *s, size_t n, size_t max);
/* The same as a new string (caller frees). */
char *escaped(const char *s);
void sb_reset(struct strbuf *sb);
void sb_release(struct strbuf *sb);
char *sb_detach(struct strbuf *sb);
/* The buffer's text; "" for a buffer that never received anything. */
const char *sb_str(const struct strbuf *sb);

struct vec {
	void **item;
	size_t n;
	size_t alloc;
};
#define VEC_INIT { NULL, 0, 0 }
void vec_push(struct vec *v, void *p);
void vec_release(struct vec *v, void (*free_fn)(void *));

/* Trim ASCII white space and the Unicode spaces and invisible blanks (util.c lists them) in place. */
char *trim(char *s);
/* Read a whole regular file; returns 0 or -1 with errno set. *out is owned by the caller. */
int read_file(const char *path, char **out, size_t *len);
/*
 * Read an open file to its end, at most max bytes (0: no bound): more is
 * -1 with errno EFBIG.  *out (NUL-terminated, caller frees) and *len.
 */
int read_fd(int fd, long long max, char **out, size_t *len);
/* Join dir and a relative path ("dir/rel"); an absolute rel is returned as is. */
char *path_join(const char *dir, const char *rel);
/* Create the folders above the file `path` that do not exist yet (as mkdir -p). 0, or -1 with errno. */
int make_parent_dirs(const char *path);

#endif
