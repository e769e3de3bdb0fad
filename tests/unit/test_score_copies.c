/*
 * test_score_copies — copied-summary detection (score/copies.c): the
 * prefix-filtering search must find exactly the pairs the quadratic brute
 * force finds, on random texts with planted near-copies, for several n-gram
 * lengths and thresholds; on boilerplate texts (stock words only, where
 * every text shares most n-grams with every other and the search compares
 * whole size windows of bitmaps instead of reading the index), alone and
 * mixed with random ones; plus hand-made cases at the threshold and the
 * normalisation of score/text.c.
 */
#include "common/util.h"
#include "score/copies.h"
#include "score/text.h"
#include "tests/unit/score_check.h"

#include <stdlib.h>
#include <string.h>

static unsigned long long rng = 88172645463325252ull;
static unsigned next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 11);
}

static int same_pairs(const struct copy_pair *a, size_t na, const struct copy_pair *b, size_t nb)
{
	if (na != nb)
		return 0;
	for (size_t i = 0; i < na; i++)
		if (a[i].a != b[i].a || a[i].b != b[i].b || a[i].inter != b[i].inter || a[i].uni != b[i].uni)
			return 0;
	return 1;
}

static void random_round(size_t n, unsigned alphabet, size_t maxlen, int ngram, long long threshold, size_t *found)
{
	unsigned **text = xcalloc(n, sizeof(*text));
	size_t *len = xcalloc(n, sizeof(*len));
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && next_rand() % 3 == 0) {
			/* a near-copy of an earlier text: a few characters changed, some dropped or added */
			size_t src = next_rand() % i;
			size_t extra = next_rand() % 6;
			len[i] = len[src] + extra;
			text[i] = xmalloc((len[i] + 1) * sizeof(unsigned));
			memcpy(text[i], text[src], len[src] * sizeof(unsigned));
			for (size_t k = len[src]; k < len[i]; k++)
				text[i][k] = 0x4E00 + next_rand() % alphabet;
			size_t edits = next_rand() % (8 + maxlen / 50);
			for (size_t k = 0; k < edits && len[i]; k++)
				text[i][next_rand() % len[i]] = 0x4E00 + next_rand() % alphabet;
			if (len[i] > 3 && next_rand() % 2)
				len[i] -= next_rand() % 3;
		} else {
			len[i] = next_rand() % maxlen;
			text[i] = xmalloc((len[i] + 1) * sizeof(unsigned));
			for (size_t k = 0; k < len[i]; k++)
				text[i][k] = 0x4E00 + next_rand() % alphabet;
		}
	}
	struct copy_input in = { (const unsigned *const *)text, len, n, ngram, threshold };
	struct copy_pair *p1, *p2;
	size_t n1, n2;
	copies_find(&in, &p1, &n1);
	copies_brute(&in, &p2, &n2);
	if (!same_pairs(p1, n1, p2, n2)) {
		fprintf(stderr, "mismatch: n=%zu alphabet=%u ngram=%d t=%lld: %zu pairs, brute force %zu\n", n, alphabet,
			ngram, threshold, n1, n2);
		failures++;
	}
	*found += n2;
	free(p1);
	free(p2);
	for (size_t i = 0; i < n; i++)
		free(text[i]);
	free(text);
	free(len);
}

static void test_random(void)
{
	size_t found = 0;
	const int ngrams[] = { 1, 2, 3, 4 };
	const long long thresholds[] = { 30, 50, 80, 81, 95, 100 };
	for (size_t g = 0; g < 4; g++)
		for (size_t t = 0; t < 6; t++)
			for (int round = 0; round < 4; round++)
				random_round(150 + (size_t)round * 40, round % 2 ? 12 : 400, 120, ngrams[g], thresholds[t], &found);
	CHECK(found > 1000); /* the planted copies make the comparison meaningful */
	/* summary-sized texts (bitmaps well filled), small and large alphabets */
	size_t before = found;
	for (int round = 0; round < 3; round++) {
		random_round(80, 30, 1600, 3, 80, &found);
		random_round(80, 3000, 1600, 3, 80, &found);
		random_round(80, 3000, 1600, 2, 60, &found);
	}
	CHECK(found > before + 50);
}

/*
 * Boilerplate: n texts of "sentences" of 3–6 stock words out of nwords (each
 * 2–4 characters of a small alphabet), as bench/gen_province writes them;
 * one text in copy_every is an earlier one with a few words changed; with
 * random_every > 0, one text in random_every is random characters instead.
 */
