/*
 * criteria — the tables of criteria, grades, groups, problem kinds and
 * reasons, and the sentence of one deduction made from its reason's format
 * and its typed arguments; see criteria.h.
 *
 * A format names its arguments {1}…{8}; each is put into words by its type
 * (a day as a date of the language, a category or a stats code by the
 * national form's name, points with two decimals, keywords quoted), so no
 * code, key=value or English word reaches a Chinese reader.
 */
#include "common/criteria.h"
#include "common/codes.h"
#include "common/date.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const struct criterion criteria[NCRIT + 1] = {
	{ 0, NULL, NULL },
	{ 1, N_("Proactive disclosure"), N_("Key-area disclosure (nondisclosure)") },
	{ 2, N_("Proactive disclosure"), N_("Timeliness") },
	{ 3, N_("Proactive disclosure"), N_("Sham disclosure") },
	{ 4, N_("Proactive disclosure"), N_("Policy interpretation") },
	{ 5, N_("Disclosure on application"), N_("Replies on time") },
	{ 6, N_("Disclosure on application"), N_("Reviews and lawsuits corrected") },
	{ 7, N_("Reporting and data"), N_("Package on time") },
	{ 8, N_("Reporting and data"), N_("Data logic") },
	{ 9, N_("Reporting and data"), N_("Summary quality") },
	{ 10, N_("Organisation"), N_("Full-time staff") },
	{ 11, N_("Organisation"), N_("Publicity and training") },
	{ 12, N_("Organisation"), N_("Leadership attention") },
	{ 13, N_("Government services"), N_("Service hall") },
};

const char *criterion_name(int c)
{
	return c >= 1 && c <= NCRIT ? _(criteria[c].name) : "";
}

const char *criterion_group(int c)
{
	return c >= 1 && c <= NCRIT ? _(criteria[c].group) : "";
}

const struct grade_word grades[NGRADES] = {
	{ "excellent", N_("Excellent"), "优秀" },
	{ "good", N_("Good"), "良好" },
	{ "pass", N_("Pass"), "合格" },
	{ "fail", N_("Fail"), "不合格" },
};

const char *grade_name(int g)
{
	return g >= 0 && g < NGRADES ? _(grades[g].name) : "?";
}

const char *grade_zh(int g)
{
	return g >= 0 && g < NGRADES ? grades[g].zh : "?";
}

int grade_parse(const char *word)
{
	for (int g = 0; g < NGRADES; g++)
		if (!strcmp(word, grades[g].key) || !strcmp(word, grades[g].zh))
			return g;
	return -1;
}

const char *group_name(int g)
{
	return g == GROUP_DEPT ? _("departments") : _("towns and street offices");
}

const char *group_title(int g)
{
	return g == GROUP_DEPT ? _("Departments") : _("Towns and street offices");
}

const char *group_zh(int g)
{
	return g == GROUP_DEPT ? "部门" : "镇街";
}

const char *group_code(int g)
{
	return g == GROUP_DEPT ? "dept" : "town_street";
}

int group_from_code(const char *code)
{
	return code && !strcmp(code, "dept") ? GROUP_DEPT : GROUP_TOWN_STREET;
}

static const char *const problem_codes[NPROBLEMS] = {
	[PROB_NONE] = "none",
	[PROB_NONDISCLOSED] = "nondisclosed",
	[PROB_SHAM] = "sham",
	[PROB_COPIED] = "copied",
	[PROB_LATE_ITEM] = "late_item",
	[PROB_LOGIC] = "logic",
	[PROB_LATE_PACKAGE] = "late_package",
	[PROB_MISSING] = "missing",
	[PROB_YOY] = "yoy",
};

const char *problem_code(enum problem p)
{
	return p < NPROBLEMS ? problem_codes[p] : "none";
}

enum problem problem_from_code(const char *code)
{
	for (int p = 0; p < NPROBLEMS; p++)
		if (code && !strcmp(code, problem_codes[p]))
			return (enum problem)p;
	return PROB_NONE;
}

