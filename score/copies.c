/*
 * copies — exact Jaccard all-pairs with prefix and size filtering; see
 * copies.h for the method.
 *
 * Memory: the n-gram pool and its hash table (distinct n-grams), one id
 * array per text (total n-grams), and the inverted index over prefixes
 * (about a fifth of that at t = 0.80): linear in the input.
 */
#include "score/copies.h"
#include "common/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- n-gram ids: an open-addressing hash table over a pool of n-grams ---- */

struct grams {
	int q;
	unsigned *pool;      /* q code points per id */
	size_t nids, pool_alloc;
	uint32_t *slot;      /* id + 1, 0 empty */
	size_t cap;          /* power of two */
};

static uint64_t hash_gram(const unsigned *g, int q)
{
	uint64_t h = 0x9E3779B97F4A7C15ull;
	for (int i = 0; i < q; i++) {
		h ^= g[i];
		h *= 0xBF58476D1CE4E5B9ull;
		h ^= h >> 31;
	}
	return h;
}

static void grams_grow(struct grams *gr)
{
	size_t ncap = gr->cap ? gr->cap * 2 : 1024;
	uint32_t *ns = xcalloc(ncap, sizeof(uint32_t));
	for (size_t i = 0; i < gr->cap; i++) {
		if (!gr->slot[i])
			continue;
		uint32_t id = gr->slot[i] - 1;
		size_t h = (size_t)hash_gram(gr->pool + (size_t)id * gr->q, gr->q) & (ncap - 1);
		while (ns[h])
			h = (h + 1) & (ncap - 1);
		ns[h] = gr->slot[i];
	}
	free(gr->slot);
	gr->slot = ns;
	gr->cap = ncap;
}

