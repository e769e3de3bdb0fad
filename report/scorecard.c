/*
 * scorecard — 单位评分表: one scorecard per unit, in rank order (镇街 first,
 * then 部门), each starting on a new page.  A scorecard holds the unit's
 * submission (received, version, days late), every criterion with its
 * points and score, under each criterion the deductions in the sentence the
 * score stage wrote with their evidence (catalogue file and line, cells, the
 * other unit), then the evaluators' findings, the bonus, the total, the grade
 * and the rank.
 *
 * Criteria and deductions are read unit by unit with two prepared
 * statements, so memory stays flat however many units there are.
 */
#include "report/parts.h"
#include "report/table.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Criterion names (rubric.md), C01..C13. */
static const char *criterion_name[14] = {
	NULL,
	N_("C01 Key areas disclosed (non-disclosure)"),
	N_("C02 Timely publication"),
	N_("C03 Sham disclosure"),
	N_("C04 Policy interpretation"),
	N_("C05 Replies on time"),
	N_("C06 Reviews and lawsuits corrected"),
	N_("C07 Package on time"),
	N_("C08 Data consistency"),
	N_("C09 Summary quality"),
	N_("C10 Full-time staff"),
	N_("C11 Publicity and training"),
	N_("C12 Leadership attention"),
	N_("C13 Service hall"),
};

static const char *type_name(const char *type)
{
	if (!strcmp(type, "town"))
		return _("Town");
	if (!strcmp(type, "street"))
		return _("Street office");
	return _("Department");
}

/* "30" for whole points, else "2.50". */
static char *points_text(long long v, char *buf)
{
	if (v % 100 == 0)
		snprintf(buf, 24, "%lld", v / 100);
	else
		report_hundredths(v, buf);
	return buf;
}

/* "-2.00" or "+1.00" (ASCII: no shipped CJK face has U+2212). */
static char *signed_text(long long v, int plus, char *buf)
{
	char n[24];
	snprintf(buf, 32, "%s%s", v == 0 ? "" : plus ? "+" : "-", report_hundredths(v < 0 ? -v : v, n));
	return buf;
}

struct sc_stmts {
	sqlite3_stmt *crit, *ded;
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

/*
 * The text of one deduction: its sentence, then where the evidence is: the
 * file and line in words, then the rest of the evidence (cells and values,
 * the other unit, a document number) without a leading "file:line" that
 * would say the same again.
 */
static void deduction_text(struct strbuf *sb, sqlite3_stmt *st)
{
	const char *sentence = (const char *)sqlite3_column_text(st, 6);
	const char *file = (const char *)sqlite3_column_text(st, 3);
	const char *evidence = (const char *)sqlite3_column_text(st, 5);
	int has_line = sqlite3_column_type(st, 4) != SQLITE_NULL;
	int line = sqlite3_column_int(st, 4);
	sb_reset(sb);
	sb_adds(sb, sentence ? sentence : "");
	if (!evidence)
		evidence = "";
	if (file && *file && has_line) {
		char loc[64];
		size_t fl = strlen(file);
		int n = snprintf(loc, sizeof(loc), ":%d", line);
		if (!strncmp(evidence, file, fl) && !strncmp(evidence + fl, loc, (size_t)n)) {
			evidence += fl + (size_t)n;
			while (*evidence == ';' || *evidence == ' ')
				evidence++;
		}
	}
	int has_evidence = *evidence && !(sentence && strstr(sentence, evidence));
	if (!(file && *file) && !has_evidence)
		return;
	sb_adds(sb, _(" [evidence: "));
	if (file && *file) {
		sb_adds(sb, file);
		if (has_line)
			sb_addf(sb, _(", line %d"), line);
		if (has_evidence)
			sb_adds(sb, _("; "));
	}
	if (has_evidence)
		sb_adds(sb, evidence);
	sb_adds(sb, _("]"));
}

/* An evaluator's finding (points count), as opposed to a note the score stage adds (no points). */
static int is_finding(const char *reason)
{
	return reason && !strncmp(reason, "finding_", 8);
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
	char rank[48], late[48], version[16], *grade;
	snprintf(rank, sizeof(rank), _("%d of %zu"), u->rank, of);
	grade = u->capped ? xasprintf(_("%s (capped: sham disclosure)"), report_grade(u->grade))
			  : xstrdup(report_grade(u->grade));
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
		snprintf(late, sizeof(late), _("%d days"), u->days_late);
		struct tcell r3[4] = { { _("Received"), 1, ALIGN_CENTER, 0 }, { u->received, 1, ALIGN_LEFT, 0 },
				       { _("Days late"), 1, ALIGN_CENTER, 0 }, { late, 3, ALIGN_LEFT, 0 } };
		table_row(&t, r3, 4, 0);
	} else {
		struct tcell r3[2] = { { _("Received"), 1, ALIGN_CENTER, 0 },
				       { u->rejected ? _("not submitted (the package sent was returned)") : _("not submitted"),
					 5, ALIGN_LEFT, 0 } };
		table_row(&t, r3, 2, 0);
	}
	free(grade);
	table_end(&t, 8);