#define A(...) { __VA_ARGS__ }
/* A format and its plural (xgettext -kNP_:1,2): the two fields format, plural. */
#define NP_(s, p) s, p
/* clang-format off */
const struct reason reasons[NREASONS] = {
	[RS_NOT_DISCLOSED] = { "not_disclosed", 1, R_DEDUCTION, PROB_NONDISCLOSED, A(ARG_CATEGORY),
		N_("Required category \"{1}\" has no counted item this year (not disclosed)"), NULL, 0, NULL },
	[RS_LATE] = { "late", 2, R_DEDUCTION, PROB_LATE_ITEM, A(ARG_TEXT, ARG_DAY, ARG_DAY, ARG_COUNT, ARG_COUNT),
		NP_("\"{1}\" was formed on {2} and published on {3}, {4} working day later; the limit is {5}",
		    "\"{1}\" was formed on {2} and published on {3}, {4} working days later; the limit is {5}"), 4, NULL },
	[RS_SHAM_PLACEHOLDER] = { "sham_placeholder", 3, R_DEDUCTION, PROB_SHAM, A(ARG_TEXT),
		N_("\"{1}\" is a placeholder title with no real content (sham disclosure)"), NULL, 0, NULL },
	[RS_SHAM_SHORT] = { "sham_short", 3, R_DEDUCTION, PROB_SHAM, A(ARG_TEXT, ARG_COUNT, ARG_COUNT),
		NP_("\"{1}\" has only {2} character, fewer than {3} (sham disclosure)",
		    "\"{1}\" has only {2} characters, fewer than {3} (sham disclosure)"), 2, NULL },
	[RS_SHAM_BEFORE_FORMED] = { "sham_before_formed", 3, R_DEDUCTION, PROB_SHAM, A(ARG_TEXT, ARG_DAY, ARG_DAY),
		N_("\"{1}\" is dated as published on {2}, before it was formed on {3} (sham disclosure)"), NULL, 0, NULL },
	[RS_SHAM_DUPLICATE] = { "sham_duplicate", 3, R_DEDUCTION, PROB_SHAM, A(ARG_TEXT, ARG_LINE),
		N_("\"{1}\" repeats the item on line {2} with the same category and title (sham disclosure)"), NULL, 0,
		NULL },
	[RS_INTERPRETATION_RATIO] = { "interpretation_ratio", 4, R_DEDUCTION, PROB_NONE, A(ARG_COUNT, ARG_COUNT),
		N_("{2} normative documents were published this year but only {1} policy interpretations"), NULL, 0,
		NULL },
	[RS_OVERDUE_REPLIES] = { "overdue_replies", 5, R_DEDUCTION, PROB_NONE, A(ARG_COUNT),
		NP_("{1} application was answered after the legal time limit",
		    "{1} applications were answered after the legal time limit"), 1, NULL },
	[RS_CORRECTED_CASES] = { "corrected_cases", 6, R_DEDUCTION, PROB_NONE, A(ARG_COUNT),
		NP_("{1} administrative review or lawsuit corrected the unit's decision",
		    "{1} administrative reviews or lawsuits corrected the unit's decision"), 1, NULL },
	[RS_LATE_SUBMISSION] = { "late_submission", 7, R_DEDUCTION, PROB_LATE_PACKAGE, A(ARG_COUNT, ARG_TEXT, ARG_DAY),
		NP_("The package was received on {2}, {1} day after the deadline of {3}",
		    "The package was received on {2}, {1} days after the deadline of {3}"), 1, NULL },
	[RS_LOGIC_T3_ROWS] = { "logic_t3_rows", 8, R_DEDUCTION, PROB_LOGIC, A(ARG_COUNT),
		NP_("Table 3: in {1} row the total is not the sum of the six kinds of applicant",
		    "Table 3: in {1} rows the total is not the sum of the six kinds of applicant"), 1, NULL },
	[RS_LOGIC_T3_COLUMNS] = { "logic_t3_columns", 8, R_DEDUCTION, PROB_LOGIC, A(ARG_COUNT),
		NP_("Table 3: in {1} column the total of the outcomes is not the sum of the outcomes",
		    "Table 3: in {1} columns the total of the outcomes is not the sum of the outcomes"), 1, NULL },
	[RS_LOGIC_T3_BALANCE] = { "logic_t3_balance", 8, R_DEDUCTION, PROB_LOGIC, A(ARG_COUNT),
		NP_("Table 3: in {1} column new plus carried over is not answered plus carried to next year",
		    "Table 3: in {1} columns new plus carried over is not answered plus carried to next year"), 1, NULL },
	[RS_LOGIC_T4_ROWS] = { "logic_t4_rows", 8, R_DEDUCTION, PROB_LOGIC, A(ARG_COUNT),
		NP_("Table 4: in {1} row the total is not upheld + corrected + other + pending",
		    "Table 4: in {1} rows the total is not upheld + corrected + other + pending"), 1, NULL },
	[RS_LOGIC_NORMATIVE] = { "logic_normative", 8, R_DEDUCTION, PROB_LOGIC, A(ARG_COUNT, ARG_COUNT),
		N_("Table 1 reports {1} normative documents issued this year, but the catalogue has only {2} counted"),
		NULL, 0, NULL },
	[RS_LOGIC_HALL] = { "logic_hall", 8, R_DEDUCTION, PROB_LOGIC, A(ARG_COUNT, ARG_COUNT),
		N_("{1} items are handled in the service hall, more than the unit's {2} items in all"), NULL, 0, NULL },
	[RS_NO_STAFF] = { "no_staff", 10, R_DEDUCTION, PROB_NONE, A(ARG_COUNT, ARG_COUNT),
		N_("Full-time disclosure staff: {1}; at least {2} needed"), NULL, 0, NULL },
	[RS_NO_TRAINING] = { "no_training", 11, R_DEDUCTION, PROB_NONE, A(ARG_COUNT, ARG_COUNT),
		N_("Disclosure training sessions this year: {1}; at least {2} needed"), NULL, 0, NULL },
	[RS_NO_LEADER_MEETINGS] = { "no_leader_meetings", 12, R_DEDUCTION, PROB_NONE, A(ARG_COUNT, ARG_COUNT),
		N_("Meetings on disclosure chaired by the head: {1}; at least {2} needed"), NULL, 0, NULL },
	[RS_HALL_RATIO] = { "hall_ratio", 13, R_DEDUCTION, PROB_NONE, A(ARG_COUNT, ARG_COUNT),
		N_("{1} of the unit's {2} approval and service items are handled in the service hall"), NULL, 0, NULL },
	[RS_SUMMARY_SHORT] = { "summary_short", 9, R_DEDUCTION, PROB_NONE, A(ARG_COUNT, ARG_COUNT),
		NP_("The summary has {1} character (white space not counted), fewer than {2}",
		    "The summary has {1} characters (white space not counted), fewer than {2}"), 1, NULL },
	[RS_SUMMARY_TOPIC] = { "summary_topic", 9, R_DEDUCTION, PROB_NONE, A(ARG_WORDS),
		N_("The summary does not mention {1}"), NULL, 0, NULL },
	[RS_COPIED_SUMMARY] = { "copied_summary", 9, R_DEDUCTION, PROB_COPIED, A(ARG_NONE),
		N_("The summary copies that of a unit whose package came no later (sham disclosure)"), NULL, 0,
		N_("copied summary") },
	[RS_FINDING_NONDISCLOSURE] = { "finding_nondisclosure", 0, R_DEDUCTION, PROB_NONDISCLOSED, A(ARG_TEXT),
		N_("Evaluators' finding (nondisclosure): {1}"), NULL, 0, NULL },
	[RS_FINDING_SHAM] = { "finding_sham", 0, R_DEDUCTION, PROB_SHAM, A(ARG_TEXT),
		N_("Evaluators' finding (sham disclosure): {1}"), NULL, 0, NULL },
	[RS_FINDING_LATE] = { "finding_late", 0, R_DEDUCTION, PROB_LATE_ITEM, A(ARG_TEXT),
		N_("Evaluators' finding (late publication): {1}"), NULL, 0, NULL },
	[RS_FINDING_OTHER] = { "finding_other", 0, R_DEDUCTION, PROB_NONE, A(ARG_TEXT),
		N_("Evaluators' finding: {1}"), NULL, 0, NULL },
	[RS_FINDING_BONUS] = { "finding_bonus", 0, R_BONUS, PROB_NONE, A(ARG_TEXT),
		N_("Bonus: {1}"), NULL, 0, NULL },
	[RS_OUTSIDE_YEAR] = { "outside_year", 0, R_NOTE, PROB_NONE, A(ARG_TEXT, ARG_DAY),
		N_("\"{1}\" was published on {2}, outside the year: it counts for nothing"), NULL, 0, NULL },
	[RS_NO_PACKAGE] = { "no_package", 0, R_NOTE, PROB_MISSING, A(ARG_NONE),
		N_("No accepted package: every criterion scores 0.00 and the grade is Fail"), NULL, 0,
		N_("no accepted package") },
	[RS_BONUS_CAPPED] = { "bonus_capped", 0, R_CAP, PROB_NONE, A(ARG_POINTS, ARG_POINTS),
		N_("The bonuses add up to {1} points; at most {2} count"), NULL, 0, NULL },
	[RS_TOTAL_CAPPED] = { "total_capped", 0, R_CAP, PROB_NONE, A(ARG_POINTS),
		N_("Base score, findings and bonus come to {1}; the total is capped at 100.00"), NULL, 0, NULL },
	[RS_TOTAL_FLOORED] = { "total_floored", 0, R_CAP, PROB_NONE, A(ARG_POINTS),
		N_("Base score, findings and bonus come to {1}; the total cannot be below 0.00"), NULL, 0, NULL },
	[RS_GRADE_CAPPED] = { "grade_capped", 0, R_CAP, PROB_NONE, A(ARG_GRADE, ARG_GRADE),
		N_("Sham disclosure was found, so the grade cannot be better than {1} (the total alone would give {2})"),
		NULL, 0, N_("sham disclosure") },
	[RS_D_UNCOUNTED_SHAM] = { "d_uncounted_sham", 0, R_DETAIL, PROB_NONE, A(ARG_LINES),
		NP_("the item on line {1} is sham disclosure and does not count",
		    "the items on lines {1} are sham disclosure and do not count"), -1, NULL },
	[RS_D_UNCOUNTED_OUTSIDE] = { "d_uncounted_outside", 0, R_DETAIL, PROB_NONE, A(ARG_LINES),
		NP_("the item on line {1} was published outside the year and does not count",
		    "the items on lines {1} were published outside the year and do not count"), -1, NULL },
	[RS_D_ALSO_SHORT] = { "d_also_short", 0, R_DETAIL, PROB_NONE, A(ARG_COUNT, ARG_COUNT),
		N_("it also has only {1} characters, fewer than {2}"), NULL, 0, NULL },
	[RS_D_ALSO_BEFORE_FORMED] = { "d_also_before_formed", 0, R_DETAIL, PROB_NONE, A(ARG_DAY, ARG_DAY),
		N_("it is also dated as published on {1}, before it was formed on {2}"), NULL, 0, NULL },
	[RS_D_ALSO_DUPLICATE] = { "d_also_duplicate", 0, R_DETAIL, PROB_NONE, A(ARG_LINE),
		N_("it also repeats the item on line {1}"), NULL, 0, NULL },
	[RS_D_CORRECTED] = { "d_corrected", 0, R_DETAIL, PROB_NONE, A(ARG_T4ROW, ARG_COUNT),
		N_("{1}: {2} corrected"), NULL, 0, NULL },
	[RS_D_T3_ROW] = { "d_t3_row", 0, R_DETAIL, PROB_NONE, A(ARG_T3ROW, ARG_COUNT, ARG_COUNT),
		N_("row \"{1}\": total {2}, the six kinds of applicant add up to {3}"), NULL, 0, NULL },
	[RS_D_T3_COLUMN] = { "d_t3_column", 0, R_DETAIL, PROB_NONE, A(ARG_T3COL, ARG_COUNT, ARG_COUNT),
		N_("column \"{1}\": total {2}, the outcomes add up to {3}"), NULL, 0, NULL },
	[RS_D_T3_BALANCE] = { "d_t3_balance", 0, R_DETAIL, PROB_NONE,
		A(ARG_T3COL, ARG_COUNT, ARG_COUNT, ARG_COUNT, ARG_COUNT, ARG_COUNT, ARG_COUNT),
		N_("column \"{1}\": new {2} + carried over {3} = {4}, answered {5} + carried to next year {6} = {7}, not equal"),
		NULL, 0, NULL },
	[RS_D_T4_ROW] = { "d_t4_row", 0, R_DETAIL, PROB_NONE, A(ARG_T4ROW, ARG_COUNT, ARG_COUNT),
		N_("{1}: total {2}, upheld + corrected + other + pending = {3}"), NULL, 0, NULL },
	[RS_D_COPY_OF] = { "d_copy_of", 0, R_DETAIL, PROB_NONE, A(ARG_UNITCODE, ARG_UNITNAME, ARG_SHARE),
		N_("the summary is the same as that of {2} (similarity {3})"), NULL, 0, NULL },
	/* across years (years.md); the details are after d_finding_evidence */
	[RS_LOGIC_CARRIED] = { "logic_carried", 8, R_DEDUCTION, PROB_LOGIC, A(ARG_COUNT),
		NP_("Table 3: in {1} column this year's carried over differs from what last year's report carried to next year",
		    "Table 3: in {1} columns this year's carried over differs from what last year's report carried to next year"),
		1, NULL },
	[RS_LOGIC_IN_FORCE] = { "logic_in_force", 8, R_DEDUCTION, PROB_LOGIC, A(ARG_COUNT),
		NP_("Table 1: the documents in force do not follow from last year's for {1} kind",
		    "Table 1: the documents in force do not follow from last year's for {1} kinds"), 1, NULL },
	[RS_LOGIC_TEXT_FIGURES] = { "logic_text_figures", 8, R_DEDUCTION, PROB_LOGIC, A(ARG_COUNT),
		NP_("The summary states {1} figure that the tables contradict",
		    "The summary states {1} figures that the tables contradict"), 1, NULL },
	[RS_SUMMARY_REPEATS] = { "summary_repeats", 9, R_DEDUCTION, PROB_NONE, A(ARG_SHARE, ARG_COUNT),
		N_("The summary repeats last year's: {1} of its three-character pieces are in last year's summary ({2}% or more is a repeat)"),
		NULL, 0, NULL },
	[RS_YOY_FLAG] = { "yoy_flag", 0, R_NOTE, PROB_YOY, A(ARG_STATCODE, ARG_COUNT, ARG_COUNT, ARG_POINTS),
		N_("Year-on-year anomaly: {1} is {2} this year against {3} last year ({4} times)"), NULL, 0, NULL },
	[RS_YOY_FLAG_COST] = { "yoy_flag_cost", 0, R_DEDUCTION, PROB_YOY, A(ARG_STATCODE, ARG_COUNT, ARG_COUNT, ARG_POINTS),
		N_("Year-on-year anomaly: {1} is {2} this year against {3} last year ({4} times)"), NULL, 0, NULL },
	[RS_YOY_CATALOG] = { "yoy_catalog", 0, R_NOTE, PROB_YOY, A(ARG_COUNT, ARG_COUNT, ARG_POINTS),
		N_("Year-on-year anomaly: {1} catalogue items published this year against {2} last year ({3} times)"),
		NULL, 0, NULL },
	[RS_YOY_CATALOG_COST] = { "yoy_catalog_cost", 0, R_DEDUCTION, PROB_YOY, A(ARG_COUNT, ARG_COUNT, ARG_POINTS),
		N_("Year-on-year anomaly: {1} catalogue items published this year against {2} last year ({3} times)"),
		NULL, 0, NULL },
	[RS_NOT_CHECKABLE] = { "years_not_checkable", 0, R_NOTE, PROB_NONE, A(ARG_NONE),
		N_("Not checked, costing nothing"), NULL, 0, NULL },
	[RS_D_CAP_SHAM_ROWS] = { "d_cap_sham_rows", 0, R_DETAIL, PROB_NONE, A(ARG_COUNT),
		NP_("{1} sham catalogue item",
		    "{1} sham catalogue items"), 1, NULL },
	[RS_D_CAP_COPIED] = { "d_cap_copied", 0, R_DETAIL, PROB_NONE, A(ARG_NONE),
		N_("a copied summary"), NULL, 0, NULL },
	[RS_D_CAP_SHAM_FINDINGS] = { "d_cap_sham_findings", 0, R_DETAIL, PROB_NONE, A(ARG_COUNT),
		NP_("{1} sham-disclosure finding",
		    "{1} sham-disclosure findings"), 1, NULL },
	[RS_D_FINDING_EVIDENCE] = { "d_finding_evidence", 0, R_DETAIL, PROB_NONE, A(ARG_TEXT),
		N_("evidence: {1}"), NULL, 0, NULL },
	[RS_D_CARRIED] = { "d_carried", 0, R_DETAIL, PROB_NONE, A(ARG_T3COL, ARG_COUNT, ARG_COUNT),
		N_("column \"{1}\": carried over {2}, last year's report carried to next year {3}, not equal"), NULL, 0,
		NULL },
	[RS_D_IN_FORCE_RULES] = { "d_in_force_rules", 0, R_DETAIL, PROB_NONE,
		A(ARG_COUNT, ARG_COUNT, ARG_COUNT, ARG_COUNT, ARG_COUNT),
		N_("rules: {1} in force, but last year's {2} in force + {3} issued − {4} repealed = {5}"), NULL, 0, NULL },
	[RS_D_IN_FORCE_NORMATIVE] = { "d_in_force_normative", 0, R_DETAIL, PROB_NONE,
		A(ARG_COUNT, ARG_COUNT, ARG_COUNT, ARG_COUNT, ARG_COUNT),
		N_("normative documents: {1} in force, but last year's {2} in force + {3} issued − {4} repealed = {5}"), NULL,
		0, NULL },
	[RS_D_TEXT_FIGURE] = { "d_text_figure", 0, R_DETAIL, PROB_NONE, A(ARG_TEXT, ARG_COUNT, ARG_COUNT),
		N_("the summary says \"{1}\" {2}, the tables {3}"), NULL, 0, NULL },
	[RS_D_NC_CARRIED] = { "d_nc_carried", 0, R_DETAIL, PROB_NONE, A(ARG_NONE),
		N_("carried over against last year's report (no figures of last year)"), NULL, 0, NULL },
	[RS_D_NC_IN_FORCE] = { "d_nc_in_force", 0, R_DETAIL, PROB_NONE, A(ARG_NONE),
		N_("documents in force against last year's (no figures of last year)"), NULL, 0, NULL },
	[RS_D_NC_REPEAT] = { "d_nc_repeat", 0, R_DETAIL, PROB_NONE, A(ARG_NONE),
		N_("repeat of last year's summary (no summary of last year)"), NULL, 0, NULL },
	[RS_D_NC_YOY] = { "d_nc_yoy", 0, R_DETAIL, PROB_NONE, A(ARG_NONE),
		N_("year-on-year comparison (no figures of last year)"), NULL, 0, NULL },
	[RS_D_NC_FIGURES] = { "d_nc_figures", 0, R_DETAIL, PROB_NONE, A(ARG_NONE),
		N_("the summary's figures against the tables (the summary states none)"), NULL, 0, NULL },
	/* the kind of a legacy row is the one schema step 4 stored with it (its old reason code's) */
	[RS_LEGACY] = { "legacy", 0, R_DEDUCTION, PROB_NONE, A(ARG_TEXT, ARG_KEPT, ARG_KEPT), "{1}", NULL, 0, NULL },
	[RS_LEGACY_BONUS] = { "legacy_bonus", 0, R_BONUS, PROB_NONE, A(ARG_TEXT, ARG_KEPT, ARG_KEPT), "{1}", NULL, 0, NULL },
	[RS_LEGACY_NOTE] = { "legacy_note", 0, R_NOTE, PROB_NONE, A(ARG_TEXT, ARG_KEPT, ARG_KEPT), "{1}", NULL, 0, NULL },
};
/* clang-format on */
#undef A
#undef NP_

