/*
 * readahead — worker threads that read and check packages while the
 * calling thread writes the previous ones into SQLite.
 *
 * Workers take indexes 0..n-1 in turn, call prepare(i) and put each result
 * in slot i % depth of a ring; the writer takes results strictly in index
 * order with readahead_next().  A worker may only start index i once the
 * writer has taken i - depth, so at most `depth` packages are in memory at
 * once whatever the size of the inbox.  Workers never touch the database;
 * prepare() must be safe to run in several threads at once.
 */
#ifndef GK_READAHEAD_H
#define GK_READAHEAD_H

#include <pthread.h>
#include <stddef.h>

enum { READAHEAD_MAX_WORKERS = 8 };
/* How much nicer than the writer the workers are (readahead.c says why). */
enum { READAHEAD_WORKER_NICE = 10 };

struct readahead {
	void *(*prepare)(size_t i, void *ctx); /* runs in a worker; returns an owned result, never NULL */
	void (*discard)(void *result);         /* frees a result the writer never took */
	void *ctx;
	size_t n;

	pthread_t thread[READAHEAD_MAX_WORKERS];
	size_t nthreads;                       /* 0: no thread, prepare() runs in readahead_next() */
	pthread_mutex_t lock;
	pthread_cond_t ready;                  /* a result was put in its slot */
	pthread_cond_t room;                   /* the writer took a result */
	void **slot;                           /* ring of depth results; NULL = not ready */
	size_t depth;
	size_t claimed;                        /* next index a worker will take */
	size_t taken;                          /* next index the writer will take */
	size_t waiting_workers;                /* workers waiting for room */
	int writer_waiting;                    /* the writer waits for slot taken % depth */
	int stop;
};

/*
 * Start `workers` threads (at least 1, at most READAHEAD_MAX_WORKERS, and
 * depth >= workers).  Returns the number started; with 0, prepare() runs
 * inline in readahead_next().
 */
size_t readahead_start(struct readahead *ra, size_t n, size_t workers, size_t depth,
		       void *(*prepare)(size_t, void *), void (*discard)(void *), void *ctx);
/* The next result in order; NULL when all n were taken. */
void *readahead_next(struct readahead *ra);
/* Stop the workers (early or at the end), free untaken results, join. */
void readahead_finish(struct readahead *ra);

#endif
