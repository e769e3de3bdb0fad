/*
 * ooxml — what the workbook and document readers share: opening the
 * archive of an .xlsx or .docx with every refusal put in the clerk's words,
 * following relationships (never fixed part names: absolute targets and
 * renamed parts occur in real files), and streaming one XML part through
 * the XML adapter with its failures reported.
 */
#ifndef GK_OOXML_H
#define GK_OOXML_H

#include "common/diag.h"
#include "common/xmlin.h"
#include "common/zipin.h"

#include <stddef.h>

/* No part of a package is read beyond this many bytes (a ZIP bomb stops here). */
#define OOXML_PART_CAP ((size_t)64 << 20)

enum ooxml_kind { OOXML_WORKBOOK, OOXML_DOCUMENT };

/* Open the archive; NULL after a diag naming display and saying what to send instead. */
struct zipin *ooxml_open(const char *raw, size_t len, enum ooxml_kind kind, const char *display, struct diags *d);

struct ooxml_rel {
	char *id, *type, *target; /* target resolved to a part name (no leading '/'); NULL when external */
};
struct ooxml_rels {
	struct ooxml_rel *r;
	size_t n;
};

/* The relationships of `part` ("" for the package's own, _rels/.rels). A missing .rels gives none, 0. */
int ooxml_read_rels(struct zipin *z, const char *part, struct ooxml_rels *out, const char *display, struct diags *d);
void ooxml_rels_release(struct ooxml_rels *r);
/* The first relationship whose type ends in "/" + type_suffix, or NULL. */
const struct ooxml_rel *ooxml_rel_by_type(const struct ooxml_rels *r, const char *type_suffix);
const struct ooxml_rel *ooxml_rel_by_id(const struct ooxml_rels *r, const char *id);

/* The main part (officeDocument) of the package, owned by the caller; NULL after a diag. */
char *ooxml_main_part(struct zipin *z, const char *display, struct diags *d);

/* Stream `part` through an XML parser with handlers h. 0, or -1 after a diag (missing, too large, not XML, …). */
int ooxml_parse(struct zipin *z, const char *part, const struct xmlin_handlers *h, void *ctx, size_t text_cap,
		const char *display, struct diags *d);

#endif