const struct reason *reason_find(const char *code)
{
	if (!code)
		return NULL;
	for (size_t i = 0; i < NREASONS; i++)
		if (reasons[i].code && !strcmp(reasons[i].code, code))
			return &reasons[i];
	return NULL;
}

/* ---- arguments ------------------------------------------------------------- */

void rarg_num(struct rarg *a, int i, long long n)
{
	if (i < 1 || i > REASON_NARGS)
		return;
	a[i - 1].set = 1;
	a[i - 1].n = n;
}

void rarg_str(struct rarg *a, int i, const char *s)
{
	if (i < 1 || i > REASON_NARGS)
		return;
	free(a[i - 1].s);
	a[i - 1].set = 1;
	a[i - 1].s = xstrdup(s ? s : "");
}

static void args_release(struct rarg *a)
{
	for (int i = 0; i < REASON_NARGS; i++) {
		free(a[i].s);
		a[i].s = NULL;
		a[i].set = 0;
	}
}

struct rarg *rded_detail(struct rded *d, enum reason_id id)
{
	d->items = xrealloc(d->items, (d->nitems + 1) * sizeof(*d->items));
	struct rdetail *it = &d->items[d->nitems++];
	memset(it, 0, sizeof(*it));
	it->r = &reasons[id];
	return it->a;
}

