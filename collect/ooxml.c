/*
 * ooxml — see ooxml.h.
 */
#include "collect/ooxml.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { REL_TEXT_CAP = 4096, MAX_RELS = 10000 };

struct zipin *ooxml_open(const char *raw, size_t len, enum ooxml_kind kind, const char *display, struct diags *d)
{
	enum zipin_error e;
	struct zipin *z = zipin_open(raw, len, &e);
	if (z)
		return z;
	int doc = kind == OOXML_DOCUMENT;
	switch (e) {
	case ZIPIN_OLE:
		diag_err(d, display, 0, NULL,
			 doc ? _("the document is an old binary Word file (.doc) or is protected by a password; remove any password and save it as .docx (Word 文档)")
			     : _("the workbook is an old binary Excel file (.xls) or is protected by a password; remove any password and save it as .xlsx (Excel 工作簿)"));
		break;
	case ZIPIN_ENCRYPTED:
		diag_err(d, display, 0, NULL, _("the file is protected by a password; remove the password and save it again"));
		break;
	case ZIPIN_DUPLICATE:
		diag_err(d, display, 0, NULL, _("the archive holds two parts of the same name; the file is damaged or was altered: save it again in Excel, WPS or Word"));
		break;
	case ZIPIN_NOT_ZIP:
		diag_err(d, display, 0, NULL,
			 doc ? _("the file is not a Word document (.docx): it is not a ZIP archive; save the summary in Word or WPS as .docx")
			     : _("the file is not an Excel workbook (.xlsx): it is not a ZIP archive; save the workbook in Excel or WPS as .xlsx"));
		break;
	default:
		diag_err(d, display, 0, NULL, _("the file is damaged (truncated or broken archive); save it again in Excel, WPS or Word and send the new file"));
		break;
	}
	return NULL;
}

/* Report a failure of zipin_stream on part. */
static void part_error(enum zipin_error e, const char *part, const char *display, struct diags *d)
{
	switch (e) {
	case ZIPIN_MISSING:
		diag_err(d, display, 0, part, _("the part is missing from the file; save it again in Excel, WPS or Word"));
		break;
	case ZIPIN_TOO_LARGE:
		diag_err(d, display, 0, part, _("the part expands beyond 64 MiB; that is not a real workbook or document, the file is refused"));
		break;
	case ZIPIN_ENCRYPTED:
		diag_err(d, display, 0, NULL, _("the file is protected by a password; remove the password and save it again"));
		break;
	default:
		diag_err(d, display, 0, NULL, _("the file is damaged (truncated or broken archive); save it again in Excel, WPS or Word and send the new file"));
		break;
	}
}

struct feed {
	struct xmlin *x;
};

static int feed_chunk(const char *buf, size_t len, void *ctx)
{
	struct feed *f = ctx;
	return xmlin_feed(f->x, buf, len, len == 0) < 0;
}

int ooxml_parse(struct zipin *z, const char *part, const struct xmlin_handlers *h, void *ctx, size_t text_cap,
		const char *display, struct diags *d)
{
	struct feed f = { xmlin_new(h, ctx, text_cap) };
	if (!f.x) {
		diag_err(d, display, 0, part, _("out of memory reading the part"));
		return -1;
	}
	enum zipin_error e = zipin_stream(z, part, OOXML_PART_CAP, feed_chunk, &f);
	int rc = 0;
	if ((e == ZIPIN_STOPPED || e == ZIPIN_OK) && xmlin_status(f.x) == XMLIN_DONE) {
		rc = 0; /* the handlers had all they needed: the rest of the part is not read */
	} else if (e == ZIPIN_STOPPED || (e == ZIPIN_OK && xmlin_status(f.x) != XMLIN_OK)) {
		switch (xmlin_status(f.x)) {
		case XMLIN_DTD:
			diag_err(d, display, 0, part, _("the part declares a DTD or entities, which Office files never do; the file is refused"));
			rc = -1;
			break;
		case XMLIN_TOO_LONG:
			diag_err(d, display, 0, part, _("the part holds a text longer than any cell or paragraph can; the file is refused"));
			rc = -1;
			break;
		case XMLIN_STOPPED:
			rc = -1; /* the handler reported why */
			break;
		default:
			diag_err(d, display, 0, part, _("the part is not well-formed XML (near line %ld); save the file again in Excel, WPS or Word"),
				 xmlin_line(f.x));
			rc = -1;
			break;
		}
	} else if (e != ZIPIN_OK) {
		part_error(e, part, display, d);
		rc = -1;
	}
	xmlin_free(f.x);
	return rc;
}

/* "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" → "_rels/.rels". */
static char *rels_name(const char *part)
{
	const char *slash = strrchr(part, '/');
	if (!slash)
		return xasprintf("_rels/%s.rels", part);
	return xasprintf("%.*s/_rels/%s.rels", (int)(slash - part), part, slash + 1);
}

