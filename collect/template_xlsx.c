/*
 * template_xlsx — the workbook form of the template (workbook.md, "The
 * template"): 填报说明 written for the unit, 报送信息, 表一, 表三 and 表四 laid
 * out like the national tables (the labels, merged headers and row order of
 * the annual report), 工作数据, and 公开目录 with a category drop-down fed
 * from the hidden sheet 类别.  Every input cell carries its defined name
 * (unit, year, contact, phone, s_<code>) and a data validation; every other
 * cell is locked (sheet protection without a password).  Beside the tables
 * live checks evaluate data-logic identities 1–4 and 6 of rubric.md and turn
 * red with a short message while they fail.
 *
 * The checks' formulas are cached with the result computed here from the
 * figures written, so a reader that does not recalculate (LibreOffice
 * headless, openpyxl) sees the same as Excel.
 */
#include "collect/template.h"
#include "common/codes.h"
#include "common/msg.h"
#include "common/textin.h"
#include "common/util.h"
#include "common/xlsxout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CATALOG_ROWS = 2000 }; /* catalogue rows prepared with validation and formats */

#define WHOLE_TITLE "请填写非负整数"
#define WHOLE_MSG "这里填写件数或次数：0 或正整数，不填视为 0。"
#define AMOUNT_MSG "这里填写金额（万元）：大于或等于 0，最多两位小数，如 12.50。"

char *template_date_zh(day_t day, char *buf)
{
	int y, m, d;
	ymd_from_day(day, &y, &m, &d);
	snprintf(buf, 32, "%d年%d月%d日", y, m, d);
	return buf;
}

static int has_code(const struct strlist *l, const char *code)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->s[i], code))
			return 1;
	return 0;
}

char *template_unit_notes(const struct unit *u, const struct config *cfg)
{
	struct strbuf sb = STRBUF_INIT;
	char date[32];
	sb_addf(&sb, "单位：%s（编码 %s）\n", u->name, u->code);
	sb_addf(&sb, "年度：%d 年（统计期间 %d 年 1 月 1 日至 12 月 31 日）\n", cfg->year, cfg->year);
	sb_addf(&sb, "报送截止日期：%s。逾期按自然日计算，以第一次被接收的版本为准；截止日期前可先报送初步数据，年底后再报送更正版。\n",
		template_date_zh(cfg->deadline, date));
	sb_adds(&sb, "本单位必须公开的类别（公开目录里每类至少一条本年度发布的信息）：\n");
	struct strlist seen = { NULL, 0 };
	const struct strlist *lists[2] = { &cfg->rubric.required, &u->duties };
	for (int k = 0; k < 2; k++)
		for (size_t i = 0; i < lists[k]->n; i++) {
			const char *code = lists[k]->s[i];
			if (has_code(&seen, code))
				continue;
			seen.s = xrealloc(seen.s, (seen.n + 1) * sizeof(char *));
			seen.s[seen.n++] = (char *)code;
			const struct label *l = category_find(code);
			sb_addf(&sb, "  · %s%s\n", l ? l->zh : code, k ? "（本单位职责）" : "（每个单位都要公开）");
		}
	free(seen.s);
	const char *duty = cfg->rubric.c13_duty ? cfg->rubric.c13_duty : "approval";
	if (has_code(&u->duties, duty))
		sb_adds(&sb, "进厅办理（考核第 13 项）：适用本单位。请在“工作数据”中填写行政审批和政务服务事项总数及其中进入政务大厅集中办理的事项数。\n");
	else
		sb_adds(&sb, "进厅办理（考核第 13 项）：不适用本单位（本单位职责不含行政审批与政务服务）；“工作数据”中的两项可填 0。\n");
	return sb_detach(&sb);
}

/* ---- the figures written, for the cells and the cached checks ---- */

struct fig {
	const struct package *filled;
	struct xo_book *b;
};

static long long value_of(const struct fig *f, const char *code)
{
	if (!f->filled || !f->filled->stats)
		return 0;
	int i = stat_index(code);
	return i < 0 ? 0 : f->filled->stats[i];
}

/*
 * An input cell for code: named, holding the filled value or blank.  Counts
 * are validated by one rule over each table's block of cells (one rule per
 * cell would make every sheet several times larger); the amount gets its own.
 */