void rded_release(struct rded *d)
{
	args_release(d->a);
	for (size_t i = 0; i < d->nitems; i++)
		args_release(d->items[i].a);
	free(d->items);
	free(d->code);
	free(d->file);
	d->items = NULL;
	d->code = NULL;
	d->file = NULL;
	d->nitems = 0;
}

/* ---- words ------------------------------------------------------------------ */

char *fmt_points(long long h, char *buf)
{
	const char *sign = h < 0 ? "-" : "";
	long long a = h < 0 ? -h : h;
	snprintf(buf, 32, "%s%lld.%02lld", sign, a / 100, a % 100);
	return buf;
}

const char *file_words(const char *file)
{
	if (!file)
		return "";
	if (!strcmp(file, "catalog.csv"))
		return _("the catalogue");
	if (!strcmp(file, "stats.csv"))
		return _("the statistics");
	if (!strcmp(file, "summary.txt"))
		return _("the summary");
	if (!strcmp(file, "findings.csv"))
		return _("the findings");
	return file;
}

static const char *label_of(const struct label *tab, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(tab[i].code, code))
			return code_label(&tab[i]);
	return code;
}

/* A stats code by the form's words: "Table 3, row …, column …" or the item's label. */
static void stat_words(struct strbuf *sb, const char *code)
{
	int i = stat_index(code);
	size_t n;
	const struct statcode *c = stat_codes(&n);
	if (i < 0) {
		sb_adds(sb, code);
		return;
	}
	switch (c[i].table) {
	case T3:
		sb_addf(sb, _("Table 3, \"%s\", \"%s\""), code_label(&t3_rows[c[i].row]), code_label(&t3_cols[c[i].col]));
		break;
	case T4:
		sb_addf(sb, _("Table 4, \"%s\", \"%s\""), code_label(&t4_rows[c[i].row]), code_label(&t4_cols[c[i].col]));
		break;
	case T1:
		sb_adds(sb, label_of(t1_items, n_t1_items, code));
		break;
	case TWORK:
		sb_adds(sb, label_of(work_items, n_work_items, code));
		break;
	}
}