	/* criteria and their deductions */
	init_table(&t, c);
	t.ncols = 4;
	t.width[1] = 56;
	t.width[2] = 56;
	t.width[3] = 62;
	t.width[0] = TEXT_W - 56 - 56 - 62;
	struct thead head[] = {
		{ 0, 0, 1, 1, _("Criterion") },
		{ 0, 1, 1, 1, _("Points") },
		{ 0, 2, 1, 1, _("Score") },
		{ 0, 3, 1, 1, _("Lost") },
	};
	t.head = head;
	t.nhead = 4;
	t.head_rows = 1;
	char *cont = xasprintf(_("%s (continued)"), u->name);
	t.continued_title = cont;
	table_begin(&t, 3 * (TABLE_LEADING + 2 * TABLE_PAD));

	sqlite3_reset(s->crit);
	sqlite3_bind_text(s->crit, 1, u->code, -1, SQLITE_STATIC);
	sqlite3_reset(s->ded);
	sqlite3_bind_text(s->ded, 1, u->code, -1, SQLITE_STATIC);
	int drc = sqlite3_step(s->ded); /* deductions ordered by criterion (findings last) */
	struct strbuf text = STRBUF_INIT;
	int rc;
	while ((rc = sqlite3_step(s->crit)) == SQLITE_ROW) {
		int k = sqlite3_column_int(s->crit, 0);
		long long points = sqlite3_column_int64(s->crit, 1);
		int applies = sqlite3_column_type(s->crit, 2) != SQLITE_NULL;
		long long score = sqlite3_column_int64(s->crit, 2);
		const char *name = k >= 1 && k <= 13 ? _(criterion_name[k]) : "?";
		struct tcell row[4] = {
			{ name, 1, ALIGN_LEFT, 0 },
			{ points_text(points, buf[0]), 1, ALIGN_CENTER, 0 },
			{ applies ? report_hundredths(score, buf[1]) : _("n/a"), 1, ALIGN_CENTER, 0 },
			{ applies && points > score ? signed_text(points - score, 0, buf[2]) : "", 1, ALIGN_CENTER, 0 },
		};
		table_row(&t, row, 4, 0);
		/* each deduction shows what it actually cost: a criterion never goes below 0, so the
		 * deductions past that point (a 12-day-late package on a 5-point criterion) show less */
		long long left = applies && points > score ? points - score : 0;
		while (drc == SQLITE_ROW && sqlite3_column_type(s->ded, 0) != SQLITE_NULL &&
		       sqlite3_column_int(s->ded, 0) <= k) {
			deduction_text(&text, s->ded);
			long long pts = sqlite3_column_int64(s->ded, 2);
			if (pts > left)
				pts = left;
			left -= pts;
			struct tcell dr[2] = { { sb_str(&text), 3, ALIGN_LEFT, 12 },
					       { signed_text(pts, 0, buf[3]), 1, ALIGN_CENTER, 0 } };
			table_row(&t, dr, 2, TROW_SMALL);
			drc = sqlite3_step(s->ded);
		}
	}
	if (rc != SQLITE_DONE) {
		sb_release(&text);
		free(cont);
		table_end(&t, 0);
		return db_error(c->db, "criterion_score");
	}
	/* deductions of criteria without a criterion row would be lost: skip to the findings */
	while (drc == SQLITE_ROW && sqlite3_column_type(s->ded, 0) != SQLITE_NULL)
		drc = sqlite3_step(s->ded);

