/*
 * copies — exact Jaccard all-pairs with prefix, size and positional
 * filtering and bitmap bounds; see copies.h for the method and
 * docs/scoring.md for the proofs of the bounds.
 *
 * Memory: the n-gram pool and its hash table (distinct n-grams), one id
 * array per text (total n-grams), the inverted index over index prefixes
 * (about a ninth of that at t = 0.80) and a bitmap of at most 512 bytes per
 * text: linear in the input.
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
 * Each text as its sorted set of n-gram ids (radix-sorted, duplicates
 * dropped); *df_out gets each id's document frequency.  Returns the number
 * of distinct ids.
 */
static size_t make_sets(const struct copy_input *in, struct set *sets, uint32_t **df_out)
{
	struct grams gr = { .q = in->ngram, .packed = in->ngram <= 3 };
	size_t longest = 1;
	for (size_t i = 0; i < in->n; i++)
		if (in->len[i] > longest)
			longest = in->len[i];
	uint32_t *tmp = xmalloc(longest * sizeof(uint32_t));
	for (size_t i = 0; i < in->n; i++) {
		size_t len = in->len[i], q = (size_t)in->ngram;
		size_t m = len >= q ? len - q + 1 : 0;
		sets[i].id = xmalloc((m ? m : 1) * sizeof(uint32_t));
		for (size_t k = 0; k < m; k++)
			sets[i].id[k] = grams_id(&gr, in->text[i] + k);
		radix_sort(sets[i].id, m, tmp);
		size_t u = 0;
		for (size_t k = 0; k < m; k++)
			if (!u || sets[i].id[u - 1] != sets[i].id[k])
				sets[i].id[u++] = sets[i].id[k];
		sets[i].n = u;
	}
	free(tmp);
	size_t nids = gr.nids;
	free(gr.key);
	free(gr.pool);
	free(gr.slot);
	uint32_t *df = xcalloc(nids ? nids : 1, sizeof(uint32_t));
	for (size_t i = 0; i < in->n; i++)
		for (size_t k = 0; k < sets[i].n; k++)
			df[sets[i].id[k]]++;
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

/* ⌈t·s⌉ for t in hundredths. */
static size_t ceil_t(long long t, size_t s)
{
	return (size_t)(((long long)s * t + 99) / 100);
}

/* The least overlap two sets of sizes a and b need: ⌈t·(a+b) / (100+t)⌉ (100·o ≥ t·(a+b−o)). */
static size_t min_overlap(long long t, size_t a, size_t b)
{
	long long num = t * (long long)(a + b), den = 100 + t;
	return (size_t)((num + den - 1) / den);
}

#define PRUNED UINT32_MAX /* count of a candidate the positional filter ruled out */

#define BITMAP_MAX_WORDS 64 /* at most 4,096 bits a text */

/* A text's n-grams as bits: the id itself when there are at most 4,096 ids
 * (ids are ranks 0 … nids−1, so the bitmap is the set, exactly), else the id
 * modulo 4,096.  Word w of the bits is stored in slot[w] (see order_words). */
static void make_bitmap(const struct set *x, uint64_t *bm, size_t words, const uint32_t *slot)
{
	memset(bm, 0, words * sizeof(uint64_t));
	for (size_t k = 0; k < x->n; k++) {
		uint32_t b = x->id[k] & (BITMAP_MAX_WORDS * 64 - 1);
		bm[slot[b >> 6]] |= 1ull << (b & 63);
	}
}

/*
 * The bitmap words in the order that tells two texts apart soonest: by the
 * number of (text, text) pairs that differ in a bit of the word, Σ c·(n−c)
 * over its bits, c the texts with the bit set, largest first.  Words of ids
 * that nearly every text holds, or nearly none, come last.  slot[w] is the
 * place of word w.
 */
static void order_words(const struct set *sets, size_t n, size_t words, uint32_t *slot)
{
	uint32_t *c = xcalloc(words * 64, sizeof(uint32_t));
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < sets[i].n; k++)
			c[sets[i].id[k] & (BITMAP_MAX_WORDS * 64 - 1)]++;
	double weight[BITMAP_MAX_WORDS];
	uint32_t byw[BITMAP_MAX_WORDS];
	for (size_t w = 0; w < words; w++) {
		weight[w] = 0;
		for (size_t b = w * 64; b < w * 64 + 64; b++)
			weight[w] += (double)c[b] * (double)(n - c[b]);
		byw[w] = (uint32_t)w;
	}
	free(c);
	for (size_t i = 1; i < words; i++) { /* insertion sort, stable: at most 64 words */
		uint32_t v = byw[i];
		size_t j = i;
		while (j > 0 && weight[byw[j - 1]] < weight[v]) {
			byw[j] = byw[j - 1];
			j--;
		}
		byw[j] = v;
	}
	for (size_t i = 0; i < words; i++)
		slot[byw[i]] = (uint32_t)i;
}

