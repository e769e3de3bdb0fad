/*
 * progress — see progress.h.
 */
#include "common/progress.h"
#include "common/msg.h"

#include <stdio.h>
#include <unistd.h>

void progress_start(struct progress *p, const char *label, size_t total)
{
	p->label = label;
	p->total = total;
	p->last_shown = (size_t)-1;
	p->on = !msg_quiet && total > 0 && isatty(STDERR_FILENO);
	progress_update(p, 0);
}

void progress_update(struct progress *p, size_t done)
{
	if (!p->on)
		return;
	size_t pct = done * 100 / p->total;
	if (pct == p->last_shown)
		return;
	p->last_shown = pct;
	enum { WIDTH = 30 };
	char bar[WIDTH + 1];
	size_t fill = done * WIDTH / p->total;
	for (size_t i = 0; i < WIDTH; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[WIDTH] = '\0';
	fprintf(stderr, "\r%s [%s] %3zu%% (%zu/%zu)", p->label, bar, pct, done, p->total);
	fflush(stderr);
}

void progress_clear(struct progress *p)
{
	if (!p->on || p->last_shown == (size_t)-1)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->last_shown = (size_t)-1;
}

void progress_end(struct progress *p)
{
	if (!p->on)
		return;
	progress_update(p, p->total);
	fputc('\n', stderr);
	p->on = 0;
}
