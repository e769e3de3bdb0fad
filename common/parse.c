/*
 * parse — see parse.h.  Everything works on a normalised ASCII copy.
 */
#include "common/parse.h"
#include "common/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Full-width forms U+FF01..U+FF5E map to ASCII 0x21..0x7E: EF BC 81..EF BD 9E. */
char *normalize_number(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		if (p[0] == 0xEF && (p[1] == 0xBC || p[1] == 0xBD) && p[2]) {
			unsigned cp = ((unsigned)(p[0] & 0x0F) << 12) | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
			if (cp >= 0xFF01 && cp <= 0xFF5E) {
				sb_addc(&sb, (char)(cp - 0xFF01 + 0x21));
				p += 3;
				continue;
			}
		}
		sb_addc(&sb, (char)*p++);
	}
	char *r = sb_detach(&sb);
	char *t = trim(r);
	memmove(r, t, strlen(t) + 1);
	return r;
}

/*
 * s as normalize_number() would give it: s itself when it is plain ASCII
 * without spaces at either end (almost every cell), else a normalized copy
 * left in *owned for the caller to free.
 */
static const char *normalized(const char *s, char **owned)
{
	const unsigned char *p = (const unsigned char *)s;
	*owned = NULL;
	if (*p && !isspace(*p)) {
		while (*p && *p < 0x80)
			p++;
		if (!*p && !isspace(p[-1]))
			return s;
	}
	return *owned = normalize_number(s);
}

/* Digits with optional thousands separators, into an integer; NULL end on failure. */
static const char *read_digits(const char *p, long long *out, int *overflow)
{
	long long v = 0;
	int ndig = 0, group = 0, seps = 0;
	for (;; p++) {
		if (isdigit((unsigned char)*p)) {
			if (v > (999999999999999LL - (*p - '0')) / 10)
				*overflow = 1;
			else
				v = v * 10 + (*p - '0');
			ndig++;
			group++;
		} else if (*p == ',' && ndig > 0 && isdigit((unsigned char)p[1])) {
			if ((seps == 0 && group > 3) || (seps > 0 && group != 3))
				return NULL;
			seps++;
			group = 0;
		} else {
			break;
		}
	}
	if (ndig == 0 || (seps > 0 && group != 3))
		return NULL;
	*out = v;
	return p;
}

/*
 * A non-negative number with at most `places` decimals (0 or 2), scaled by
 * 10^places.  For a count (places 0) any decimal digits make a fraction; for
 * an amount, digits beyond the second must be zeros.
 */
static enum parse_result parse_scaled(const char *s, int places, long long *out)
{
	char *owned;
	const char *n = normalized(s, &owned);
	enum parse_result r = PARSE_OK;
	int overflow = 0;
	long long whole = 0, frac = 0;
	*out = 0;
	const char *p = n[0] == '+' ? n + 1 : n;
	const char *end = places && p[0] == '.' ? p : read_digits(p, &whole, &overflow);
	if (!*n)
		r = PARSE_EMPTY;
	else if (n[0] == '-')
		r = PARSE_NEGATIVE;
	else if (!end)
		r = PARSE_TEXT;
	else if (*end == '.' && (places || isdigit((unsigned char)end[1]))) {
		size_t nd = strspn(end + 1, "0123456789");
		if (!places)
			r = PARSE_FRACTION;
		else if (nd == 0 && end == p)
			r = PARSE_TEXT;
		else if (nd > 2 && strspn(end + 3, "0") < nd - 2)
			r = PARSE_FRACTION;
		for (int i = 0; i < places; i++)
			frac = frac * 10 + ((size_t)i < nd ? end[1 + i] - '0' : 0);
		end += 1 + nd;
	}
	if (r == PARSE_OK && *end)
		r = PARSE_TEXT;
	else if (r == PARSE_OK && (overflow || whole > 9999999999999LL))
		r = PARSE_RANGE;
	else if (r == PARSE_OK)
		*out = whole * (places ? 100 : 1) + frac;
	free(owned);
	return r;
}

enum parse_result parse_count(const char *s, long long *out)
{
	return parse_scaled(s, 0, out);
}

enum parse_result parse_hundredths(const char *s, long long *out)
{
	return parse_scaled(s, 2, out);
}

/* Reads 1..max digits; returns the end or NULL. */
static const char *num(const char *p, int max, int *v)
{
	int n = 0;
	*v = 0;
	while (isdigit((unsigned char)*p) && n < max) {
		*v = *v * 10 + (*p++ - '0');
		n++;
	}
	return n ? p : NULL;
}

enum parse_result parse_date(const char *s, day_t *out)
{
	char *owned;
	const char *n = normalized(s, &owned);
	enum parse_result r = PARSE_BADDATE;
	int y, m, d;
	const char *p = num(n, 4, &y);
	if (p && p - n == 4) {
		static const char *const cjk_year = "\xE5\xB9\xB4", *const cjk_month = "\xE6\x9C\x88",
					 *const cjk_day = "\xE6\x97\xA5"; /* 年 月 日 */
		const char *q = NULL;
		if (*p == '-' || *p == '/' || *p == '.') {
			char sep = *p;
			q = num(p + 1, 2, &m);
			if (q && *q == sep) {
				q = num(q + 1, 2, &d);
				if (q && *q)
					q = NULL;
			} else {
				q = NULL;
			}
		} else if (!strncmp(p, cjk_year, 3)) {
			q = num(p + 3, 2, &m);
			if (q && !strncmp(q, cjk_month, 3)) {
				q = num(q + 3, 2, &d);
				if (q && (strncmp(q, cjk_day, 3) || q[3]))
					q = NULL;
			} else {
				q = NULL;
			}
		}
		if (q)
			r = day_from_ymd(y, m, d, out) == 0 ? PARSE_OK : PARSE_NODAY;
	}
	free(owned);
	return r;
}
