/*
 * score_check — the few assertion macros of the score stage's unit tests
 * (tests/unit/test_score*.c).  Each failed check prints file:line and the
 * two values; main returns the number of failures.
 */
#ifndef GK_TEST_SCORE_CHECK_H
#define GK_TEST_SCORE_CHECK_H

#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                                      \
	do {                                                                             \
		if (!(cond)) {                                                           \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
			failures++;                                                      \
		}                                                                        \
	} while (0)

#define CHECK_LL(got, want)                                                              \
	do {                                                                             \
		long long g_ = (long long)(got), w_ = (long long)(want);                 \
		if (g_ != w_) {                                                          \
			fprintf(stderr, "%s:%d: %s is %lld, wanted %lld\n", __FILE__, __LINE__, #got, g_, w_); \
			failures++;                                                      \
		}                                                                        \
	} while (0)

#define CHECK_STR(got, want)                                                             \
	do {                                                                             \
		const char *g_ = (got), *w_ = (want);                                    \
		if (!g_ || strcmp(g_, w_)) {                                             \
			fprintf(stderr, "%s:%d: %s is \"%s\", wanted \"%s\"\n", __FILE__, __LINE__, #got, \
				g_ ? g_ : "(null)", w_);                                 \
			failures++;                                                      \
		}                                                                        \
	} while (0)

#endif
