/*
 * test_report_wrap — line breaking of report/wrap.c with a fixed-width
 * measure (Chinese 10, ASCII 5): 禁则 (no closing punctuation at a line
 * start, no opening punctuation at a line end), ASCII runs kept together,
 * English broken at spaces, forced breaks, and never past the width; then
 * the same properties over random mixed text.
 */
#include "report/wrap.h"
#include "common/textin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static double width_of(void *ctx, unsigned cp)
{
	(void)ctx;
	return cp < 0x80 ? 5 : 10;
}

/* Break s at width w into lines joined by '|'. */
static void lines(const char *s, double w, char *out, size_t cap)
{
	size_t len = strlen(s), pos = 0, o = 0;
	out[0] = '\0';
	int first = 1;
	while (pos < len) {
		while (pos < len && s[pos] == ' ')
			pos++;
		size_t resume, n = wrap_line(s + pos, len - pos, w, width_of, NULL, &resume);
		o += (size_t)snprintf(out + o, cap - o, "%s%.*s", first ? "" : "|", (int)n, s + pos);
		first = 0;
		pos += resume;
	}
}

static void expect(const char *s, double w, const char *want, int line)
{
	char got[512];
	lines(s, w, got, sizeof(got));
	if (strcmp(got, want)) {
		fprintf(stderr, "test_report_wrap.c:%d: \"%s\" at %g gave \"%s\", wanted \"%s\"\n", line, s, w, got, want);
		failures++;
	}
}

static double span(const char *s, size_t n)
{
	double w = 0;
	const char *p = s, *end = s + n;
	while (p < end)
		w += width_of(NULL, utf8_next(&p));
	return w;
}

/*
 * Random mixed text whose every unbreakable unit fits the line (ASCII runs are
 * followed by a Chinese character, at most two punctuation marks in a row), so
 * every break must be a natural one: never past the width, never ，。）》 at a
 * line start, never （《“ at a line end.
 */
static void random_text(void)
{
	static const char *cjk[] = { "一", "二", "三", "堃" };
	static const char *punct[] = { "，", "。", "、", "）", "》", "”", "（", "《", "“" };
	static const char *ascii[] = { "abc", "12", "2025-11-20", "x", "87.50" };
	srand(4);
	for (int iter = 0; iter < 3000; iter++) {
		char s[800] = "";
		int k = 1 + rand() % 40, puncts = 0;
		for (int i = 0; i < k; i++) {
			int kind = rand() % 4;
			if (kind == 0 && puncts < 2) {
				strcat(s, punct[rand() % 9]);
				puncts++;
				continue;
			}
			puncts = 0;
			if (kind == 1) {
				strcat(s, ascii[rand() % 5]);
				strcat(s, cjk[rand() % 4]);
			} else if (kind == 2 && s[0]) {
				strcat(s, " ");
			} else {
				strcat(s, cjk[rand() % 4]);
			}
		}
		double w = 120 + rand() % 100;
		size_t len = strlen(s), pos = 0;
		int guard = 0;
		while (pos < len && guard++ < 1000) {
			while (pos < len && s[pos] == ' ')
				pos++;
			if (pos >= len)
				break;
			size_t resume, n = wrap_line(s + pos, len - pos, w, width_of, NULL, &resume);
			if (resume == 0) {
				fprintf(stderr, "no progress on \"%s\"\n", s + pos);
				failures++;
				break;
			}
			const char *p = s + pos;
			unsigned first = utf8_next(&p);
			/* the line's last code point */
			const char *q = s + pos, *last_at = q;
			while (q < s + pos + n) {
				last_at = q;
				utf8_next(&q);
			}
			const char *r = last_at;
			unsigned last = n ? utf8_next(&r) : 0;
			int forced = 0;
			/* a unit wider than the line may be split anywhere, and a line of one unit may exceed nothing else */
			if (span(s + pos, n) > w) {
				const char *c = s + pos;
				utf8_next(&c);
				forced = (size_t)(c - (s + pos)) == n; /* one code point wider than the line */
				if (!forced) {
					fprintf(stderr, "line \"%.*s\" is %g wide at width %g\n", (int)n, s + pos, span(s + pos, n), w);
					failures++;
				}
			}
			if (n && pos > 0 && wrap_is_closing(first) && s[pos - 1] != ' ') {
				/* allowed only when the unit before could not fit even alone: not with these widths */
				fprintf(stderr, "line starts with closing punctuation: \"%.*s\" in \"%s\"\n", (int)n, s + pos, s);
				failures++;
			}
			/* opening punctuation before a space has nothing to stick to: allowed there */
			if (n && pos + resume < len && wrap_is_opening(last) && s[pos + n] != ' ') {
				fprintf(stderr, "line ends with opening punctuation: \"%.*s\"\n", (int)n, s + pos);
				failures++;
			}
			pos += resume;
		}
	}
}

int main(void)
{
	expect("一二三四五", 30, "一二三|四五", __LINE__);
	expect("一二三，四", 30, "一二|三，四", __LINE__);          /* ，never starts a line: 三 goes with it */
	expect("一二三。」四", 40, "一二|三。」四", __LINE__);
	expect("一二（三", 30, "一二|（三", __LINE__);             /* （ never ends a line */
	expect("一abc12三", 30, "一|abc12|三", __LINE__);          /* ASCII runs stay whole */
	expect("第2025-11-20日", 55, "第|2025-11-20|日", __LINE__);
	expect("共87.50分", 30, "共|87.50|分", __LINE__);         /* a decimal point is no break */
	expect("abcdefghij", 30, "abcdef|ghij", __LINE__);          /* a run wider than the line is split */
	expect("the quick brown fox", 50, "the quick|brown fox", __LINE__);
	expect("一\n二", 100, "一|二", __LINE__);
	expect("", 30, "", __LINE__);
	expect("一二三", 30, "一二三", __LINE__);                   /* exactly full */
	expect("扣分（1项）、其他", 40, "扣分（1|项）、其|他", __LINE__);
	expect("abcdef。，x", 30, "abcde|f。，x", __LINE__);       /* a forced cut keeps 。， off the next line */
	random_text();
	if (failures)
		fprintf(stderr, "%d failures\n", failures);
	return failures != 0;
}
