/*
 * util — the few helpers every module uses.  See util.h.
 */
#include "common/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void oom(void)
{
	fputs("gongkai: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom();
	return q;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	return sb_detach(&sb);
}

void sb_grow(struct strbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;
	if (need <= sb->alloc)
		return;
	size_t a = sb->alloc ? sb->alloc : 64;
	while (a < need)
		a *= 2;
	sb->buf = xrealloc(sb->buf, a);
	sb->alloc = a;
	sb->buf[sb->len] = '\0'; /* terminated even if nothing is ever added */
}

void sb_adds(struct strbuf *sb, const char *s)
{
	sb_add(sb, s, strlen(s));
}

void sb_add_int(struct strbuf *sb, long long v)
{
	char digits[24], *d = digits + sizeof(digits);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	do
		*--d = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		*--d = '-';
	sb_add(sb, d, (size_t)(digits + sizeof(digits) - d));
}

void sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	sb_grow(sb, (size_t)n);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void sb_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(sb, fmt, ap);
	va_end(ap);
}

/* Length of the valid UTF-8 character at s (n bytes left), or 0. */
static size_t utf8_char(const unsigned char *s, size_t n, unsigned *cp)
{
	unsigned c = s[0];
	size_t k;
	unsigned v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		k = 1, v = c & 0x1F, min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		k = 2, v = c & 0x0F, min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		k = 3, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (k >= n)
		return 0;
	for (size_t j = 1; j <= k; j++) {
		if ((s[j] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[j] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return k + 1;
}

void sb_add_escaped(struct strbuf *sb, const char *str, size_t n, size_t max)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t start = sb->len;
	sb_grow(sb, n < 256 ? n : 256);
	for (size_t i = 0; i < n;) {
		unsigned cp;
		size_t k = utf8_char(s + i, n - i, &cp);
		char esc[12];
		size_t elen;
		if (k == 0) {
			elen = (size_t)snprintf(esc, sizeof(esc), "\\x%02X", s[i]);
			k = 1;
		} else if (cp == '\n') {
			elen = 2, memcpy(esc, "\\n", 2);
		} else if (cp == '\r') {
			elen = 2, memcpy(esc, "\\r", 2);
		} else if (cp == '\t') {
			elen = 2, memcpy(esc, "\\t", 2);
		} else if (cp < 0x20 || cp == 0x7F) {
			elen = (size_t)snprintf(esc, sizeof(esc), "\\x%02X", cp);
		} else if (cp >= 0x80 && cp < 0xA0) {
			elen = (size_t)snprintf(esc, sizeof(esc), "\\u%04X", cp);
		} else {
			elen = 0;
		}
		size_t add = elen ? elen : k;
		if (max && sb->len - start + add > max - 3) { /* room for "…" */
			sb_add(sb, "\xE2\x80\xA6", 3);
			return;
		}
		sb_add(sb, elen ? esc : (const char *)s + i, add);
		i += k;
	}
}

char *escaped(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	sb_add_escaped(&sb, s, strlen(s), 0);
	return sb_detach(&sb);
}

void sb_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->buf)
		sb->buf[0] = '\0';
}

void sb_release(struct strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->alloc = 0;
}

char *sb_detach(struct strbuf *sb)
{
	char *p = sb->buf ? sb->buf : xstrdup("");
	sb->buf = NULL;
	sb->len = sb->alloc = 0;
	return p;
}

const char *sb_str(const struct strbuf *sb)
{
	return sb->buf ? sb->buf : "";
}

void vec_push(struct vec *v, void *p)
{
	if (v->n == v->alloc) {
		v->alloc = v->alloc ? v->alloc * 2 : 16;
		v->item = xrealloc(v->item, v->alloc * sizeof(*v->item));
	}
	v->item[v->n++] = p;
}

void vec_release(struct vec *v, void (*free_fn)(void *))
{
	if (free_fn)
		for (size_t i = 0; i < v->n; i++)
			free_fn(v->item[i]);
	free(v->item);
	v->item = NULL;
	v->n = v->alloc = 0;
}

