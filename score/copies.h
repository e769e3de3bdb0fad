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
 *      overlap ≥ ⌈t·|x|⌉, so the first |x| − ⌈t·|x|⌉ + 1 ids of the two sets
 *      (their "prefixes") must share an id; only texts found through an
 *      inverted index over earlier texts' prefixes are candidates, and only
 *      those of size ≥ t·|x| (size filter);
 *   4. each candidate is verified by an exact merge of the two sets.
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
void copies_brute(const struct copy_input *in, struct copy_pair **out, size_t *nout);

#endif
