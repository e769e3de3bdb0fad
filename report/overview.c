/*
 * overview — 一、总体情况 in the five parts of the national template:
 * （一）主动公开, （二）依申请公开, （三）政府信息管理, （四）政府信息公开平台建设,
 * （五）监督保障.  Each part starts with a paragraph made from the data (the
 * district's sums over every unit's current package, and the assessment)
 * and is followed by the office's own paragraphs for that part, if it wrote
 * any ([paths] narrative, 1.txt … 5.txt; narrative.h).
 *
 * Extending a part: each part is one function in parts[] that appends
 * sentences to the paragraph; a new figure (e.g. last year's, for a
 * comparison) is one more sb_addf() in the part it belongs to, each
 * sentence starting with a space in English ("%s" joins them).
 *
 * Category groups for "catalogue items published by category group" are our
 * choice (the spec is silent): policy documents and guides, public finance,
 * key areas, other.  docs/report.md lists them.
 */
#include "report/parts.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Category groups of （一） (categories[] codes). */
static const struct {
	const char *name;
	const char *codes[20];
} groups[] = {
	{ N_("policy documents, interpretations and guides"), { "guide", "power", "normative", "interpret" } },
	{ N_("public finance"), { "budget", "final", "sangong", "audit", "procurement", "price" } },
	{ N_("key areas"),
	  { "land", "housing", "bidding", "penalty", "emergency", "environment", "safety", "quality", "socialorg",
	    "education", "health", "employment", "insurance", "assistance", "proposals", "approval" } },
	{ N_("other"), { "other" } },
};

static long long group_count(const struct report_data *d, size_t g)
{
	long long n = 0;
	for (size_t i = 0; i < ARRAY_SIZE(groups[g].codes) && groups[g].codes[i]; i++) {
		const struct label *l = category_find(groups[g].codes[i]);
		if (l)
			n += d->cat[l - categories];
	}
	return n;
}

/* A Table 3 figure, total column, by row code. */
static long long t3_total(const struct report_data *d, const char *row)
{
	for (size_t i = 0; i < n_t3_rows; i++)
		if (!strcmp(t3_rows[i].code, row))
			return d->t3[i][n_t3_cols - 1];
	return 0;
}

/* A Table 1 figure by code (t1_items order), a work figure by code (work_items order). */
static long long t1(const struct report_data *d, const char *code)
{
	for (size_t i = 0; i < n_t1_items && i < ARRAY_SIZE(d->t1); i++)
		if (!strcmp(t1_items[i].code, code))
			return d->t1[i];
	return 0;
}

static long long work(const struct report_data *d, const char *code)
{
	for (size_t i = 0; i < n_work_items && i < ARRAY_SIZE(d->work); i++)
		if (!strcmp(work_items[i].code, code))
			return d->work[i];
	return 0;
}

/*
 * Last year's figures (years.md): "增加 63，7.8%" / "up 63 (7.8%)" from then to now,
 * into buf.  `points`: the figures are hundredths shown with two decimals.
 */
static const char *change(long long now, long long then, int points, char *buf, size_t size)
{
	char n[32];
	long long diff = now > then ? now - then : then - now;
	if (points)
		report_hundredths(diff, n);
	else
		snprintf(n, sizeof(n), "%lld", diff);
	if (diff == 0) {
		snprintf(buf, size, "%s", _("the same"));
		return buf;
	}
	if (then <= 0) {
		snprintf(buf, size, _("up %s"), n);
		return buf;
	}
	long long pm = (diff * 2000 + then) / (2 * then); /* per mille, half-up */
	char pct[32];
	snprintf(pct, sizeof(pct), "%lld.%lld", pm / 10, pm % 10);
	snprintf(buf, size, now > then ? _("up %s (%s%%)") : _("down %s (%s%%)"), n, pct);
	return buf;
}

/* （一）主动公开: the catalogues by category group, Table 1's figures. */
static void part_active(struct rctx *c, struct strbuf *sb)
{
	const struct report_data *d = c->data;
	sb_addf(sb, _("The units proactively published %lld items of government information in their catalogues "
		      "this year"),
		d->cat_total);
	int first = 1;
	for (size_t g = 0; g < ARRAY_SIZE(groups); g++) {
		long long n = group_count(d, g);
		if (!n)
			continue;
		sb_adds(sb, first ? _(": ") : _(", "));
		sb_addf(sb, _("%s %lld"), _(groups[g].name), n);
		first = 0;
	}
	sb_adds(sb, _("."));
	sb_addf(sb, _(" They issued %lld normative documents and made %lld licensing, %lld penalty and %lld "
		      "coercion decisions."),
		t1(d, "t1.normative.issued"), t1(d, "t1.license.decisions"), t1(d, "t1.penalty.decisions"),
		t1(d, "t1.coercion.decisions"));
	char fees[24];
	sb_addf(sb, _(" Administrative fees collected this year came to %s (10,000 yuan)."),
		report_hundredths(t1(d, "t1.fees.amount"), fees));
	if (d->last.have) {
		char ch[64];
		sb_addf(sb, _(" Last year the catalogues listed %lld items published in the year; this year's figure is %s."),
			d->last.cat_total, change(d->cat_total, d->last.cat_total, 0, ch, sizeof(ch)));
	}
}