/* Items of a one-a-line list, quoted or not, joined by sep. */
static void join_lines(struct strbuf *sb, const char *s, int quote, const char *sep)
{
	int first = 1;
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, "\n");
		char *item = xstrndup(p, n);
		if (!first)
			sb_adds(sb, sep);
		if (quote)
			sb_addf(sb, _("\"%s\""), item);
		else
			sb_adds(sb, item);
		free(item);
		first = 0;
		p += n + (p[n] == '\n');
	}
}

static void arg_words(struct strbuf *sb, enum argtype t, const struct rarg *a)
{
	char buf[32];
	const char *s = a->s ? a->s : "";
	int y, m, d;
	switch (t) {
	case ARG_NONE:
	case ARG_KEPT:
		break;
	case ARG_COUNT:
	case ARG_LINE:
		sb_add_int(sb, a->n);
		break;
	case ARG_TEXT:
	case ARG_UNITNAME:
	case ARG_UNITCODE:
		sb_adds(sb, s);
		break;
	case ARG_DAY:
		ymd_from_day((day_t)a->n, &y, &m, &d);
		sb_addf(sb, _("%1$d-%2$02d-%3$02d"), y, m, d);
		break;
	case ARG_CATEGORY: {
		const struct label *l = category_find(s);
		sb_adds(sb, l ? code_label(l) : s);
		break;
	}
	case ARG_STATCODE:
		stat_words(sb, s);
		break;
	case ARG_T3ROW:
		sb_adds(sb, label_of(t3_rows, n_t3_rows, s));
		break;
	case ARG_T3COL:
		sb_adds(sb, label_of(t3_cols, n_t3_cols, s));
		break;
	case ARG_T4ROW:
		sb_adds(sb, label_of(t4_rows, n_t4_rows, s));
		break;
	case ARG_POINTS:
		sb_adds(sb, fmt_points(a->n, buf));
		break;
	case ARG_SHARE: {
		long long pm = (a->n + 5) / 10; /* per mille, half up */
		sb_addf(sb, "%lld.%lld%%", pm / 10, pm % 10);
		break;
	}
	case ARG_GRADE:
		sb_adds(sb, grade_name((int)a->n));
		break;
	case ARG_WORDS:
		join_lines(sb, s, 1, _(" or "));
		break;
	case ARG_LINES:
		join_lines(sb, s, 0, _(", "));
		break;
	}
}

