/*
 * sentence — names and sentences of the scorecard; see sentence.h.  Every
 * reason code the engine emits has its sentence here.
 */
#include "score/sentence.h"
#include "common/codes.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const crit_names[NCRIT + 1] = {
	NULL,
	N_("Key-area disclosure (nondisclosure)"),
	N_("Timeliness"),
	N_("Sham disclosure"),
	N_("Policy interpretation"),
	N_("Replies on time"),
	N_("Reviews and lawsuits corrected"),
	N_("Package on time"),
	N_("Data logic"),
	N_("Summary quality"),
	N_("Full-time staff"),
	N_("Publicity and training"),
	N_("Leadership attention"),
	N_("Service hall"),
};

static const char *const crit_groups[NCRIT + 1] = {
	NULL,
	N_("Proactive disclosure"), N_("Proactive disclosure"), N_("Proactive disclosure"), N_("Proactive disclosure"),
	N_("Disclosure on application"), N_("Disclosure on application"),
	N_("Reporting and data"), N_("Reporting and data"), N_("Reporting and data"),
	N_("Organisation"), N_("Organisation"), N_("Organisation"),
	N_("Government services"),
};

const char *criterion_name(int c)
{
	return c >= 1 && c <= NCRIT ? _(crit_names[c]) : "";
}

const char *criterion_group(int c)
{
	return c >= 1 && c <= NCRIT ? _(crit_groups[c]) : "";
}

static const char *const grades[] = { N_("excellent"), N_("good"), N_("pass"), N_("fail") };
static const char *const grades_zh[] = { "优秀", "良好", "合格", "不合格" };

const char *grade_name(enum grade g)
{
	return _(grades[g]);
}

const char *grade_zh(enum grade g)
{
	return grades_zh[g];
}

const char *group_name(enum group g)
{
	return g == GROUP_DEPT ? _("departments") : _("towns and streets");
}

const char *group_zh(enum group g)
{
	return g == GROUP_DEPT ? "部门" : "镇街";
}

const char *group_code(enum group g)
{
	return g == GROUP_DEPT ? "dept" : "town_street";
}

char *fmt_points(long long h, char *buf)
{
	const char *sign = h < 0 ? "-" : "";
	long long a = h < 0 ? -h : h;
	snprintf(buf, 32, "%s%lld.%02lld", sign, a / 100, a % 100);
	return buf;
}

/* "name (code), name (code)" from names and codes one a line, in the current language. */
static char *name_list(const char *names, const char *codes)
{
	struct strbuf sb = STRBUF_INIT;
	const char *n = names, *c = codes;
	for (int first = 1; *n || *c; first = 0) {
		size_t nl = strcspn(n, "\n"), cl = strcspn(c, "\n");
		char *name = xstrndup(n, nl), *code = xstrndup(c, cl);
		if (!first)
			sb_adds(&sb, _(", "));
		sb_addf(&sb, _("%s (%s)"), name, code);
		free(name);
		free(code);
		n += nl + (n[nl] == '\n');
		c += cl + (c[cl] == '\n');
	}
	return sb_detach(&sb);
}

/* The n of ngettext for a count (which is never negative here). */
static unsigned long plural(long long n)
{
	return n < 0 ? 0 : (unsigned long)n;
}

static const char *category_label(const char *code)
{
	const struct label *l = category_find(code);
	return l ? code_label(l) : code;
}

