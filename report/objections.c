/*
 * objections — the objections part of a scorecard (review.md): every
 * objection of the unit as objections.csv last gave it to `score` (table
 * objection), with the criterion, the claim, the decision (采纳, 不采纳 or
 * 待处理 for one still pending), the points it changed and the evaluators'
 * reply.  Drawn as rows of the scorecard's table, after the total.
 */
#include "report/parts.h"
#include "report/table.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <string.h>

sqlite3_stmt *objections_prepare(struct rctx *c)
{
	sqlite3_stmt *st = db_prepare(c->db, "SELECT criterion, claim, decision, points, reply FROM objection"
					     " WHERE year = ?2 AND unit = ?1 ORDER BY line");
	if (st)
		sqlite3_bind_int(st, 2, c->cfg->year);
	return st;
}

static const char *decision_text(const char *code)
{
	if (!strcmp(code, "accepted"))
		return _("accepted");
	if (!strcmp(code, "rejected"))
		return _("not accepted");
	return _("pending");
}

int objections_rows(struct rctx *c, sqlite3_stmt *st, struct table *t, const char *unit)
{
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, unit, -1, SQLITE_STATIC);
	struct strbuf sb = STRBUF_INIT;
	int rc, n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!n++) {
			struct tcell h[1] = { { _("Objections and decisions"), 5, ALIGN_LEFT, 0 } };
			table_row(t, h, 1, TROW_SHADE);
		}
		int k = sqlite3_column_int(st, 0);
		const char *claim = (const char *)sqlite3_column_text(st, 1);
		const char *decision = (const char *)sqlite3_column_text(st, 2);
		long long pts = sqlite3_column_int64(st, 3);
		const char *reply = (const char *)sqlite3_column_text(st, 4);
		char what[16], p[32], n2[24];
		if (k)
			snprintf(what, sizeof(what), "C%02d", k);
		sb_reset(&sb);
		sb_addf(&sb, _("Objection on %s: %s. Decision: %s."), k ? what : _("the total"), claim,
			decision_text(decision));
		if (reply && *reply)
			sb_addf(&sb, _(" Reply: %s"), reply);
		p[0] = '\0';
		if (pts)
			snprintf(p, sizeof(p), "%s%s", pts < 0 ? "-" : "+", report_hundredths(pts < 0 ? -pts : pts, n2));
		struct tcell r[2] = { { sb_str(&sb), 3, ALIGN_LEFT, 12 }, { p, 2, ALIGN_CENTER, 0 } };
		table_row(t, r, 2, TROW_SMALL);
	}
	sb_release(&sb);
	return rc == SQLITE_DONE ? 0 : db_error(c->db, "objection");
}
