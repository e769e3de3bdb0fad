/*
 * pdf_floor — the library's own floor for the report benchmark: a minimal
 * libharu program that writes PAGES A4 pages holding RUNS text-show
 * operations of GLYPHS Chinese characters in all, RULES ruled line segments
 * and RECTS filled rectangles, with the report's three embedded TrueType
 * faces through the UTF-8 encoder and the same compression.  No database, no
 * measuring, no wrapping: what any program writing that document must pay.
 *
 *   pdf_floor OUT.pdf PAGES RUNS GLYPHS RULES RECTS [SONG HEI FALLBACK]
 *
 * bench/report.sh takes the counts from the report it has just written.
 */
#include <hpdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void on_error(HPDF_STATUS e, HPDF_STATUS detail, void *ud)
{
	(void)ud;
	fprintf(stderr, "libharu error 0x%04X (%u)\n", (unsigned)e, (unsigned)detail);
	exit(2);
}

/* Common characters of the report's text, cycled through the runs. */
static const char pool[] =
	"单位评分表重点领域信息公开不公开公开及时性假公开政策解读依申请按时答复复议诉讼纠错按时报送数据逻辑总结质量"
	"专职人员宣传培训领导重视进厅办理小计折合百分制基础分评估抽查发现扣分合计加分总分等级优秀良好合格不合格名次"
	"收到时间逾期天数版本数类型镇街道部门区财政局教育卫生健康人力资源和社会保障生态环境应急管理市场监督民政住房"
	"城乡建设自然水利商务统计审计医疗退役军人事务文化旅游体育司法发展改革工业信息化交通运输农业农村科学技术政府"
	"办公室政务服务数据年度工作未在形成或变更之日起规定日内表三有行的列不等于六类申请人之和本年新收上年结转说明"
	"0123456789.-:年月日第共个条项";

static const char *next_char(const char *p, size_t *n)
{
	unsigned char c = (unsigned char)*p;
	*n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	return p;
}

int main(int argc, char **argv)
{
	if (argc != 7 && argc != 10) {
		fprintf(stderr, "usage: pdf_floor OUT.pdf PAGES RUNS GLYPHS RULES RECTS [SONG HEI FALLBACK]\n");
		return 2;
	}
	long pages = atol(argv[2]), runs = atol(argv[3]), glyphs = atol(argv[4]), rules = atol(argv[5]),
	     rects = atol(argv[6]);
	const char *fontfile[3] = { "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
				    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
				    "/usr/share/fonts/truetype/arphic/uming.ttc" };
	if (argc == 10)
		for (int i = 0; i < 3; i++)
			fontfile[i] = argv[7 + i];
	HPDF_Doc pdf = HPDF_New(on_error, NULL);
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
	HPDF_SetPagesConfiguration(pdf, 256); /* as the report: more than 8191 pages need a two-level tree */
	HPDF_UseUTFEncodings(pdf);
	HPDF_SetCurrentEncoder(pdf, "UTF-8");
	HPDF_Font font[3];
	for (int i = 0; i < 3; i++) {
		size_t n = strlen(fontfile[i]);
		const char *name = n > 4 && !strcmp(fontfile[i] + n - 4, ".ttc")
					   ? HPDF_LoadTTFontFromFile2(pdf, fontfile[i], 0, HPDF_TRUE)
					   : HPDF_LoadTTFontFromFile(pdf, fontfile[i], HPDF_TRUE);
		font[i] = HPDF_GetFont(pdf, name, "UTF-8");
	}
	const char *p = pool;
	char buf[1024];
	long runs_done = 0, glyphs_done = 0, rules_done = 0, rects_done = 0;
	for (long pg = 0; pg < pages; pg++) {
		HPDF_Page page = HPDF_AddPage(pdf);
		HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
		/* this page's share of everything */
		long r_end = runs * (pg + 1) / pages, g_end = glyphs * (pg + 1) / pages;
		long l_end = rules * (pg + 1) / pages, f_end = rects * (pg + 1) / pages;
		for (; rects_done < f_end; rects_done++) {
			HPDF_Page_SetGrayFill(page, 0.9f);
			HPDF_Page_Rectangle(page, 80, (HPDF_REAL)(100 + (rects_done % 30) * 21), 440, 21);
			HPDF_Page_Fill(page);
		}
		HPDF_Page_SetGrayFill(page, 0);
		HPDF_Page_SetLineWidth(page, 0.6f);
		for (long k = 0; rules_done < l_end; rules_done++, k++) {
			HPDF_REAL y = (HPDF_REAL)(100 + (k % 30) * 21);
			HPDF_Page_MoveTo(page, 80, y);
			HPDF_Page_LineTo(page, 520, y);
			if (k % 16 == 15 || rules_done + 1 == l_end)
				HPDF_Page_Stroke(page);
		}
		long page_runs = r_end - runs_done;
		for (long k = 0; runs_done < r_end; runs_done++, k++) {
			/* this run's glyphs: an even share of the page's */
			long want = (g_end - glyphs_done) / (page_runs - k > 0 ? page_runs - k : 1);
			if (want < 1)
				want = 1;
			size_t len = 0;
			for (long g = 0; g < want && len + 4 < sizeof(buf); g++) {
				size_t n;
				if (!*p)
					p = pool;
				next_char(p, &n);
				memcpy(buf + len, p, n);
				len += n;
				p += n;
			}
			buf[len] = '\0';
			glyphs_done += want;
			HPDF_Page_BeginText(page);
			HPDF_Page_SetFontAndSize(page, font[k % 7 == 0 ? 1 : k % 97 == 0 ? 2 : 0], 10.5f);
			HPDF_Page_TextOut(page, (HPDF_REAL)(80 + (k % 3) * 140), (HPDF_REAL)(740 - (k % 30) * 21), buf);
			HPDF_Page_EndText(page);
		}
	}
	HPDF_Outline root = HPDF_CreateOutline(pdf, NULL, "floor", NULL);
	(void)root;
	if (HPDF_SaveToFile(pdf, argv[1]) != HPDF_OK)
		return 2;
	HPDF_Free(pdf);
	return 0;
}
