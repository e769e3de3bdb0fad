/*
 * textin — see textin.h.  The decision UTF-8 versus GB18030 is made once for
 * the whole file (never per field), as pitfalls.md advises.
 */
#include "common/textin.h"
#include "common/msg.h"
#include "common/util.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

size_t utf8_valid_prefix(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		if (c < 0x80) {
			/* Fast path: eight ASCII bytes, none NUL. */
			uint64_t w;
			if (i + 8 <= n && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ULL)) &&
			    !((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL)) {
				i += 8;
				continue;
			}
			if (c == 0)
				return i;
			i++;
			continue;
		}
		/* Fast path: a three-byte character E1–EC or EE–EF (most of CJK), which can be neither overlong nor a surrogate. */
		if (c >= 0xE1 && c != 0xED && c <= 0xEF && n - i > 2 && (s[i + 1] & 0xC0) == 0x80 &&
		    (s[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		size_t k;
		unsigned cp, min;
		if ((c & 0xE0) == 0xC0) {
			k = 1, cp = c & 0x1F, min = 0x80;
		} else if ((c & 0xF0) == 0xE0) {
			k = 2, cp = c & 0x0F, min = 0x800;
		} else if ((c & 0xF8) == 0xF0) {
			k = 3, cp = c & 0x07, min = 0x10000;
		} else {
			return i;
		}
		if (k >= n - i)
			return i;
		for (size_t j = 1; j <= k; j++) {
			if ((s[i + j] & 0xC0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + j] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += k + 1;
	}
	return n;
}

unsigned utf8_next(const char **pp)
{
	const unsigned char *p = (const unsigned char *)*pp;
	unsigned c = p[0], cp;
	size_t k;
	if (c < 0x80) {
		*pp += 1;
		return c;
	} else if ((c & 0xE0) == 0xC0) {
		k = 1, cp = c & 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		k = 2, cp = c & 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		k = 3, cp = c & 0x07;
	} else {
		*pp += 1;
		return 0xFFFD;
	}
	for (size_t j = 1; j <= k; j++) {
		if ((p[j] & 0xC0) != 0x80) {
			*pp += j;
			return 0xFFFD;
		}
		cp = (cp << 6) | (p[j] & 0x3F);
	}
	*pp += k + 1;
	return cp;
}

size_t utf8_len(const char *s)
{
	size_t n = 0;
	while (*s) {
		utf8_next(&s);
		n++;
	}
	return n;
}

static long line_of(const char *s, size_t off)
{
	long line = 1;
	for (size_t i = 0; i < off; i++)
		line += s[i] == '\n';
	return line;
}

static int from_gb18030(struct text *t, const char *display, struct diags *d)
{
	if (memchr(t->raw, '\0', t->raw_len)) {
		size_t off = (size_t)((char *)memchr(t->raw, '\0', t->raw_len) - t->raw);
		diag_err(d, display, line_of(t->raw, off), NULL,
			 _("the file is not text (a NUL byte at byte %zu); save it as CSV/text in UTF-8 or GB18030"), off + 1);
		return -1;
	}
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	if (cd == (iconv_t)-1) {
		diag_err(d, display, 0, NULL, _("cannot convert from GB18030 on this system: %s"), strerror(errno));
		return -1;
	}
	size_t cap = t->raw_len * 2 + 16;
	char *out = xmalloc(cap);
	char *in = t->raw, *o = out;
	size_t inleft = t->raw_len, outleft = cap - 1;
	int rc = 0;
	while (inleft > 0) {
		if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1) {
			if (errno == E2BIG) {
				size_t used = (size_t)(o - out);
				cap *= 2;
				out = xrealloc(out, cap);
				o = out + used;
				outleft = cap - used - 1;
				continue;
			}
			size_t off = (size_t)(in - t->raw);
			diag_err(d, display, line_of(t->raw, off), NULL,
				 _("the file is neither UTF-8 nor GB18030 (bad byte 0x%02X at byte %zu); save it as CSV UTF-8 or as GB18030/GBK text"),
				 (unsigned char)*in, off + 1);
			rc = -1;
			break;
		}
	}
	iconv_close(cd);
	if (rc) {
		free(out);
		return -1;
	}
	*o = '\0';
	t->converted = out;
	t->utf8 = out;
	t->len = (size_t)(o - out);
	t->encoding = "GB18030";
	return 0;
}

/*
 * Does the text look like UTF-8 with a few bad bytes, rather than GB18030?
 * Counts the valid multi-byte UTF-8 characters and the bytes that are not
 * UTF-8: a GB18030 file has few of the former, a UTF-8 file damaged in a
 * place (an editor that saved one character wrongly) many.  Then the first
 * bad byte is where the problem is, not wherever GB18030 decoding fails.
 */
static int mostly_utf8(const char *s, size_t n)
{
	size_t good = 0, bad = 0;
	for (size_t i = 0; i < n;) {
		size_t ok = utf8_valid_prefix(s + i, n - i);
		for (size_t k = i; k < i + ok; k++)
			good += ((unsigned char)s[k] & 0xC0) == 0xC0; /* a lead byte of a multi-byte character */
		i += ok;
		if (i < n) {
			bad++;
			i++;
		}
	}
	return good > 0 && good >= 4 * bad;
}

int text_decode(struct text *t, const char *display, struct diags *d)
{
	const char *s = t->raw;
	size_t n = t->raw_len;
	int bom = n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3);
	if (bom) {
		s += 3;
		n -= 3;
	}
	if (utf8_valid_prefix(s, n) == n) {
		t->utf8 = s; /* already UTF-8: no copy */
		t->len = n;
		t->encoding = bom ? "UTF-8 BOM" : "UTF-8";
		return 0;
	}
	if (bom) {
		size_t off = utf8_valid_prefix(s, n) + 3;
		diag_err(d, display, line_of(t->raw, off), NULL,
			 _("the file starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte %zu); save it again as CSV UTF-8"),
			 off + 1);
		return -1;
	}
	if (mostly_utf8(s, n)) {
		size_t off = utf8_valid_prefix(s, n);
		diag_err(d, display, line_of(s, off), NULL,
			 _("the file is UTF-8 except for byte %zu (0x%02X), which is not; correct the character there or save the file again as CSV UTF-8"),
			 off + 1, (unsigned char)s[off]);
		return -1;
	}
	return from_gb18030(t, display, d);
}

int text_load(const char *path, const char *display, struct text *t, struct diags *d)
{
	memset(t, 0, sizeof(*t));
	struct stat st;
	if (lstat(path, &st) < 0) {
		if (errno == ENOENT)
			diag_err(d, display, 0, NULL, _("the file does not exist; check the name and the folder"));
		else
			diag_err(d, display, 0, NULL, _("cannot read the file: %s"), strerror(errno));
		return -1;
	}
	if (S_ISLNK(st.st_mode)) {
		diag_err(d, display, 0, NULL, _("the file is a symbolic link; put the file itself in the folder"));
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		diag_err(d, display, 0, NULL, _("not a regular file; put a plain file in the folder"));
		return -1;
	}
	if (read_file(path, &t->raw, &t->raw_len) < 0) {
		diag_err(d, display, 0, NULL, _("cannot read the file: %s"), strerror(errno));
		return -1;
	}
	t->mtime = st.st_mtime;
	if (text_decode(t, display, d) < 0) {
		free(t->raw);
		t->raw = NULL;
		return -1;
	}
	return 0;
}

void text_release(struct text *t)
{
	free(t->raw);
	free(t->converted);
	t->raw = t->converted = NULL;
	t->utf8 = NULL;
	t->len = t->raw_len = 0;
}

int text_width(const char *s)
{
	int w = 0;
	while (*s) {
		unsigned cp = utf8_next(&s);
		w += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
				       (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
				       (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000))
			     ? 2
			     : 1;
	}
	return w;
}
