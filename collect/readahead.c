/*
 * readahead — see readahead.h.  One mutex guards the ring and the
 * counters; `ready` wakes the writer when the result it waits for arrives,
 * `room` wakes one waiting worker per result taken (each frees one slot).
 * prepare() itself runs outside the lock.
 *
 * The workers run at a lower priority than the writer: the writer is what
 * everything waits for (SQLite has one), so when both want a processor it
 * should win; the workers fill the time it leaves.  On 2 cores this took
 * collect from 3.7–4.2 s to 2.9–3.3 s (bench/README.md).
 */
#include "collect/readahead.h"
#include "common/util.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

/* Lower this thread's priority by READAHEAD_WORKER_NICE (Linux: per thread). Best effort. */
static void lower_priority(void)
{
	id_t tid = (id_t)gettid();
	errno = 0;
	int now = getpriority(PRIO_PROCESS, tid);
	if (errno == 0)
		setpriority(PRIO_PROCESS, tid, now + READAHEAD_WORKER_NICE > 19 ? 19 : now + READAHEAD_WORKER_NICE);
}

static void *worker(void *arg)
{
	struct readahead *ra = arg;
	pthread_setname_np(pthread_self(), "gongkai-read"); /* shows in top -H and perf */
	lower_priority();
	pthread_mutex_lock(&ra->lock);
	for (;;) {
		while (!ra->stop && ra->claimed < ra->n && ra->claimed >= ra->taken + ra->depth) {
			ra->waiting_workers++;
			pthread_cond_wait(&ra->room, &ra->lock);
			ra->waiting_workers--;
		}
		if (ra->stop || ra->claimed >= ra->n)
			break;
		size_t i = ra->claimed++;
		pthread_mutex_unlock(&ra->lock);
		void *r = ra->prepare(i, ra->ctx);
		pthread_mutex_lock(&ra->lock);
		ra->slot[i % ra->depth] = r;
		if (ra->writer_waiting && i == ra->taken)
			pthread_cond_signal(&ra->ready);
	}
	pthread_mutex_unlock(&ra->lock);
	return NULL;
}

size_t readahead_start(struct readahead *ra, size_t n, size_t workers, size_t depth,
		       void *(*prepare)(size_t, void *), void (*discard)(void *), void *ctx)
{
	if (workers < 1)
		workers = 1;
	if (workers > READAHEAD_MAX_WORKERS)
		workers = READAHEAD_MAX_WORKERS;
	if (depth < workers)
		depth = workers;
	ra->prepare = prepare;
	ra->discard = discard;
	ra->ctx = ctx;
	ra->n = n;
	ra->depth = depth;
	ra->claimed = ra->taken = 0;
	ra->waiting_workers = 0;
	ra->writer_waiting = 0;
	ra->stop = 0;
	ra->slot = xcalloc(depth, sizeof(void *));
	pthread_mutex_init(&ra->lock, NULL);
	pthread_cond_init(&ra->ready, NULL);
	pthread_cond_init(&ra->room, NULL);
	for (ra->nthreads = 0; ra->nthreads < workers; ra->nthreads++)
		if (pthread_create(&ra->thread[ra->nthreads], NULL, worker, ra) != 0)
			break;
	return ra->nthreads;
}

void *readahead_next(struct readahead *ra)
{
	if (ra->taken >= ra->n)
		return NULL;
	if (ra->nthreads == 0) /* no thread: prepare here */
		return ra->prepare(ra->taken++, ra->ctx);
	pthread_mutex_lock(&ra->lock);
	void **s = &ra->slot[ra->taken % ra->depth];
	while (!*s) {
		ra->writer_waiting = 1;
		pthread_cond_wait(&ra->ready, &ra->lock);
		ra->writer_waiting = 0;
	}
	void *r = *s;
	*s = NULL;
	ra->taken++;
	if (ra->waiting_workers) /* wake the workers only when one waits for room */
		pthread_cond_signal(&ra->room);
	pthread_mutex_unlock(&ra->lock);
	return r;
}

void readahead_finish(struct readahead *ra)
{
	pthread_mutex_lock(&ra->lock);
	ra->stop = 1;
	pthread_cond_broadcast(&ra->room);
	pthread_mutex_unlock(&ra->lock);
	for (size_t t = 0; t < ra->nthreads; t++)
		pthread_join(ra->thread[t], NULL);
	for (size_t k = 0; k < ra->depth; k++)
		if (ra->slot[k])
			ra->discard(ra->slot[k]);
	pthread_mutex_destroy(&ra->lock);
	pthread_cond_destroy(&ra->ready);
	pthread_cond_destroy(&ra->room);
	free(ra->slot);
	ra->slot = NULL;
}