/*
 * The length of the blank character at s, or 0: ASCII white space, and the
 * Unicode spaces a spreadsheet or a word processor puts in (U+0085, U+00A0,
 * U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) and the
 * invisible ones (U+200B–U+200D, U+2060, U+FEFF): a cell or a summary of
 * nothing but these is empty.
 */
static size_t space_len(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c = s[0];
	if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f')
		return 1;
	if (c == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0))
		return 2;
	if (c == 0xE1 && s[1] == 0x9A && s[2] == 0x80)
		return 3; /* U+1680 */
	if (c == 0xE2 && s[1] == 0x80 && ((s[2] >= 0x80 && s[2] <= 0x8D) || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
		return 3; /* U+2000–U+200D, U+2028, U+2029, U+202F */
	if (c == 0xE2 && s[1] == 0x81 && (s[2] == 0x9F || s[2] == 0xA0))
		return 3; /* U+205F, U+2060 */
	if (c == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 3; /* U+3000 IDEOGRAPHIC SPACE */
	if (c == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 3; /* U+FEFF */
	return 0;
}

char *trim(char *s)
{
	size_t n;
	while ((n = space_len(s)) > 0)
		s += n;
	size_t len = strlen(s);
	for (;;) {
		if (len >= 1 && space_len(s + len - 1) == 1)
			len--;
		else if (len >= 2 && space_len(s + len - 2) == 2)
			len -= 2;
		else if (len >= 3 && space_len(s + len - 3) == 3)
			len -= 3;
		else
			break;
	}
	if (s[len]) /* write only when something was trimmed: s may be a literal "" */
		s[len] = '\0';
	return s;
}

int read_fd(int fd, long long max, char **out, size_t *len)
{
	struct stat st;
	if (fstat(fd, &st) < 0)
		return -1;
	if (max > 0 && st.st_size > max) {
		errno = EFBIG;
		return -1;
	}
	size_t cap = (size_t)st.st_size + 2, n = 0; /* + the NUL, + 1 so that the read that sees EOF needs no growth */
	char *buf = xmalloc(cap);
	for (;;) {
		if (n + 1 >= cap) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t r = read(fd, buf + n, cap - n - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			free(buf);
			errno = e;
			return -1;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (max > 0 && n > (size_t)max) { /* it grew while being read */
			free(buf);
			errno = EFBIG;
			return -1;
		}
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

int read_file(const char *path, char **out, size_t *len)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return -1;
	struct stat st;
	int bad = fstat(fd, &st) < 0 ? errno : (!S_ISREG(st.st_mode) ? EINVAL : 0);
	if (bad) {
		close(fd);
		errno = bad;
		return -1;
	}
	int rc = read_fd(fd, 0, out, len);
	int e = errno;
	close(fd);
	errno = e;
	return rc;
}

char *path_join(const char *dir, const char *rel)
{
	if (rel[0] == '/' || !dir || !dir[0])
		return xstrdup(rel);
	size_t dl = strlen(dir);
	if (dir[dl - 1] == '/')
		return xasprintf("%s%s", dir, rel);
	return xasprintf("%s/%s", dir, rel);
}

int make_parent_dirs(const char *path)
{
	char *dir = xstrdup(path);
	int rc = 0;
	char *end = strrchr(dir, '/');
	if (end && end != dir) {
		*end = '\0';
		/* each prefix ending before a '/', then the whole folder */
		for (char *p = dir + 1;; p++) {
			if (*p != '/' && *p != '\0')
				continue;
			char c = *p;
			*p = '\0';
			if (mkdir(dir, 0777) < 0 && errno != EEXIST)
				rc = -1;
			*p = c;
			if (rc < 0 || !c)
				break;
		}
	}
	int e = errno;
	free(dir);
	errno = e;
	return rc;
}