static void input(struct fig *f, struct xo_sheet *s, int row, int col, const char *code, int merged_to)
{
	int idx = stat_index(code);
	const struct statcode *sc = &stat_codes(&(size_t){ 0 })[idx];
	int st = XO_INPUT | XO_BORDER | XO_CENTER | (sc->is_amount ? XO_AMOUNT : XO_COUNT);
	if (merged_to > col)
		xo_merge(s, row, col, row, merged_to, NULL, st);
	if (f->filled)
		xo_num(s, row, col, sc->is_amount ? (double)value_of(f, code) / 100.0 : (double)value_of(f, code), st);
	else
		xo_blank(s, row, col, st);
	char name[64];
	snprintf(name, sizeof(name), "s_%s", code);
	for (char *c = name; *c; c++)
		if (*c == '.')
			*c = '_';
	xo_name_cell(f->b, name, s, row, col);
	if (sc->is_amount)
		xo_valid_amount(s, row, col, row, col, "请填写金额", AMOUNT_MSG);
}

static void counts(struct xo_sheet *s, int r1, int c1, int r2, int c2)
{
	xo_valid_whole(s, r1, c1, r2, c2, WHOLE_TITLE, WHOLE_MSG);
}

/* A live check at row, col: formula gives "" or msg; red while it fails. */
static void live_check(struct xo_sheet *s, int row, int col, const char *cond_ok, int ok, const char *msg)
{
	char cell[16], *formula = xasprintf("=IF(%s,\"\",\"%s\")", cond_ok, msg);
	xo_formula_text(s, row, col, formula, ok ? "" : msg, XO_CHECK | XO_WRAP);
	char *red = xasprintf("LEN(%s)>0", xo_cell(row, col, 0, cell));
	xo_red_when(s, row, col, row, col, red);
	free(red);
	free(formula);
}

static void title(struct xo_sheet *s, int cols, const char *text)
{
	xo_merge(s, 0, 0, 0, cols - 1, text, XO_TITLE);
	xo_height(s, 0, 24);
}

/* ---- 填报说明 ---- */

