/*
 * gen_province — writes a province-size district for the benchmarks:
 *
 *     gen_province DIR [UNITS [ROWS [SUMMARY_CHARS]]]     (defaults 10000 100 1500)
 *
 * DIR gets config.ini, units.csv, an empty findings.csv and inbox/<code>/
 * with a valid package per unit: all 206 stats codes, ROWS catalogue rows
 * (a few late, a few sham, some duplicates), and a summary of about
 * SUMMARY_CHARS Chinese characters built from a pool of sentences, with one
 * unit in fifty copying another's summary.  File times are set to a day
 * before the deadline.  Deterministic: the same arguments give the same files.
 */
#include "common/codes.h"
#include "common/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <utime.h>

static unsigned long long rng = 88172645463325252ULL;
static unsigned next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 11);
}

static const char *const words[] = {
	"政府信息公开", "主动公开", "依申请公开", "政策解读", "工作机制", "规范化", "标准化", "政务服务",
	"网站建设", "信息发布", "督促检查", "培训", "考核", "群众关切", "回应", "重点领域", "财政预决算",
	"行政权力", "公开目录", "办理质量", "答复期限", "存在问题", "不足之处", "下一步", "工作计划",
	"整改措施", "基层政务", "公开平台", "数据开放", "新闻发布", "意见征集", "民生事项", "保障措施",
};

static void sentence(struct strbuf *sb)
{
	sb_adds(sb, "本单位");
	int n = 3 + (int)(next() % 4);
	for (int i = 0; i < n; i++) {
		sb_adds(sb, words[next() % ARRAY_SIZE(words)]);
		sb_adds(sb, i + 1 < n ? "和" : "");
	}
	static const char *const ends[] = { "取得了明显成效。", "得到进一步加强。", "仍需持续改进。",
					    "按计划推进落实。" };
	sb_adds(sb, ends[next() % ARRAY_SIZE(ends)]);
}

static FILE *open_in(const char *dir, const char *name)
{
	char *path = path_join(dir, name);
	FILE *f = fopen(path, "w");
	if (!f) {
		perror(path);
		exit(2);
	}
	free(path);
	return f;
}

static void set_time(const char *dir, const char *name, time_t t)
{
	char *path = path_join(dir, name);
	struct utimbuf u = { t, t };
	utime(path, &u);
	free(path);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: gen_province DIR [UNITS [ROWS [SUMMARY_CHARS]]]\n");
		return 2;
	}
	const char *root = argv[1];
	long units = argc > 2 ? atol(argv[2]) : 10000, rows = argc > 3 ? atol(argv[3]) : 100;
	long chars = argc > 4 ? atol(argv[4]) : 1500;
	char *inbox = path_join(root, "inbox");
	if ((mkdir(root, 0777) < 0 && errno != EEXIST) || (mkdir(inbox, 0777) < 0 && errno != EEXIST)) {
		perror(root);
		return 2;
	}
	FILE *f = open_in(root, "config.ini");
	fputs("[district]\nname = 基准省\noffice = 基准省人民政府办公厅\nyear = 2025\n"
	      "[paths]\nroster = units.csv\ninbox = inbox\nfindings = findings.csv\ndatabase = gongkai.db\n"
	      "report = report.pdf\nexport = scores.csv\n[collect]\ndeadline = 2025-11-20\n"
	      "[calendar]\nholidays = 2025-01-01, 2025-01-28..2025-02-04, 2025-04-04..2025-04-06, "
	      "2025-05-01..2025-05-05, 2025-05-31..2025-06-02, 2025-10-01..2025-10-08\n"
	      "workdays = 2025-01-26, 2025-02-08, 2025-04-27, 2025-09-28, 2025-10-11\n", f);
	fclose(f);
	f = open_in(root, "findings.csv");
	fputs("unit,kind,points,description,evidence\n", f);
	fclose(f);
	static const char *const duties[] = { "power", "power;approval", "land;assistance", "assistance",
					      "power;normative;interpret", "housing;approval", "" };
	f = open_in(root, "units.csv");
	fputs("code,name,type,duties\n", f);
	for (long u = 0; u < units; u++) {
		const char *type = u % 3 == 0 ? "town" : u % 3 == 1 ? "street" : "dept";
		fprintf(f, "u%05ld,第%ld%s,%s,\"%s\"\n", u, u, u % 3 == 0 ? "镇人民政府" : u % 3 == 1 ? "街道办事处" : "局",
			type, duties[u % ARRAY_SIZE(duties)]);
	}
	fclose(f);

	size_t ncodes;
	const struct statcode *codes = stat_codes(&ncodes);
	static const char *const cats[] = { "guide", "budget", "final", "sangong", "power", "land", "assistance",
					    "housing", "approval", "normative", "interpret", "other", "procurement" };
	struct strbuf prev_summary = STRBUF_INIT;
	struct tm tm = { .tm_year = 125, .tm_mon = 10, .tm_mday = 18, .tm_hour = 10 };
	time_t received = mktime(&tm);
	for (long u = 0; u < units; u++) {
		char code[24];
		snprintf(code, sizeof(code), "u%05ld", u);
		char *dir = path_join(inbox, code);
		mkdir(dir, 0777);
		f = open_in(dir, "submission.ini");
		fprintf(f, "[submission]\nunit = %s\nyear = 2025\ncontact = 张三\nphone = 0431-8000%04ld\n", code, u % 10000);
		fclose(f);
		f = open_in(dir, "stats.csv");
		fputs("code,item,value\n", f);
		for (size_t i = 0; i < ncodes; i++)
			fprintf(f, "%s,%s,%u\n", codes[i].code, codes[i].zh, codes[i].table == T3 ? next() % 20 : next() % 5);
		fclose(f);
		f = open_in(dir, "catalog.csv");
		fputs("index_no,title,category,formed_on,published_on,url,chars\n", f);
		for (long r = 0; r < rows; r++) {
			int m = 1 + (int)(r % 11), d = 1 + (int)(next() % 20), lag = (int)(next() % 40);
			const char *cat = cats[r < 4 ? r : (long)(next() % ARRAY_SIZE(cats))];
			fprintf(f, "%s-2025-%04ld,%s关于%s的第%ld号公告,%s,2025-%02d-%02d,2025-%02d-%02d,http://gov.example.cn/%s/%ld.html,%u\n",
				code, r, code, words[next() % ARRAY_SIZE(words)], r % 90, cat, m, d, m + (d + lag > 28),
				(d + lag - 1) % 28 + 1, code, r, 40 + next() % 2000);
		}
		fclose(f);
		struct strbuf sb = STRBUF_INIT;
		if (u % 50 == 49 && prev_summary.len) {
			sb_add(&sb, prev_summary.buf, prev_summary.len);
		} else {
			sb_addf(&sb, "%s二〇二五年政府信息公开工作总结\n", code);
			while (sb.len / 3 < (size_t)chars) /* CJK: 3 bytes a character */
				sentence(&sb);
		}
		f = open_in(dir, "summary.txt");
		fwrite(sb.buf, 1, sb.len, f);
		fclose(f);
		sb_reset(&prev_summary);
		sb_add(&prev_summary, sb.buf, sb.len);
		sb_release(&sb);
		static const char *const files[] = { "submission.ini", "stats.csv", "catalog.csv", "summary.txt" };
		for (size_t i = 0; i < ARRAY_SIZE(files); i++)
			set_time(dir, files[i], received + u % 3600);
		free(dir);
	}
	sb_release(&prev_summary);
	free(inbox);
	return 0;
}