/* （二）依申请公开: Table 3's totals, the late answers, reviews and lawsuits. */
static void part_apply(struct rctx *c, struct strbuf *sb)
{
	const struct report_data *d = c->data;
	sb_addf(sb,
		_("The units received %lld new applications for disclosure and carried over %lld from last year; %lld were "
		  "answered (%lld disclosed in full, %lld in part) and %lld are carried over to next year."),
		t3_total(d, "new"), t3_total(d, "carried"), t3_total(d, "total"), t3_total(d, "open"),
		t3_total(d, "partial"), t3_total(d, "next_year"));
	long long overdue = work(d, "work.apply_overdue");
	if (overdue)
		sb_addf(sb, ngettext(" The answer to %lld application came after the legal time limit.",
				     " The answers to %lld applications came after the legal time limit.", (unsigned long)overdue),
			overdue);
	else
		sb_adds(sb, _(" Every application was answered within the legal time limit."));
	sb_addf(sb, _(" There were %lld administrative reviews and %lld lawsuits about disclosure."), d->t4[0][4],
		d->t4[1][4] + d->t4[2][4]);
	if (d->last.have) {
		char a[64], b[64];
		sb_addf(sb, _(" Last year %lld new applications were received and %lld answered; new applications are %s, "
			      "answered %s."),
			d->last.t3_new, d->last.t3_answered, change(t3_total(d, "new"), d->last.t3_new, 0, a, sizeof(a)),
			change(t3_total(d, "total"), d->last.t3_answered, 0, b, sizeof(b)));
	}
}

/* （三）政府信息管理: rules and normative documents in force and repealed. */
static void part_manage(struct rctx *c, struct strbuf *sb)
{
	const struct report_data *d = c->data;
	sb_addf(sb, _("At the end of the year the units had %lld rules and %lld normative documents in force; this year "
		      "they issued %lld rules and repealed %lld rules and %lld normative documents."),
		t1(d, "t1.rules.in_force"), t1(d, "t1.normative.in_force"), t1(d, "t1.rules.issued"),
		t1(d, "t1.rules.repealed"), t1(d, "t1.normative.repealed"));
}

/* （四）政府信息公开平台建设: the service hall. */
static void part_platform(struct rctx *c, struct strbuf *sb)
{
	const struct report_data *d = c->data;
	long long items = work(d, "work.hall_items"), in = work(d, "work.hall_in");
	if (items > 0) {
		char pct[24];
		long long h = (in * 10000 * 2 + items) / (2 * items); /* hundredths of a percent, half-up */
		sb_addf(sb, _("The units handle %lld approval and government service items, %lld of them (%s%%) in the "
			      "government service hall."),
			items, in, report_hundredths(h, pct));
	} else {
		sb_adds(sb, _("The units reported no approval or government service items."));
	}
	sb_addf(sb, _(" Their disclosure catalogues list %lld items published this year."), d->cat_total);
}

/* （五）监督保障: staff, training, meetings; the submission and the assessment. */
static void part_oversight(struct rctx *c, struct strbuf *sb)
{
	const struct report_data *d = c->data;
	const struct config *cfg = c->cfg;
	sb_addf(sb, _("The units have %lld full-time disclosure staff; they held %lld training sessions on disclosure, "
		      "and their heads chaired %lld meetings on it."),
		work(d, "work.staff"), work(d, "work.training"), work(d, "work.leader_meetings"));
	char date[48];
	sb_addf(sb, _(" In %d, %zu units of %s took part in the annual reporting and assessment of government "
		      "information disclosure: %zu towns, %zu street offices and %zu departments. By the "
		      "deadline of %s, %zu units submitted on time; %zu submitted late and %zu did not submit."),
		cfg->year, d->n, cfg->district, d->n_type[0], d->n_type[1], d->n_type[2],
		fmt_date(c, cfg->deadline, date), d->n_ontime, d->n_late, d->n_missing);
	if (d->n_rejected)
		sb_addf(sb, _(" Of the units that did not submit, %zu sent a package that failed the checks and was "
			      "returned."),
			d->n_rejected);
	if (d->last.have) {
		char a[64], b[64];
		sb_addf(sb, _(" Last year %zu units took part and %zu submitted on time; the units taking part are %s, "
			      "those on time %s."),
			d->last.n, d->last.n_ontime, change((long long)d->n, (long long)d->last.n, 0, a, sizeof(a)),
			change((long long)d->n_ontime, (long long)d->last.n_ontime, 0, b, sizeof(b)));
	}
	if (d->n_averaged) {
		char avg[24];
		sb_addf(sb, _(" Assessed against the rubric, the %zu units that submitted scored %s points on average."),
			d->n_averaged, report_hundredths(d->average, avg));
		if (d->last.have_average) {
			char was[24], ch[64];
			sb_addf(sb, _(" Last year's average was %s points; this year's is %s."),
				report_hundredths(d->last.average, was),
				change(d->average, d->last.average, 1, ch, sizeof(ch)));
		}
	}
}

static const struct {
	const char *heading;
	void (*data)(struct rctx *c, struct strbuf *sb);
} parts[] = {
	{ N_("(1) Proactive disclosure"), part_active },
	{ N_("(2) Disclosure on application"), part_apply },
	{ N_("(3) Management of government information"), part_manage },
	{ N_("(4) Disclosure platforms"), part_platform },
	{ N_("(5) Supervision and safeguards"), part_oversight },
};

void part_overview(struct rctx *c, void *root)
{
	part_heading(c, _("1. General situation"), root, 3 * c->body_leading, ALIGN_LEFT);
	struct strbuf sb = STRBUF_INIT;
	for (size_t k = 0; k < ARRAY_SIZE(parts); k++) {
		part_subheading(c, _(parts[k].heading), NULL, 2 * c->body_leading);
		sb_reset(&sb);
		parts[k].data(c, &sb);
		part_para(c, sb_str(&sb));
		part_narrative(c, (int)k);
	}
	sb_release(&sb);
}
