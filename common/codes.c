/*
 * codes — tables of the national form (input.md) and lookup; see codes.h.
 */
#include "common/codes.h"
#include "common/msg.h"
#include "common/util.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const struct label t1_items[] = {
	{ "t1.rules.issued", "规章：本年制发件数", "Rules: issued this year" },
	{ "t1.rules.repealed", "规章：本年废止件数", "Rules: repealed this year" },
	{ "t1.rules.in_force", "规章：现行有效件数", "Rules: in force" },
	{ "t1.normative.issued", "行政规范性文件：本年制发件数", "Normative documents: issued this year" },
	{ "t1.normative.repealed", "行政规范性文件：本年废止件数", "Normative documents: repealed this year" },
	{ "t1.normative.in_force", "行政规范性文件：现行有效件数", "Normative documents: in force" },
	{ "t1.license.decisions", "行政许可：本年处理决定数量", "Administrative licensing: decisions this year" },
	{ "t1.penalty.decisions", "行政处罚：本年处理决定数量", "Administrative penalties: decisions this year" },
	{ "t1.coercion.decisions", "行政强制：本年处理决定数量", "Administrative coercion: decisions this year" },
	{ "t1.fees.amount", "行政事业性收费：本年收费金额（万元）", "Administrative fees: amount this year (10,000 yuan)" },
};
const size_t n_t1_items = ARRAY_SIZE(t1_items);

