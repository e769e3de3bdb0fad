/*
 * tables — parts 二, 三 and 四: the national tables (Table 1, Table 3,
 * Table 4 of the 2019 national annual-report form), each summed over the
 * current package of every unit, drawn in the form's own layout and labels.
 *
 * Table 3 is drawn as the form's 25 data rows plus its five group rows
 * (三、本年度办理结果 and （三）–（六）), 30 rows under a three-row header
 * (申请人情况 › 自然人 / 法人或其他组织 › … / 总计).  Table 4 is the form's one
 * row of 15 cells under 行政复议 / 行政诉讼 headers; in English, where the
 * narrow cells cannot hold the words, it is the same figures as 3 rows × 5.
 */
#include "report/parts.h"
#include "report/table.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <string.h>

static void table_init(struct table *t, struct rctx *c, int ncols)
{
	memset(t, 0, sizeof(*t));
	t->pdf = c->pdf;
	t->ncols = ncols;
	t->size = TABLE_SIZE;
	t->leading = TABLE_LEADING;
	t->pad = TABLE_PAD;
}

static struct tcell cell(const char *text, int colspan, enum align a, double indent)
{
	struct tcell x = { text, colspan, a, indent };
	return x;
}

static void table1(struct rctx *c)
{
	const struct report_data *d = c->data;
	struct table t;
	table_init(&t, c, 4);
	t.width[0] = 170;
	for (int i = 1; i < 4; i++)
		t.width[i] = (TEXT_W - 170) / 3;
	char v[10][32];
	for (int i = 0; i < 9; i++)
		snprintf(v[i], sizeof(v[i]), "%lld", d->t1[i]);
	report_hundredths(d->t1[9], v[9]);
	table_begin(&t, 14 * 22);
	const char *item = _("Information");
	const char *decisions = _("Decisions this year");
	struct tcell r[4];
	/* 第二十条第（一）项 */
	r[0] = cell(_("Article 20, item (1)"), 4, ALIGN_LEFT, 0);
	table_row(&t, r, 1, TROW_SHADE | TROW_BOLD);
	r[0] = cell(item, 1, ALIGN_CENTER, 0);
	r[1] = cell(_("Issued this year"), 1, ALIGN_CENTER, 0);
	r[2] = cell(_("Repealed this year"), 1, ALIGN_CENTER, 0);
	r[3] = cell(_("In force"), 1, ALIGN_CENTER, 0);
	table_row(&t, r, 4, TROW_BOLD);
	r[0] = cell(_("Rules"), 1, ALIGN_CENTER, 0);
	for (int i = 0; i < 3; i++)
		r[1 + i] = cell(v[i], 1, ALIGN_CENTER, 0);
	table_row(&t, r, 4, 0);
	r[0] = cell(_("Normative documents"), 1, ALIGN_CENTER, 0);
	for (int i = 0; i < 3; i++)
		r[1 + i] = cell(v[3 + i], 1, ALIGN_CENTER, 0);
	table_row(&t, r, 4, 0);
	/* 第二十条第（五）项 */
	r[0] = cell(_("Article 20, item (5)"), 4, ALIGN_LEFT, 0);
	table_row(&t, r, 1, TROW_SHADE | TROW_BOLD);
	r[0] = cell(item, 1, ALIGN_CENTER, 0);
	r[1] = cell(decisions, 3, ALIGN_CENTER, 0);
	table_row(&t, r, 2, TROW_BOLD);
	r[0] = cell(_("Administrative licensing"), 1, ALIGN_CENTER, 0);
	r[1] = cell(v[6], 3, ALIGN_CENTER, 0);
	table_row(&t, r, 2, 0);
	/* 第二十条第（六）项 */
	r[0] = cell(_("Article 20, item (6)"), 4, ALIGN_LEFT, 0);
	table_row(&t, r, 1, TROW_SHADE | TROW_BOLD);
	r[0] = cell(item, 1, ALIGN_CENTER, 0);
	r[1] = cell(decisions, 3, ALIGN_CENTER, 0);
	table_row(&t, r, 2, TROW_BOLD);
	r[0] = cell(_("Administrative penalties"), 1, ALIGN_CENTER, 0);
	r[1] = cell(v[7], 3, ALIGN_CENTER, 0);
	table_row(&t, r, 2, 0);
	r[0] = cell(_("Administrative coercion"), 1, ALIGN_CENTER, 0);
	r[1] = cell(v[8], 3, ALIGN_CENTER, 0);
	table_row(&t, r, 2, 0);
	/* 第二十条第（八）项 */
	r[0] = cell(_("Article 20, item (8)"), 4, ALIGN_LEFT, 0);
	table_row(&t, r, 1, TROW_SHADE | TROW_BOLD);
	r[0] = cell(item, 1, ALIGN_CENTER, 0);
	r[1] = cell(_("Amount collected this year (10,000 yuan)"), 3, ALIGN_CENTER, 0);
	table_row(&t, r, 2, TROW_BOLD);
	r[0] = cell(_("Administrative fees"), 1, ALIGN_CENTER, 0);
	r[1] = cell(v[9], 3, ALIGN_CENTER, 0);
	table_row(&t, r, 2, 0);
	table_end(&t, 12);
}

