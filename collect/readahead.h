/*
 * readahead — a second thread that reads and checks packages while the
 * first one writes the previous ones into SQLite.
 *
 * The worker calls prepare(i) for i = 0..n-1 in order and hands each result
 * to the writer through a small bounded queue, so at most `depth` packages
 * are in memory at once whatever the size of the inbox.  The writer takes
 * results in the same order with readahead_next().  The worker never
 * touches the database.
 */
#ifndef GK_READAHEAD_H
#define GK_READAHEAD_H

#include <pthread.h>
#include <stddef.h>

struct readahead {
	void *(*prepare)(size_t i, void *ctx); /* runs in the worker; returns an owned result */
	void (*discard)(void *result);         /* frees a result the writer never took */
	void *ctx;
	size_t n;

	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t changed;
	void **slot;                           /* ring of depth results */
	size_t depth, head, count, produced;
	int stop;
};

/* Start the worker. 0, or -1 when no thread could be started (then prepare runs inline). */
int readahead_start(struct readahead *ra, size_t n, size_t depth, void *(*prepare)(size_t, void *),
		    void (*discard)(void *), void *ctx);
/* The next result in order; NULL when all n were taken. */
void *readahead_next(struct readahead *ra);
/* Stop the worker (early or at the end), free untaken results, join. */
void readahead_finish(struct readahead *ra);

#endif
