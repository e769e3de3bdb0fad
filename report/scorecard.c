/*
 * scorecard — 单位评分表: one scorecard per unit, in rank order (镇街 first,
 * then 部门), each starting on a new page.  A scorecard holds the unit's
 * submission (received, version, days late), every criterion with its
 * points and score, under each criterion its deductions in words made here
 * from the stored reason codes and arguments (common/criteria.c), in the
 * report's language, evidence in words (the line of the catalogue, the
 * figures of the table, the other unit); then the evaluators' findings with
 * bonuses in a column of their own, the total (and any cap), the grade (and
 * what capped it) and the rank.
 *
 * Criteria and deductions are read unit by unit with two prepared
 * statements, so memory stays flat however many units there are.
 */
#include "report/parts.h"
#include "report/table.h"
#include "common/criteria.h"
#include "common/db.h"
#include "common/deductions.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *type_name(const char *type)
{
	if (!strcmp(type, "town"))
		return _("Town");
	if (!strcmp(type, "street"))
		return _("Street office");
	return _("Department");
}

/* "-2.00" or "+1.00" (ASCII: no shipped CJK face has U+2212). */
static char *signed_text(long long v, int plus, char *buf)
{
	char n[24];
	snprintf(buf, 32, "%s%s", v == 0 ? "" : plus ? "+" : "-", report_hundredths(v < 0 ? -v : v, n));
	return buf;
}

struct sc_stmts {
	sqlite3_stmt *crit;
	struct ded_reader ded;
	sqlite3_stmt *obj;
};

/* Scorecard tables are a little tighter than the report's, to keep most units to one page. */
static void init_table(struct table *t, struct rctx *c)
{
	memset(t, 0, sizeof(*t));
	t->pdf = c->pdf;
	t->size = TABLE_SIZE;
	t->leading = TABLE_LEADING;
	t->pad = 2.5;
}

/* A row of the criteria table: text over the first three columns, then Lost and Bonus. */
static void line_row(struct table *t, const char *text, const char *lost, const char *bonus, int flags, double indent)
{
	struct tcell r[3] = { { text, 3, ALIGN_LEFT, indent }, { lost, 1, ALIGN_CENTER, 0 }, { bonus, 1, ALIGN_CENTER, 0 } };
	table_row(t, r, 3, flags);
}

static void sum_row(struct table *t, const char *label, const char *points, const char *score, const char *lost,
		    const char *bonus, int flags)
{
	struct tcell r[5] = { { label, 1, ALIGN_LEFT, 0 },  { points, 1, ALIGN_CENTER, 0 }, { score, 1, ALIGN_CENTER, 0 },
			      { lost, 1, ALIGN_CENTER, 0 }, { bonus, 1, ALIGN_CENTER, 0 } };
	table_row(t, r, 5, flags);
}

