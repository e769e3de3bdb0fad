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
#include "common/textin.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
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

/*
 * Table 3's rows in the form's order.  The left of the table is three label
 * columns, as in the national form: 一、二、四 span all three; beside rows
 * （一）–（七） the merged cell 三、本年度办理结果; （一）（二）（七） span the other
 * two; （三）–（六） are merged cells beside their numbered items.
 */
static const struct {
	const char *row;    /* a t3 row code, or NULL for a group */
	const char *group;  /* N_() label of a group: a cell spanning the rows that follow */
	int rows;           /* rows the group spans */
	int col, colspan;   /* label columns: 0 outer, 1 group, 2 item */
} t3_layout[] = {
	{ "new", NULL, 0, 0, 3 },
	{ "carried", NULL, 0, 0, 3 },
	{ NULL, N_("3. Results this year"), 22, 0, 1 },
	{ "open", NULL, 0, 1, 2 },
	{ "partial", NULL, 0, 1, 2 },
	{ NULL, N_("(3) Not disclosed"), 8, 1, 1 },
	{ "deny.secret", NULL, 0, 2, 1 },
	{ "deny.law", NULL, 0, 2, 1 },
	{ "deny.safety", NULL, 0, 2, 1 },
	{ "deny.third_party", NULL, 0, 2, 1 },
	{ "deny.internal", NULL, 0, 2, 1 },
	{ "deny.process", NULL, 0, 2, 1 },
	{ "deny.enforcement", NULL, 0, 2, 1 },
	{ "deny.query", NULL, 0, 2, 1 },
	{ NULL, N_("(4) Cannot be provided"), 3, 1, 1 },
	{ "unable.no_info", NULL, 0, 2, 1 },
	{ "unable.need_create", NULL, 0, 2, 1 },
	{ "unable.unclear", NULL, 0, 2, 1 },
	{ NULL, N_("(5) Not processed"), 5, 1, 1 },
	{ "reject.complaint", NULL, 0, 2, 1 },
	{ "reject.repeat", NULL, 0, 2, 1 },
	{ "reject.publication", NULL, 0, 2, 1 },
	{ "reject.massive", NULL, 0, 2, 1 },
	{ "reject.confirm", NULL, 0, 2, 1 },
	{ NULL, N_("(6) Other handling"), 3, 1, 1 },
	{ "other.no_correction", NULL, 0, 2, 1 },
	{ "other.no_fee", NULL, 0, 2, 1 },
	{ "other.other", NULL, 0, 2, 1 },
	{ "total", NULL, 0, 1, 2 },
	{ "next_year", NULL, 0, 0, 3 },
};

/* "三、本年度办理结果" one character a line, closing punctuation kept with the character before it (owned by the caller). */
static char *vertical(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = s;
	while (*p) {
		const char *start = p;
		unsigned cp = utf8_next(&p);
		int closing = cp == 0x3001 || cp == 0xFF0C || cp == 0x3002 || cp == 0xFF09 || cp == 0xFF1A;
		if (sb.len && !closing)
			sb_addc(&sb, '\n');
		sb_add(&sb, start, (size_t)(p - start));
	}
	return sb.len ? sb_detach(&sb) : xstrdup(s);
}

/* "（三）不予公开" as "（三）" over "不予公开" (owned by the caller). */
static char *number_apart(const char *s)
{
	const char *close = strstr(s, "）");
	if (strncmp(s, "（", strlen("（")) || !close || !close[strlen("）")])
		return xstrdup(s);
	size_t n = (size_t)(close - s) + strlen("）");
	return xasprintf("%.*s\n%s", (int)n, s, s + n);
}

static int t3_row(const char *code)
{
	for (size_t i = 0; i < n_t3_rows; i++)
		if (!strcmp(t3_rows[i].code, code))
			return (int)i;
	return -1;
}

static void table3(struct rctx *c)
{
	const struct report_data *d = c->data;
	struct table t;
	/* label columns: Chinese 3 as in the national form; English words need the width, so 三 is a row above
	   its items there and the label columns are (三)–(六) and the items */
	const int L = c->zh ? 3 : 2;
	table_init(&t, c, L + 7);
	/* 41 pt columns hold four 9 pt characters a line: 商业企业, 社会公益 / 组织 */
	for (int i = L; i < L + 7; i++)
		t.width[i] = 41;
	if (c->zh) {
		t.width[0] = 29; /* 三、 / 本 / 年 / 度 … one character a line */
		t.width[1] = 50; /* （三） / 不予公开 */
	} else {
		t.width[0] = 60;
	}
	double used = 0;
	for (int i = 0; i < L + 7; i++)
		used += t.width[i];
	t.width[L - 1] = TEXT_W - used;
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
		{ 0, 0, 3, L, _("(In this column: item 1 plus item 2 equals item 3 plus item 4)") },
		{ 0, L, 1, 7, _("Applicants") },
		{ 1, L, 2, 1, col[0] },
		{ 1, L + 1, 1, 5, _("Legal persons or other organisations") },
		{ 1, L + 6, 2, 1, col[6] },
		{ 2, L + 1, 1, 1, col[1] },
		{ 2, L + 2, 1, 1, col[2] },
		{ 2, L + 3, 1, 1, col[3] },
		{ 2, L + 4, 1, 1, col[4] },
		{ 2, L + 5, 1, 1, col[5] },
	};
	t.head = head;
	t.nhead = (int)ARRAY_SIZE(head);
	t.head_rows = 3;
	table_begin(&t, 4 * (TABLE_LEADING + 2 * TABLE_PAD));
	char num[7][24];
	struct tcell r[8];
	struct vec groups = VEC_INIT; /* the groups' texts, kept until table_end() has drawn them */
	for (size_t k = 0; k < ARRAY_SIZE(t3_layout); k++) {
		int lc = t3_layout[k].col, ls = t3_layout[k].colspan;
		if (!c->zh) { /* the outer column is not there */
			if (lc == 0)
				ls--;
			else
				lc--;
		}
		if (!t3_layout[k].row) {
			const char *g = _(t3_layout[k].group);
			if (!c->zh && t3_layout[k].col == 0) {
				r[0] = cell(g, L + 7, ALIGN_LEFT, 0);
				table_row(&t, r, 1, TROW_SHADE);
				continue;
			}
			char *text = !c->zh ? xstrdup(g) : t3_layout[k].col == 0 ? vertical(g) : number_apart(g);
			vec_push(&groups, text);
			table_span(&t, lc, 1, t3_layout[k].rows, text, c->zh ? ALIGN_CENTER : ALIGN_LEFT, 0);
			continue;
		}
		int row = t3_row(t3_layout[k].row);
		if (row < 0)
			continue;
		r[0] = cell(code_label(&t3_rows[row]), ls, ALIGN_LEFT, 0);
		for (int j = 0; j < 7; j++) {
			snprintf(num[j], sizeof(num[j]), "%lld", d->t3[row][j]);
			r[1 + j] = cell(num[j], 1, ALIGN_CENTER, 0);
		}
		table_row(&t, r, 8, !strcmp(t3_layout[k].row, "total") ? TROW_BOLD : 0);
	}
	table_end(&t, 12);
	vec_release(&groups, free);
}

