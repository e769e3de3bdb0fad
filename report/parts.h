/*
 * parts — the pieces of the report and the context they share.
 *
 * report.c opens the document and calls the parts in report.md's order:
 * sections.c (title block, parts 一–六), results.c (考核结果: ranked tables,
 * bar charts, grade counts), scorecard.c (one scorecard per unit), annex.c
 * (附件：报送情况).  Each part draws at the PDF cursor and adds its bookmarks.
 *
 * Typography (report.md): title Song 22 pt, headings Hei 16 pt, body Song
 * 15 pt (English 12.5 pt), tables 10.5 pt.
 */
#ifndef GK_REPORT_PARTS_H
#define GK_REPORT_PARTS_H

#include "common/config.h"
#include "common/progress.h"
#include "report/data.h"
#include "report/narrative.h"
#include "report/layout.h"

#include <sqlite3.h>

struct rctx {
	const struct config *cfg;
	sqlite3 *db;
	struct pdf *pdf;
	struct report_data *data;
	int zh;                /* the report is in Chinese */
	int draft;             /* the year's scores are not final: 征求意见稿 on every page (review.md) */
	double body, body_leading, indent;
	struct progress progress;
	size_t done;           /* units whose scorecard is written */
	/* part_scorecards() writes the scorecards at places [card_from, card_to) of
	 * the rank order (镇街 then 部门); card_to 0: all (volumes.c) */
	size_t card_from, card_to;
	const char *report_path; /* the report's file (volumes are named from it) */
	const char *cards_dir;   /* report --cards-dir: one scorecard file per unit there */
	const struct narrative *narrative; /* the office's own paragraphs ([paths] narrative) */
};

#define TITLE_SIZE 22
#define HEAD_SIZE 16
#define HEAD_LEADING 32
#define TABLE_SIZE 10.5
#define TABLE_LEADING 14
#define TABLE_PAD 3.5

/* A heading in Hei at the cursor, kept with `keep` points of what follows; returns its bookmark. */
void *part_heading(struct rctx *c, const char *text, void *parent, double keep, enum align a);
/* A body paragraph at the cursor. */
void part_para(struct rctx *c, const char *text);
/* Subheading (Hei at body size, not bookmarked unless parent given). */
void *part_subheading(struct rctx *c, const char *text, void *parent, double keep);

/* The office's own paragraphs for part k (0: 1.txt, …), if it wrote any (text.c). */
void part_narrative(struct rctx *c, int k);

/* "2025年11月20日" or "20 November 2025" into buf (at least 48 bytes). */
char *fmt_date(const struct rctx *c, int day, char *buf);

void part_title(struct rctx *c, int report_day);
void part_overview(struct rctx *c, void *root);
void part_tables(struct rctx *c, void *root);
void part_problems(struct rctx *c, void *root);
void part_other(struct rctx *c, void *root);
void part_results(struct rctx *c, void *root);
int part_scorecards(struct rctx *c, void *root);
void part_annex(struct rctx *c, void *root);

/* objections.c: the objections of a unit as rows of its scorecard's table (after the total). */
struct table;
sqlite3_stmt *objections_prepare(struct rctx *c);
int objections_rows(struct rctx *c, sqlite3_stmt *st, struct table *t, const char *unit);

/* Horizontal bar chart of the units idx[0..n) (totals 0–100) under a caption, flowing across pages. */
void chart_bars(struct rctx *c, const size_t *idx, size_t n, const char *caption);

#endif
