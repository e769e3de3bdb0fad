/*
 * xmlin — see xmlin.h.  expat 2.5.0 (Debian 12): its own amplification
 * limits act only after megabytes have reached the handlers, so a DOCTYPE
 * stops the parse in the StartDoctypeDecl handler, before any expansion.
 * After XML_StopParser expat may still call an end handler; the wrappers
 * drop every callback once the status is not XMLIN_OK.
 */
#include "common/xmlin.h"
#include "common/util.h"

#include <expat.h>
#include <stdlib.h>
#include <string.h>

struct xmlin {
	XML_Parser parser;
	struct xmlin_handlers h;
	void *ctx;
	enum xmlin_status status;
	size_t cap;
	long depth;
	long collect_depth; /* depth of the collecting element, 0 = not collecting */
	struct strbuf text;
};

/* "x:c" → "c": the parser does not expand namespaces (Office files use fixed prefixes for them, and
 * expanding every name would cost a third of the parse); the local name is what the readers compare. */
static const char *local_name(const char *name)
{
	for (const char *p = name; *p; p++)
		if (*p == ':')
			return p + 1;
	return name;
}

static void halt(struct xmlin *x, enum xmlin_status s)
{
	if (x->status == XMLIN_OK)
		x->status = s;
	XML_StopParser(x->parser, XML_FALSE);
}

static void XMLCALL on_start(void *data, const XML_Char *name, const XML_Char **attr)
{
	struct xmlin *x = data;
	if (x->status != XMLIN_OK)
		return;
	x->depth++;
	if (x->h.start)
		x->h.start(x, x->ctx, local_name(name), (const char **)attr);
}

static void XMLCALL on_end(void *data, const XML_Char *name)
{
	struct xmlin *x = data;
	if (x->status != XMLIN_OK)
		return;
	int mine = x->collect_depth == x->depth;
	if (x->h.end)
		x->h.end(x, x->ctx, local_name(name), mine ? sb_str(&x->text) : "", mine ? x->text.len : 0);
	if (mine) {
		x->collect_depth = 0;
		sb_reset(&x->text);
	}
	x->depth--;
}

static void XMLCALL on_text(void *data, const XML_Char *s, int len)
{
	struct xmlin *x = data;
	if (x->status != XMLIN_OK || !x->collect_depth)
		return;
	if (x->text.len + (size_t)len > x->cap) {
		halt(x, XMLIN_TOO_LONG);
		return;
	}
	sb_add(&x->text, s, (size_t)len);
}

static void XMLCALL on_doctype(void *data, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid,
			       int has_internal)
{
	(void)name, (void)sysid, (void)pubid, (void)has_internal;
	halt(data, XMLIN_DTD);
}

static void XMLCALL on_entity(void *data, const XML_Char *name, int is_param, const XML_Char *value, int len,
			      const XML_Char *base, const XML_Char *sysid, const XML_Char *pubid, const XML_Char *notation)
{
	(void)name, (void)is_param, (void)value, (void)len, (void)base, (void)sysid, (void)pubid, (void)notation;
	halt(data, XMLIN_DTD);
}

struct xmlin *xmlin_new(const struct xmlin_handlers *h, void *ctx, size_t text_cap)
{
	struct xmlin *x = xcalloc(1, sizeof(*x));
	x->parser = XML_ParserCreate(NULL);
	if (!x->parser) {
		free(x);
		return NULL;
	}
	x->h = *h;
	x->ctx = ctx;
	x->cap = text_cap;
	XML_SetUserData(x->parser, x);
	XML_SetElementHandler(x->parser, on_start, on_end);
	XML_SetCharacterDataHandler(x->parser, on_text);
	XML_SetStartDoctypeDeclHandler(x->parser, on_doctype);
	XML_SetEntityDeclHandler(x->parser, on_entity);
	/* never fetch or expand external entities */
	XML_SetParamEntityParsing(x->parser, XML_PARAM_ENTITY_PARSING_NEVER);
	return x;
}

void xmlin_free(struct xmlin *x)
{
	if (!x)
		return;
	XML_ParserFree(x->parser);
	sb_release(&x->text);
	free(x);
}

int xmlin_feed(struct xmlin *x, const char *buf, size_t len, int final)
{
	if (x->status != XMLIN_OK)
		return -1;
	while (len > 0 || final) {
		int n = len > (1u << 30) ? 1 << 30 : (int)len;
		int last = final && (size_t)n == len;
		if (XML_Parse(x->parser, buf, n, last) == XML_STATUS_ERROR) {
			if (x->status == XMLIN_OK)
				x->status = XMLIN_BAD;
			return -1;
		}
		if (x->status != XMLIN_OK)
			return -1;
		buf += n;
		len -= (size_t)n;
		if (last)
			break;
	}
	return 0;
}

enum xmlin_status xmlin_status(const struct xmlin *x)
{
	return x->status;
}

long xmlin_line(const struct xmlin *x)
{
	return (long)XML_GetCurrentLineNumber(x->parser);
}

void xmlin_collect(struct xmlin *x)
{
	if (!x->collect_depth) {
		x->collect_depth = x->depth;
		sb_reset(&x->text);
	}
}

void xmlin_stop(struct xmlin *x)
{
	halt(x, XMLIN_STOPPED);
}

void xmlin_done(struct xmlin *x)
{
	halt(x, XMLIN_DONE);
}

const char *xmlin_attr(const char **attr, const char *local)
{
	for (size_t i = 0; attr && attr[i]; i += 2)
		if (!strcmp(local_name(attr[i]), local))
			return attr[i + 1];
	return NULL;
}
