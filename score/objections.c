/*
 * objections — reading objections.csv and storing it; see objections.h.
 */
#include "score/objections.h"
#include "common/csvin.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/parse.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { COL_UNIT, COL_CRIT, COL_CLAIM, COL_DECISION, COL_POINTS, COL_REPLY };
static const struct csv_col cols[] = {
	{ "unit", "单位编码", 1 },
	{ "criterion", "评分项目", 1 },
	{ "claim", "异议内容", 1 },
	{ "decision", "处理结果", 1 },
	{ "points", "调整分值", 0 },
	{ "reply", "答复意见", 0 },
};

const char *decision_code(enum decision d)
{
	return d == DECISION_ACCEPTED ? "accepted" : d == DECISION_REJECTED ? "rejected" : "pending";
}

struct ctx {
	struct objections *os;
	const char *display;
	criterion_applies_fn applies;
	void *applies_ctx;
	struct diags *d;
};

/* "C01".."C13" (also c1, C1, full-width letters are not expected), "total"/总分 → 0; -1 otherwise. */
static int parse_criterion(const char *s)
{
	if (!strcasecmp(s, "total") || !strcmp(s, "总分"))
		return 0;
	if ((s[0] != 'C' && s[0] != 'c') || !s[1])
		return -1;
	int v = 0;
	for (const char *p = s + 1; *p; p++) {
		if (*p < '0' || *p > '9' || v > 100)
			return -1;
		v = v * 10 + (*p - '0');
	}
	return v >= 1 && v <= 13 ? v : -1;
}

/* A signed number with at most 2 decimals (full-width digits and signs too), in hundredths. */
static enum parse_result parse_signed(const char *s, long long *out)
{
	char *n = normalize_number(s);
	const char *p = n;
	int neg = 0;
	if (*p == '+' || *p == '-') {
		neg = *p == '-';
		p++;
	}
	enum parse_result r = *p == '+' || *p == '-' ? PARSE_TEXT : parse_hundredths(p, out);
	if (r == PARSE_EMPTY && p != n)
		r = PARSE_TEXT; /* a sign alone */
	if (r == PARSE_NEGATIVE)
		r = PARSE_TEXT;
	if (neg)
		*out = -*out;
	free(n);
	return r;
}

