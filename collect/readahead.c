/*
 * readahead — see readahead.h.  One mutex and one condition variable guard
 * the ring; the worker waits while the ring is full, the writer while it is
 * empty.
 */
#include "collect/readahead.h"
#include "common/util.h"

#include <stdlib.h>

static void *worker(void *arg)
{
	struct readahead *ra = arg;
	for (size_t i = 0; i < ra->n; i++) {
		void *r = ra->prepare(i, ra->ctx);
		pthread_mutex_lock(&ra->lock);
		while (ra->count == ra->depth && !ra->stop)
			pthread_cond_wait(&ra->changed, &ra->lock);
		if (ra->stop) {
			pthread_mutex_unlock(&ra->lock);
			ra->discard(r);
			return NULL;
		}
		ra->slot[(ra->head + ra->count) % ra->depth] = r;
		ra->count++;
		ra->produced++;
		pthread_cond_broadcast(&ra->changed);
		pthread_mutex_unlock(&ra->lock);
	}
	return NULL;
}

int readahead_start(struct readahead *ra, size_t n, size_t depth, void *(*prepare)(size_t, void *),
		    void (*discard)(void *), void *ctx)
{
	ra->prepare = prepare;
	ra->discard = discard;
	ra->ctx = ctx;
	ra->n = n;
	ra->depth = depth;
	ra->head = ra->count = ra->produced = 0;
	ra->stop = 0;
	ra->slot = xcalloc(depth, sizeof(void *));
	pthread_mutex_init(&ra->lock, NULL);
	pthread_cond_init(&ra->changed, NULL);
	if (pthread_create(&ra->thread, NULL, worker, ra) != 0) {
		ra->depth = 0; /* inline mode */
		return -1;
	}
	return 0;
}

void *readahead_next(struct readahead *ra)
{
	if (ra->depth == 0) /* no thread: prepare here */
		return ra->produced < ra->n ? ra->prepare(ra->produced++, ra->ctx) : NULL;
	pthread_mutex_lock(&ra->lock);
	size_t taken = ra->produced - ra->count;
	if (taken >= ra->n) {
		pthread_mutex_unlock(&ra->lock);
		return NULL;
	}
	while (ra->count == 0)
		pthread_cond_wait(&ra->changed, &ra->lock);
	void *r = ra->slot[ra->head];
	ra->head = (ra->head + 1) % ra->depth;
	ra->count--;
	pthread_cond_broadcast(&ra->changed);
	pthread_mutex_unlock(&ra->lock);
	return r;
}

void readahead_finish(struct readahead *ra)
{
	if (ra->depth > 0) {
		pthread_mutex_lock(&ra->lock);
		ra->stop = 1;
		pthread_cond_broadcast(&ra->changed);
		pthread_mutex_unlock(&ra->lock);
		pthread_join(ra->thread, NULL);
		for (; ra->count > 0; ra->count--) {
			ra->discard(ra->slot[ra->head]);
			ra->head = (ra->head + 1) % ra->depth;
		}
	}
	pthread_mutex_destroy(&ra->lock);
	pthread_cond_destroy(&ra->changed);
	free(ra->slot);
	ra->slot = NULL;
}