/*
 * The note under Table 3 when the district's sums break the table's own
 * identities (the same three C08 checks each unit's figures: every row's
 * total is its six columns; （七）总计 is （一）–（六）; 一 + 二 = 三 + 四).  Sums of
 * consistent tables are consistent, so a broken sum means some unit's
 * figures are broken: section 五 names them.
 */
static void table3_note(struct rctx *c)
{
	const struct report_data *d = c->data;
	const int total = t3_row("total"), next = t3_row("next_year"), tcol = 6;
	struct strbuf what = STRBUF_INIT;
	int rows = 0, first_row = -1;
	for (int i = 0; i < 25; i++) {
		long long sum = 0;
		for (int j = 0; j < 6; j++)
			sum += d->t3[i][j];
		if (sum != d->t3[i][tcol] && rows++ == 0)
			first_row = i;
	}
	if (rows) {
		sb_addf(&what, ngettext("in %d row the total is not the sum of the six columns (row \"%s\": %lld, the columns "
					"add up to %lld)",
					"in %d rows the total is not the sum of the six columns (row \"%s\": %lld, the columns "
					"add up to %lld)",
					(unsigned long)rows),
			rows, code_label(&t3_rows[first_row]), d->t3[first_row][tcol],
			d->t3[first_row][0] + d->t3[first_row][1] + d->t3[first_row][2] + d->t3[first_row][3] +
				d->t3[first_row][4] + d->t3[first_row][5]);
	}
	int cols = 0, first_col = -1;
	long long first_sum = 0;
	for (int j = 0; j < 7; j++) {
		long long sum = 0;
		for (int i = 2; i < total; i++)
			sum += d->t3[i][j];
		if (sum != d->t3[total][j] && cols++ == 0) {
			first_col = j;
			first_sum = sum;
		}
	}
	if (cols) {
		if (what.len)
			sb_adds(&what, _("; "));
		sb_addf(&what, ngettext("in %d column the total (7) is not the sum of items (1) to (6) (column \"%s\": %lld, "
					"the items add up to %lld)",
					"in %d columns the total (7) is not the sum of items (1) to (6) (column \"%s\": %lld, "
					"the items add up to %lld)",
					(unsigned long)cols),
			cols, code_label(&t3_cols[first_col]), d->t3[total][first_col], first_sum);
	}
	int bal = 0, first_bal = -1;
	for (int j = 0; j < 7; j++)
		if (d->t3[0][j] + d->t3[1][j] != d->t3[total][j] + d->t3[next][j] && bal++ == 0)
			first_bal = j;
	if (bal) {
		if (what.len)
			sb_adds(&what, _("; "));
		int j = first_bal;
		sb_addf(&what, ngettext("in %d column item 1 plus item 2 is not item 3 plus item 4 (column \"%s\": %lld + %lld = "
					"%lld, but %lld + %lld = %lld)",
					"in %d columns item 1 plus item 2 is not item 3 plus item 4 (column \"%s\": %lld + %lld = "
					"%lld, but %lld + %lld = %lld)",
					(unsigned long)bal),
			bal, code_label(&t3_cols[j]), d->t3[0][j], d->t3[1][j], d->t3[0][j] + d->t3[1][j], d->t3[total][j],
			d->t3[next][j], d->t3[total][j] + d->t3[next][j]);
	}
	if (what.len) {
		char *note = xasprintf(_("Note: the table adds up the figures the units reported, and the sums do not agree with "
					 "each other: %s. The sums are exact; the figures of some units are not consistent, and "
					 "section 5 (main problems and their correction) names those units."),
				       sb_str(&what));
		pdf_paragraph(c->pdf, FACE_SONG, 12, 20, c->zh ? 24 : 0, c->zh ? ALIGN_JUSTIFY : ALIGN_LEFT, note);
		pdf_set_y(c->pdf, pdf_y(c->pdf) - 10);
		free(note);
	}
	sb_release(&what);
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
	table3_note(c);
	part_heading(c, _("4. Administrative reviews and lawsuits about government information disclosure"), root, 120,
		     ALIGN_LEFT);
	if (c->zh)
		table4_national(c);
	else
		table4_rows(c);
}
