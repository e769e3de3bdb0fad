/*
 * sections — parts 五 and 六 of the annual report proper (report.md items
 * 6–7).  Every sentence is written from the data.  The title block and the
 * opening are opening.c's, 一、总体情况 is overview.c's, the national tables
 * (二, 三, 四) are drawn by tables.c.
 */
#include "report/parts.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- 五、存在的主要问题及改进情况 ------------------------------------------ */

/* "A (2), B (1)" for units with a nonzero count (days: 1 "(3 days)", -1 no number). */
static void name_units(struct rctx *c, struct strbuf *sb, int (*count)(const struct rp_unit *), int days)
{
	const struct report_data *d = c->data;
	size_t k = 0;
	for (size_t i = 0; i < d->n; i++) {
		int v = count(&d->u[i]);
		if (!v)
			continue;
		if (k++)
			sb_adds(sb, _(", "));
		sb_adds(sb, d->u[i].name);
		if (days > 0)
			sb_addf(sb, ngettext(" (%d day)", " (%d days)", (unsigned long)v), v);
		else if (days == 0)
			sb_addf(sb, _(" (%d)"), v);
		else if (d->u[i].rejected)
			sb_adds(sb, _(" (package returned)"));
	}
}

/* Counts by the problem kind each deduction carries (common/criteria.c reasons[]). */
static int cnt_nondisclosed(const struct rp_unit *u) { return u->n_problem[PROB_NONDISCLOSED]; }
static int cnt_sham(const struct rp_unit *u) { return u->n_problem[PROB_SHAM] + u->n_problem[PROB_COPIED]; }
static int cnt_late_items(const struct rp_unit *u) { return u->n_problem[PROB_LATE_ITEM]; }
static int cnt_logic(const struct rp_unit *u) { return u->n_problem[PROB_LOGIC]; }
static int cnt_late_pkg(const struct rp_unit *u) { return u->submitted ? u->days_late : 0; }
static int cnt_missing(const struct rp_unit *u) { return !u->submitted; }
static int cnt_yoy(const struct rp_unit *u) { return u->n_problem[PROB_YOY]; }

static size_t count_units(const struct report_data *d, int (*count)(const struct rp_unit *))
{
	size_t k = 0;
	for (size_t i = 0; i < d->n; i++)
		k += count(&d->u[i]) != 0;
	return k;
}

static long long total_of(const struct report_data *d, int (*count)(const struct rp_unit *))
{
	long long t = 0;
	for (size_t i = 0; i < d->n; i++)
		t += count(&d->u[i]);
	return t;
}

/* One paragraph of part 五: title, then the summary and the units, or the "none" sentence. */
static void problem_para(struct rctx *c, const char *title, const char *none, const char *summary,
			 int (*count)(const struct rp_unit *), int days)
{
	struct strbuf sb = STRBUF_INIT;
	sb_adds(&sb, title);
	if (!total_of(c->data, count)) {
		sb_adds(&sb, none);
	} else {
		sb_adds(&sb, summary);
		name_units(c, &sb, count, days);
		sb_adds(&sb, _("."));
	}
	part_para(c, sb_str(&sb));
	sb_release(&sb);
}

