/*
 * test_readahead — readahead.c with one to eight workers: every result
 * arrives exactly once and in index order whatever order the workers finish
 * in, never more than `depth` results are prepared but not yet taken, and
 * stopping early frees what was prepared and never taken.
 */
#include "collect/readahead.h"
#include "common/util.h"
#include "tests/unit/check.h"

#include <pthread.h>
#include <stdlib.h>
#include <time.h>

struct counts {
	pthread_mutex_t lock;
	size_t live, max_live; /* prepared and not yet freed */
	size_t prepared, discarded;
};

struct result {
	size_t i;
	struct counts *c;
};

static void *prepare(size_t i, void *ctx)
{
	struct counts *c = ctx;
	/* uneven work so that workers finish out of order */
	struct timespec ts = { 0, (long)((i * 7919) % 5) * 100000 };
	nanosleep(&ts, NULL);
	struct result *r = xmalloc(sizeof(*r));
	r->i = i;
	r->c = c;
	pthread_mutex_lock(&c->lock);
	c->prepared++;
	if (++c->live > c->max_live)
		c->max_live = c->live;
	pthread_mutex_unlock(&c->lock);
	return r;
}

static void release(struct result *r, int discarded)
{
	pthread_mutex_lock(&r->c->lock);
	r->c->live--;
	r->c->discarded += (size_t)discarded;
	pthread_mutex_unlock(&r->c->lock);
	free(r);
}

static void discard(void *v)
{
	release(v, 1);
}

/* Take `take` of n results (all when take >= n), then finish. */
static void run(size_t n, size_t workers, size_t depth, size_t take)
{
	struct counts c = { .live = 0 };
	pthread_mutex_init(&c.lock, NULL);
	struct readahead ra;
	CHECK(readahead_start(&ra, n, workers, depth, prepare, discard, &c) == workers);
	size_t got = 0;
	for (; got < take && got < n; got++) {
		struct result *r = readahead_next(&ra);
		CHECK(r != NULL && r->i == got);
		if (!r)
			break;
		release(r, 0);
	}
	if (take >= n)
		CHECK(readahead_next(&ra) == NULL);
	readahead_finish(&ra);
	CHECK(c.live == 0);                     /* everything prepared was freed */
	CHECK(c.prepared == got + c.discarded); /* ... exactly once */
	CHECK(c.max_live <= (depth < workers ? workers : depth) + 1); /* + the one the writer holds */
	if (take >= n)
		CHECK(c.prepared == n && c.discarded == 0);
	pthread_mutex_destroy(&c.lock);
}

int main(void)
{
	for (size_t w = 1; w <= READAHEAD_MAX_WORKERS; w++) {
		run(200, w, 8, 200);
		run(200, w, 8, 37); /* stopped early */
		run(3, w, 8, 3);    /* fewer items than workers */
		run(0, w, 8, 0);
	}
	run(100, 4, 2, 100); /* depth below the workers: raised to them */
	return check_result("test_readahead");
}
