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

/* ---- n-gram ids: an open-addressing hash table ----
 *
 * With n ≤ 3 an n-gram of code points (≤ 21 bits each) packs exactly into a
 * 64-bit key; longer n-grams keep their code points in a pool and the key
 * is a hash, compared with the pool on a hit.
 */

struct grams {
	int q;
	int packed;          /* q ≤ 3: the key is the n-gram itself */
	uint64_t *key;       /* by id */
	unsigned *pool;      /* q code points per id, when not packed */
	size_t nids, alloc;
	uint32_t *slot;      /* id + 1, 0 empty */
	size_t cap;          /* power of two */
};

static uint64_t mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDull;
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53ull;
	h ^= h >> 33;
	return h;
}

static uint64_t gram_key(const struct grams *gr, const unsigned *g)
{
	uint64_t k = 0;
	if (gr->packed) {
		for (int i = 0; i < gr->q; i++)
			k = (k << 21) | (g[i] & 0x1FFFFF);
		return k;
	}
	k = 0x9E3779B97F4A7C15ull;
	for (int i = 0; i < gr->q; i++)
		k = mix(k ^ g[i]);
	return k;
}

static void grams_grow(struct grams *gr)
{
	size_t ncap = gr->cap ? gr->cap * 2 : 4096;
	uint32_t *ns = xcalloc(ncap, sizeof(uint32_t));
	for (size_t i = 0; i < gr->cap; i++) {
		if (!gr->slot[i])
			continue;
		size_t h = (size_t)mix(gr->key[gr->slot[i] - 1]) & (ncap - 1);
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
	uint64_t k = gram_key(gr, g);
	size_t h = (size_t)mix(k) & (gr->cap - 1);
	while (gr->slot[h]) {
		uint32_t id = gr->slot[h] - 1;
		if (gr->key[id] == k && (gr->packed || !memcmp(gr->pool + (size_t)id * q, g, q * sizeof(unsigned))))
			return id;
		h = (h + 1) & (gr->cap - 1);
	}
	if (gr->nids == gr->alloc) {
		gr->alloc = gr->alloc ? gr->alloc * 2 : 4096;
		gr->key = xrealloc(gr->key, gr->alloc * sizeof(uint64_t));
		if (!gr->packed)
			gr->pool = xrealloc(gr->pool, gr->alloc * q * sizeof(unsigned));
	}
	gr->key[gr->nids] = k;
	if (!gr->packed)
		memcpy(gr->pool + gr->nids * q, g, q * sizeof(unsigned));
	gr->slot[h] = (uint32_t)(gr->nids + 1);
	return (uint32_t)gr->nids++;
}

/* Sort n unsigned 32-bit values: LSD radix sort, a byte at a time, as many bytes as the largest needs. */
static void radix_sort(uint32_t *a, size_t n, uint32_t *tmp)
{
	uint32_t max = 0;
	for (size_t i = 0; i < n; i++)
		if (a[i] > max)
			max = a[i];
	uint32_t *src = a, *dst = tmp;
	for (int shift = 0; shift < 32 && (max >> shift); shift += 8) {
		size_t count[257] = { 0 };
		for (size_t i = 0; i < n; i++)
			count[((src[i] >> shift) & 0xFF) + 1]++;
		for (int b = 0; b < 256; b++)
			count[b + 1] += count[b];
		for (size_t i = 0; i < n; i++)
			dst[count[(src[i] >> shift) & 0xFF]++] = src[i];
		uint32_t *t = src;
		src = dst;
		dst = t;
	}
	if (src != a)
		memcpy(a, src, n * sizeof(uint32_t));
}

struct set {
	uint32_t *id;
	size_t n;
};

/*
 * Each text as its set of n-gram ids (duplicates within a text dropped with
 * a last-seen stamp per id, no sort); *df_out gets each id's document
 * frequency.  Returns the number of distinct ids.
 */
static size_t make_sets(const struct copy_input *in, struct set *sets, uint32_t **df_out)
{
	struct grams gr = { .q = in->ngram, .packed = in->ngram <= 3 };
	uint32_t *seen = NULL, *df = NULL; /* by id: last text + 1; texts holding it */
	size_t seen_alloc = 0;
	for (size_t i = 0; i < in->n; i++) {
		size_t len = in->len[i], q = (size_t)in->ngram;
		size_t m = len >= q ? len - q + 1 : 0;
		sets[i].id = xmalloc((m ? m : 1) * sizeof(uint32_t));
		size_t u = 0;
		for (size_t k = 0; k < m; k++) {
			uint32_t id = grams_id(&gr, in->text[i] + k);
			if (id >= seen_alloc) {
				size_t na = seen_alloc ? seen_alloc * 2 : 4096;
				while (na <= id)
					na *= 2;
				seen = xrealloc(seen, na * sizeof(uint32_t));
				df = xrealloc(df, na * sizeof(uint32_t));
				memset(seen + seen_alloc, 0, (na - seen_alloc) * sizeof(uint32_t));
				memset(df + seen_alloc, 0, (na - seen_alloc) * sizeof(uint32_t));
				seen_alloc = na;
			}
			if (seen[id] == i + 1)
				continue;
			seen[id] = (uint32_t)(i + 1);
			df[id]++;
			sets[i].id[u++] = id;
		}
		sets[i].n = u;
	}
	size_t nids = gr.nids;
	free(gr.key);
	free(gr.pool);
	free(gr.slot);
	free(seen);
	if (!df)
		df = xcalloc(1, sizeof(uint32_t));
	*df_out = df;
	return nids;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
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
	uint32_t *df;
	make_sets(in, sets, &df);
	free(df);
	for (size_t i = 0; i < in->n; i++)
		qsort(sets[i].id, sets[i].n, sizeof(uint32_t), cmp_u32);
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

/* qsort_r comparator (glibc argument order): texts by set size, ties by index. */
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
	uint32_t *df;
	size_t nids = make_sets(in, sets, &df);
	long long t = in->threshold;

	/* Global order: rarest ids first, ties by id (a counting sort on df, which is at most n). */
	size_t *start = xcalloc(n + 2, sizeof(size_t));
	for (size_t i = 0; i < nids; i++)
		start[df[i] + 1]++;
	for (size_t f = 0; f <= n; f++)
		start[f + 1] += start[f];
	uint32_t *rank = df; /* reused in place: each id's df is read just before its rank is written */
	for (size_t i = 0; i < nids; i++)
		rank[i] = (uint32_t)start[df[i]]++;
	free(start);
	size_t longest = 1;
	for (size_t i = 0; i < n; i++)
		if (sets[i].n > longest)
			longest = sets[i].n;
	uint32_t *tmp = xmalloc(longest * sizeof(uint32_t));
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < sets[i].n; k++)
			sets[i].id[k] = rank[sets[i].id[k]];
		radix_sort(sets[i].id, sets[i].n, tmp);
	}
	free(tmp);
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