static int on_row(const struct csv_row *row, void *data)
{
	struct ctx *c = data;
	char *unit = trim((char *)row->field[COL_UNIT]);
	char *crit = trim((char *)row->field[COL_CRIT]);
	char *claim = trim((char *)row->field[COL_CLAIM]);
	char *decision = trim((char *)row->field[COL_DECISION]);
	char *points = trim((char *)row->field[COL_POINTS]);
	char *reply = trim((char *)row->field[COL_REPLY]);
	int ok = 1, known = 1;
	if (!*unit) {
		diag_err(c->d, c->display, row->line, row->header[COL_UNIT], _("the unit code is empty; give a roster code"));
		ok = known = 0;
	} else if (c->applies(unit, 1, c->applies_ctx) < 0) {
		diag_err(c->d, c->display, row->line, row->header[COL_UNIT],
			 _("\"%s\" is not a unit code in the roster; use a code from units.csv"), unit);
		ok = known = 0;
	}
	int k = parse_criterion(crit);
	if (k < 0) {
		diag_err(c->d, c->display, row->line, row->header[COL_CRIT],
			 _("\"%s\" is not a criterion; use C01 to C13, or total for the total"), crit);
		ok = 0;
	} else if (k > 0 && known && c->applies(unit, k, c->applies_ctx) == 0) {
		diag_err(c->d, c->display, row->line, row->header[COL_CRIT],
			 _("C%02d does not apply to %s, so no points of it can be adjusted; name a criterion on its scorecard or total"),
			 k, unit);
		ok = 0;
	}
	if (!*claim) {
		diag_err(c->d, c->display, row->line, row->header[COL_CLAIM],
			 _("the claim is empty; say what the unit objects to"));
		ok = 0;
	}
	enum decision dec = DECISION_PENDING;
	int dec_ok = 1;
	if (!strcasecmp(decision, "accepted") || !strcmp(decision, "采纳"))
		dec = DECISION_ACCEPTED;
	else if (!strcasecmp(decision, "rejected") || !strcmp(decision, "不采纳"))
		dec = DECISION_REJECTED;
	else if (*decision) {
		diag_err(c->d, c->display, row->line, row->header[COL_DECISION],
			 _("\"%s\" is not a decision; use accepted/采纳 or rejected/不采纳, or leave it blank while pending"),
			 decision);
		ok = dec_ok = 0;
	}
	long long pts = 0;
	if (!dec_ok) {
		/* the decision is wrong already: nothing to say about its points */
	} else if (*points && dec == DECISION_REJECTED) {
		diag_err(c->d, c->display, row->line, row->header[COL_POINTS],
			 _("\"%s\" on an objection that was not accepted; only an accepted objection adjusts points: leave it blank"),
			 points);
		ok = 0;
	} else if (*points && dec == DECISION_PENDING) {
		diag_err(c->d, c->display, row->line, row->header[COL_POINTS],
			 _("\"%s\" on an objection still pending; give points only with the decision accepted/采纳"), points);
		ok = 0;
	} else if (*points && parse_signed(points, &pts) != PARSE_OK) {
		diag_err(c->d, c->display, row->line, row->header[COL_POINTS],
			 _("\"%s\" is not a number with at most 2 decimals, such as +0.50 or -1"), points);
		ok = 0;
	} else if (*points && (pts > 10000 || pts < -10000)) {
		diag_err(c->d, c->display, row->line, row->header[COL_POINTS],
			 _("\"%s\" is more than 100 points; give the adjustment, such as +0.50 or -1"), points);
		ok = 0;
	}
	if (!ok)
		return 0;
	struct objections *os = c->os;
	os->o = xrealloc(os->o, (os->n + 1) * sizeof(*os->o));
	struct objection *o = &os->o[os->n++];
	o->unit = xstrdup(unit);
	o->criterion = k;
	o->claim = xstrdup(claim);
	o->decision = dec;
	o->points = pts;
	o->reply = xstrdup(reply);
	o->line = row->line;
	return 0;
}

int objections_load(struct objections *os, const char *path, const char *display, criterion_applies_fn applies,
		    void *ctx, struct diags *d)
{
	os->o = NULL;
	os->n = 0;
	struct ctx c = { os, display, applies, ctx, d };
	if (csvin_read_file(path, display, cols, ARRAY_SIZE(cols), on_row, &c, d) < 0) {
		objections_release(os);
		return -1;
	}
	return 0;
}

void objections_release(struct objections *os)
{
	for (size_t i = 0; i < os->n; i++) {
		free(os->o[i].unit);
		free(os->o[i].claim);
		free(os->o[i].reply);
	}
	free(os->o);
	os->o = NULL;
	os->n = 0;
}

int objections_store(sqlite3 *db, int year, const struct objections *os)
{
	sqlite3_stmt *st = db_prepare(db, "DELETE FROM objection WHERE year = ?");
	if (!st)
		return -1;
	int rc = sqlite3_bind_int(st, 1, year) == SQLITE_OK ? db_step_done(db, st) : db_bind_error(db, st);
	sqlite3_finalize(st);
	if (rc < 0)
		return -1;
	st = db_prepare(db, "INSERT INTO objection (unit, line, criterion, claim, decision, points, reply, year)"
			    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
	if (!st)
		return -1;
	for (size_t i = 0; i < os->n && !rc; i++) {
		const struct objection *o = &os->o[i];
		int b = sqlite3_bind_text(st, 1, o->unit, -1, SQLITE_STATIC);
		b |= sqlite3_bind_int64(st, 2, o->line);
		b |= sqlite3_bind_int(st, 3, o->criterion);
		b |= sqlite3_bind_text(st, 4, o->claim, -1, SQLITE_STATIC);
		b |= sqlite3_bind_text(st, 5, decision_code(o->decision), -1, SQLITE_STATIC);
		b |= sqlite3_bind_int64(st, 6, o->points);
		b |= sqlite3_bind_text(st, 7, o->reply, -1, SQLITE_STATIC);
		b |= sqlite3_bind_int(st, 8, year);
		rc = b == SQLITE_OK ? db_step_done(db, st) : db_bind_error(db, st);
	}
	sqlite3_finalize(st);
	return rc;
}