static int scorecard(struct rctx *c, struct sc_stmts *s, const struct rp_unit *u, size_t of, void *parent)
{
	struct pdf *p = c->pdf;
	char buf[4][32];
	/* title and bookmark */
	char *title = xasprintf(_("%d. %s"), u->rank, u->name);
	double top = pdf_y(p);
	int lines = pdf_textbox(p, FACE_HEI, HEAD_SIZE, HEAD_LEADING, TEXT_LEFT, top, TEXT_W, 0, ALIGN_CENTER, u->name, 1);
	pdf_bookmark(p, parent, title, top + 4, 0);
	free(title);
	pdf_set_y(p, top - lines * HEAD_LEADING - 4);

	/* the unit's facts: three rows of label / value pairs */
	struct table t;
	init_table(&t, c);
	t.ncols = 6;
	static const double facts_w[6] = { 56, 94, 56, 94, 56, 0 };
	for (int i = 0; i < 5; i++)
		t.width[i] = facts_w[i];
	t.width[5] = TEXT_W - 56 * 3 - 94 * 2;
	table_begin(&t, 0);
	char rank[48], late[48], version[16];
	snprintf(rank, sizeof(rank), _("%d of %zu"), u->rank, of);
	char *grade = report_grade(u);
	snprintf(version, sizeof(version), "%d", u->version);
	struct tcell r1[6] = { { _("Code"), 1, ALIGN_CENTER, 0 },     { u->code, 1, ALIGN_LEFT, 0 },
			       { _("Type"), 1, ALIGN_CENTER, 0 },     { type_name(u->type), 1, ALIGN_LEFT, 0 },
			       { _("Versions"), 1, ALIGN_CENTER, 0 }, { version, 1, ALIGN_LEFT, 0 } };
	table_row(&t, r1, 6, 0);
	struct tcell r2[6] = { { _("Total"), 1, ALIGN_CENTER, 0 }, { report_hundredths(u->total, buf[0]), 1, ALIGN_LEFT, 0 },
			       { _("Rank"), 1, ALIGN_CENTER, 0 },  { rank, 1, ALIGN_LEFT, 0 },
			       { _("Grade"), 1, ALIGN_CENTER, 0 }, { grade, 1, ALIGN_LEFT, 0 } };
	table_row(&t, r2, 6, TROW_BOLD);
	if (u->submitted) {
		snprintf(late, sizeof(late), ngettext("%d day", "%d days", (unsigned long)u->days_late), u->days_late);
		struct tcell r3[4] = { { _("Received"), 1, ALIGN_CENTER, 0 }, { u->received, 1, ALIGN_LEFT, 0 },
				       { _("Days late"), 1, ALIGN_CENTER, 0 }, { late, 3, ALIGN_LEFT, 0 } };
		table_row(&t, r3, 4, 0);
	} else {
		struct tcell r3[2] = { { _("Received"), 1, ALIGN_CENTER, 0 },
				       { u->rejected ? _("not submitted (the package sent was returned)") : _("not submitted"),
					 5, ALIGN_LEFT, 0 } };
		table_row(&t, r3, 2, 0);
	}
	/* last year's total, grade and rank (years.md) */
	char *last = u->last_scored ? xasprintf(_("%d: total %s, grade %s, rank %d"), c->cfg->year - 1,
						report_hundredths(u->last_total, buf[1]), grade_name(u->last_grade),
						u->last_rank)
				    : xasprintf(_("%d: not scored"), c->cfg->year - 1);
	struct tcell r4[2] = { { _("Last year"), 1, ALIGN_CENTER, 0 }, { last, 5, ALIGN_LEFT, 0 } };
	table_row(&t, r4, 2, 0);
	free(last);
	free(grade);
	table_end(&t, 8);

	/* criteria and their deductions; bonuses in a column of their own */
	init_table(&t, c);
	t.ncols = 5;
	for (int i = 1; i < 5; i++)
		t.width[i] = 50;
	t.width[0] = TEXT_W - 4 * 50;
	struct thead head[] = {
		{ 0, 0, 1, 1, _("Criterion") }, { 0, 1, 1, 1, _("Points") }, { 0, 2, 1, 1, _("Score") },
		{ 0, 3, 1, 1, _("Lost") },      { 0, 4, 1, 1, _("Bonus") },
	};
	t.head = head;
	t.nhead = 5;
	t.head_rows = 1;
	char *cont = xasprintf(_("%s (continued)"), u->name);
	t.continued_title = cont;
	table_begin(&t, 3 * (TABLE_LEADING + 2 * TABLE_PAD));

	sqlite3_reset(s->crit);
	if (sqlite3_bind_text(s->crit, 1, u->code, -1, SQLITE_STATIC) != SQLITE_OK) {
		free(cont);
		table_end(&t, 0);
		return db_bind_error(c->db, s->crit);
	}
	ded_reader_unit(&s->ded, u->code);
	struct rded x;
	int xcrit = 0;
	int drc = ded_read(&s->ded, &x, &xcrit); /* deductions ordered by criterion (findings and notes last) */
	int rc;
	while (drc >= 0 && (rc = sqlite3_step(s->crit)) == SQLITE_ROW) {
		int k = sqlite3_column_int(s->crit, 0);
		long long points = sqlite3_column_int64(s->crit, 1);
		int applies = sqlite3_column_type(s->crit, 2) != SQLITE_NULL;
		long long score = sqlite3_column_int64(s->crit, 2);
		char *name = xasprintf(_("C%02d %s"), k, criterion_name(k));
		sum_row(&t, name, report_hundredths(points, buf[0]), applies ? report_hundredths(score, buf[1]) : _("n/a"),
			applies && points > score ? signed_text(points - score, 0, buf[2]) : "", "", 0);
		free(name);
		/* each deduction shows what it actually cost: a criterion never goes below 0, so the
		 * deductions past that point (a 12-day-late package on a 5-point criterion) show less */
		long long left = applies && points > score ? points - score : 0;
		while (drc == 1 && xcrit && xcrit <= k) {
			char *text = rded_sentence(&x);
			long long pts = x.points > left ? left : x.points;
			left -= pts;
			line_row(&t, text, signed_text(pts, 0, buf[3]), "", TROW_SMALL, 12);
			free(text);
			rded_release(&x);
			drc = ded_read(&s->ded, &x, &xcrit);
		}
	}
	if (drc < 0 || rc != SQLITE_DONE) {
		if (drc == 1)
			rded_release(&x);
		free(cont);
		table_end(&t, 0);
		return drc < 0 ? -1 : db_error(c->db, "criterion_score");
	}
	/* deductions of criteria without a criterion row would be lost: skip to the findings */
	while (drc == 1 && xcrit) {
		rded_release(&x);
		drc = ded_read(&s->ded, &x, &xcrit);
	}

	sum_row(&t, _("Subtotal"), report_hundredths(u->possible, buf[0]), report_hundredths(u->earned, buf[1]), "", "",
		TROW_BOLD);
	sum_row(&t, _("Base score (out of 100)"), "100.00", report_hundredths(u->base, buf[0]), "", "", 0);
	/* evaluators' findings first, then the score stage's notes and caps */
	struct vec notes = VEC_INIT;
	int findings = 0;
	long long bonus_cap = -1; /* the cap when it cut the bonuses */
	int total_capped = 0;
	while (drc == 1) {
		const struct reason *r = x.r;
		if (!r || r->role == R_NOTE || r->role == R_CAP) {
			if (r == &reasons[RS_BONUS_CAPPED])
				bonus_cap = x.a[1].n;
			if (r == &reasons[RS_TOTAL_CAPPED])
				total_capped = 1;
			vec_push(&notes, rded_sentence(&x));
		} else {
			if (!findings++) {
				struct tcell fh[1] = { { _("Findings of the evaluators' spot checks"), 5, ALIGN_LEFT, 0 } };
				table_row(&t, fh, 1, TROW_SHADE);
			}
			char *text = rded_sentence(&x);
			int plus = r->role == R_BONUS;
			line_row(&t, text, plus ? "" : signed_text(x.points, 0, buf[3]), plus ? signed_text(x.points, 1, buf[2]) : "",
				 TROW_SMALL, 12);
			free(text);
		}
		rded_release(&x);
		drc = ded_read(&s->ded, &x, &xcrit);
	}
	if (drc < 0) {
		vec_release(&notes, free);
		free(cont);
		table_end(&t, 0);
		return -1;
	}
	char ded[32], bonus[32], all[32], capv[32];
	sum_row(&t, _("Findings: deductions"), "", "", u->deductions ? signed_text(u->deductions, 0, ded) : "0.00", "", 0);
	if (bonus_cap >= 0 && u->bonus > bonus_cap) {
		char *label = xasprintf(_("Findings: bonus (%s in all, at most %s count)"), report_hundredths(u->bonus, all),
					report_hundredths(bonus_cap, capv));
		sum_row(&t, label, "", "", "", signed_text(bonus_cap, 1, bonus), 0);
		free(label);
	} else {
		sum_row(&t, _("Findings: bonus"), "", "", "", u->bonus ? signed_text(u->bonus, 1, bonus) : "0.00", 0);
	}
	sum_row(&t, total_capped ? _("Total (capped at 100.00)") : _("Total"), "100.00", report_hundredths(u->total, buf[0]),
		"", "", TROW_BOLD | TROW_SHADE);
	if (objections_rows(c, s->obj, &t, u->code) < 0) {
		vec_release(&notes, free);
		free(cont);
		table_end(&t, 0);
		return -1;
	}
	if (notes.n) {
		struct tcell nh[1] = { { _("Notes"), 5, ALIGN_LEFT, 0 } };
		table_row(&t, nh, 1, TROW_SHADE);
		for (size_t i = 0; i < notes.n; i++) {
			struct tcell nr[1] = { { notes.item[i], 5, ALIGN_LEFT, 12 } };
			table_row(&t, nr, 1, TROW_SMALL);
		}
	}
	vec_release(&notes, free);
	table_end(&t, 0);
	free(cont);
	return 0;
}

