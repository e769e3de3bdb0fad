/*
 * roster — reading units.csv; see roster.h.
 */
#include "common/roster.h"
#include "common/codes.h"
#include "common/csvin.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/textin.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { COL_CODE, COL_NAME, COL_TYPE, COL_DUTIES, COL_EMAIL };
static const struct csv_col cols[] = {
	{ "code", "编码", 1 },
	{ "name", "名称", 1 },
	{ "type", "类型", 1 },
	{ "duties", "职责", 0 },
	{ "email", "邮箱", 0 }, /* optional: where notices go (review.md, index.csv) */
};

struct ctx {
	struct roster *r;
	const char *display;
	struct diags *d;
	char code_header[64]; /* as written in the file */
};

int unit_code_valid(const char *code)
{
	size_t n = strlen(code);
	if (n < 1 || n > 32)
		return 0;
	return strspn(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") == n;
}

const char *unit_type_code(enum unit_type t)
{
	return t == UNIT_TOWN ? "town" : t == UNIT_STREET ? "street" : "dept";
}

static int parse_type(const char *s, enum unit_type *t)
{
	if (!strcmp(s, "town") || !strcmp(s, "镇"))
		*t = UNIT_TOWN;
	else if (!strcmp(s, "street") || !strcmp(s, "街道"))
		*t = UNIT_STREET;
	else if (!strcmp(s, "dept") || !strcmp(s, "部门"))
		*t = UNIT_DEPT;
	else
		return -1;
	return 0;
}

static int on_row(const struct csv_row *row, void *data)
{
	struct ctx *c = data;
	char *code = trim((char *)row->field[COL_CODE]);
	snprintf(c->code_header, sizeof(c->code_header), "%s", row->header[COL_CODE]);
	char *name = trim((char *)row->field[COL_NAME]);
	char *type = trim((char *)row->field[COL_TYPE]);
	int ok = 1;
	enum unit_type t = UNIT_DEPT;
	if (!unit_code_valid(code)) {
		diag_err(c->d, c->display, row->line, row->header[COL_CODE],
			 _("\"%s\" is not a unit code; use 1 to 32 letters, digits, _ or -"), code);
		ok = 0;
	}
	if (!*name) {
		diag_err(c->d, c->display, row->line, row->header[COL_NAME], _("the name is empty; give the unit's full name"));
		ok = 0;
	}
	if (parse_type(type, &t) < 0) {
		diag_err(c->d, c->display, row->line, row->header[COL_TYPE],
			 _("\"%s\" is not a unit type; use town/镇, street/街道 or dept/部门"), type);
		ok = 0;
	}
	struct strlist duties = { NULL, 0 };
	strlist_split(&duties, row->field[COL_DUTIES]);
	for (size_t i = 0; i < duties.n; i++) {
		const struct label *cat = category_find(duties.s[i]);
		if (!cat) {
			diag_err(c->d, c->display, row->line, row->header[COL_DUTIES],
				 _("\"%s\" is not a category code; use codes such as budget, land, approval"), duties.s[i]);
			ok = 0;
		} else if (strcmp(cat->code, duties.s[i])) {
			free(duties.s[i]);
			duties.s[i] = xstrdup(cat->code);
		}
	}
	if (!ok) {
		strlist_release(&duties);
		return 0;
	}
	struct roster *r = c->r;
	r->u = xrealloc(r->u, (r->n + 1) * sizeof(*r->u));
	struct unit *u = &r->u[r->n++];
	u->code = xstrdup(code);
	u->name = xstrdup(name);
	u->email = xstrdup(trim((char *)row->field[COL_EMAIL]));
	u->type = t;
	u->duties = duties;
	u->line = row->line;
	return 0;
}

static const struct roster *sorting; /* qsort has no context argument */

static int by_code(const void *a, const void *b)
{
	return strcmp(sorting->u[*(const size_t *)a].code, sorting->u[*(const size_t *)b].code);
}

static void build_index(struct roster *r)
{
	free(r->by_code);
	r->by_code = xcalloc(r->n, sizeof(size_t));
	for (size_t i = 0; i < r->n; i++)
		r->by_code[i] = i;
	sorting = r;
	qsort(r->by_code, r->n, sizeof(size_t), by_code);
	sorting = NULL;
}

int roster_load(struct roster *r, const char *path, struct diags *d)
{
	memset(r, 0, sizeof(*r));
	struct text t;
	if (text_load(path, path, &t, d) < 0)
		return -1;
	size_t before = d->errors;
	struct ctx c = { r, path, d, "code" };
	csvin_read(t.utf8, t.len, path, cols, ARRAY_SIZE(cols), on_row, &c, d);
	text_release(&t);
	if (d->errors == before && r->n == 0)
		diag_err(d, path, 0, NULL, _("the roster lists no units"));
	build_index(r);
	for (size_t i = 1; i < r->n; i++) {
		const struct unit *a = &r->u[r->by_code[i - 1]], *b = &r->u[r->by_code[i]];
		if (!strcmp(a->code, b->code)) {
			const struct unit *later = a->line > b->line ? a : b, *first = later == a ? b : a;
			diag_err(d, path, later->line, c.code_header,
				 _("unit code \"%s\" appears again (first on line %ld); every unit needs its own code"),
				 later->code, first->line);
		}
	}
	return d->errors > before ? -1 : 0;
}

int roster_load_print(struct roster *r, const char *path)
{
	struct diags d = DIAGS_INIT;
	int rc = roster_load(r, path, &d);
	diag_print(&d, stderr);
	diag_clear(&d);
	if (rc < 0)
		roster_release(r);
	return rc;
}

int roster_find(const struct roster *r, const char *code)
{
	size_t lo = 0, hi = r->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(r->u[r->by_code[mid]].code, code);
		if (!c)
			return (int)r->by_code[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

int roster_store(sqlite3 *db, int year, const struct roster *r)
{
	if (db_exec(db, "BEGIN IMMEDIATE") < 0)
		return -1;
	sqlite3_stmt *ins = NULL;
	sqlite3_stmt *del = db_prepare(db, "DELETE FROM unit WHERE year = ?");
	if (!del)
		goto fail;
	int gone = sqlite3_bind_int(del, 1, year) == SQLITE_OK ? db_step_done(db, del) : db_bind_error(db, del);
	sqlite3_finalize(del);
	if (gone < 0)
		goto fail;
	ins = db_prepare(db, "INSERT INTO unit (year, code, name, type, duties, seq) VALUES (?, ?, ?, ?, ?, ?)");
	if (!ins)
		goto fail;
	for (size_t i = 0; i < r->n; i++) {
		const struct unit *u = &r->u[i];
		struct strbuf duties = STRBUF_INIT;
		for (size_t k = 0; k < u->duties.n; k++)
			sb_addf(&duties, "%s%s", k ? ";" : "", u->duties.s[k]);
		int b = sqlite3_bind_int(ins, 1, year);
		b |= sqlite3_bind_text64(ins, 2, u->code, strlen(u->code), SQLITE_TRANSIENT, SQLITE_UTF8);
		b |= sqlite3_bind_text64(ins, 3, u->name, strlen(u->name), SQLITE_TRANSIENT, SQLITE_UTF8);
		b |= sqlite3_bind_text(ins, 4, unit_type_code(u->type), -1, SQLITE_STATIC);
		b |= sqlite3_bind_text64(ins, 5, sb_str(&duties), duties.len, SQLITE_TRANSIENT, SQLITE_UTF8);
		b |= sqlite3_bind_int64(ins, 6, (sqlite3_int64)i + 1);
		int rc = b == SQLITE_OK ? db_step_done(db, ins) : db_bind_error(db, ins);
		sb_release(&duties);
		if (rc < 0)
			goto fail;
	}
	sqlite3_finalize(ins);
	return db_exec(db, "COMMIT");
fail:
	sqlite3_finalize(ins);
	db_exec(db, "ROLLBACK");
	return -1;
}

void roster_release(struct roster *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->u[i].code);
		free(r->u[i].name);
		free(r->u[i].email);
		strlist_release(&r->u[i].duties);
	}
	free(r->u);
	free(r->by_code);
	r->u = NULL;
	r->by_code = NULL;
	r->n = 0;
}
