/*
 * progress — a one-line progress bar on stderr, only when stderr is a
 * terminal and -q was not given; otherwise every call does nothing.
 */
#ifndef GK_PROGRESS_H
#define GK_PROGRESS_H

#include <stddef.h>

struct progress {
	const char *label;
	size_t total, last_shown;
	int on;
};

void progress_start(struct progress *p, const char *label, size_t total);
void progress_update(struct progress *p, size_t done);
/* Erase the bar before printing anything else on the terminal; the next update redraws it. */
void progress_clear(struct progress *p);
void progress_end(struct progress *p);

#endif