char *deduction_sentence(const struct deduction *d)
{
	const char *r = d->reason;
	const char *s1 = d->s1 ? d->s1 : "";
	char a[16], b[16], p1[32], p2[32];
	if (!strcmp(r, "not_disclosed"))
		return xasprintf(_("required category %s (%s) has no counted row in the year: not disclosed"),
				 category_label(s1), s1);
	if (!strcmp(r, "late"))
		return xasprintf(_("\"%s\" was formed on %s and published on %s, %lld working days later; the limit is %lld"),
				 s1, day_format((day_t)d->n[0], a), day_format((day_t)d->n[1], b), d->n[2], d->n[3]);
	if (!strcmp(r, "sham_placeholder"))
		return xasprintf(_("\"%s\" is a placeholder title with no real content (sham disclosure)"), s1);
	if (!strcmp(r, "sham_short"))
		return xasprintf(_("\"%s\" has only %lld characters, fewer than %lld (sham disclosure)"), s1, d->n[0], d->n[1]);
	if (!strcmp(r, "sham_before_formed"))
		return xasprintf(_("\"%s\" is dated as published on %s, before it was formed on %s (sham disclosure)"), s1,
				 day_format((day_t)d->n[3], a), day_format((day_t)d->n[2], b));
	if (!strcmp(r, "sham_duplicate"))
		return xasprintf(_("\"%s\" repeats the row on line %lld with the same category and title (sham disclosure)"),
				 s1, d->n[0]);
	if (!strcmp(r, "interpretation_ratio"))
		return xasprintf(_("%lld normative documents but only %lld policy interpretations"), d->n[1], d->n[0]);
	if (!strcmp(r, "overdue_replies"))
		return xasprintf(ngettext("%lld application was answered after the legal time limit",
					  "%lld applications were answered after the legal time limit", plural(d->n[0])),
				 d->n[0]);
	if (!strcmp(r, "corrected_cases"))
		return xasprintf(ngettext("%lld administrative review or lawsuit corrected the unit's decision",
					  "%lld administrative reviews or lawsuits corrected the unit's decision",
					  plural(d->n[0])),
				 d->n[0]);
	if (!strcmp(r, "late_submission"))
		return xasprintf(ngettext("the package arrived %lld day after the deadline",
					  "the package arrived %lld days after the deadline", plural(d->n[0])),
				 d->n[0]);
	if (!strcmp(r, "logic_t3_rows"))
		return xasprintf(ngettext("Table 3: in %lld row the total column is not the sum of the six other columns",
					  "Table 3: in %lld rows the total column is not the sum of the six other columns",
					  plural(d->n[0])),
				 d->n[0]);
	if (!strcmp(r, "logic_t3_columns"))
		return xasprintf(ngettext("Table 3: in %lld column the total row is not the sum of the outcome rows",
					  "Table 3: in %lld columns the total row is not the sum of the outcome rows",
					  plural(d->n[0])),
				 d->n[0]);
	if (!strcmp(r, "logic_t3_balance"))
		return xasprintf(ngettext("Table 3: in %lld column new plus carried over is not total plus carried to next year",
					  "Table 3: in %lld columns new plus carried over is not total plus carried to next year",
					  plural(d->n[0])),
				 d->n[0]);
	if (!strcmp(r, "logic_t4_rows"))
		return xasprintf(ngettext("Table 4: in %lld row the total is not upheld + corrected + other + pending",
					  "Table 4: in %lld rows the total is not upheld + corrected + other + pending",
					  plural(d->n[0])),
				 d->n[0]);
	if (!strcmp(r, "logic_normative"))
		return xasprintf(_("Table 1 reports %lld normative documents issued, but the catalogue counts only %lld"),
				 d->n[1], d->n[2]);
	if (!strcmp(r, "logic_hall"))
		return xstrdup(_("more items handled in the service hall than the unit has in all"));
	if (!strcmp(r, "summary_short"))
		return xasprintf(_("the summary has %lld characters, fewer than %lld"), d->n[0], d->n[1]);
	if (!strcmp(r, "summary_topic"))
		return xasprintf(_("the summary does not mention %s"), s1);
	if (!strcmp(r, "copied_summary")) {
		char *who = name_list(s1, d->s2 ? d->s2 : "");
		char *s = xasprintf(_("the summary copies that of %s, received no earlier (sham disclosure)"), who);
		free(who);
		return s;
	}
	if (!strcmp(r, "no_staff"))
		return xasprintf(_("no full-time disclosure staff (%lld; at least %lld needed)"), d->n[0], d->n[1]);
	if (!strcmp(r, "no_training"))
		return xasprintf(_("no disclosure training this year (%lld; at least %lld needed)"), d->n[0], d->n[1]);
	if (!strcmp(r, "no_leader_meetings"))
		return xasprintf(_("the head held no meeting on disclosure (%lld; at least %lld needed)"), d->n[0], d->n[1]);
	if (!strcmp(r, "hall_ratio"))
		return xasprintf(_("%lld of %lld approval and service items are handled in the service hall"), d->n[0],
				 d->n[1]);
	if (!strcmp(r, "outside_year"))
		return xasprintf(_("\"%s\" was published on %s, outside the year: it counts for nothing"), s1,
				 day_format((day_t)d->n[0], a));
	if (!strcmp(r, "no_package"))
		return xstrdup(_("no accepted package: every criterion scores 0 and the grade is fail"));
	if (!strcmp(r, "finding_nondisclosure"))
		return xasprintf(_("evaluators' finding (nondisclosure): %s"), s1);
	if (!strcmp(r, "finding_sham"))
		return xasprintf(_("evaluators' finding (sham disclosure): %s"), s1);
	if (!strcmp(r, "finding_late"))
		return xasprintf(_("evaluators' finding (late): %s"), s1);
	if (!strcmp(r, "finding_other"))
		return xasprintf(_("evaluators' finding: %s"), s1);
	if (!strcmp(r, "finding_bonus"))
		return xasprintf(_("bonus: %s"), s1);
	if (!strcmp(r, "bonus_capped"))
		return xasprintf(_("bonuses add up to %s points, capped at %s"), fmt_points(d->n[0], p1),
				 fmt_points(d->n[1], p2));
	if (!strcmp(r, "grade_capped"))
		return xasprintf(_("sham disclosure found: the grade cannot be better than %s"), grade_name((enum grade)d->n[1]));
	return xstrdup(r);
}
