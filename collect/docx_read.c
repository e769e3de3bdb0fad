/*
 * docx_read — a Word (.docx) summary read into p->summary (workbook.md):
 * the body's paragraphs in document order (those in tables too), each
 * paragraph's runs joined, tabs as tabs, line breaks as line ends, one line
 * end between paragraphs.  Headers, footers, comments and footnotes live in
 * other parts and are never read; deleted and moved-away revisions, field
 * codes and the fallback copies of text boxes are skipped; hyperlinks,
 * field results, content controls and tracked insertions count.
 */
#include "collect/ooxml.h"
#include "collect/readers.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>

enum { RUN_TEXT_CAP = 1 << 20, SUMMARY_CAP = 16 << 20 };

struct docx {
	struct strbuf text;
	int in_body;
	long skip;        /* depth inside a skipped element, 0 = not skipping */
	int too_long;
};

static int skipped(const char *name)
{
	static const char *const names[] = { "del", "moveFrom", "instrText", "delText", "delInstrText", "Fallback",
					     "pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr" };
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(name, names[i]))
			return 1;
	return 0;
}

static void add(struct xmlin *x, struct docx *c, const char *s, size_t n)
{
	if (c->text.len + n > SUMMARY_CAP) {
		c->too_long = 1;
		xmlin_stop(x);
		return;
	}
	sb_add(&c->text, s, n);
}

static void doc_start(struct xmlin *x, void *ctx, const char *name, const char **attr)
{
	(void)attr;
	struct docx *c = ctx;
	if (c->skip) {
		c->skip++;
		return;
	}
	if (!strcmp(name, "body")) {
		c->in_body = 1;
		return;
	}
	if (!c->in_body)
		return;
	if (skipped(name))
		c->skip = 1;
	else if (!strcmp(name, "t"))
		xmlin_collect(x);
	else if (!strcmp(name, "tab"))
		add(x, c, "\t", 1);
	else if (!strcmp(name, "br") || !strcmp(name, "cr"))
		add(x, c, "\n", 1);
	else if (!strcmp(name, "noBreakHyphen"))
		add(x, c, "-", 1);
}

static void doc_end(struct xmlin *x, void *ctx, const char *name, const char *text, size_t len)
{
	struct docx *c = ctx;
	if (c->skip) {
		c->skip--;
		return;
	}
	if (!strcmp(name, "body"))
		c->in_body = 0;
	else if (!c->in_body)
		return;
	else if (!strcmp(name, "t"))
		add(x, c, text, len);
	else if (!strcmp(name, "p"))
		add(x, c, "\n", 1);
}

void read_docx(struct package *p, const char *display, struct diags *d)
{
	const struct text *t = &p->file[PKG_SUMMARY];
	struct zipin *z = ooxml_open(t->raw, t->raw_len, OOXML_DOCUMENT, display, d);
	if (!z)
		return;
	char *main = ooxml_main_part(z, display, d);
	struct docx c;
	memset(&c, 0, sizeof(c));
	if (main) {
		const struct xmlin_handlers h = { doc_start, doc_end };
		int rc = ooxml_parse(z, main, &h, &c, RUN_TEXT_CAP, display, d);
		if (rc < 0 && c.too_long)
			diag_err(d, display, 0, NULL, _("the summary is longer than 16 MiB of text; send the year's summary only"));
		if (rc == 0) {
			if (c.text.len && c.text.buf[c.text.len - 1] == '\n')
				c.text.buf[--c.text.len] = '\0';
			char *copy = xstrdup(sb_str(&c.text));
			if (!*trim(copy))
				diag_err(d, display, 0, NULL,
					 _("the document's body has no text; write the year's work summary (年度工作总结) in the document itself (headers, footers and comments are not read)"));
			free(copy);
			p->summary = sb_detach(&c.text);
			if (!p->summary)
				p->summary = xstrdup("");
		}
	}
	sb_release(&c.text);
	free(main);
	zipin_close(z);
}
