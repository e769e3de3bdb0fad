/*
 * wrap — greedy line breaking with 禁则 (kinsoku) rules; see wrap.h.
 *
 * The text is cut into unbreakable units: optional opening punctuation, then
 * one core (a Chinese character, or a run of non-space ASCII), then any
 * closing punctuation.  Spaces between units are break opportunities that
 * vanish at a line end.  Units are placed greedily; a unit wider than the
 * whole line is split between code points as a last resort.
 */
#include "report/wrap.h"
#include "common/textin.h"

#include <string.h>

int wrap_is_closing(unsigned cp)
{
	static const unsigned closing[] = {
		0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, /* 、。，．；：？！ */
		0xFF09, 0x300D, 0x300F, 0x300B, 0x3009, 0x3011, 0x3015, 0x3017, /* ）」』》〉】〕〗 */
		0x201D, 0x2019, 0x2026, 0x2025, 0x00B7, 0x30FB, 0xFF05, 0x2030, /* ”’…‥·・％‰ */
		0xFF3D, 0xFF5D, 0x3003, 0x301E,                                 /* ］｝〃〞 */
		',', '.', ';', ':', '!', '?', ')', ']', '}', '%',
	};
	for (size_t i = 0; i < sizeof(closing) / sizeof(closing[0]); i++)
		if (closing[i] == cp)
			return 1;
	return 0;
}

int wrap_is_opening(unsigned cp)
{
	static const unsigned opening[] = {
		0xFF08, 0x300C, 0x300E, 0x300A, 0x3008, 0x3010, 0x3014, 0x3016, /* （「『《〈【〔〖 */
		0x201C, 0x2018, 0xFF3B, 0xFF5B, 0x301D,                         /* “‘［｛〝 */
		'(', '[', '{',
	};
	for (size_t i = 0; i < sizeof(opening) / sizeof(opening[0]); i++)
		if (opening[i] == cp)
			return 1;
	return 0;
}

/* Inside an ASCII run: any printable ASCII but space and opening brackets ("87.50", "a,b", "C01:"). */
static int is_ascii_word(unsigned cp)
{
	return cp > 0x20 && cp < 0x7F && !wrap_is_opening(cp);
}

/* Decode the code point at s[*i] (bounded by len); advance *i. */
static unsigned next_cp(const char *s, size_t len, size_t *i)
{
	const char *p = s + *i;
	unsigned cp = utf8_next(&p);
	size_t n = (size_t)(p - (s + *i));
	if (*i + n > len)
		n = len - *i;
	*i += n ? n : 1;
	return cp;
}

static unsigned peek_cp(const char *s, size_t len, size_t i)
{
	return i < len ? next_cp(s, len, &i) : 0;
}

/* One unit starting at i (not a space or newline): its end and width. */
static size_t unit_end(const char *s, size_t len, size_t i, wrap_width_fn fn, void *ctx, double *w)
{
	*w = 0;
	unsigned cp;
	size_t j;
	/* opening punctuation sticks to what follows */
	while (i < len && wrap_is_opening(peek_cp(s, len, i))) {
		j = i;
		cp = next_cp(s, len, &j);
		*w += fn(ctx, cp);
		i = j;
	}
	if (i < len) {
		j = i;
		cp = next_cp(s, len, &j);
		if (cp != ' ' && cp != '\n') {
			*w += fn(ctx, cp);
			i = j;
			if (is_ascii_word(cp))
				while (i < len && is_ascii_word(peek_cp(s, len, i))) {
					j = i;
					*w += fn(ctx, next_cp(s, len, &j));
					i = j;
				}
		}
	}
	/* closing punctuation sticks to what precedes */
	while (i < len && wrap_is_closing(peek_cp(s, len, i))) {
		j = i;
		cp = next_cp(s, len, &j);
		*w += fn(ctx, cp);
		i = j;
	}
	return i;
}

size_t wrap_line(const char *s, size_t len, double width, wrap_width_fn fn, void *ctx, size_t *resume)
{
	size_t i = 0, content_end = 0;
	double used = 0, pending = 0; /* pending: width of spaces not yet followed by content */
	int any = 0;
	/* spaces at the start of a wrapped line are dropped by the caller's resume */
	while (i < len) {
		unsigned cp = peek_cp(s, len, i);
		if (cp == '\n') {
			*resume = i + 1;
			return content_end;
		}
		if (cp == ' ' || cp == '\r' || cp == '\t') {
			size_t j = i;
			next_cp(s, len, &j);
			if (any)
				pending += fn(ctx, ' ');
			i = j;
			continue;
		}
		double w;
		size_t end = unit_end(s, len, i, fn, ctx, &w);
		if (any && used + pending + w > width) {
			/* break before this unit */
			size_t r = i;
			*resume = r;
			return content_end;
		}
		if (!any && w > width) {
			/* a unit wider than the line: split it between code points */
			size_t j = i;
			double u = 0;
			while (j < end) {
				size_t k = j;
				double cw = fn(ctx, next_cp(s, len, &k));
				if (j > i && u + cw > width)
					break;
				u += cw;
				j = k;
			}
			/* never leave closing punctuation at the start of the next line: cut before the code point it follows */
			while (j < end && wrap_is_closing(peek_cp(s, len, j))) {
				size_t k = i, prev = i;
				while (k < j) {
					prev = k;
					next_cp(s, len, &k);
				}
				if (prev == i)
					break;
				j = prev;
			}
			*resume = j;
			/* skip spaces after a forced split as after any break */
			while (*resume < len && s[*resume] == ' ')
				(*resume)++;
			return j;
		}
		used += pending + w;
		pending = 0;
		any = 1;
		i = end;
		content_end = end;
	}
	*resume = len;
	return content_end;
}