static uint32_t grams_id(struct grams *gr, const unsigned *g)
{
	if ((gr->nids + 1) * 2 > gr->cap)
		grams_grow(gr);
	size_t q = (size_t)gr->q;
	size_t h = (size_t)hash_gram(g, gr->q) & (gr->cap - 1);
	while (gr->slot[h]) {
		uint32_t id = gr->slot[h] - 1;
		if (!memcmp(gr->pool + (size_t)id * q, g, q * sizeof(unsigned)))
			return id;
		h = (h + 1) & (gr->cap - 1);
	}
	if ((gr->nids + 1) * q > gr->pool_alloc) {
		gr->pool_alloc = gr->pool_alloc ? gr->pool_alloc * 2 : 4096 * q;
		gr->pool = xrealloc(gr->pool, gr->pool_alloc * sizeof(unsigned));
	}
	memcpy(gr->pool + gr->nids * q, g, q * sizeof(unsigned));
	gr->slot[h] = (uint32_t)(gr->nids + 1);
	return (uint32_t)gr->nids++;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

struct set {
	uint32_t *id;
	size_t n;
};

/* Each text as its sorted set of n-gram ids; returns the number of distinct ids. */
static size_t make_sets(const struct copy_input *in, struct set *sets)
{
	struct grams gr = { .q = in->ngram };
	for (size_t i = 0; i < in->n; i++) {
		size_t len = in->len[i], q = (size_t)in->ngram;
		size_t m = len >= q ? len - q + 1 : 0;
		sets[i].id = xmalloc((m ? m : 1) * sizeof(uint32_t));
		for (size_t k = 0; k < m; k++)
			sets[i].id[k] = grams_id(&gr, in->text[i] + k);
		qsort(sets[i].id, m, sizeof(uint32_t), cmp_u32);
		size_t u = 0;
		for (size_t k = 0; k < m; k++)
			if (!u || sets[i].id[u - 1] != sets[i].id[k])
				sets[i].id[u++] = sets[i].id[k];
		sets[i].n = u;
	}
	size_t nids = gr.nids;
	free(gr.pool);
	free(gr.slot);
	return nids;
}

static size_t overlap(const struct set *x, const struct set *y)
{
	size_t i = 0, j = 0, o = 0;
	while (i < x->n && j < y->n) {
		if (x->id[i] < y->id[j])
			i++;
		else if (x->id[i] > y->id[j])
			j++;
		else
			o++, i++, j++;
	}
	return o;
}

static int qualifies(size_t inter, size_t uni, long long t)
{
	return uni > 0 && (long long)inter * 100 >= t * (long long)uni;
}

struct pairs {
	struct copy_pair *p;
	size_t n, alloc;
};

static void pair_add(struct pairs *ps, size_t a, size_t b, size_t inter, size_t uni)
{
	if (ps->n == ps->alloc) {
		ps->alloc = ps->alloc ? ps->alloc * 2 : 16;
		ps->p = xrealloc(ps->p, ps->alloc * sizeof(*ps->p));
	}
	ps->p[ps->n++] = (struct copy_pair){ a < b ? a : b, a < b ? b : a, inter, uni };
}

static int cmp_pair(const void *x, const void *y)
{
	const struct copy_pair *a = x, *b = y;
	if (a->a != b->a)
		return (a->a > b->a) - (a->a < b->a);
	return (a->b > b->b) - (a->b < b->b);
}

static void free_sets(struct set *sets, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(sets[i].id);
	free(sets);
}

void copies_brute(const struct copy_input *in, struct copy_pair **out, size_t *nout)
{
	struct set *sets = xcalloc(in->n ? in->n : 1, sizeof(*sets));
	make_sets(in, sets);
	struct pairs ps = { NULL, 0, 0 };
	for (size_t a = 0; a < in->n; a++)
		for (size_t b = a + 1; b < in->n; b++) {
			size_t o = overlap(&sets[a], &sets[b]);
			size_t uni = sets[a].n + sets[b].n - o;
			if (qualifies(o, uni, in->threshold))
				pair_add(&ps, a, b, o, uni);
		}
	free_sets(sets, in->n);
	*out = ps.p;
	*nout = ps.n;
}

/* ---- prefix filtering ---- */

/* qsort_r comparators (glibc argument order): ids by document frequency, texts by set size. */
static int cmp_by_df(const void *a, const void *b, void *arg)
{
	const uint32_t *df = arg;
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	if (df[x] != df[y])
		return (df[x] > df[y]) - (df[x] < df[y]);
	return (x > y) - (x < y);
}

static int cmp_by_size(const void *a, const void *b, void *arg)
{
	const struct set *sets = arg;
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	if (sets[x].n != sets[y].n)
		return (sets[x].n > sets[y].n) - (sets[x].n < sets[y].n);
	return (x > y) - (x < y);
}

struct postings {
	uint32_t *doc;   /* positions in size order */
	uint32_t n, alloc, start;
};

/* ⌈t·s⌉ for t in hundredths. */
static size_t ceil_t(long long t, size_t s)
{
	return (size_t)(((long long)s * t + 99) / 100);
}

void copies_find(const struct copy_input *in, struct copy_pair **out, size_t *nout)
{
	size_t n = in->n;
	struct set *sets = xcalloc(n ? n : 1, sizeof(*sets));
	size_t nids = make_sets(in, sets);
	long long t = in->threshold;

	/* Global order: rarest ids first. */
	uint32_t *df = xcalloc(nids ? nids : 1, sizeof(uint32_t));
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < sets[i].n; k++)
			df[sets[i].id[k]]++;
	uint32_t *order = xmalloc((nids ? nids : 1) * sizeof(uint32_t));
	for (size_t i = 0; i < nids; i++)
		order[i] = (uint32_t)i;
	qsort_r(order, nids, sizeof(uint32_t), cmp_by_df, df);
	uint32_t *rank = df; /* reuse: df is no longer needed */
	for (size_t i = 0; i < nids; i++)
		rank[order[i]] = (uint32_t)i;
	free(order);
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < sets[i].n; k++)
			sets[i].id[k] = rank[sets[i].id[k]];
		qsort(sets[i].id, sets[i].n, sizeof(uint32_t), cmp_u32);
	}
	free(rank);

	/* Texts by size. */
	size_t *by_size = xmalloc((n ? n : 1) * sizeof(size_t));
	for (size_t i = 0; i < n; i++)
		by_size[i] = i;
	qsort_r(by_size, n, sizeof(size_t), cmp_by_size, sets);

	struct postings *index = xcalloc(nids ? nids : 1, sizeof(*index));
	uint32_t *count = xcalloc(n ? n : 1, sizeof(uint32_t));
	uint32_t *cand = xmalloc((n ? n : 1) * sizeof(uint32_t));
	struct pairs ps = { NULL, 0, 0 };
	for (size_t pos = 0; pos < n; pos++) {
		const struct set *x = &sets[by_size[pos]];
		if (x->n == 0)
			continue;
		size_t minsize = ceil_t(t, x->n);
		size_t prefix = x->n - minsize + 1;
		size_t ncand = 0;
		for (size_t k = 0; k < prefix; k++) {
			struct postings *pl = &index[x->id[k]];
			while (pl->start < pl->n && sets[by_size[pl->doc[pl->start]]].n < minsize)
				pl->start++; /* too small for this and every later (larger) text */
			for (uint32_t e = pl->start; e < pl->n; e++) {
				uint32_t y = pl->doc[e];
				if (!count[y]++)
					cand[ncand++] = y;
			}
		}
		for (size_t c = 0; c < ncand; c++) {
			uint32_t y = cand[c];
			count[y] = 0;
			const struct set *ys = &sets[by_size[y]];
			size_t o = overlap(x, ys);
			size_t uni = x->n + ys->n - o;
			if (qualifies(o, uni, t))
				pair_add(&ps, by_size[pos], by_size[y], o, uni);
		}
		for (size_t k = 0; k < prefix; k++) {
			struct postings *pl = &index[x->id[k]];
			if (pl->n == pl->alloc) {
				pl->alloc = pl->alloc ? pl->alloc * 2 : 4;
				pl->doc = xrealloc(pl->doc, pl->alloc * sizeof(uint32_t));
			}
			pl->doc[pl->n++] = (uint32_t)pos;
		}
	}
	for (size_t i = 0; i < nids; i++)
		free(index[i].doc);
	free(index);
	free(count);
	free(cand);
	free(by_size);
	free_sets(sets, n);
	if (ps.n)
		qsort(ps.p, ps.n, sizeof(*ps.p), cmp_pair);
	*out = ps.p;
	*nout = ps.n;
}