/* Table 3's rows in the form's order, with the group rows between them. */
static const struct {
	const char *row;    /* a t3 row code, or NULL for a group row */
	const char *group;  /* N_() label of a group row */
	int level;          /* indentation */
} t3_layout[] = {
	{ "new", NULL, 0 },
	{ "carried", NULL, 0 },
	{ NULL, N_("3. Results this year"), 0 },
	{ "open", NULL, 1 },
	{ "partial", NULL, 1 },
	{ NULL, N_("(3) Not disclosed"), 1 },
	{ "deny.secret", NULL, 2 },
	{ "deny.law", NULL, 2 },
	{ "deny.safety", NULL, 2 },
	{ "deny.third_party", NULL, 2 },
	{ "deny.internal", NULL, 2 },
	{ "deny.process", NULL, 2 },
	{ "deny.enforcement", NULL, 2 },
	{ "deny.query", NULL, 2 },
	{ NULL, N_("(4) Cannot be provided"), 1 },
	{ "unable.no_info", NULL, 2 },
	{ "unable.need_create", NULL, 2 },
	{ "unable.unclear", NULL, 2 },
	{ NULL, N_("(5) Not processed"), 1 },
	{ "reject.complaint", NULL, 2 },
	{ "reject.repeat", NULL, 2 },
	{ "reject.publication", NULL, 2 },
	{ "reject.massive", NULL, 2 },
	{ "reject.confirm", NULL, 2 },
	{ NULL, N_("(6) Other handling"), 1 },
	{ "other.no_correction", NULL, 2 },
	{ "other.no_fee", NULL, 2 },
	{ "other.other", NULL, 2 },
	{ "total", NULL, 1 },
	{ "next_year", NULL, 0 },
};

static void table3(struct rctx *c)
{
	const struct report_data *d = c->data;
	struct table t;
	table_init(&t, c, 8);
	/* 41 pt columns hold four 9 pt characters a line: 商业企业, 社会公益 / 组织 */
	for (int i = 1; i < 8; i++)
		t.width[i] = 41;
	t.width[0] = TEXT_W - 7 * 41;
	t.head_size = 9;
	t.head_pad = 2;
	/* the form's column heads; in English short words that fit a 41 pt column */
	static const char *short_en[7] = { N_("Natural persons"), N_("Business"), N_("Research"), N_("Public interest"),
					   N_("Legal services"), N_("Others"), N_("Total") };
	const char *col[7];
	for (size_t i = 0; i < 7; i++)
		col[i] = c->zh && i < n_t3_cols ? code_label(&t3_cols[i]) : _(short_en[i]);
	if (!c->zh)
		t.head_size = 8;
	struct thead head[] = {
		{ 0, 0, 3, 1, _("(In this column: item 1 plus item 2 equals item 3 plus item 4)") },
		{ 0, 1, 1, 7, _("Applicants") },
		{ 1, 1, 2, 1, col[0] },
		{ 1, 2, 1, 5, _("Legal persons or other organisations") },
		{ 1, 7, 2, 1, col[6] },
		{ 2, 2, 1, 1, col[1] },
		{ 2, 3, 1, 1, col[2] },
		{ 2, 4, 1, 1, col[3] },
		{ 2, 5, 1, 1, col[4] },
		{ 2, 6, 1, 1, col[5] },
	};
	t.head = head;
	t.nhead = (int)ARRAY_SIZE(head);
	t.head_rows = 3;
	table_begin(&t, 4 * (TABLE_LEADING + 2 * TABLE_PAD));
	char num[7][24];
	struct tcell r[8];
	for (size_t k = 0; k < ARRAY_SIZE(t3_layout); k++) {
		double indent = t3_layout[k].level * TABLE_SIZE;
		if (!t3_layout[k].row) {
			r[0] = cell(_(t3_layout[k].group), 8, ALIGN_LEFT, indent);
			table_row(&t, r, 1, TROW_SHADE);
			continue;
		}
		size_t row = 0;
		while (row < n_t3_rows && strcmp(t3_rows[row].code, t3_layout[k].row))
			row++;
		if (row == n_t3_rows)
			continue;
		r[0] = cell(code_label(&t3_rows[row]), 1, ALIGN_LEFT, indent);
		for (int j = 0; j < 7; j++) {
			snprintf(num[j], sizeof(num[j]), "%lld", d->t3[row][j]);
			r[1 + j] = cell(num[j], 1, ALIGN_CENTER, 0);
		}
		table_row(&t, r, 8, !strcmp(t3_layout[k].row, "total") ? TROW_BOLD : 0);
	}
	table_end(&t, 12);
}