/*
 * Bitmap filter: a bit set in one text's bitmap and not in the other's is
 * an n-gram of that text missing from the other, and distinct bits are
 * distinct n-grams, so the Hamming distance H of the bitmaps is at most
 * |x Δ y| and |x ∩ y| ≤ (|x| + |y| − H) / 2.  The pair can reach an overlap
 * of need only if H ≤ |x| + |y| − 2·need = limit; this says whether it can,
 * stopping as soon as the words read so far exceed limit.  POPCNT where
 * the processor has it (the variant is chosen once, at load time); the
 * same counts either way.
 */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__)
#define HW_POPCOUNT __attribute__((target_clones("popcnt", "default")))
#else
#define HW_POPCOUNT
#endif
static inline int bitmap_may_reach(const uint64_t *a, const uint64_t *b, size_t words, long long limit)
{
	long long h = 0;
	size_t w = 0;
	if (limit < 0)
		return 0;
	while (w < words) {
		size_t end = w + 4 < words ? w + 4 : words;
		for (; w < end; w++)
			h += __builtin_popcountll(a[w] ^ b[w]);
		if (h > limit)
			return 0;
	}
	return 1;
}

/* The texts y = wlo … p−1 (sizes size[y]) whose bitmaps pass against text p's,
 * into cand; returns how many.  One call per text, so that the popcounts
 * inline into the loop. */
HW_POPCOUNT
static size_t scan_window(const uint64_t *bitmap, size_t words, const size_t *size, size_t wlo, size_t p,
			  long long t, uint32_t *cand)
{
	const uint64_t *bx = bitmap + p * words;
	size_t sx = size[p], sy_last = 0, ncand = 0;
	long long limit = 0;
	for (size_t y = wlo; y < p; y++) {
		size_t sy = size[y];
		if (sy != sy_last) {
			sy_last = sy;
			limit = (long long)(sx + sy) - 2 * (long long)min_overlap(t, sx, sy);
		}
		if (bitmap_may_reach(bx, bitmap + y * words, words, limit))
			cand[ncand++] = (uint32_t)y;
	}
	return ncand;
}

/* The candidates of text p that pass the bitmap filter, kept in place in cand. */
HW_POPCOUNT
static size_t filter_bitmaps(const uint64_t *bitmap, size_t words, const size_t *size, size_t p, long long t,
			     uint32_t *cand, size_t ncand, const uint32_t *count)
{
	const uint64_t *bx = bitmap + p * words;
	size_t sx = size[p], kept = 0;
	for (size_t c = 0; c < ncand; c++) {
		uint32_t y = cand[c];
		if (count[y] == PRUNED)
			continue;
		size_t sy = size[y], need = min_overlap(t, sx, sy);
		if (bitmap_may_reach(bx, bitmap + (size_t)y * words, words, (long long)(sx + sy) - 2 * (long long)need))
			cand[kept++] = y;
	}
	return kept;
}

/* |x ∩ y|, or anything below need once it can no longer reach need. */
static size_t overlap_at_least(const struct set *x, const struct set *y, size_t need)
{
	size_t i = 0, j = 0, o = 0;
	while (i < x->n && j < y->n) {
		size_t left = x->n - i < y->n - j ? x->n - i : y->n - j;
		if (o + left < need)
			return o;
		if (x->id[i] < y->id[j])
			i++;
		else if (x->id[i] > y->id[j])
			j++;
		else
			o++, i++, j++;
	}
	return o;
}

