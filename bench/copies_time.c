/*
 * copies_time — copied-summary detection (score/copies.c) alone, timed on
 * the summaries of an inbox from gen_province (bench/score.sh, bench/README.md):
 *
 *   copies_time INBOX [NGRAM [THRESHOLD]]      (defaults 3 80, as the rubric's)
 *
 * Reads INBOX/<folder>/summary.txt of every folder in name order, turns each
 * into code points as `score` does (text_ngram_chars), then times
 * copies_find() and prints the seconds (wall clock, and the process's CPU
 * time, steadier on a shared machine), the number of pairs found and a
 * digest of the pairs (so that two builds can be shown to find the same
 * pairs).  The files are read before the clock starts.
 */
#include "common/util.h"
#include "score/copies.h"
#include "score/text.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(clockid_t clock)
{
	struct timespec ts;
	clock_gettime(clock, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 4) {
		fprintf(stderr, "usage: copies_time INBOX [NGRAM [THRESHOLD]]\n");
		return 2;
	}
	int ngram = argc > 2 ? atoi(argv[2]) : 3;
	long long t = argc > 3 ? atoll(argv[3]) : 80;
	DIR *d = opendir(argv[1]);
	if (!d) {
		perror(argv[1]);
		return 2;
	}
	struct vec names = VEC_INIT;
	struct dirent *e;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.')
			vec_push(&names, xstrdup(e->d_name));
	closedir(d);
	qsort(names.item, names.n, sizeof(char *), by_name);
	unsigned **text = xcalloc(names.n ? names.n : 1, sizeof(*text));
	size_t *len = xcalloc(names.n ? names.n : 1, sizeof(*len));
	size_t n = 0;
	for (size_t i = 0; i < names.n; i++) {
		char *path = xasprintf("%s/%s/summary.txt", argv[1], (char *)names.item[i]);
		char *s;
		size_t sl;
		if (read_file(path, &s, &sl) == 0) {
			text[n] = text_ngram_chars(s, &len[n]);
			n++;
			free(s);
		}
		free(path);
	}
	struct copy_input in = { (const unsigned *const *)text, len, n, ngram, t };
	struct copy_pair *p;
	size_t np;
	double t0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
	struct copy_counts cc;
	copies_find_counted(&in, &p, &np, &cc);
	double secs = now(CLOCK_MONOTONIC) - t0, cpu = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
	unsigned long long h = 1469598103934665603ull;
	for (size_t k = 0; k < np; k++) {
		unsigned long long v[4] = { p[k].a, p[k].b, p[k].inter, p[k].uni };
		for (int j = 0; j < 4; j++)
			h = (h ^ v[j]) * 1099511628211ull;
	}
	printf("%zu texts: copies_find %.3f s (CPU %.3f s), %zu pairs (digest %016llx)\n", n, secs, cpu, np, h);
	printf("  texts by index %zu, by size window %zu; bitmaps compared %zu, merged %zu\n", cc.index_texts,
	       cc.window_texts, cc.compared, cc.merged);
	free(p);
	for (size_t i = 0; i < n; i++)
		free(text[i]);
	free(text);
	free(len);
	vec_release(&names, free);
	return 0;
}
