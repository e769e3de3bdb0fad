/*
 * narrative — the office's own paragraphs for the report: [paths] narrative
 * is a folder of optional text files 1.txt … 6.txt; 1–5 follow the data
 * paragraph of parts (一)–(五) of 一、总体情况, 6 follows 六、其他需要报告的事项
 * (templates/narrative/说明.txt tells the office how to write them).
 *
 * Each file is UTF-8 or GB18030 (as Notepad, Word or WPS save it); every
 * non-blank line is one paragraph, leading spaces and full-width spaces
 * dropped (the report indents).  A file that is missing is simply no
 * paragraphs; one that cannot be read or decoded, or is over
 * NARRATIVE_MAX_BYTES, is a warning naming it, and the report goes on
 * without it.
 *
 * Ownership: narrative_load() fills a struct narrative_release() frees.
 */
#ifndef GK_REPORT_NARRATIVE_H
#define GK_REPORT_NARRATIVE_H

#include "common/config.h"

#include <stddef.h>

#define NARRATIVE_PARTS 6
#define NARRATIVE_MAX_BYTES (64 * 1024)

struct narrative {
	char **para[NARRATIVE_PARTS]; /* part k (1.txt is k = 0): its paragraphs */
	size_t n[NARRATIVE_PARTS];
};

/* Read what there is (warnings printed in the current language); never fails. */
void narrative_load(struct narrative *nr, const struct config *cfg);
void narrative_release(struct narrative *nr);

#endif
