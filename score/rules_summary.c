/*
 * rules_summary — C09, the year-end summary: its length without white
 * space, the topic groups it must mention, and whether it is a copy of
 * another unit's (found beforehand by copies.c and handed in as
 * unit_in.copies).  A copy is sham disclosure for the grade cap.  And
 * (years.md) whether it repeats the unit's own summary of last year: with G
 * this year's set of n-grams and P last year's, formed as for copies,
 * |G ∩ P| × 100 ≥ repeat_percent × |G| and |G| > 0 loses repeat_penalty (not
 * a sham); no summary of last year: not checkable.
 */
#include "score/rules.h"
#include "common/util.h"
#include "score/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * |G| and |G ∩ P|.  For n ≤ 3 (the default) each n-gram is its code points
 * packed exactly into one 64-bit key (21 bits each) and both sets go into
 * one open-addressing table whose marks say which summary holds a key: a
 * province scores 10,000 of these pairs, and sorting the keys cost four
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

static size_t gram_n; /* qsort has no context: the n-gram length of the current comparison */

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

/* |G ∩ P| of this year's summary (u's) and last year's p, |G| in *ng. */
static size_t gram_common(const struct unit_in *u, const char *p, size_t n, size_t *ng)
{
	size_t ls, lp, inter = 0;
	unsigned *own = NULL; /* decoded here when copy detection did not leave it */
	const unsigned *cs = u->summary_cp;
	ls = u->summary_ncp;
	if (!cs)
		cs = own = text_ngram_chars(u->summary ? u->summary : "", &ls);
	unsigned *cpv = text_ngram_chars(p, &lp);
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
	free(own);
	free(cpv);
	return inter;
}

/* The repeat of last year's summary: the points it loses (a deduction when it does). */
static long long repeats_last_year(const struct rubric *r, const struct unit_in *u, struct unit_result *res)
{
	if (!u->prev.summary) {
		res->unchecked |= NC_REPEAT;
		return 0;
	}
	size_t n = (size_t)(r->c09_ngram > 0 ? r->c09_ngram : 3);
	size_t ng, inter = gram_common(u, u->prev.summary, n, &ng);
	if (ng == 0 || (long long)inter * 100 < r->c09_repeat_percent * (long long)ng || r->c09_repeat == 0)
		return 0;
	struct rded *d = result_add(res, RS_SUMMARY_REPEATS, r->c09_repeat);
	d->file = xstrdup("summary.txt");
	rarg_num(d->a, 1, (long long)(inter * 10000 / ng)); /* ten-thousandths, rounded down */
	rarg_num(d->a, 2, r->c09_repeat_percent);
	return r->c09_repeat;
}

void rule_c09(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	(void)uc;
	const struct rubric *r = e->r;
	long long lost = 0;
	const char *summary = u->summary ? u->summary : "";
	long long len = (long long)text_len_nospace(summary);
	if (len < r->c09_min_chars && r->c09_short > 0) {
		struct rded *d = result_add(res, RS_SUMMARY_SHORT, r->c09_short);
		d->file = xstrdup("summary.txt");
		rarg_num(d->a, 1, len);
		rarg_num(d->a, 2, r->c09_min_chars);
		lost += r->c09_short;
	}
	for (size_t g = 0; g < r->ntopics; g++) {
		const struct strlist *grp = &r->topics[g];
		int found = 0;
		for (size_t k = 0; k < grp->n && !found; k++)
			found = strstr(summary, grp->s[k]) != NULL;
		if (found || r->c09_per_topic == 0)
			continue;
		struct strbuf words = STRBUF_INIT;
		for (size_t k = 0; k < grp->n; k++)
			sb_addf(&words, "%s%s", k ? "\n" : "", grp->s[k]);
		struct rded *d = result_add(res, RS_SUMMARY_TOPIC, r->c09_per_topic);
		d->file = xstrdup("summary.txt");
		rarg_str(d->a, 1, sb_str(&words));
		sb_release(&words);
		lost += r->c09_per_topic;
	}
	if (u->ncopies) {
		struct rded *d = result_add(res, RS_COPIED_SUMMARY, r->c09_copied);
		d->file = xstrdup("summary.txt");
		for (size_t k = 0; k < u->ncopies; k++) {
			struct rarg *a = rded_detail(d, RS_D_COPY_OF);
			rarg_str(a, 1, u->copies[k].code);
			rarg_str(a, 2, u->copies[k].name ? u->copies[k].name : "");
			rarg_num(a, 3, u->copies[k].similarity);
		}
		lost += r->c09_copied;
		res->sham = 1;
		res->copied = 1;
	}
	lost += repeats_last_year(r, u, res);
	res->crit[9] = lost >= r->points[9] ? 0 : r->points[9] - lost;
}