const struct label t3_rows[] = {
	{ "new", "一、本年新收政府信息公开申请数量", "1. New applications received this year" },
	{ "carried", "二、上年结转政府信息公开申请数量", "2. Applications carried over from last year" },
	{ "open", "（一）予以公开", "(1) Disclosed" },
	{ "partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "(2) Partly disclosed (count only here)" },
	{ "deny.secret", "1．属于国家秘密", "1. State secret" },
	{ "deny.law", "2．其他法律行政法规禁止公开", "2. Prohibited by other laws and regulations" },
	{ "deny.safety", "3．危及“三安全一稳定”", "3. Endangers security or stability" },
	{ "deny.third_party", "4．保护第三方合法权益", "4. Protects third parties' rights" },
	{ "deny.internal", "5．属于三类内部事务信息", "5. Internal affairs" },
	{ "deny.process", "6．属于四类过程性信息", "6. Process information" },
	{ "deny.enforcement", "7．属于行政执法案卷", "7. Law-enforcement case files" },
	{ "deny.query", "8．属于行政查询事项", "8. Administrative enquiry matters" },
	{ "unable.no_info", "1．本机关不掌握相关政府信息", "1. The agency does not hold the information" },
	{ "unable.need_create", "2．没有现成信息需要另行制作", "2. Would have to be newly produced" },
	{ "unable.unclear", "3．补正后申请内容仍不明确", "3. Still unclear after correction" },
	{ "reject.complaint", "1．信访举报投诉类申请", "1. Petitions, reports and complaints" },
	{ "reject.repeat", "2．重复申请", "2. Repeated applications" },
	{ "reject.publication", "3．要求提供公开出版物", "3. Requests for published material" },
	{ "reject.massive", "4．无正当理由大量反复申请", "4. Mass repeated applications without good reason" },
	{ "reject.confirm", "5．要求行政机关确认或重新出具已获取信息", "5. Requests to confirm or reissue information already obtained" },
	{ "other.no_correction", "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1. Not corrected in time; no longer processed" },
	{ "other.no_fee", "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2. Fee not paid in time; no longer processed" },
	{ "other.other", "3．其他", "3. Other" },
	{ "total", "（七）总计", "(7) Total" },
	{ "next_year", "四、结转下年度继续办理", "4. Carried over to next year" },
};
const size_t n_t3_rows = ARRAY_SIZE(t3_rows);

const struct label t3_cols[] = {
	{ "natural", "自然人", "Natural persons" },
	{ "business", "商业企业", "Businesses" },
	{ "research", "科研机构", "Research institutions" },
	{ "public_interest", "社会公益组织", "Public-interest organisations" },
	{ "legal", "法律服务机构", "Legal service institutions" },
	{ "org_other", "其他", "Other" },
	{ "total", "总计", "Total" },
};
const size_t n_t3_cols = ARRAY_SIZE(t3_cols);

const struct label t4_rows[] = {
	{ "review", "行政复议", "Administrative review" },
	{ "suit_direct", "行政诉讼（未经复议直接起诉）", "Lawsuit, filed directly" },
	{ "suit_after", "行政诉讼（复议后起诉）", "Lawsuit, filed after review" },
};
const size_t n_t4_rows = ARRAY_SIZE(t4_rows);

const struct label t4_cols[] = {
	{ "upheld", "结果维持", "Upheld" },
	{ "corrected", "结果纠正", "Corrected" },
	{ "other", "其他结果", "Other result" },
	{ "pending", "尚未审结", "Pending" },
	{ "total", "总计", "Total" },
};
const size_t n_t4_cols = ARRAY_SIZE(t4_cols);

const struct label work_items[] = {
	{ "work.staff", "政务公开专职工作人员数", "Full-time disclosure staff" },
	{ "work.training", "本年组织政务公开培训次数", "Disclosure training sessions this year" },
	{ "work.leader_meetings", "主要负责同志专题研究政务公开工作次数", "Meetings on disclosure chaired by the head" },
	{ "work.apply_overdue", "依申请公开超过法定期限答复件数", "Applications answered after the legal time limit" },
	{ "work.hall_items", "本单位行政审批和政务服务事项总数", "Approval and service items of the unit" },
	{ "work.hall_in", "其中进入政务大厅集中办理的事项数", "Of which handled in the service hall" },
};
const size_t n_work_items = ARRAY_SIZE(work_items);

const struct label categories[] = {
	{ "guide", "政府信息公开指南", "Disclosure guide" },
	{ "budget", "部门预算", "Budget" },
	{ "final", "部门决算", "Final accounts" },
	{ "sangong", "三公经费预决算", "\"Three public expenses\" budget and accounts" },
	{ "power", "行政权力清单", "List of administrative powers" },
	{ "audit", "审计信息", "Audit" },
	{ "price", "价格和收费", "Prices and fees" },
	{ "land", "征地信息", "Land acquisition" },
	{ "housing", "房屋征收、保障性住房与棚户区改造", "Housing expropriation and social housing" },
	{ "procurement", "政府采购", "Government procurement" },
	{ "bidding", "工程建设项目招投标", "Construction project bidding" },
	{ "penalty", "行政处罚案件", "Administrative penalty cases" },
	{ "emergency", "突发事件应急预案与预警", "Emergency plans and warnings" },
	{ "environment", "环境保护监督检查", "Environmental inspections" },
	{ "safety", "安全生产监督检查", "Work-safety inspections" },
	{ "quality", "产品质量监督检查", "Product-quality inspections" },
	{ "socialorg", "社会组织与中介机构", "Social organisations and intermediaries" },
	{ "education", "学校招生与财务", "School admissions and finance" },
	{ "health", "医疗卫生", "Health care" },
	{ "employment", "就业", "Employment" },
	{ "insurance", "社会保险", "Social insurance" },
	{ "assistance", "低保与社会救助", "Subsistence allowance and social assistance" },
	{ "proposals", "人大代表建议和政协提案办理结果", "Replies to deputies' suggestions and CPPCC proposals" },
	{ "approval", "行政审批与政务服务", "Administrative approval and government services" },
	{ "normative", "行政规范性文件", "Normative documents" },
	{ "interpret", "政策解读", "Policy interpretation" },
	{ "other", "其他", "Other" },
};
const size_t n_categories = ARRAY_SIZE(categories);

static struct statcode *codes;
static size_t ncodes;
static int *sorted; /* indexes into codes, sorted by code */

static void add(const char *code, enum stat_table t, int row, int col, const char *zh)
{
	struct statcode *c = &codes[ncodes++];
	snprintf(c->code, sizeof(c->code), "%s", code);
	c->table = t;
	c->row = row;
	c->col = col;
	c->is_amount = !strcmp(code, "t1.fees.amount");
	snprintf(c->zh, sizeof(c->zh), "%s", zh);
}

static int by_code(const void *a, const void *b)
{
	return strcmp(codes[*(const int *)a].code, codes[*(const int *)b].code);
}

static void build(void)
{
	size_t total = n_t1_items + n_t3_rows * n_t3_cols + n_t4_rows * n_t4_cols + n_work_items;
	codes = xcalloc(total, sizeof(*codes));
	char code[64], zh[256];
	for (size_t i = 0; i < n_t1_items; i++)
		add(t1_items[i].code, T1, (int)i, 0, t1_items[i].zh);
	for (size_t r = 0; r < n_t3_rows; r++)
		for (size_t c = 0; c < n_t3_cols; c++) {
			snprintf(code, sizeof(code), "t3.%s.%s", t3_rows[r].code, t3_cols[c].code);
			snprintf(zh, sizeof(zh), "表三 %s｜%s", t3_rows[r].zh, t3_cols[c].zh);
			add(code, T3, (int)r, (int)c, zh);
		}
	for (size_t r = 0; r < n_t4_rows; r++)
		for (size_t c = 0; c < n_t4_cols; c++) {
			snprintf(code, sizeof(code), "t4.%s.%s", t4_rows[r].code, t4_cols[c].code);
			snprintf(zh, sizeof(zh), "表四 %s｜%s", t4_rows[r].zh, t4_cols[c].zh);
			add(code, T4, (int)r, (int)c, zh);
		}
	for (size_t i = 0; i < n_work_items; i++)
		add(work_items[i].code, TWORK, (int)i, 0, work_items[i].zh);
	sorted = xcalloc(ncodes, sizeof(int));
	for (size_t i = 0; i < ncodes; i++)
		sorted[i] = (int)i;
	qsort(sorted, ncodes, sizeof(int), by_code);
}

const struct statcode *stat_codes(size_t *n)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT; /* collect's reading threads share the table */
	pthread_once(&once, build);
	*n = ncodes;
	return codes;
}

int stat_index(const char *code)
{
	size_t n;
	stat_codes(&n);
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(codes[sorted[mid]].code, code);
		if (!c)
			return sorted[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

const struct label *category_find(const char *s)
{
	for (size_t i = 0; i < n_categories; i++) /* the usual case first: the code as written in the table */
		if (!strcmp(s, categories[i].code))
			return &categories[i];
	for (size_t i = 0; i < n_categories; i++)
		if (!strcasecmp(s, categories[i].code) || !strcmp(s, categories[i].zh))
			return &categories[i];
	return NULL;
}

const char *code_label(const struct label *l)
{
	return strcmp(msg_language(), "en") ? l->zh : l->en;
}