static void table4_national(struct rctx *c)
{
	const struct report_data *d = c->data;
	struct table t;
	table_init(&t, c, 15);
	for (int i = 0; i < 15; i++)
		t.width[i] = TEXT_W / 15;
	t.head_size = 9;
	t.head_pad = 2;
	struct thead head[19] = {
		{ 0, 0, 2, 5, code_label(&t4_rows[0]) },
		{ 0, 5, 1, 10, _("Administrative lawsuits") },
		{ 1, 5, 1, 5, _("Filed without review") },
		{ 1, 10, 1, 5, _("Filed after review") },
	};
	for (int i = 0; i < 15; i++) {
		struct thead h = { 2, i, 1, 1, code_label(&t4_cols[i % 5]) };
		head[4 + i] = h;
	}
	t.head = head;
	t.nhead = 19;
	t.head_rows = 3;
	table_begin(&t, TABLE_LEADING + 2 * TABLE_PAD);
	char num[15][24];
	struct tcell r[15];
	for (int i = 0; i < 15; i++) {
		snprintf(num[i], sizeof(num[i]), "%lld", d->t4[i / 5][i % 5]);
		r[i] = cell(num[i], 1, ALIGN_CENTER, 0);
	}
	table_row(&t, r, 15, 0);
	table_end(&t, 12);
}

static void table4_rows(struct rctx *c)
{
	const struct report_data *d = c->data;
	struct table t;
	table_init(&t, c, 6);
	t.width[0] = 142;
	for (int i = 1; i < 6; i++)
		t.width[i] = (TEXT_W - 142) / 5;
	struct thead head[6] = { { 0, 0, 1, 1, "" } };
	for (int i = 0; i < 5; i++) {
		struct thead h = { 0, 1 + i, 1, 1, code_label(&t4_cols[i]) };
		head[1 + i] = h;
	}
	t.head = head;
	t.nhead = 6;
	t.head_rows = 1;
	table_begin(&t, 3 * (TABLE_LEADING + 2 * TABLE_PAD));
	char num[5][24];
	struct tcell r[6];
	for (size_t row = 0; row < n_t4_rows && row < 3; row++) {
		r[0] = cell(code_label(&t4_rows[row]), 1, ALIGN_LEFT, 0);
		for (int j = 0; j < 5; j++) {
			snprintf(num[j], sizeof(num[j]), "%lld", d->t4[row][j]);
			r[1 + j] = cell(num[j], 1, ALIGN_CENTER, 0);
		}
		table_row(&t, r, 6, 0);
	}
	table_end(&t, 12);
}

void part_tables(struct rctx *c, void *root)
{
	part_heading(c, _("2. Proactive disclosure of government information"), root, 14 * 22, ALIGN_LEFT);
	table1(c);
	part_heading(c, _("3. Applications for government information received and handled"), root, 200, ALIGN_LEFT);
	table3(c);
	part_heading(c, _("4. Administrative reviews and lawsuits about government information disclosure"), root, 120,
		     ALIGN_LEFT);
	if (c->zh)
		table4_national(c);
	else
		table4_rows(c);
}