	struct tcell sub[4] = {
		{ _("Subtotal"), 1, ALIGN_LEFT, 0 },
		{ points_text(u->possible, buf[0]), 1, ALIGN_CENTER, 0 },
		{ report_hundredths(u->earned, buf[1]), 1, ALIGN_CENTER, 0 },
		{ "", 1, ALIGN_CENTER, 0 },
	};
	table_row(&t, sub, 4, TROW_BOLD);
	struct tcell base[4] = {
		{ _("Base score (out of 100)"), 1, ALIGN_LEFT, 0 },
		{ "100", 1, ALIGN_CENTER, 0 },
		{ report_hundredths(u->base, buf[0]), 1, ALIGN_CENTER, 0 },
		{ "", 1, ALIGN_CENTER, 0 },
	};
	table_row(&t, base, 4, 0);
	/* evaluators' findings first, then the score stage's notes (rows outside the year, caps, no package) */
	struct vec notes = VEC_INIT;
	int findings = 0;
	while (drc == SQLITE_ROW) {
		const char *reason = (const char *)sqlite3_column_text(s->ded, 1);
		deduction_text(&text, s->ded);
		if (!is_finding(reason)) {
			/* the grade cap is already said next to the grade */
			if (reason && strcmp(reason, "grade_capped"))
				vec_push(&notes, sb_detach(&text));
			drc = sqlite3_step(s->ded);
			continue;
		}
		if (!findings++) {
			struct tcell fh[1] = { { _("Findings of the evaluators' spot checks"), 4, ALIGN_LEFT, 0 } };
			table_row(&t, fh, 1, TROW_SHADE);
		}
		int plus = strstr(reason, "bonus") != NULL;
		long long pts = sqlite3_column_int64(s->ded, 2);
		struct tcell fr[2] = { { sb_str(&text), 3, ALIGN_LEFT, 12 },
				       { signed_text(pts, plus, buf[3]), 1, ALIGN_CENTER, 0 } };
		table_row(&t, fr, 2, TROW_SMALL);
		drc = sqlite3_step(s->ded);
	}
	sb_release(&text);
	if (drc != SQLITE_DONE) {
		vec_release(&notes, free);
		free(cont);
		table_end(&t, 0);
		return db_error(c->db, "deduction");
	}
	char ded[32], bonus[32];
	struct tcell fd[4] = {
		{ _("Findings: deductions"), 1, ALIGN_LEFT, 0 },
		{ "", 1, ALIGN_CENTER, 0 },
		{ "", 1, ALIGN_CENTER, 0 },
		{ u->deductions ? signed_text(u->deductions, 0, ded) : "0", 1, ALIGN_CENTER, 0 },
	};
	table_row(&t, fd, 4, 0);
	struct tcell fb[4] = {
		{ _("Findings: bonus"), 1, ALIGN_LEFT, 0 },
		{ "", 1, ALIGN_CENTER, 0 },
		{ "", 1, ALIGN_CENTER, 0 },
		{ u->bonus ? signed_text(u->bonus, 1, bonus) : "0", 1, ALIGN_CENTER, 0 },
	};
	table_row(&t, fb, 4, 0);
	struct tcell tot[4] = {
		{ _("Total"), 1, ALIGN_LEFT, 0 },
		{ "100", 1, ALIGN_CENTER, 0 },
		{ report_hundredths(u->total, buf[0]), 1, ALIGN_CENTER, 0 },
		{ "", 1, ALIGN_CENTER, 0 },
	};
	table_row(&t, tot, 4, TROW_BOLD | TROW_SHADE);
	if (notes.n) {
		struct tcell nh[1] = { { _("Notes"), 4, ALIGN_LEFT, 0 } };
		table_row(&t, nh, 1, TROW_SHADE);
		for (size_t i = 0; i < notes.n; i++) {
			struct tcell nr[1] = { { notes.item[i], 4, ALIGN_LEFT, 12 } };
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
	struct sc_stmts s;
	s.crit = db_prepare(c->db, "SELECT criterion, points, score FROM criterion_score WHERE year = ?2 AND unit = ?1"
				   " ORDER BY criterion");
	s.ded = db_prepare(c->db, "SELECT criterion, reason, points, file, line, evidence, sentence FROM deduction"
				  " WHERE year = ?2 AND unit = ?1 ORDER BY criterion IS NULL, criterion, id");
	int rc = 0;
	if (!s.crit || !s.ded) {
		rc = -1;
		goto out;
	}
	sqlite3_bind_int(s.crit, 2, c->cfg->year);
	sqlite3_bind_int(s.ded, 2, c->cfg->year);
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
	sqlite3_finalize(s.ded);
	return rc;
}