static void boilerplate_round(size_t n, size_t nwords, size_t chars, int ngram, long long threshold,
			      size_t copy_every, size_t random_every, size_t *found, size_t *window_texts)
{
	unsigned words[64][4];
	size_t wlen[64];
	for (size_t w = 0; w < nwords; w++) {
		wlen[w] = 2 + next_rand() % 3;
		for (size_t k = 0; k < wlen[w]; k++)
			words[w][k] = 0x4E00 + next_rand() % 60;
	}
	unsigned **text = xcalloc(n, sizeof(*text));
	size_t *len = xcalloc(n, sizeof(*len));
	for (size_t i = 0; i < n; i++) {
		text[i] = xmalloc((chars + 8) * sizeof(unsigned));
		if (i > 0 && copy_every && i % copy_every == 0) {
			size_t src = next_rand() % i;
			len[i] = len[src];
			memcpy(text[i], text[src], len[i] * sizeof(unsigned));
			size_t edits = next_rand() % 12;
			for (size_t k = 0; k < edits && len[i]; k++) {
				size_t at = next_rand() % len[i], w = next_rand() % nwords;
				for (size_t c = 0; c < wlen[w] && at + c < len[i]; c++)
					text[i][at + c] = words[w][c];
			}
		} else if (random_every && i % random_every == 1) {
			len[i] = chars / 2 + next_rand() % chars;
			if (len[i] > chars + 7)
				len[i] = chars + 7;
			for (size_t k = 0; k < len[i]; k++)
				text[i][k] = 0x4E00 + next_rand() % 2000;
		} else {
			size_t target = chars / 2 + next_rand() % (chars / 2);
			len[i] = 0;
			while (len[i] + 4 <= target) {
				size_t w = next_rand() % nwords;
				for (size_t c = 0; c < wlen[w]; c++)
					text[i][len[i]++] = words[w][c];
			}
		}
	}
	struct copy_input in = { (const unsigned *const *)text, len, n, ngram, threshold };
	struct copy_pair *p1, *p2;
	size_t n1, n2;
	struct copy_counts cc;
	copies_find_counted(&in, &p1, &n1, &cc);
	copies_brute(&in, &p2, &n2);
	if (!same_pairs(p1, n1, p2, n2)) {
		fprintf(stderr, "boilerplate mismatch: n=%zu words=%zu ngram=%d t=%lld: %zu pairs, brute force %zu\n", n,
			nwords, ngram, threshold, n1, n2);
		failures++;
	}
	*found += n2;
	*window_texts += cc.window_texts;
	free(p1);
	free(p2);
	for (size_t i = 0; i < n; i++)
		free(text[i]);
	free(text);
	free(len);
}

static void test_boilerplate(void)
{
	size_t found = 0, window = 0;
	const int ngrams[] = { 2, 3, 4 };
	const long long thresholds[] = { 50, 80, 81, 95, 100 };
	for (size_t g = 0; g < 3; g++)
		for (size_t t = 0; t < 5; t++) {
			boilerplate_round(250, 12 + 8 * g, 400, ngrams[g], thresholds[t], 9, 0, &found, &window);
			boilerplate_round(250, 30, 300, ngrams[g], thresholds[t], 7, 5, &found, &window);
		}
	/* planted copies found, and the size-window comparison really ran */
	CHECK(found > 300);
	CHECK(window > 1000);
	/* boilerplate as long as real summaries, copies in one text of fifty */
	size_t before = found;
	boilerplate_round(300, 40, 1500, 3, 80, 50, 0, &found, &window);
	CHECK(found >= before + 5);
}

static void pairs_of(const char *const *s, size_t n, long long t, struct copy_pair **p, size_t *np)
{
	unsigned **text = xcalloc(n, sizeof(*text));
	size_t *len = xcalloc(n, sizeof(*len));
	for (size_t i = 0; i < n; i++)
		text[i] = text_ngram_chars(s[i], &len[i]);
	struct copy_input in = { (const unsigned *const *)text, len, n, 3, t };
	copies_find(&in, p, np);
	for (size_t i = 0; i < n; i++)
		free(text[i]);
	free(text);
	free(len);
}

static void test_by_hand(void)
{
	/* a: 12 distinct characters → 10 trigrams; b: the first 11 and another → 9 shared of 11: 0.818 */
	const char *s[] = { "甲乙丙丁戊己庚辛壬癸子丑", "甲乙丙丁戊己庚辛壬癸子寅", "完全不同的一段文字内容啊" };
	struct copy_pair *p;
	size_t np;
	pairs_of(s, 3, 81, &p, &np);
	CHECK_LL(np, 1);
	if (np) {
		CHECK_LL(p[0].a, 0);
		CHECK_LL(p[0].b, 1);
		CHECK_LL(p[0].inter, 9);
		CHECK_LL(p[0].uni, 11);
	}
	free(p);
	pairs_of(s, 3, 82, &p, &np);
	CHECK_LL(np, 0);
	free(p);

	/* white space, punctuation and symbols do not count */
	const char *t[] = { "主动公开，工作 稳步推进。\n（一）", "主动公开工作稳步推进一", "ab" };
	pairs_of(t, 3, 100, &p, &np);
	CHECK_LL(np, 1);
	if (np)
		CHECK_LL(p[0].uni, 9);
	free(p);

	size_t n;
	unsigned *cp = text_ngram_chars("Ａ，b　c+d€【e】", &n);
	CHECK_LL(n, 5);
	if (n == 5) {
		CHECK_LL(cp[0], 0xFF21);
		CHECK_LL(cp[4], 'e');
	}
	free(cp);
}

static void test_text(void)
{
	CHECK_LL(text_len_nospace(" 政务\t公开\xE3\x80\x80\r\n工作 "), 6);
	char *k = text_title_key(" Budget\xE3\x80\x80REPORT ｂｕｄ ");
	CHECK_STR(k, "budgetreportｂｕｄ");
	free(k);
	k = text_title_key("ＢＵＤ");
	CHECK_STR(k, "ｂｕｄ");
	free(k);
}

int main(void)
{
	test_random();
	test_boilerplate();
	test_by_hand();
	test_text();
	if (failures)
		fprintf(stderr, "%d checks failed\n", failures);
	return failures != 0;
}