void part_problems(struct rctx *c, void *root)
{
	const struct report_data *d = c->data;
	part_heading(c, _("5. Main problems and their correction"), root, 3 * c->body_leading, ALIGN_LEFT);
	char *s;
	s = xasprintf(_("%zu units failed to disclose %lld required items (missing categories or spot-check findings): "),
		      count_units(d, cnt_nondisclosed), total_of(d, cnt_nondisclosed));
	problem_para(c, _("(1) Non-disclosure. "), _("No unit failed to disclose a required category."), s,
		     cnt_nondisclosed, 0);
	free(s);
	s = xasprintf(_("%zu units had %lld sham items (placeholder titles, too little content, impossible dates, "
			"duplicates, copied summaries or sham findings): "),
		      count_units(d, cnt_sham), total_of(d, cnt_sham));
	problem_para(c, _("(2) Sham disclosure. "), _("No sham disclosure was found."), s, cnt_sham, 0);
	free(s);
	s = xasprintf(_("%zu units published %lld items later than the allowed working days after they were formed: "),
		      count_units(d, cnt_late_items), total_of(d, cnt_late_items));
	problem_para(c, _("(3) Late publication. "), _("No item was published late."), s, cnt_late_items, 0);
	free(s);
	s = xasprintf(_("The statistics of %zu units break %lld consistency checks: "), count_units(d, cnt_logic),
		      total_of(d, cnt_logic));
	problem_para(c, _("(4) Inconsistent data. "), _("Every unit's statistics are consistent."), s, cnt_logic, 0);
	free(s);
	s = xasprintf(_("%zu units submitted late, %lld days in all: "), count_units(d, cnt_late_pkg),
		      total_of(d, cnt_late_pkg));
	problem_para(c, _("(5) Late submission. "),
		     d->n_ontime + d->n_late ? _("No unit submitted late.") : _("No unit's package was accepted, so no unit submitted on time."),
		     s, cnt_late_pkg, 1);
	free(s);
	s = xasprintf(_("%zu units did not submit: "), count_units(d, cnt_missing));
	problem_para(c, _("(6) Missing submission. "), _("Every unit submitted."), s, cnt_missing, -1);
	free(s);
	/* 同比异常 flags (years.md): when there is a last year to compare with */
	if (d->last.have || total_of(d, cnt_yoy)) {
		s = xasprintf(_("%zu units report %lld figures that changed sharply from last year (to be checked; see "
				"their scorecards): "),
			      count_units(d, cnt_yoy), total_of(d, cnt_yoy));
		problem_para(c, _("(7) Year-on-year anomalies. "), _("No figure changed sharply from last year."), s, cnt_yoy,
			     0);
		free(s);
	}
	part_para(c, _("Next steps: the office will send each unit named above its scorecard with the list of "
		       "problems, require corrections within a set time and check them again, and will keep training "
		       "the staff who compile the catalogues and statistics."));
}

/* ---- 六、其他需要报告的事项 -------------------------------------------------- */

void part_other(struct rctx *c, void *root)
{
	const struct report_data *d = c->data;
	part_heading(c, _("6. Other matters"), root, 3 * c->body_leading, ALIGN_LEFT);
	struct strbuf sb = STRBUF_INIT;
	sb_addf(&sb, _("The assessment of %d covered %zu units."), c->cfg->year, d->nranked[0] + d->nranked[1]);
	for (int g = 0; g < NGRP; g++) {
		size_t count[4] = { 0 };
		for (size_t i = 0; i < d->nranked[g]; i++)
			count[d->u[d->ranked[g][i]].grade & 3]++;
		if (!d->nranked[g])
			continue;
		/* the best total and every unit that has it (equal totals share the first rank) */
		long long best = d->u[d->ranked[g][0]].total;
		struct strbuf names = STRBUF_INIT;
		for (size_t i = 0; i < d->nranked[g] && d->u[d->ranked[g][i]].total == best; i++) {
			if (i)
				sb_adds(&names, _(", "));
			sb_adds(&names, d->u[d->ranked[g][i]].name);
		}
		char tot[24];
		sb_addf(&sb,
			_(" Of the %zu %s, %zu were rated excellent, %zu good, %zu pass and %zu fail; the highest score, "
			  "%s, went to %s."),
			d->nranked[g], group_name(g), count[0], count[1], count[2], count[3], report_hundredths(best, tot),
			sb_str(&names));
		sb_release(&names);
	}
	sb_adds(&sb, _(" The ranking, a chart of the scores and every unit's scorecard follow; the annex lists every "
		       "unit's submission."));
	part_para(c, sb_str(&sb));
	sb_release(&sb);
}
