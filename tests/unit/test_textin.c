/*
 * test_textin — textin.c: strict UTF-8 validation (overlongs, surrogates,
 * code points past U+10FFFF, truncated sequences, stray continuation
 * bytes, NUL), decoding, and the per-file choice UTF-8 / BOM / GB18030.
 */
#include "common/textin.h"
#include "common/util.h"
#include "tests/unit/check.h"

#include <stdlib.h>
#include <string.h>

#define VALID(s) CHECK(utf8_valid_prefix(s, sizeof(s) - 1) == sizeof(s) - 1)
#define BAD_AT(s, at) CHECK(utf8_valid_prefix(s, sizeof(s) - 1) == (at))

/* Decode raw bytes as a file would be; returns 0/-1, fills t. */
static int decode(const char *raw, size_t n, struct text *t, struct diags *d)
{
	memset(t, 0, sizeof(*t));
	t->raw = xmalloc(n + 1);
	memcpy(t->raw, raw, n);
	t->raw[n] = '\0'; /* as read_file() leaves it */
	t->raw_len = n;
	return text_decode(t, "f.csv", d);
}

int main(void)
{
	VALID("");
	VALID("abc,def\r\n");
	VALID("中文");                       /* E4 B8 AD E6 96 87 */
	VALID("\xC2\x80");                   /* U+0080, smallest 2-byte */
	VALID("\xDF\xBF");                   /* U+07FF */
	VALID("\xE0\xA0\x80");               /* U+0800, smallest 3-byte */
	VALID("\xED\x9F\xBF");               /* U+D7FF, just below the surrogates */
	VALID("\xEE\x80\x80");               /* U+E000, just above */
	VALID("\xEF\xBF\xBF");               /* U+FFFF */
	VALID("\xF0\x90\x80\x80");           /* U+10000, smallest 4-byte */
	VALID("\xF0\x9F\x98\x80");           /* an emoji */
	VALID("\xF4\x8F\xBF\xBF");           /* U+10FFFF, the last */
	/* overlongs */
	BAD_AT("\xC0\x80", 0);               /* NUL in 2 bytes */
	BAD_AT("\xC1\xBF", 0);
	BAD_AT("ab\xE0\x80\x80", 2);
	BAD_AT("a\xE0\x9F\xBF", 1);          /* U+07FF in 3 bytes */
	BAD_AT("\xF0\x80\x80\x80", 0);
	BAD_AT("\xF0\x8F\xBF\xBF", 0);       /* U+FFFF in 4 bytes */
	/* surrogates (CESU-8) */
	BAD_AT("\xED\xA0\x80", 0);           /* U+D800 */
	BAD_AT("x\xED\xBF\xBF", 1);          /* U+DFFF */
	BAD_AT("\xED\xA0\xBD\xED\xB8\x80", 0);
	/* beyond U+10FFFF and bytes never used */
	BAD_AT("\xF4\x90\x80\x80", 0);
	BAD_AT("\xF5\x80\x80\x80", 0);
	BAD_AT("\xF8\x88\x80\x80\x80", 0);
	BAD_AT("\xFC\x84\x80\x80\x80\x80", 0);
	BAD_AT("ok\xFE", 2);
	BAD_AT("ok\xFF", 2);
	/* truncated sequences, at the end and followed by ASCII */
	BAD_AT("ab\xE4\xB8", 2);
	BAD_AT("\xE4", 0);
	BAD_AT("\xC3", 0);
	BAD_AT("\xF0\x9F\x98", 0);
	BAD_AT("a\xE4\x41\x42", 1);
	BAD_AT("\xF0\x9F\x98" "a", 0);
	BAD_AT("\xC3 ", 0);
	/* stray continuation bytes */
	BAD_AT("\x80", 0);
	BAD_AT("中\xBF", 3);
	BAD_AT("\xE4\xB8\xAD\xAD", 3);
	/* NUL is not text */
	CHECK(utf8_valid_prefix("a\0b", 3) == 1);
	/* a length shorter than the string: only that much is looked at */
	CHECK(utf8_valid_prefix("\xE4\xB8\xAD", 2) == 0);
	CHECK(utf8_valid_prefix("ab\xE4\xB8\xAD", 2) == 2);

	/* utf8_next / utf8_len */
	const char *p = "中a\xF0\x9F\x98\x80";
	CHECK(utf8_next(&p) == 0x4E2D);
	CHECK(utf8_next(&p) == 'a');
	CHECK(utf8_next(&p) == 0x1F600);
	CHECK(*p == '\0');
	p = "\xE4";
	CHECK(utf8_next(&p) == 0xFFFD);
	CHECK(*p == '\0');                   /* never past the terminator */
	p = "\xFF" "b";
	CHECK(utf8_next(&p) == 0xFFFD);
	CHECK(*p == 'b');
	CHECK(utf8_len("") == 0);
	CHECK(utf8_len("中文,ab") == 5);
	CHECK(utf8_len("\xE4") == 1);

	/* decoding a file */
	struct diags d = DIAGS_INIT;
	struct text t;
	CHECK(decode("a,b\n", 4, &t, &d) == 0);
	CHECK(!strcmp(t.encoding, "UTF-8") && !strcmp(t.utf8, "a,b\n") && t.len == 4);
	text_release(&t);
	CHECK(decode("\xEF\xBB\xBF中,b\n", 9, &t, &d) == 0);
	CHECK(!strcmp(t.encoding, "UTF-8 BOM") && !strcmp(t.utf8, "中,b\n") && t.len == 6);
	CHECK(t.raw_len == 9 && !memcmp(t.raw, "\xEF\xBB\xBF", 3)); /* the exact bytes are kept */
	text_release(&t);
	CHECK(decode("\xEF\xBB\xBF", 3, &t, &d) == 0);  /* a BOM alone: empty UTF-8 */
	CHECK(t.len == 0 && !strcmp(t.utf8, ""));
	text_release(&t);
	/* GB18030: 中文 is D6 D0 CE C4; U+0080 is the 4-byte 81 30 81 30; € is A2 E3 */
	CHECK(decode("\xD6\xD0\xCE\xC4,1\r\n", 8, &t, &d) == 0);
	CHECK(!strcmp(t.encoding, "GB18030") && !strcmp(t.utf8, "中文,1\r\n"));
	text_release(&t);
	CHECK(decode("\x81\x30\x81\x30\xA2\xE3", 6, &t, &d) == 0);
	CHECK(!strcmp(t.utf8, "\xC2\x80\xE2\x82\xAC"));
	text_release(&t);
	/* "中文" in UTF-8 (E4B8 ADE6 9687) is also valid GB18030: valid UTF-8 wins */
	CHECK(decode("中文", 6, &t, &d) == 0);
	CHECK(t.encoding && !strcmp(t.encoding, "UTF-8") && !strcmp(t.utf8, "中文"));
	text_release(&t);
	/* one GB18030 character after UTF-8-looking ASCII: the whole file is GB18030 */
	CHECK(decode("abc,\xD6\xD0", 6, &t, &d) == 0);
	CHECK(t.encoding && !strcmp(t.encoding, "GB18030") && !strcmp(t.utf8, "abc,中"));
	text_release(&t);
	CHECK(d.n == 0);
	/* neither: the name and the first bad byte */
	CHECK(decode("ab\n\x80\x80\xFF", 6, &t, &d) < 0);
	CHECK(d.n == 1 && d.errors == 1 && d.d[0].line == 2 && !strcmp(d.d[0].file, "f.csv"));
	CHECK(strstr(d.d[0].text, "0x80 at byte 4") != NULL);
	text_release(&t);
	/* a truncated GB18030 sequence at the very end */
	diag_clear(&d);
	CHECK(decode("\xD6\xD0\xCE", 3, &t, &d) < 0);
	CHECK(d.errors == 1);
	text_release(&t);
	/* NUL bytes (UTF-16) */
	diag_clear(&d);
	CHECK(decode("\xFF\xFEs\0", 4, &t, &d) < 0);
	CHECK(d.errors == 1 && strstr(d.d[0].text, "NUL byte at byte 4") != NULL);
	text_release(&t);
	/* BOM, then not UTF-8 */
	diag_clear(&d);
	CHECK(decode("\xEF\xBB\xBF" "a\n\xD6\xD0", 7, &t, &d) < 0);
	CHECK(d.errors == 1 && d.d[0].line == 2 && strstr(d.d[0].text, "(byte 6)") != NULL);
	text_release(&t);
	diag_clear(&d);
	return check_result("test_textin");
}
