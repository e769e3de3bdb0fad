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
 * The sorted, distinct n-grams of s.  For n ≤ 3 (the default) each n-gram is
 * its code points packed exactly into one 64-bit key (21 bits each), sorted
 * by an LSD radix sort: a province scores 10,000 of these pairs.  Longer
 * n-grams are rows of n code points sorted with qsort.
 */
struct gram_set {
	uint64_t *key;   /* n ≤ 3 */
	unsigned *row;   /* n > 3: count rows of n code points */
	size_t count, n;
};

static void radix64(uint64_t *a, size_t n)
{
	uint64_t *tmp = xmalloc((n ? n : 1) * sizeof(*tmp));
	for (int shift = 0; shift < 64; shift += 8) {
		size_t count[257] = { 0 };
		for (size_t i = 0; i < n; i++)
			count[((a[i] >> shift) & 0xFF) + 1]++;
		if (count[((a[0] >> shift) & 0xFF) + 1] == n)
			continue; /* every key has this byte: nothing to do */
		for (int b = 0; b < 256; b++)
			count[b + 1] += count[b];
		for (size_t i = 0; i < n; i++)
			tmp[count[(a[i] >> shift) & 0xFF]++] = a[i];
		memcpy(a, tmp, n * sizeof(*a));
	}
	free(tmp);
}

static size_t gram_n; /* qsort has no context: the n-gram length of the current comparison */

static int cmp_gram(const void *a, const void *b)
{
	return memcmp(a, b, gram_n * sizeof(unsigned));
}

static void gram_set(const char *s, size_t n, struct gram_set *g)
{
	size_t len;
	unsigned *cp = text_ngram_chars(s, &len);
	memset(g, 0, sizeof(*g));
	g->n = n;
	size_t count = len >= n ? len - n + 1 : 0, out = 0;
	if (n <= 3) {
		g->key = xmalloc((count ? count : 1) * sizeof(uint64_t));
		for (size_t i = 0; i < count; i++) {
			uint64_t k = 0;
			for (size_t j = 0; j < n; j++)
				k = k << 21 | (cp[i + j] & 0x1FFFFF);
			g->key[i] = k;
		}
		if (count)
			radix64(g->key, count);
		for (size_t i = 0; i < count; i++)
			if (!out || g->key[out - 1] != g->key[i])
				g->key[out++] = g->key[i];
	} else {
		g->row = xmalloc((count ? count : 1) * n * sizeof(unsigned));
		for (size_t i = 0; i < count; i++)
			memcpy(g->row + i * n, cp + i, n * sizeof(unsigned));
		gram_n = n;
		qsort(g->row, count, n * sizeof(unsigned), cmp_gram);
		for (size_t i = 0; i < count; i++)
			if (!out || memcmp(g->row + (out - 1) * n, g->row + i * n, n * sizeof(unsigned)))
				memmove(g->row + out++ * n, g->row + i * n, n * sizeof(unsigned));
	}
	g->count = out;
	free(cp);
}

/* |G ∩ P| of two sets of the same n. */
static size_t gram_common(const struct gram_set *g, const struct gram_set *p)
{
	size_t inter = 0, n = g->n;
	for (size_t i = 0, j = 0; i < g->count && j < p->count;) {
		int c = g->key ? (g->key[i] > p->key[j]) - (g->key[i] < p->key[j])
			       : memcmp(g->row + i * n, p->row + j * n, n * sizeof(unsigned));
		if (!c)
			inter++, i++, j++;
		else if (c < 0)
			i++;
		else
			j++;
	}
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
	struct gram_set g, p;
	gram_set(u->summary ? u->summary : "", n, &g);
	gram_set(u->prev.summary, n, &p);
	size_t inter = gram_common(&g, &p), ng = g.count;
	free(g.key);
	free(g.row);
	free(p.key);
	free(p.row);
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
