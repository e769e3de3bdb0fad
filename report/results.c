/*
 * results — 考核结果: for 镇街 and for 部门, the count of each grade, the
 * ranked table (rank, unit, total, grade with the cause of a grade cap; and,
 * when units were ranked last year, 上年名次 and 变化, years.md) and a
 * horizontal bar chart of the totals (chart.c).  Starts on a new page unless
 * the page before has room for its heading, the first group's grades and the
 * head of its table with a few rows (RESULTS_KEEP): a page is never left
 * holding only the end of 六、其他需要报告的事项.
 */
#include "report/parts.h"
#include "common/criteria.h"
#include "report/table.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* 变化 (years.md): ↑2 up two places, ↓1 down one, — the same, 新 not ranked last year. */
static const char *rank_change(const struct rp_unit *u, char *buf, size_t size)
{
	if (!u->last_scored)
		return _("new");
	if (u->last_rank == u->rank)
		return "—";
	snprintf(buf, size, "%s%d", u->last_rank > u->rank ? "↑" : "↓",
		 u->last_rank > u->rank ? u->last_rank - u->rank : u->rank - u->last_rank);
	return buf;
}

/* Is any unit of the year ranked last year?  Then the tables compare (上年名次, 变化). */
static int have_last_ranks(const struct report_data *d)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->u[i].last_scored)
			return 1;
	return 0;
}

static void ranked_table(struct rctx *c, const size_t *idx, size_t n)
{
	const struct report_data *d = c->data;
	int last = have_last_ranks(d);
	struct table t;
	memset(&t, 0, sizeof(t));
	t.pdf = c->pdf;
	t.ncols = last ? 6 : 4;
	t.width[0] = last ? 40 : 50;
	t.width[2] = last ? 56 : 70;
	t.width[3] = last ? 126 : 180;
	t.width[4] = 56;
	t.width[5] = 48;
	t.width[1] = TEXT_W - t.width[0] - t.width[2] - t.width[3] - (last ? t.width[4] + t.width[5] : 0);
	t.size = TABLE_SIZE;
	t.leading = TABLE_LEADING;
	t.pad = TABLE_PAD;
	struct thead head[] = {
		{ 0, 0, 1, 1, _("Rank") },
		{ 0, 1, 1, 1, _("Unit") },
		{ 0, 2, 1, 1, _("Total") },
		{ 0, 3, 1, 1, _("Grade") },
		{ 0, 4, 1, 1, _("Last rank") },
		{ 0, 5, 1, 1, _("Change") },
	};
	t.head = head;
	t.nhead = last ? 6 : 4;
	t.head_rows = 1;
	table_begin(&t, 3 * (TABLE_LEADING + 2 * TABLE_PAD));
	for (size_t i = 0; i < n; i++) {
		const struct rp_unit *u = &d->u[idx[i]];
		char rank[16], total[24];
		snprintf(rank, sizeof(rank), "%d", u->rank);
		report_hundredths(u->total, total);
		char *grade = report_grade(u); /* a capped grade says what capped it */
		char was[16] = "", moved[16];
		if (u->last_scored)
			snprintf(was, sizeof(was), "%d", u->last_rank);
		struct tcell r[6] = {
			{ rank, 1, ALIGN_CENTER, 0 },
			{ u->name, 1, ALIGN_LEFT, 0 },
			{ total, 1, ALIGN_CENTER, 0 },
			{ grade, 1, u->capped ? ALIGN_LEFT : ALIGN_CENTER, 0 },
			{ was, 1, ALIGN_CENTER, 0 },
			{ rank_change(u, moved, sizeof(moved)), 1, ALIGN_CENTER, 0 },
		};
		table_row(&t, r, last ? 6 : 4, 0);
		free(grade);
	}
	table_end(&t, 14);
}

void part_results(struct rctx *c, void *root)
{
	const struct report_data *d = c->data;
	/* what a group's title keeps with it: its grades, the ranked table's head and three rows */
	const double row = TABLE_LEADING + 2 * TABLE_PAD, group_keep = c->body_leading + 4 * row;
	/* the heading and the first group's title with what it keeps, after a gap below 六 */
	const double gap = c->body_leading / 2, keep = gap + HEAD_LEADING + 6 + c->body_leading + group_keep;
	if (pdf_y(c->pdf) - keep < TEXT_BOTTOM)
		pdf_new_page(c->pdf);
	else
		pdf_set_y(c->pdf, pdf_y(c->pdf) - gap);
	void *part = part_heading(c, _("Assessment results"), root, keep - gap - HEAD_LEADING, ALIGN_CENTER);
	pdf_set_y(c->pdf, pdf_y(c->pdf) - 6);
	for (int g = 0; g < NGRP; g++) {
		size_t count[4] = { 0 };
		for (size_t i = 0; i < d->nranked[g]; i++)
			count[d->u[d->ranked[g][i]].grade & 3]++;
		char *title = xasprintf(g == 0 ? _("(1) %s: %zu units") : _("(2) %s: %zu units"), group_title(g),
					d->nranked[g]);
		part_subheading(c, title, part, group_keep);
		free(title);
		char *s = xasprintf(_("Grades: %zu excellent, %zu good, %zu pass, %zu fail."), count[0], count[1],
				    count[2], count[3]);
		part_para(c, s);
		free(s);
		if (!d->nranked[g])
			continue;
		ranked_table(c, d->ranked[g], d->nranked[g]);
		char *caption = xasprintf(_("Chart: totals of the %s"), group_name(g));
		chart_bars(c, d->ranked[g], d->nranked[g], caption);
		free(caption);
	}
}
