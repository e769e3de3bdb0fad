/*
 * copies — copied summaries (rubric.md, C09): every pair of texts whose sets
 * of character n-grams have a Jaccard similarity at least the threshold.
 *
 * At province scale (10,000 summaries of ~1,500 characters) comparing every
 * pair is 50 million set intersections; this finds exactly the same pairs
 * with the prefix-filtering all-pairs algorithm (Bayardo et al., "Scaling up
 * all pairs similarity search", WWW 2007):
 *
 *   1. each n-gram gets an id; each text becomes its sorted set of ids;
 *   2. ids are ordered globally by how many texts hold them, rarest first;
 *   3. texts are taken in order of set size; a pair with Jaccard ≥ t has
 *      overlap ≥ α = ⌈t·(|x|+|y|)/(100+t)⌉, so the two sets' prefixes must
 *      share an id; only texts found through an inverted index over earlier
 *      texts' prefixes are candidates, only those of size ≥ t·|x| (size
 *      filter), and at each prefix position only those whose size still
 *      lets a first common id be there (positional bound on the scan);
 *   4. a positional filter on each match, then a bitmap bound;
 *   5. where the index would be read more often than there are texts of a
 *      possible size (summaries of stock phrases), the bitmap bound is
 *      applied to every text of that size window instead;
 *   6. each remaining candidate is verified by an exact merge of the sets.
 *
 * docs/scoring.md ("Copied summaries") proves each bound.
 *
 * All arithmetic is integer: the threshold is in hundredths (0.80 → 80) and
 * a pair qualifies when 100·|x∩y| ≥ t·|x∪y|.  Empty sets (a text shorter
 * than n characters after dropping white space, punctuation and symbols)
 * never pair.  copies_brute() is the obvious quadratic method, kept for the
 * test that checks the two agree.
 */
#ifndef GK_SCORE_COPIES_H
#define GK_SCORE_COPIES_H

#include <stddef.h>

struct copy_pair {
	size_t a, b;      /* text indexes, a < b */
	size_t inter, uni;
};

struct copy_input {
	const unsigned *const *text; /* code points of each text (see text_ngram_chars) */
	const size_t *len;
	size_t n;
	int ngram;                   /* n-gram length in code points, ≥ 1 */
	long long threshold;         /* hundredths, 1..100 */
};

/* The qualifying pairs, sorted by (a, b); *out owned by the caller. */
void copies_find(const struct copy_input *in, struct copy_pair **out, size_t *nout);

/* How copies_find went, for the tests and bench/copies_time: texts whose
 * candidates came from the inverted index, texts compared with every text
 * of a possible size instead (step 5), pairs whose bitmaps were compared,
 * pairs merged exactly. */
struct copy_counts {
	size_t index_texts, window_texts, compared, merged;
};
void copies_find_counted(const struct copy_input *in, struct copy_pair **out, size_t *nout, struct copy_counts *c);
void copies_brute(const struct copy_input *in, struct copy_pair **out, size_t *nout);

#endif
