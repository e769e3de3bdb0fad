/*
 * check.h — the unit tests' one assertion macro.  CHECK(cond) reports the
 * file, line and condition and counts a failure; a test's main() returns
 * check_result(), nonzero when anything failed.  No framework.
 */
#ifndef GK_TEST_CHECK_H
#define GK_TEST_CHECK_H

#include <stdio.h>

static int check_failures;

#define CHECK(cond)                                                                     \
	do {                                                                            \
		if (!(cond)) {                                                          \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
			check_failures++;                                               \
		}                                                                       \
	} while (0)

static inline int check_result(const char *name)
{
	if (check_failures)
		fprintf(stderr, "%s: %d failure(s)\n", name, check_failures);
	else
		printf("%s: ok\n", name);
	return check_failures != 0;
}

#endif
