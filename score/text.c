/*
 * text — character rules of the rubric; see text.h.
 */
#include "score/text.h"
#include "common/textin.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>

int uc_is_space(unsigned cp)
{
	if ((cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20))
		return 1;
	switch (cp) {
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
		return 1;
	}
	return cp >= 0x2000 && cp <= 0x200A;
}

size_t text_len_nospace(const char *s)
{
	size_t n = 0;
	while (*s)
		n += !uc_is_space(utf8_next(&s));
	return n;
}

unsigned *text_ngram_chars(const char *s, size_t *n)
{
	size_t cap = strlen(s) + 1, k = 0;
	unsigned *out = xmalloc(cap * sizeof(unsigned));
	while (*s) {
		unsigned cp = utf8_next(&s);
		if (cp >= 0x4E00 && cp <= 0x9FFF) { /* CJK Unified Ideographs: letters (Lo), the common case */
			out[k++] = cp;
			continue;
		}
		if (!uc_is_space(cp) && !uc_is_punct_or_symbol(cp))
			out[k++] = cp;
	}
	*n = k;
	return out;
}

static unsigned fold(unsigned cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp >= 0xFF21 && cp <= 0xFF3A) /* full-width Ａ–Ｚ */
		return cp + 32;
	return cp;
}

static void put_utf8(struct strbuf *sb, unsigned cp)
{
	char b[4];
	size_t n;
	if (cp < 0x80) {
		b[0] = (char)cp, n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6)), b[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12)), b[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
		b[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
	} else {
		b[0] = (char)(0xF0 | (cp >> 18)), b[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), b[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
	}
	sb_add(sb, b, n);
}

char *text_title_key(const char *title)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = title;
	while (*p) {
		unsigned cp = utf8_next(&p);
		if (!uc_is_space(cp))
			put_utf8(&sb, fold(cp));
	}
	return sb_detach(&sb);
}

char *text_fold_trimmed(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = s;
	size_t keep = 0; /* length of sb up to the last non-space */
	int started = 0;
	while (*p) {
		unsigned cp = utf8_next(&p);
		if (uc_is_space(cp)) {
			if (started)
				put_utf8(&sb, cp);
			continue;
		}
		started = 1;
		put_utf8(&sb, fold(cp));
		keep = sb.len;
	}
	char *out = sb_detach(&sb);
	out[keep] = '\0';
	return out;
}

int text_is_placeholder(const char *title, char *const *folded, size_t n)
{
	/* Placeholders are short: a long title cannot be one (cheap test first). */
	size_t len = strlen(title), longest = 0;
	for (size_t i = 0; i < n; i++)
		if (strlen(folded[i]) > longest)
			longest = strlen(folded[i]);
	if (len > longest + 64)
		return 0;
	char *t = text_fold_trimmed(title);
	int found = 0;
	for (size_t i = 0; i < n && !found; i++)
		found = !strcmp(t, folded[i]);
	free(t);
	return found;
}
