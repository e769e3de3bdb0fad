/*
 * figures — reading the figures a summary states; see figures.h.  Works on
 * the UTF-8 text as collect stored it; never reads past its NUL.
 */
#include "score/figures.h"

#include <string.h>

/* The code point at *p (advancing *p); bad bytes read as U+FFFD one byte at a time. */
static unsigned next_cp(const unsigned char **p)
{
	const unsigned char *s = *p;
	unsigned c = s[0];
	int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
	if (n < 0) {
		*p = s + 1;
		return 0xFFFD;
	}
	unsigned cp = n == 0 ? c : c & (0x3F >> n);
	for (int i = 1; i <= n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*p = s + 1;
			return 0xFFFD;
		}
		cp = cp << 6 | (s[i] & 0x3F);
	}
	*p = s + n + 1;
	return cp;
}

static int digit_of(unsigned cp)
{
	if (cp >= '0' && cp <= '9')
		return (int)(cp - '0');
	if (cp >= 0xFF10 && cp <= 0xFF19) /* ０-９ */
		return (int)(cp - 0xFF10);
	return -1;
}

static int stops_skip(unsigned cp)
{
	return cp == 0x3002 /* 。 */ || cp == 0xFF1B /* ； */ || cp == 0xFF01 /* ！ */ || cp == 0xFF1F /* ？ */ ||
	       cp == '\n' || cp == '\r';
}

/* The figure right after a phrase that ends at p: 1 and *v when there is one. */
static int read_after(const unsigned char *p, long long *v)
{
	unsigned cp = 0;
	int skipped = 0;
	for (;;) {
		if (!*p)
			return 0;
		const unsigned char *q = p;
		cp = next_cp(&q);
		if (digit_of(cp) >= 0)
			break;
		if (stops_skip(cp) || skipped == FIGURES_SKIP)
			return 0;
		skipped++;
		p = q;
	}
	long long n = 0;
	int big = 0;
	for (;;) {
		const unsigned char *q = p;
		cp = *p ? next_cp(&q) : 0;
		int d = digit_of(cp);
		if (d < 0)
			break;
		if (n > (FIGURES_TOO_BIG - d) / 10)
			big = 1;
		else
			n = n * 10 + d;
		p = q;
	}
	if (cp != 0x4EF6) /* 件 */
		return 0;
	*v = big ? FIGURES_TOO_BIG : n;
	return 1;
}

size_t figures_stated(const char *text, const char *phrase, struct stated *out, size_t max)
{
	size_t plen = strlen(phrase), found = 0;
	if (!plen || !text)
		return 0;
	for (const char *at = strstr(text, phrase); at; at = strstr(at + 1, phrase)) {
		long long v;
		if (read_after((const unsigned char *)at + plen, &v)) {
			if (found < max)
				out[found] = (struct stated){ v, (size_t)(at - text) };
			found++;
		}
	}
	return found;
}
