/*
 * rejection — storing and reading a rejected attempt's problems; see
 * rejection.h.  The values are a JSON array (diag_args_json()); reading
 * them back goes through SQLite's json_each, which says each value's type.
 */
#include "common/rejection.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>

int rejection_store(sqlite3 *db, sqlite3_int64 attempt_id, const struct diags *ds, const struct attempt_file *f,
		    size_t nf)
{
	sqlite3_stmt *pr = db_prepare(db, "INSERT INTO attempt_problem (attempt_id, seq, level, file, line, col, code, args)"
					  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
	sqlite3_stmt *fr = db_prepare(db, "INSERT INTO attempt_file (attempt_id, name, sha256, mtime) VALUES (?, ?, ?, ?)");
	int rc = pr && fr ? 0 : -1;
	struct strbuf args = STRBUF_INIT;
	for (size_t i = 0; i < ds->n && rc == 0; i++) {
		const struct diag *d = &ds->d[i];
		sb_reset(&args);
		diag_args_json(d, &args);
		sqlite3_bind_int64(pr, 1, attempt_id);
		sqlite3_bind_int64(pr, 2, (sqlite3_int64)i + 1);
		sqlite3_bind_text(pr, 3, d->level == DIAG_ERROR ? "error" : "warning", -1, SQLITE_STATIC);
		sqlite3_bind_text(pr, 4, d->file, -1, SQLITE_STATIC);
		sqlite3_bind_int64(pr, 5, d->line);
		if (d->column)
			sqlite3_bind_text(pr, 6, d->column, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(pr, 6);
		sqlite3_bind_text(pr, 7, d->code, -1, SQLITE_STATIC);
		sqlite3_bind_text(pr, 8, sb_str(&args), -1, SQLITE_TRANSIENT);
		rc = db_step_done(db, pr);
	}
	for (size_t i = 0; i < nf && rc == 0; i++) {
		sqlite3_bind_int64(fr, 1, attempt_id);
		sqlite3_bind_text(fr, 2, f[i].name, -1, SQLITE_STATIC);
		if (f[i].sha256 && *f[i].sha256) {
			sqlite3_bind_text(fr, 3, f[i].sha256, -1, SQLITE_STATIC);
			sqlite3_bind_int64(fr, 4, (sqlite3_int64)f[i].mtime);
		} else {
			sqlite3_bind_null(fr, 3);
			sqlite3_bind_null(fr, 4);
		}
		rc = db_step_done(db, fr);
	}
	sb_release(&args);
	sqlite3_finalize(pr);
	sqlite3_finalize(fr);
	return rc;
}

/* The values stored as JSON into arg[]; their number. */
static size_t load_args(sqlite3_stmt *js, const char *json, struct diag_arg *arg)
{
	size_t n = 0;
	sqlite3_bind_text(js, 1, json, -1, SQLITE_STATIC);
	while (n < DIAG_MAX_ARGS && sqlite3_step(js) == SQLITE_ROW) {
		struct diag_arg *a = &arg[n++];
		memset(a, 0, sizeof(*a));
		const char *type = (const char *)sqlite3_column_text(js, 0);
		if (!strcmp(type, "integer")) {
			a->type = DARG_INT;
			a->i = sqlite3_column_int64(js, 1);
		} else if (!strcmp(type, "real")) {
			a->type = DARG_REAL;
			a->r = sqlite3_column_double(js, 1);
		} else if (!strcmp(type, "object")) {
			const char *id = (const char *)sqlite3_column_text(js, 2);
			a->type = DARG_MSG;
			a->s = xstrdup(id ? id : "");
		} else {
			const char *s = (const char *)sqlite3_column_text(js, 1);
			a->type = DARG_TEXT;
			a->s = xstrdup(s ? s : "");
		}
	}
	sqlite3_reset(js);
	return n;
}

int rejection_load(sqlite3 *db, sqlite3_int64 attempt_id, struct problems *out)
{
	memset(out, 0, sizeof(*out));
	sqlite3_stmt *st = db_prepare(db, "SELECT level, file, line, col, code, args FROM attempt_problem"
					  " WHERE attempt_id = ? ORDER BY seq");
	sqlite3_stmt *js = db_prepare(db, "SELECT type, value, CASE WHEN type = 'object' THEN json_extract(value, '$.msg') END FROM json_each(?) ORDER BY key");
	if (!st || !js) {
		sqlite3_finalize(st);
		sqlite3_finalize(js);
		return -1;
	}
	sqlite3_bind_int64(st, 1, attempt_id);
	size_t alloc = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->n == alloc) {
			alloc = alloc ? alloc * 2 : 16;
			out->p = xrealloc(out->p, alloc * sizeof(*out->p));
		}
		struct problem *p = &out->p[out->n++];
		p->level = strcmp((const char *)sqlite3_column_text(st, 0), "error") ? DIAG_WARNING : DIAG_ERROR;
		p->file = xstrdup((const char *)sqlite3_column_text(st, 1));
		p->line = sqlite3_column_int64(st, 2);
		p->column = sqlite3_column_type(st, 3) == SQLITE_NULL ? NULL : xstrdup((const char *)sqlite3_column_text(st, 3));
		struct diag_arg arg[DIAG_MAX_ARGS];
		size_t n = load_args(js, (const char *)sqlite3_column_text(st, 5), arg);
		p->text = diag_render((const char *)sqlite3_column_text(st, 4), arg, n);
		for (size_t k = 0; k < n; k++)
			free(arg[k].s);
		if (p->level == DIAG_ERROR)
			out->errors++;
	}
	sqlite3_finalize(st);
	sqlite3_finalize(js);
	if (rc != SQLITE_DONE) {
		problems_release(out);
		return db_error(db, "attempt_problem");
	}
	return 0;
}

void problems_release(struct problems *ps)
{
	for (size_t i = 0; i < ps->n; i++) {
		free(ps->p[i].file);
		free(ps->p[i].column);
		free(ps->p[i].text);
	}
	free(ps->p);
	memset(ps, 0, sizeof(*ps));
}