struct entry {
	uint32_t pos;  /* the text's place in size order */
	uint32_t k;    /* the n-gram's place in that text's sorted set */
};


void copies_find(const struct copy_input *in, struct copy_pair **out, size_t *nout)
{
	copies_find_counted(in, out, nout, NULL);
}

void copies_find_counted(const struct copy_input *in, struct copy_pair **out, size_t *nout, struct copy_counts *cc)
{
	struct copy_counts counts = { 0 };
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

	/* Texts by size; from here on a text is known by its place in that order. */
	size_t *by_size = xmalloc((n ? n : 1) * sizeof(size_t));
	for (size_t i = 0; i < n; i++)
		by_size[i] = i;
	qsort_r(by_size, n, sizeof(size_t), cmp_by_size, sets);
	size_t words = nids > BITMAP_MAX_WORDS * 64 ? BITMAP_MAX_WORDS : (nids + 63) / 64;
	if (!words)
		words = 1;
	uint32_t slot[BITMAP_MAX_WORDS];
	order_words(sets, n, words, slot);
	size_t *size = xmalloc((n ? n : 1) * sizeof(size_t));
	size_t *prefix = xmalloc((n ? n : 1) * sizeof(size_t));
	uint64_t *bitmap = xmalloc((n ? n : 1) * words * sizeof(uint64_t));
	for (size_t p = 0; p < n; p++) {
		const struct set *x = &sets[by_size[p]];
		size[p] = x->n;
		/* the index prefix: a text y is only ever paired with a later, no smaller x, and
		 * then needs an overlap of at least ⌈2t·|y|/(100+t)⌉ */
		prefix[p] = x->n ? x->n - min_overlap(t, x->n, x->n) + 1 : 0;
		make_bitmap(x, bitmap + p * words, words, slot);
	}

	/* The inverted index over every text's index prefix, built at once (CSR): the
	 * entries of an n-gram are in size order, so a probe by text p reads
	 * only the entries before p, from the first one large enough. */
	size_t *off = xcalloc(nids + 1, sizeof(size_t));
	size_t nent = 0;
	for (size_t p = 0; p < n; p++)
		for (size_t k = 0; k < prefix[p]; k++)
			off[sets[by_size[p]].id[k] + 1]++, nent++;
	for (size_t i = 0; i < nids; i++)
		off[i + 1] += off[i];
	struct entry *ent = xmalloc((nent ? nent : 1) * sizeof(*ent));
	for (size_t p = 0; p < n; p++)
		for (size_t k = 0; k < prefix[p]; k++)
			ent[off[sets[by_size[p]].id[k]]++] = (struct entry){ (uint32_t)p, (uint32_t)k };
	for (size_t i = nids; i > 0; i--)
		off[i] = off[i - 1];
	off[0] = 0;

	uint32_t *count = xmalloc((n ? n : 1) * sizeof(uint32_t));
	uint32_t *stamp = xcalloc(n ? n : 1, sizeof(uint32_t));
	uint32_t *cand = xmalloc((n ? n : 1) * sizeof(uint32_t));
	size_t longest_set = 1;
	for (size_t p = 0; p < n; p++)
		if (size[p] > longest_set)
			longest_set = size[p];
	size_t *rlo = xmalloc(longest_set * sizeof(size_t)), *rhi = xmalloc(longest_set * sizeof(size_t));
	struct pairs ps = { NULL, 0, 0 };
	long long t100 = 100 + t;
	for (size_t p = 0; p < n; p++) {
		size_t sx = size[p];
		if (sx == 0)
			continue;
		size_t minsize = ceil_t(t, sx), ncand = 0;
		long long tsx = t * (long long)sx;
		const struct set *x = &sets[by_size[p]];
		/* Probe positions k = 0 … |x| − ⌈t·|x|⌉ (the prefix), and at position k only
		 * texts y with α(x,y) ≤ |x| − k, where α(x,y) = ⌈t·(|x|+|y|)/(100+t)⌉ is the
		 * least overlap: that is |y| ≤ ymax(k) = ⌊((100+t)·(|x|−k) − t·|x|) / t⌋
		 * (see docs/scoring.md for why skipping the others keeps every pair).
		 * First the range of entries each position would read. */
		size_t nprobe = 0, touches = 0;
		for (size_t k = 0; k + minsize <= sx; k++) {
			long long ym = (t100 * (long long)(sx - k) - tsx) / t;
			if (ym < (long long)minsize)
				break; /* ymax only falls as k grows */
			uint32_t id = x->id[k];
			size_t lo = off[id], hi = off[id + 1];
			while (lo < hi) { /* first entry of a text of size ≥ minsize (size filter) */
				size_t mid = lo + (hi - lo) / 2;
				if (size[ent[mid].pos] < minsize)
					lo = mid + 1;
				else
					hi = mid;
			}
			size_t from = lo;
			hi = off[id + 1];
			while (lo < hi) { /* first entry past p or past ymax (entries are in size order) */
				size_t mid = lo + (hi - lo) / 2;
				if (ent[mid].pos < p && size[ent[mid].pos] <= (size_t)ym)
					lo = mid + 1;
				else
					hi = mid;
			}
			rlo[nprobe] = from;
			rhi[nprobe] = lo;
			touches += lo - from;
			nprobe++;
		}
		/* Where the index would read more entries than there are texts it could pair
		 * with (summaries of stock phrases, where every prefix n-gram is in a tenth of
		 * all texts), compare x's bitmap with every one of those texts instead. */
		size_t wlo = 0, whi = p;
		while (wlo < whi) {
			size_t mid = wlo + (whi - wlo) / 2;
			if (size[mid] < minsize)
				wlo = mid + 1;
			else
				whi = mid;
		}
		if (touches > 2 * (p - wlo)) {
			counts.window_texts++;
			counts.compared += p - wlo;
			ncand = scan_window(bitmap, words, size, wlo, p, t, cand);
		} else {
			for (size_t r = 0; r < nprobe; r++) {
				size_t k = r;
				for (size_t e = rlo[r]; e < rhi[r]; e++) {
					uint32_t y = ent[e].pos;
					size_t sy = size[y], j = ent[e].k;
					if (stamp[y] != p + 1) {
						stamp[y] = (uint32_t)(p + 1);
						count[y] = 0;
					}
					if (count[y] == PRUNED)
						continue;
					/* positional filter: can what is left after these positions still reach
					 * the overlap?  o ≥ α ⇔ o·(100+t) ≥ t·(|x|+|y|): no division */
					size_t rest = sx - k - 1 < sy - j - 1 ? sx - k - 1 : sy - j - 1;
					if ((long long)(count[y] + 1 + rest) * t100 < tsx + t * (long long)sy) {
						count[y] = PRUNED;
						continue;
					}
					if (count[y]++ == 0)
						cand[ncand++] = y;
				}
			}
			counts.index_texts++;
			counts.compared += ncand;
			ncand = filter_bitmaps(bitmap, words, size, p, t, cand, ncand, count);
		}
		counts.merged += ncand;
		for (size_t c = 0; c < ncand; c++) { /* exact merges of what passed every filter */
			uint32_t y = cand[c];
			size_t sy = size[y], need = min_overlap(t, sx, sy);
			const struct set *ys = &sets[by_size[y]];
			size_t o = overlap_at_least(x, ys, need);
			size_t uni = sx + sy - o;
			if (o >= need && qualifies(o, uni, t))
				pair_add(&ps, by_size[p], by_size[y], o, uni);
		}
	}
	free(rlo);
	free(rhi);
	free(off);
	free(ent);
	free(count);
	free(stamp);
	free(cand);
	free(size);
	free(prefix);
	free(bitmap);
	free(by_size);
	free_sets(sets, n);
	if (ps.n)
		qsort(ps.p, ps.n, sizeof(*ps.p), cmp_pair);
	if (cc)
		*cc = counts;
	*out = ps.p;
	*nout = ps.n;
}
