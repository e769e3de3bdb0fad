/*
 * score_summaries — gives a generated province realistic year-end summaries
 * for the `score` benchmark (bench/score.sh, bench/README.md).
 *
 *     score_summaries INBOX [CHARS [COPY_EVERY]]      (defaults 1500 50)
 *
 * Rewrites INBOX/<code>/summary.txt of every package folder, keeping the
 * file's modification time (so received times and days late do not change).
 * Each summary is about CHARS Chinese characters: sentences that mix the
 * stock phrases every summary uses (主动公开, 依申请公开, 存在问题, 下一步
 * 计划 …) with the unit's own matter (random characters from the 3,500 most
 * common, numbers, months), so that two unrelated summaries share a tenth or
 * so of their character 3-grams, as real ones do.  Every COPY_EVERY-th unit
 * copies an earlier unit's summary with a few characters changed (a copied
 * pair for C09).  Deterministic: same arguments, same files.
 *
 * Why not only gen_province's summaries: they are built from a few dozen
 * stock words, so every summary shares most of its 3-grams with every other
 * (the boilerplate-only worst case for copy detection, which bench/score.sh
 * measures too); real summaries also carry each unit's own matter.
 */
#include "common/util.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

static unsigned long long rng = 0x2545F4914F6CDD1DULL;
static unsigned next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 11);
}

static const char *const stock[] = {
	"政府信息公开", "主动公开", "依申请公开", "政策解读", "工作机制", "规范化建设", "标准化", "政务服务",
	"网站建设", "信息发布", "督促检查", "业务培训", "年度考核", "回应群众关切", "重点领域信息", "财政预决算",
	"行政权力清单", "公开目录", "办理质量", "答复期限", "存在的问题", "不足之处", "下一步", "工作计划",
	"整改措施", "基层政务公开", "政府网站", "数据开放", "新闻发布会", "意见征集", "民生事项", "保障措施",
};

static void put_cp(struct strbuf *sb, unsigned cp)
{
	char b[3] = { (char)(0xE0 | (cp >> 12)), (char)(0x80 | ((cp >> 6) & 0x3F)), (char)(0x80 | (cp & 0x3F)) };
	sb_add(sb, b, 3);
}

/* One sentence: a stock phrase, the unit's own matter, a number, another stock phrase. */
static void sentence(struct strbuf *sb)
{
	sb_addf(sb, "%d月，", 1 + (int)(next() % 12));
	sb_adds(sb, stock[next() % ARRAY_SIZE(stock)]);
	int own = 6 + (int)(next() % 14);
	for (int i = 0; i < own; i++)
		put_cp(sb, 0x4E00 + next() % 3500); /* the unit's own words */
	sb_addf(sb, "，涉及%u项，", 10 + next() % 990);
	sb_adds(sb, stock[next() % ARRAY_SIZE(stock)]);
	sb_adds(sb, next() % 2 ? "取得明显成效。" : "仍需持续改进。");
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: score_summaries INBOX [CHARS [COPY_EVERY]]\n");
		return 2;
	}
	const char *inbox = argv[1];
	size_t chars = argc > 2 ? (size_t)atol(argv[2]) : 1500;
	long every = argc > 3 ? atol(argv[3]) : 50;
	DIR *d = opendir(inbox);
	if (!d) {
		perror(inbox);
		return 2;
	}
	struct vec names = VEC_INIT;
	for (struct dirent *e; (e = readdir(d));)
		if (e->d_name[0] != '.')
			vec_push(&names, xstrdup(e->d_name));
	closedir(d);
	qsort(names.item, names.n, sizeof(char *), cmp_str);
	char **texts = xcalloc(names.n ? names.n : 1, sizeof(char *));
	size_t copies = 0;
	for (size_t i = 0; i < names.n; i++) {
		struct strbuf sb = STRBUF_INIT;
		if (every > 0 && i > 0 && (long)(i % (size_t)every) == every - 1) {
			/* a copy of an earlier summary with a few characters changed */
			sb_adds(&sb, texts[next() % i]);
			for (int k = 0; k < 12 && sb.len >= 3; k++) {
				size_t at = (next() % (sb.len / 3)) * 3;
				unsigned char c = (unsigned char)sb.buf[at];
				if (c >= 0xE4 && c <= 0xE9) { /* overwrite one CJK character in place */
					unsigned cp = 0x4E00 + next() % 3500;
					sb.buf[at] = (char)(0xE0 | (cp >> 12));
					sb.buf[at + 1] = (char)(0x80 | ((cp >> 6) & 0x3F));
					sb.buf[at + 2] = (char)(0x80 | (cp & 0x3F));
				}
			}
			copies++;
		} else {
			sb_addf(&sb, "%s二〇二五年政府信息公开工作年度总结\n", (char *)names.item[i]);
			while (sb.len / 3 < chars)
				sentence(&sb);
		}
		char *dir = path_join(inbox, names.item[i]);
		char *path = path_join(dir, "summary.txt");
		struct stat st;
		int had = stat(path, &st) == 0;
		FILE *f = fopen(path, "w");
		if (!f || fwrite(sb.buf, 1, sb.len, f) != sb.len || fclose(f) != 0) {
			perror(path);
			return 2;
		}
		if (had) {
			struct utimbuf u = { st.st_atime, st.st_mtime };
			utime(path, &u);
		}
		free(path);
		free(dir);
		texts[i] = sb_detach(&sb);
	}
	fprintf(stderr, "score_summaries: %zu summaries of about %zu characters, %zu copies\n", names.n, chars, copies);
	for (size_t i = 0; i < names.n; i++)
		free(texts[i]);
	free(texts);
	vec_release(&names, free);
	return 0;
}
