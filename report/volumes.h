/*
 * volumes — the scorecards in one file, in volumes of [report]
 * cards_per_volume, or one file per unit (report --cards-dir); see
 * volumes.c.  Called by report.c only.
 */
#ifndef GK_REPORT_VOLUMES_H
#define GK_REPORT_VOLUMES_H

#include "report/parts.h"
#include "report/pdf.h"

#include <stddef.h>

/* How many volume files the scorecards need: 0 when they stay in the report (or go one per unit). */
size_t volumes_count(const struct rctx *c);
/* The path of volume k (from 1) beside the report: report.pdf → report-评分表-k.pdf.  Caller frees. */
char *volume_path(const struct rctx *c, const char *report_path, size_t k);
/* Before anything is written: may every volume (or the cards folder) be written (common/outpath.h)?
 * 0, or -1 after printing why, in saved_lang. */
int volumes_check(const struct rctx *c, const char *saved_lang);
/* The report's part 单位评分表: the scorecards themselves, or the list of the volumes / the folder.
 * 0, or -1 on a database error. */
int volumes_part(struct rctx *c, void *root, const char *report_path);
/* After the report is saved and freed: each volume (or unit file) written, saved and freed in turn.
 * Runs in the report's language; saved_lang is the command's, for its messages.  0, or 2 after an error. */
int volumes_write(struct rctx *c, const struct pdf_fontspec *fonts, const char *report_path, const char *saved_lang);

#endif
