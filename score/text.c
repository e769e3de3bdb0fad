/*
 * text — character rules of the rubric; see text.h.
 */
#include "score/text.h"
#include "common/textin.h"
#include "common/util.h"

#include <stdint.h>
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
	char *t = text_fold_trimmed(title);
	int found = 0;
	for (size_t i = 0; i < n && !found; i++)
		found = !strcmp(t, folded[i]);
	free(t);
	return found;
}

/*
 * text_gram_overlap: for n ≤ 3 (the default) each n-gram is its code points
 * packed exactly into one 64-bit key (21 bits each) and both sets go into
 * one open-addressing table whose marks say which text holds a key: a
 * province counts 10,000 of these pairs, and sorting the keys cost four
 * times as much.  Longer n-grams are rows of n code points sorted with qsort.
 */
enum { IN_PREV = 1, IN_THIS = 2 };

struct keyset {
	uint64_t *slot;          /* key + 1; 0 is an empty slot */
	unsigned char *mark;     /* IN_PREV | IN_THIS */
	unsigned bits;
};

static void keyset_init(struct keyset *h, size_t keys)
{
	h->bits = 4;
	while (((size_t)1 << h->bits) < 2 * keys) /* at most half full */
		h->bits++;
	h->slot = xcalloc((size_t)1 << h->bits, sizeof(*h->slot));
	h->mark = xcalloc((size_t)1 << h->bits, 1);
}

/* The mark of key k, inserted if new. */
static unsigned char *keyset_mark(struct keyset *h, uint64_t k)
{
	uint64_t v = k + 1; /* k < 2^63 */
	size_t mask = ((size_t)1 << h->bits) - 1;
	size_t i = (size_t)((v * 0x9E3779B97F4A7C15ull) >> (64 - h->bits));
	while (h->slot[i] && h->slot[i] != v)
		i = (i + 1) & mask;
	h->slot[i] = v;
	return &h->mark[i];
}

static uint64_t pack_gram(const unsigned *cp, size_t n)
{
	uint64_t k = 0;
	for (size_t j = 0; j < n; j++)
		k = k << 21 | (cp[j] & 0x1FFFFF);
	return k;
}

static _Thread_local size_t gram_n; /* qsort has no context: the n-gram length of the current comparison */

static int cmp_gram(const void *a, const void *b)
{
	return memcmp(a, b, gram_n * sizeof(unsigned));
}

/* The distinct rows of n code points of cp[0..len), sorted (n > 3); their count in *count. */
static unsigned *gram_rows(const unsigned *cp, size_t len, size_t n, size_t *count)
{
	size_t m = len >= n ? len - n + 1 : 0, out = 0;
	unsigned *row = xmalloc((m ? m : 1) * n * sizeof(unsigned));
	for (size_t i = 0; i < m; i++)
		memcpy(row + i * n, cp + i, n * sizeof(unsigned));
	gram_n = n;
	qsort(row, m, n * sizeof(unsigned), cmp_gram);
	for (size_t i = 0; i < m; i++)
		if (!out || memcmp(row + (out - 1) * n, row + i * n, n * sizeof(unsigned)))
			memmove(row + out++ * n, row + i * n, n * sizeof(unsigned));
	*count = out;
	return row;
}

size_t text_gram_overlap(const char *s, const char *p, size_t n, size_t *ng)
{
	size_t ls, lp, inter = 0;
	unsigned *cs = text_ngram_chars(s, &ls), *cpv = text_ngram_chars(p, &lp);
	size_t ms = ls >= n ? ls - n + 1 : 0, mp = lp >= n ? lp - n + 1 : 0;
	*ng = 0;
	if (n <= 3) {
		struct keyset h;
		keyset_init(&h, ms + mp);
		for (size_t i = 0; i < mp; i++)
			*keyset_mark(&h, pack_gram(cpv + i, n)) |= IN_PREV;
		for (size_t i = 0; i < ms; i++) {
			unsigned char *m = keyset_mark(&h, pack_gram(cs + i, n));
			if (*m & IN_THIS)
				continue;
			*m |= IN_THIS;
			(*ng)++;
			inter += (*m & IN_PREV) != 0;
		}
		free(h.slot);
		free(h.mark);
	} else {
		size_t np;
		unsigned *g = gram_rows(cs, ls, n, ng), *q = gram_rows(cpv, lp, n, &np);
		for (size_t i = 0, j = 0; i < *ng && j < np;) {
			int c = memcmp(g + i * n, q + j * n, n * sizeof(unsigned));
			if (!c)
				inter++, i++, j++;
			else if (c < 0)
				i++;
			else
				j++;
		}
		free(g);
		free(q);
	}
	free(cs);
	free(cpv);
	return inter;
}