/* How many items a one-a-line list has (the count of an ARG_LINES plural). */
static unsigned long lines_count(const char *s)
{
	if (!s || !*s)
		return 0;
	unsigned long n = 1;
	for (; *s; s++)
		n += *s == '\n' && s[1];
	return n;
}

/* The format of r filled with a; the sentence appended to sb. */
static void fill(struct strbuf *sb, const struct reason *r, const struct rarg *a)
{
	const char *fmt = r->format;
	if (r->plural) {
		unsigned long n = 0;
		if (r->plural_arg > 0 && r->plural_arg <= REASON_NARGS)
			n = a[r->plural_arg - 1].n < 0 ? 0 : (unsigned long)a[r->plural_arg - 1].n;
		else if (r->plural_arg < 0)
			n = lines_count(a[-r->plural_arg - 1].s);
		fmt = ngettext(r->format, r->plural, n);
	} else {
		fmt = _(fmt);
	}
	for (const char *p = fmt; *p;) {
		if (p[0] == '{' && p[1] >= '1' && p[1] <= '0' + REASON_NARGS && p[2] == '}') {
			int i = p[1] - '1';
			arg_words(sb, r->args[i], &a[i]);
			p += 3;
		} else {
			sb_addc(sb, *p++);
		}
	}
}

static void sentence(struct strbuf *sb, const struct rded *d)
{
	if (!d->r) {
		/* a reason code stored by a newer build: say so in words, never show the code */
		sb_adds(sb, _("A deduction this version of gongkai cannot describe; score the year again"));
		return;
	}
	struct strbuf main = STRBUF_INIT, items = STRBUF_INIT;
	fill(&main, d->r, d->a);
	for (size_t i = 0; i < d->nitems; i++) {
		if (i)
			sb_adds(&items, _("; "));
		fill(&items, d->items[i].r, d->items[i].a);
	}
	if (d->nitems)
		sb_addf(sb, _("%s: %s"), sb_str(&main), sb_str(&items));
	else
		sb_adds(sb, sb_str(&main));
	sb_release(&main);
	sb_release(&items);
	if (d->file && d->line > 0)
		sb_addf(sb, _(" (%s, line %ld)"), file_words(d->file), d->line);
}

char *rded_sentence(const struct rded *d)
{
	struct strbuf sb = STRBUF_INIT;
	sentence(&sb, d);
	return sb_detach(&sb);
}

char *rded_sentence_in(const struct rded *d, const char *lang)
{
	char was[16];
	snprintf(was, sizeof(was), "%s", msg_language());
	msg_use_language(lang);
	char *s = rded_sentence(d);
	msg_use_language(was);
	return s;
}

char *rded_brief(const struct rded *d)
{
	struct strbuf items = STRBUF_INIT;
	const char *brief = d->r && d->r->brief ? _(d->r->brief) : "";
	for (size_t i = 0; i < d->nitems; i++) {
		if (i)
			sb_adds(&items, _(", "));
		fill(&items, d->items[i].r, d->items[i].a);
	}
	char *s = d->nitems ? xasprintf(_("%s: %s"), brief, sb_str(&items)) : xstrdup(brief);
	sb_release(&items);
	return s;
}