int part_scorecards(struct rctx *c, void *root)
{
	const struct report_data *d = c->data;
	struct sc_stmts s = { 0 }; /* zeroed: the cleanup below may run before every statement exists */
	s.crit = db_prepare(c->db, "SELECT criterion, points, score FROM criterion_score WHERE year = ?2 AND unit = ?1"
				   " ORDER BY criterion");
	s.obj = objections_prepare(c);
	int rc = 0;
	if (!s.crit || !s.obj || ded_reader_open(&s.ded, c->db, c->cfg->year) < 0) {
		rc = -1;
		goto out;
	}
	if (sqlite3_bind_int(s.crit, 2, c->cfg->year) != SQLITE_OK) {
		rc = db_bind_error(c->db, s.crit);
		goto out;
	}
	pdf_new_page(c->pdf);
	void *part = part_heading(c, _("Scorecards"), root, 200, ALIGN_CENTER);
	pdf_set_y(c->pdf, pdf_y(c->pdf) - 6);
	progress_start(&c->progress, _("report"), d->nranked[0] + d->nranked[1]);
	int first = 1;
	size_t place = 0;
	for (int g = 0; g < NGRP && rc == 0; g++)
		for (size_t i = 0; i < d->nranked[g] && rc == 0; i++, place++) {
			if (c->card_to && (place < c->card_from || place >= c->card_to))
				continue; /* in another volume (volumes.c) */
			if (!first)
				pdf_new_page(c->pdf);
			first = 0;
			rc = scorecard(c, &s, &d->u[d->ranked[g][i]], d->nranked[g], part);
			progress_update(&c->progress, ++c->done);
		}
	progress_end(&c->progress);
out:
	sqlite3_finalize(s.crit);
	ded_reader_close(&s.ded);
	sqlite3_finalize(s.obj);
	return rc;
}