static void sheet_howto(struct fig *f, const struct unit *u, const struct config *cfg)
{
	struct xo_sheet *s = xo_sheet(f->b, "填报说明");
	xo_page(s, 0);
	xo_widths(s, 0, 0, 64, 0);
	char *headline = xasprintf("%s %d 年政府信息公开工作年度报送表 填报说明", u->name, cfg->year);
	xo_text(s, 0, 0, headline, XO_TITLE);
	free(headline);
	char *notes = template_unit_notes(u, cfg);
	int row = 2;
	char *save = NULL;
	for (char *line = strtok_r(notes, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		size_t n = utf8_len(line);
		if (n > 30)
			xo_height(s, row, 15.0 * (double)((n + 29) / 30));
		xo_text(s, row++, 0, line, XO_WRAP);
	}
	free(notes);
	row++;
	char *steps[] = {
		xstrdup("怎样填写"),
		xstrdup("1. “报送信息”：单位和年度已填好，请填写联系人和联系电话。"),
		xstrdup("2. “表一”“表三”“表四”与年度报告的三张国家统计表格式相同，“工作数据”是考核用的几项数字：只在浅黄色格子里填写，件数填 0 或正整数，空着视为 0；收费金额以万元为单位，最多两位小数。"),
		xstrdup("3. 表格旁边的“检查”格子会自动核对表内的勾稽关系（如总计等于各项之和）；出现红色提示说明数字对不上，请改正到红色消失后再报送。"),
		xasprintf("4. “公开目录”：本年度主动公开的每条信息一行，从第 2 行起填写；标题、类别、发布日期必填；类别从下拉列表中选择；日期按 %d-03-05 的样子填写（也可写 %d/3/5、%d.03.05 或 %d年3月5日）；字数为正文字数，不清楚可空着。",
			  cfg->year, cfg->year, cfg->year, cfg->year),
		xstrdup("5. 不要修改工作表名称，不要删除或移动表格里的格子；可以调整列宽。"),
		xstrdup(""),
		xstrdup("怎样报送"),
		xasprintf("把本工作簿（.xlsx）和年度工作总结（Word 文档 .docx）一起放进以本单位编码 %s 命名的文件夹报送。总结请写明主动公开、依申请公开、存在的问题和不足、下一步的措施和计划。", u->code),
		xstrdup("请用 Excel 或 WPS 保存为 .xlsx（Excel 工作簿）格式；不要另存为 .xls 或 CSV，不要给文件加密码。"),
	};
	for (size_t i = 0; i < ARRAY_SIZE(steps); i++) {
		size_t n = utf8_len(steps[i]);
		if (n > 30)
			xo_height(s, row, 15.0 * (double)((n + 29) / 30));
		xo_text(s, row++, 0, steps[i], i == 0 || i == 7 ? XO_BOLD : XO_WRAP);
		free(steps[i]);
	}
	xo_protect(s, 0);
	xo_activate(s);
}

/* ---- 报送信息 ---- */

static void sheet_submission(struct fig *f, const struct unit *u, const struct config *cfg)
{
	struct xo_sheet *s = xo_sheet(f->b, "报送信息");
	xo_page(s, 0);
	xo_widths(s, 0, 0, 14, 0);
	xo_widths(s, 1, 1, 40, 0);
	title(s, 2, "报送信息");
	const char *labels[] = { "单位编码", "单位名称", "年度", "联系人", "联系电话" };
	for (int i = 0; i < 5; i++)
		xo_text(s, 2 + i, 0, labels[i], XO_BORDER | XO_SHADE | XO_BOLD);
	xo_text(s, 2, 1, u->code, XO_BORDER);
	xo_name_cell(f->b, "unit", s, 2, 1);
	xo_text(s, 3, 1, u->name, XO_BORDER);
	xo_num(s, 4, 1, cfg->year, XO_BORDER | XO_COUNT);
	xo_name_cell(f->b, "year", s, 4, 1);
	const char *contact = f->filled && f->filled->contact ? f->filled->contact : "";
	const char *phone = f->filled && f->filled->phone ? f->filled->phone : "";
	if (*contact)
		xo_text(s, 5, 1, contact, XO_BORDER | XO_INPUT);
	else
		xo_blank(s, 5, 1, XO_BORDER | XO_INPUT);
	if (*phone)
		xo_text(s, 6, 1, phone, XO_BORDER | XO_INPUT | XO_TEXTFMT);
	else
		xo_blank(s, 6, 1, XO_BORDER | XO_INPUT | XO_TEXTFMT);
	xo_name_cell(f->b, "contact", s, 5, 1);
	xo_name_cell(f->b, "phone", s, 6, 1);
	xo_valid_length(s, 5, 1, 5, 1, 50, "联系人", "请填写填表人的姓名（50 字以内）。");
	xo_valid_length(s, 6, 1, 6, 1, 40, "联系电话", "请填写联系电话，如 0000-1234567。");
	xo_text(s, 8, 0, "单位编码、单位名称和年度已填好，不要修改。", 0);
	xo_protect(s, 0);
}

/* ---- 表一 ---- */

static void sheet_t1(struct fig *f)
{
	struct xo_sheet *s = xo_sheet(f->b, "表一");
	xo_page(s, 0);
	xo_widths(s, 0, 0, 22, 0);
	xo_widths(s, 1, 3, 16, 0);
	title(s, 4, "二、主动公开政府信息情况");
	const int H = XO_BORDER | XO_CENTER | XO_BOLD | XO_WRAP, SEC = XO_BORDER | XO_SHADE | XO_BOLD, L = XO_BORDER | XO_CENTER;
	int r = 1;
	xo_merge(s, r, 0, r, 3, "第二十条第（一）项", SEC);
	r++;
	xo_text(s, r, 0, "信息内容", H);
	xo_text(s, r, 1, "本年制发件数", H);
	xo_text(s, r, 2, "本年废止件数", H);
	xo_text(s, r, 3, "现行有效件数", H);
	r++;
	const char *kinds[2][2] = { { "规章", "rules" }, { "行政规范性文件", "normative" } };
	const char *what[3] = { "issued", "repealed", "in_force" };
	counts(s, r, 1, r + 1, 3);
	for (int k = 0; k < 2; k++, r++) {
		xo_text(s, r, 0, kinds[k][0], L);
		for (int c = 0; c < 3; c++) {
			char code[64];
			snprintf(code, sizeof(code), "t1.%s.%s", kinds[k][1], what[c]);
			input(f, s, r, 1 + c, code, 0);
		}
	}
	struct {
		const char *section, *head;
		const char *items[2][2];
		int n;
	} parts[] = {
		{ "第二十条第（五）项", "本年处理决定数量", { { "行政许可", "t1.license.decisions" } }, 1 },
		{ "第二十条第（六）项", "本年处理决定数量", { { "行政处罚", "t1.penalty.decisions" }, { "行政强制", "t1.coercion.decisions" } }, 2 },
		{ "第二十条第（八）项", "本年收费金额（单位：万元）", { { "行政事业性收费", "t1.fees.amount" } }, 1 },
	};
	for (size_t p = 0; p < ARRAY_SIZE(parts); p++) {
		xo_merge(s, r, 0, r, 3, parts[p].section, SEC);
		r++;
		xo_text(s, r, 0, "信息内容", H);
		xo_merge(s, r, 1, r, 3, parts[p].head, H);
		r++;
		for (int i = 0; i < parts[p].n; i++, r++) {
			xo_text(s, r, 0, parts[p].items[i][0], L);
			input(f, s, r, 1, parts[p].items[i][1], 3);
			if (strcmp(parts[p].items[i][1], "t1.fees.amount"))
				counts(s, r, 1, r, 1);
		}
	}
	xo_protect(s, 0);
}

/* ---- 表三 ---- */

/* Table 3's left column as in the national form: level-1 rows across A:C, 三 beside (一)–(七), (三)–(六) beside their items. */
static const struct {
	const char *row;   /* t3 row code */
	const char *group; /* the (三)–(六) group it belongs to, or NULL */
} t3_left[] = {
	{ "new", NULL }, { "carried", NULL }, { "open", NULL }, { "partial", NULL },
	{ "deny.secret", "（三）不予公开" }, { "deny.law", "（三）不予公开" }, { "deny.safety", "（三）不予公开" },
	{ "deny.third_party", "（三）不予公开" }, { "deny.internal", "（三）不予公开" }, { "deny.process", "（三）不予公开" },
	{ "deny.enforcement", "（三）不予公开" }, { "deny.query", "（三）不予公开" },
	{ "unable.no_info", "（四）无法提供" }, { "unable.need_create", "（四）无法提供" }, { "unable.unclear", "（四）无法提供" },
	{ "reject.complaint", "（五）不予处理" }, { "reject.repeat", "（五）不予处理" }, { "reject.publication", "（五）不予处理" },
	{ "reject.massive", "（五）不予处理" }, { "reject.confirm", "（五）不予处理" },
	{ "other.no_correction", "（六）其他处理" }, { "other.no_fee", "（六）其他处理" }, { "other.other", "（六）其他处理" },
	{ "total", NULL }, { "next_year", NULL },
};

static const char *t3_label(const char *row)
{
	for (size_t i = 0; i < n_t3_rows; i++)
		if (!strcmp(t3_rows[i].code, row))
			return t3_rows[i].zh;
	return row;
}

static void sheet_t3(struct fig *f)
{
	struct xo_sheet *s = xo_sheet(f->b, "表三");
	xo_page(s, 1);
	enum { FIRST = 4, DATA = 3, CHECK = 10 }; /* first data row; first data column (D); check column (K) */
	xo_widths(s, 0, 0, 6, 0);
	xo_widths(s, 1, 1, 12, 0);
	xo_widths(s, 2, 2, 40, 0);
	xo_widths(s, DATA, DATA + 6, 10, 0);
	xo_widths(s, CHECK, CHECK, 24, 0);
	title(s, 11, "三、收到和处理政府信息公开申请情况");
	const int H = XO_BORDER | XO_CENTER | XO_BOLD | XO_WRAP, L = XO_BORDER | XO_WRAP, G = XO_BORDER | XO_CENTER | XO_WRAP;
	xo_merge(s, 1, 0, 3, 2, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", H);
	xo_merge(s, 1, DATA, 1, DATA + 6, "申请人情况", H);
	xo_merge(s, 2, DATA, 3, DATA, t3_cols[0].zh, H);
	xo_merge(s, 2, DATA + 1, 2, DATA + 5, "法人或其他组织", H);
	xo_merge(s, 2, DATA + 6, 3, DATA + 6, t3_cols[6].zh, H);
	for (int c = 1; c <= 5; c++)
		xo_text(s, 3, DATA + c, t3_cols[c].zh, H);
	xo_merge(s, 1, CHECK, 3, CHECK, "检查", H);
	int n = (int)ARRAY_SIZE(t3_left);
	int last = FIRST + n - 1;
	counts(s, FIRST, DATA, last, DATA + 6);
	/* 三、本年度办理结果 beside (一)–(七): rows open … total */
	xo_merge(s, FIRST + 2, 0, FIRST + 23, 0, "三、本年度办理结果", G);
	for (int i = 0; i < n; i++) {
		int r = FIRST + i;
		const char *row = t3_left[i].row;
		if (!strcmp(row, "new") || !strcmp(row, "carried") || !strcmp(row, "next_year"))
			xo_merge(s, r, 0, r, 2, t3_label(row), L);
		else if (!t3_left[i].group)
			xo_merge(s, r, 1, r, 2, t3_label(row), L | (!strcmp(row, "total") ? XO_BOLD : 0));
		else {
			if (i == 0 || !t3_left[i - 1].group || strcmp(t3_left[i - 1].group, t3_left[i].group)) {
				int end = i;
				while (end + 1 < n && t3_left[end + 1].group && !strcmp(t3_left[end + 1].group, t3_left[i].group))
					end++;
				xo_merge(s, r, 1, FIRST + end, 1, t3_left[i].group, G);
			}
			xo_text(s, r, 2, t3_label(row), L);
			if (utf8_len(t3_label(row)) > 20)
				xo_height(s, r, 30);
		}
		long long sum = 0;
		for (int c = 0; c < 7; c++) {
			char code[64];
			snprintf(code, sizeof(code), "t3.%s.%s", row, t3_cols[c].code);
			input(f, s, r, DATA + c, code, 0);
			if (c < 6)
				sum += value_of(f, code);
		}
		/* identity 1: the 总计 column is the sum of the six others */
		char a[16], b[16], t[16], *cond;
		char total_code[64];
		snprintf(total_code, sizeof(total_code), "t3.%s.total", row);
		cond = xasprintf("%s=SUM(%s:%s)", xo_cell(r, DATA + 6, 0, t), xo_cell(r, DATA, 0, a), xo_cell(r, DATA + 5, 0, b));
		live_check(s, r, CHECK, cond, value_of(f, total_code) == sum, "总计不等于各项之和");
		free(cond);
	}
	/* identities 2 and 3, one check per column under the table */
	int r2 = last + 1, r3 = last + 2;
	xo_merge(s, r2, 0, r2, 2, "检查：（七）总计 =（一）至（六）各项之和", L | XO_BOLD);
	xo_merge(s, r3, 0, r3, 2, "检查：一 + 二 =（七）总计 + 四", L | XO_BOLD);
	for (int c = 0; c < 7; c++) {
		int col = DATA + c;
		char x[16], y[16], z[16], w[16];
		long long parts = 0;
		for (int i = 2; i < 23; i++) {
			char code[64];
			snprintf(code, sizeof(code), "t3.%s.%s", t3_left[i].row, t3_cols[c].code);
			parts += value_of(f, code);
		}
		char code[64];
		snprintf(code, sizeof(code), "t3.total.%s", t3_cols[c].code);
		long long total = value_of(f, code);
		char *cond = xasprintf("%s=SUM(%s:%s)", xo_cell(FIRST + 23, col, 0, x), xo_cell(FIRST + 2, col, 0, y),
				       xo_cell(FIRST + 22, col, 0, z));
		live_check(s, r2, col, cond, total == parts, "总计不等于各项之和");
		free(cond);
		snprintf(code, sizeof(code), "t3.new.%s", t3_cols[c].code);
		long long nw = value_of(f, code);
		snprintf(code, sizeof(code), "t3.carried.%s", t3_cols[c].code);
		long long carried = value_of(f, code);
		snprintf(code, sizeof(code), "t3.next_year.%s", t3_cols[c].code);
		long long next = value_of(f, code);
		cond = xasprintf("%s+%s=%s+%s", xo_cell(FIRST, col, 0, x), xo_cell(FIRST + 1, col, 0, y),
				 xo_cell(FIRST + 23, col, 0, z), xo_cell(FIRST + 24, col, 0, w));
		live_check(s, r3, col, cond, nw + carried == total + next, "一加二不等于（七）加四");
		free(cond);
	}
	xo_height(s, r2, 30);
	xo_height(s, r3, 30);
	xo_protect(s, 0);
}

/* ---- 表四 ---- */

static void sheet_t4(struct fig *f)
{
	struct xo_sheet *s = xo_sheet(f->b, "表四");
	xo_page(s, 1);
	xo_widths(s, 0, 14, 9, 0);
	title(s, 15, "四、政府信息公开行政复议、行政诉讼情况");
	const int H = XO_BORDER | XO_CENTER | XO_BOLD | XO_WRAP;
	xo_merge(s, 1, 0, 1, 4, "行政复议", H);
	xo_merge(s, 1, 5, 1, 14, "行政诉讼", H);
	for (int c = 0; c < 5; c++)
		xo_merge(s, 2, c, 3, c, t4_cols[c].zh, H);
	xo_merge(s, 2, 5, 2, 9, "未经复议直接起诉", H);
	xo_merge(s, 2, 10, 2, 14, "复议后起诉", H);
	for (int c = 0; c < 5; c++) {
		xo_text(s, 3, 5 + c, t4_cols[c].zh, H);
		xo_text(s, 3, 10 + c, t4_cols[c].zh, H);
	}
	xo_height(s, 2, 30);
	xo_height(s, 3, 30);
	counts(s, 4, 0, 4, 14);
	for (size_t r = 0; r < n_t4_rows; r++) {
		long long sum = 0;
		for (int c = 0; c < 5; c++) {
			char code[64];
			snprintf(code, sizeof(code), "t4.%s.%s", t4_rows[r].code, t4_cols[c].code);
			input(f, s, 4, (int)r * 5 + c, code, 0);
			if (c < 4)
				sum += value_of(f, code);
		}
		char code[64], a[16], b[16], t[16];
		snprintf(code, sizeof(code), "t4.%s.total", t4_rows[r].code);
		int c0 = (int)r * 5;
		char *cond = xasprintf("%s=SUM(%s:%s)", xo_cell(4, c0 + 4, 0, t), xo_cell(4, c0, 0, a), xo_cell(4, c0 + 3, 0, b));
		xo_merge(s, 5, c0, 5, c0 + 4, NULL, XO_CHECK);
		live_check(s, 5, c0, cond, value_of(f, code) == sum, "总计不等于结果维持、结果纠正、其他结果、尚未审结之和");
		free(cond);
	}
	xo_height(s, 5, 30);
	xo_protect(s, 0);
}

/* ---- 工作数据 ---- */

static void sheet_work(struct fig *f)
{
	struct xo_sheet *s = xo_sheet(f->b, "工作数据");
	xo_page(s, 0);
	xo_widths(s, 0, 0, 44, 0);
	xo_widths(s, 1, 1, 12, 0);
	xo_widths(s, 2, 2, 40, 0);
	title(s, 3, "工作数据（考核用）");
	xo_text(s, 1, 0, "项目", XO_BORDER | XO_CENTER | XO_BOLD);
	xo_text(s, 1, 1, "数值", XO_BORDER | XO_CENTER | XO_BOLD);
	xo_text(s, 1, 2, "检查", XO_BORDER | XO_CENTER | XO_BOLD);
	int hall_items = 0, hall_in = 0;
	counts(s, 2, 1, 1 + (int)n_work_items, 1);
	for (size_t i = 0; i < n_work_items; i++) {
		int r = 2 + (int)i;
		xo_text(s, r, 0, work_items[i].zh, XO_BORDER | XO_WRAP);
		input(f, s, r, 1, work_items[i].code, 0);
		if (!strcmp(work_items[i].code, "work.hall_items"))
			hall_items = r;
		if (!strcmp(work_items[i].code, "work.hall_in"))
			hall_in = r;
	}
	char a[16], b[16];
	char *cond = xasprintf("%s<=%s", xo_cell(hall_in, 1, 0, a), xo_cell(hall_items, 1, 0, b));
	live_check(s, hall_in, 2, cond, value_of(f, "work.hall_in") <= value_of(f, "work.hall_items"),
		   "进入大厅的事项数不能多于事项总数");
	free(cond);
	xo_protect(s, 0);
}

/* ---- 公开目录 and its list ---- */

static void sheet_catalog(struct fig *f, const struct config *cfg)
{
	struct xo_sheet *s = xo_sheet(f->b, "公开目录");
	xo_page(s, 1);
	static const char *const head[] = { "索引号", "标题", "类别", "成文日期", "发布日期", "链接", "字数" };
	static const double width[] = { 16, 48, 22, 12, 12, 30, 8 };
	static const int st[] = { XO_INPUT, XO_INPUT, XO_INPUT, XO_INPUT | XO_DATE, XO_INPUT | XO_DATE, XO_INPUT,
				  XO_INPUT | XO_COUNT };
	for (int c = 0; c < 7; c++) {
		xo_widths(s, c, c, width[c], st[c]);
		xo_text(s, 0, c, head[c], XO_BORDER | XO_SHADE | XO_BOLD | XO_CENTER);
	}
	xo_freeze(s, 1, 0);
	size_t n = f->filled ? f->filled->nrows : 0;
	int last = 1 + (int)(n > CATALOG_ROWS ? n : CATALOG_ROWS) - 1;
	xo_valid_list(s, 1, 2, last, 2, "='类别'!$A$1:$A$27", "类别", "请从下拉列表中选择公开类别。");
	xo_valid_date(s, 1, 3, last, 4, 1990, 2100, "日期", "请填写日期，如 2025-03-05。");
	xo_valid_whole(s, 1, 6, last, 6, "字数", "请填写正文字数（0 或正整数），不清楚可空着。");
	for (size_t i = 0; i < n; i++) {
		const struct cat_row *r = &f->filled->rows[i];
		int row = 1 + (int)i;
		const struct package *p = f->filled;
		xo_text(s, row, 0, row_text(p, r->index_no), XO_INPUT);
		xo_text(s, row, 1, row_text(p, r->title), XO_INPUT);
		const struct label *cat = category_find(row_text(p, r->category));
		xo_text(s, row, 2, cat ? cat->zh : row_text(p, r->category), XO_INPUT);
		/* Excel's 1900 date system: 1970-01-01 is serial 25569 */
		if (r->has_formed)
			xo_num(s, row, 3, r->formed_on + 25569, XO_INPUT | XO_DATE);
		xo_num(s, row, 4, r->published_on + 25569, XO_INPUT | XO_DATE);
		if (*row_text(p, r->url))
			xo_text(s, row, 5, row_text(p, r->url), XO_INPUT);
		if (r->has_chars)
			xo_num(s, row, 6, (double)r->chars, XO_INPUT | XO_COUNT);
	}
	(void)cfg;
	xo_protect(s, 1);

	struct xo_sheet *list = xo_sheet(f->b, "类别");
	for (size_t i = 0; i < n_categories; i++)
		xo_text(list, (int)i, 0, categories[i].zh, 0);
	xo_hide(list);
	xo_protect(list, 0);
}

int template_workbook(const char *path, const struct unit *u, const struct config *cfg, const struct package *filled)
{
	struct fig f = { filled, xo_new(path, NULL) };
	if (!f.b)
		return -1;
	sheet_howto(&f, u, cfg);
	sheet_submission(&f, u, cfg);
	sheet_t1(&f);
	sheet_t3(&f);
	sheet_t4(&f);
	sheet_work(&f);
	sheet_catalog(&f, cfg);
	return xo_close(f.b);
}

int template_workbook_of(const char *path, const char *dir, const struct config *cfg, const struct roster *roster,
			 struct diags *d, time_t *received)
{
	char *copy = xstrdup(dir);
	size_t len = strlen(copy);
	while (len > 1 && copy[len - 1] == '/')
		copy[--len] = '\0';
	const char *slash = strrchr(copy, '/');
	const char *code = slash ? slash + 1 : copy;
	int ui = roster_find(roster, code);
	int rc = -1;
	if (ui < 0) {
		diag_err(d, dir, 0, NULL, _("\"%s\" is not a unit code in the roster %s"), code, cfg->roster);
		free(copy);
		return -1;
	}
	struct package p;
	if (package_load(&p, dir, dir, code, NULL, d) == 0 && package_validate(&p, dir, cfg, roster, d) == 0 &&
	    template_workbook(path, &roster->u[ui], cfg, &p) == 0) {
		*received = p.received;
		rc = 0;
	}
	package_release(&p); /* whatever package_load() got to */
	free(copy);
	return rc;
}
