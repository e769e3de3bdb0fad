/*
 * card — one unit's scorecard in the terminal (`gongkai score --unit CODE`):
 * every criterion with its score and, under it, every deduction with its
 * points and its sentence (evidence in words); then base, findings, bonus,
 * total, grade (and what capped it) and rank.  Printed in the CLI's
 * language; the words come from common/criteria.c, as the report's do.
 */
#include "score/scoring.h"
#include "common/criteria.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_deduction(FILE *out, const struct rded *d)
{
	char p[32];
	char *sentence = rded_sentence(d);
	if (d->r && d->r->role == R_BONUS)
		fprintf(out, "    +%-6s %s\n", fmt_points(d->points, p), sentence);
	else if (d->points)
		fprintf(out, "    -%-6s %s\n", fmt_points(d->points, p), sentence);
	else
		fprintf(out, "    %-7s %s\n", "", sentence);
	free(sentence);
}

/* The unit's objections with their decisions and replies (review.md). */
static void print_objections(FILE *out, const struct scoring *s, const char *code)
{
	int any = 0;
	char p[32];
	for (size_t k = 0; k < s->objections.n; k++) {
		const struct objection *o = &s->objections.o[k];
		if (strcmp(o->unit, code))
			continue;
		if (!any++)
			fprintf(out, "%s\n", _("objections:"));
		char *what = o->criterion ? xasprintf("C%02d", o->criterion) : xstrdup(_("total"));
		const char *dec = o->decision == DECISION_ACCEPTED   ? _("accepted")
				  : o->decision == DECISION_REJECTED ? _("not accepted")
								     : _("pending");
		fprintf(out, "    %s: %s\n", what, o->claim);
		if (o->decision == DECISION_ACCEPTED && o->points)
			fprintf(out, _("    %s, %c%s points; reply: %s\n"), dec, o->points < 0 ? '-' : '+',
				fmt_points(o->points < 0 ? -o->points : o->points, p), *o->reply ? o->reply : "-");
		else
			fprintf(out, _("    %s; reply: %s\n"), dec, *o->reply ? o->reply : "-");
		free(what);
	}
}

/* "Good (capped for sham disclosure: a copied summary)" when the cap lowered it, "Fail (no accepted
 * package)" for a unit that sent nothing; caller frees. */
char *grade_words(const struct unit_result *r)
{
	if (r->missing)
		return xasprintf(_("%s (%s)"), grade_name(r->grade), _(reasons[RS_NO_PACKAGE].brief));
	if (r->capped)
		for (size_t j = 0; j < r->nd; j++)
			if (r->d[j].r == &reasons[RS_GRADE_CAPPED]) {
				char *why = rded_brief(&r->d[j]);
				char *s = xasprintf(_("%s (capped for %s)"), grade_name(r->grade), why);
				free(why);
				return s;
			}
	return xstrdup(grade_name(r->grade));
}

void print_card(FILE *out, const struct config *cfg, const struct scoring *s, size_t i)
{
	const struct unit_in *u = &s->u[i];
	const struct unit_result *r = &s->res[i];
	char a[32], b[32], c[32], t[32];
	size_t ingroup = 0;
	for (size_t k = 0; k < s->n; k++)
		ingroup += s->res[k].group == r->group;

	fprintf(out, _("%s (%s), %s\n"), u->name, u->code, group_name(r->group));
	if (u->has_package)
		fprintf(out, _("package version %d, received %s\n"), u->version, u->received_local);
	else
		fprintf(out, "%s\n", _("no accepted package"));
	char *grade = grade_words(r);
	fprintf(out, _("total %s, grade %s, rank %d of %zu %s\n"), fmt_points(r->total, a), grade, r->rank, ingroup,
		group_name(r->group));
	free(grade);
	/* last year's result (years.md), when the unit was scored then */
	if (u->prev_scored)
		fprintf(out, _("last year (%d): total %s, grade %s, rank %d\n"), cfg->year - 1, fmt_points(u->prev_total, a),
			grade_name(u->prev_grade), u->prev_rank);
	else
		fprintf(out, _("last year (%d): not scored\n"), cfg->year - 1);
	fputc('\n', out);
	for (int k = 1; k <= NCRIT; k++) {
		if (!r->applies[k]) {
			fprintf(out, _("C%02d %s: does not apply\n"), k, criterion_name(k));
			continue;
		}
		fprintf(out, _("C%02d %s: %s / %s\n"), k, criterion_name(k), fmt_points(r->crit[k], a),
			fmt_points(cfg->rubric.points[k], b));
		for (size_t j = 0; j < r->nd; j++)
			if (rded_criterion(&r->d[j]) == k)
				print_deduction(out, &r->d[j]);
	}
	fputc('\n', out);
	fprintf(out, _("earned %s of %s, base %s\n"), fmt_points(r->earned, a), fmt_points(r->possible, b),
		fmt_points(r->base, c));
	fprintf(out, _("findings -%s, bonus +%s (at most %s), total %s\n"), fmt_points(r->deductions, a),
		fmt_points(r->bonus < cfg->rubric.bonus_cap ? r->bonus : cfg->rubric.bonus_cap, b),
		fmt_points(cfg->rubric.bonus_cap, c), fmt_points(r->total, t));
	int notes = 0;
	for (size_t j = 0; j < r->nd; j++) {
		if (rded_criterion(&r->d[j]))
			continue;
		if (!notes++)
			fprintf(out, "%s\n", _("findings and notes:"));
		print_deduction(out, &r->d[j]);
	}
	print_objections(out, s, u->code);
}
