/*
 * findings — the evaluators' findings.csv (input.md): spot checks that found
 * nondisclosure, sham disclosure, lateness or other faults, and bonuses.
 *
 * The file is optional.  It is read like every other input (UTF-8 or
 * GB18030, English or Chinese headers, any column order), and every bad row
 * is reported with file, line and column; one bad row makes the whole file
 * unusable, so `score` stops (exit 2) rather than score without it.
 */
#ifndef GK_SCORE_FINDINGS_H
#define GK_SCORE_FINDINGS_H

#include "common/diag.h"
#include "score/model.h"

struct findings {
	struct finding *f;
	size_t n;
};

/* Is `code` a roster unit? */
typedef int (*unit_known_fn)(const char *code, void *ctx);

/*
 * Read path (display names it in messages).  A missing file is no findings.
 * 0, or -1 with every problem in d.
 */
int findings_load(struct findings *fs, const char *path, const char *display, unit_known_fn known, void *ctx,
		  struct diags *d);
void findings_release(struct findings *fs);

#endif