/* A target relative to part's folder (or absolute) as a normalised part name; NULL when it leaves the package. */
static char *resolve(const char *part, const char *target)
{
	struct strbuf sb = STRBUF_INIT;
	if (target[0] != '/') {
		const char *slash = strrchr(part, '/');
		if (slash)
			sb_add(&sb, part, (size_t)(slash - part) + 1);
	}
	sb_adds(&sb, target);
	/* normalise: drop "", "." and resolve ".." */
	char *path = sb_detach(&sb);
	struct strbuf out = STRBUF_INIT;
	char *save = NULL;
	for (char *seg = strtok_r(path, "/", &save); seg; seg = strtok_r(NULL, "/", &save)) {
		if (!strcmp(seg, "."))
			continue;
		if (!strcmp(seg, "..")) {
			char *cut = out.len ? strrchr(out.buf, '/') : NULL;
			if (!out.len) {
				free(path);
				sb_release(&out);
				return NULL;
			}
			out.len = cut ? (size_t)(cut - out.buf) : 0;
			out.buf[out.len] = '\0';
			continue;
		}
		if (out.len)
			sb_addc(&out, '/');
		sb_adds(&out, seg);
	}
	free(path);
	if (!out.len) {
		sb_release(&out);
		return NULL;
	}
	return sb_detach(&out);
}

struct rels_ctx {
	const char *part;
	struct ooxml_rels *out;
	size_t alloc;
};

static void rels_start(struct xmlin *x, void *ctx, const char *name, const char **attr)
{
	struct rels_ctx *c = ctx;
	if (strcmp(name, "Relationship"))
		return;
	const char *id = xmlin_attr(attr, "Id"), *type = xmlin_attr(attr, "Type"), *target = xmlin_attr(attr, "Target");
	const char *mode = xmlin_attr(attr, "TargetMode");
	if (!id || !type || !target)
		return;
	if (c->out->n == MAX_RELS) {
		xmlin_stop(x);
		return;
	}
	if (c->out->n == c->alloc) {
		c->alloc = c->alloc ? c->alloc * 2 : 16;
		c->out->r = xrealloc(c->out->r, c->alloc * sizeof(*c->out->r));
	}
	struct ooxml_rel *r = &c->out->r[c->out->n++];
	r->id = xstrdup(id);
	r->type = xstrdup(type);
	r->target = mode && !strcmp(mode, "External") ? NULL : resolve(c->part, target);
}

int ooxml_read_rels(struct zipin *z, const char *part, struct ooxml_rels *out, const char *display, struct diags *d)
{
	memset(out, 0, sizeof(*out));
	char *name = *part ? rels_name(part) : xstrdup("_rels/.rels");
	int rc = 0;
	if (zipin_has(z, name)) {
		struct rels_ctx c = { part, out, 0 };
		const struct xmlin_handlers h = { rels_start, NULL };
		size_t before = d->errors;
		rc = ooxml_parse(z, name, &h, &c, REL_TEXT_CAP, display, d);
		if (rc < 0 && d->errors == before)
			diag_err(d, display, 0, name, _("the part lists too many relationships; the file is refused"));
		if (rc < 0)
			ooxml_rels_release(out);
	}
	free(name);
	return rc;
}

void ooxml_rels_release(struct ooxml_rels *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->r[i].id);
		free(r->r[i].type);
		free(r->r[i].target);
	}
	free(r->r);
	memset(r, 0, sizeof(*r));
}

const struct ooxml_rel *ooxml_rel_by_type(const struct ooxml_rels *r, const char *type_suffix)
{
	size_t n = strlen(type_suffix);
	for (size_t i = 0; i < r->n; i++) {
		size_t t = strlen(r->r[i].type);
		if (r->r[i].target && t > n && r->r[i].type[t - n - 1] == '/' && !strcmp(r->r[i].type + t - n, type_suffix))
			return &r->r[i];
	}
	return NULL;
}

const struct ooxml_rel *ooxml_rel_by_id(const struct ooxml_rels *r, const char *id)
{
	for (size_t i = 0; i < r->n; i++)
		if (!strcmp(r->r[i].id, id))
			return r->r[i].target ? &r->r[i] : NULL;
	return NULL;
}

char *ooxml_main_part(struct zipin *z, const char *display, struct diags *d)
{
	struct ooxml_rels rels;
	if (ooxml_read_rels(z, "", &rels, display, d) < 0)
		return NULL;
	const struct ooxml_rel *r = ooxml_rel_by_type(&rels, "officeDocument");
	char *main = r ? xstrdup(r->target) : NULL;
	ooxml_rels_release(&rels);
	if (!main)
		diag_err(d, display, 0, NULL, _("the file does not say where its content is (no main part in _rels/.rels); save it again in Excel, WPS or Word"));
	return main;
}
