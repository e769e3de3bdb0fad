/*
 * annex — 附件：报送情况: every roster unit in roster order with the received
 * time of its first accepted version, the number of versions and the days
 * late, or 未报送 (and whether a package came and was returned).
 */
#include "report/parts.h"
#include "report/table.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <string.h>

static const char *type_label(const char *type)
{
	if (!strcmp(type, "town"))
		return _("Town");
	if (!strcmp(type, "street"))
		return _("Street office");
	return _("Department");
}

void part_annex(struct rctx *c, void *root)
{
	const struct report_data *d = c->data;
	pdf_new_page(c->pdf);
	part_heading(c, _("Annex: submissions"), root, 80, ALIGN_LEFT);
	struct table t;
	memset(&t, 0, sizeof(t));
	t.pdf = c->pdf;
	t.ncols = 6;
	t.width[0] = 34;
	t.width[2] = 58;
	t.width[3] = 104;
	t.width[4] = 44;
	t.width[5] = 50;
	t.width[1] = TEXT_W - 34 - 58 - 104 - 44 - 50;
	t.size = TABLE_SIZE;
	t.leading = TABLE_LEADING;
	t.pad = TABLE_PAD;
	struct thead head[] = {
		{ 0, 0, 1, 1, _("No.") },      { 0, 1, 1, 1, _("Unit") },     { 0, 2, 1, 1, _("Type") },
		{ 0, 3, 1, 1, _("Received") }, { 0, 4, 1, 1, _("Versions") }, { 0, 5, 1, 1, _("Days late") },
	};
	t.head = head;
	t.nhead = 6;
	t.head_rows = 1;
	table_begin(&t, 3 * (TABLE_LEADING + 2 * TABLE_PAD));
	for (size_t i = 0; i < d->n; i++) {
		const struct rp_unit *u = &d->u[i];
		char no[24], ver[16], late[16];
		snprintf(no, sizeof(no), "%zu", i + 1);
		snprintf(ver, sizeof(ver), "%d", u->version);
		snprintf(late, sizeof(late), "%d", u->days_late);
		struct tcell r[6] = {
			{ no, 1, ALIGN_CENTER, 0 },
			{ u->name, 1, ALIGN_LEFT, 0 },
			{ type_label(u->type), 1, ALIGN_CENTER, 0 },
		};
		if (u->submitted) {
			struct tcell rest[3] = { { u->received, 1, ALIGN_CENTER, 0 },
						 { ver, 1, ALIGN_CENTER, 0 },
						 { late, 1, ALIGN_CENTER, 0 } };
			memcpy(r + 3, rest, sizeof(rest));
			table_row(&t, r, 6, 0);
		} else {
			struct tcell miss = { u->rejected ? _("not submitted (the package sent was returned)")
							  : _("not submitted"),
					      3, ALIGN_CENTER, 0 };
			r[3] = miss;
			table_row(&t, r, 4, TROW_SHADE);
		}
	}
	table_end(&t, 0);
	(void)root;
}
