/*
 * deductions — writing and reading the deduction table; see deductions.h.
 * Every value is bound; the statements are constants.
 */
#include "common/deductions.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>

int ded_writer_open(struct ded_writer *w, sqlite3 *db, int year)
{
	w->db = db;
	w->year = year;
	w->ins = db_prepare(db, "INSERT INTO deduction (unit, parent, criterion, reason, kind, points, file, line,"
				" a1, a2, a3, a4, a5, a6, a7, a8, year) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
	return w->ins ? 0 : -1;
}

void ded_writer_close(struct ded_writer *w)
{
	sqlite3_finalize(w->ins);
	w->ins = NULL;
}

static void bind_args(sqlite3_stmt *st, const struct reason *r, const struct rarg *a)
{
	for (int i = 0; i < REASON_NARGS; i++) {
		int col = 9 + i;
		enum argtype t = r ? r->args[i] : ARG_NONE;
		if (!a[i].set || t == ARG_NONE)
			sqlite3_bind_null(st, col);
		else if (a[i].s)
			sqlite3_bind_text(st, col, a[i].s, -1, SQLITE_STATIC);
		else
			sqlite3_bind_int64(st, col, a[i].n);
	}
}

static int write_row(struct ded_writer *w, const char *unit, sqlite3_int64 parent, int criterion,
		     const struct reason *r, long long points, const char *file, long line, const struct rarg *a)
{
	sqlite3_stmt *st = w->ins;
	sqlite3_bind_text(st, 1, unit, -1, SQLITE_STATIC);
	if (parent)
		sqlite3_bind_int64(st, 2, parent);
	else
		sqlite3_bind_null(st, 2);
	if (criterion)
		sqlite3_bind_int(st, 3, criterion);
	else
		sqlite3_bind_null(st, 3);
	sqlite3_bind_text(st, 4, r->code, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, problem_code(parent ? PROB_NONE : r->kind), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 6, points);
	if (file) {
		sqlite3_bind_text(st, 7, file, -1, SQLITE_STATIC);
		if (line > 0)
			sqlite3_bind_int64(st, 8, line);
		else
			sqlite3_bind_null(st, 8);
	} else {
		sqlite3_bind_null(st, 7);
		sqlite3_bind_null(st, 8);
	}
	bind_args(st, r, a);
	sqlite3_bind_int(st, 17, w->year);
	return db_step_done(w->db, st);
}

int ded_write(struct ded_writer *w, const char *unit, const struct rded *d)
{
	if (!d->r)
		return 0; /* nothing the score stage makes */
	if (write_row(w, unit, 0, d->r->criterion, d->r, d->points, d->file, d->line, d->a) < 0)
		return -1;
	if (!d->nitems)
		return 0;
	sqlite3_int64 id = sqlite3_last_insert_rowid(w->db);
	for (size_t i = 0; i < d->nitems; i++)
		if (write_row(w, unit, id, d->r->criterion, d->items[i].r, 0, NULL, 0, d->items[i].a) < 0)
			return -1;
	return 0;
}

int ded_reader_open(struct ded_reader *r, sqlite3 *db, int year)
{
	memset(r, 0, sizeof(*r));
	r->db = db;
	r->year = year;
	/* a detail has its row's criterion and a larger id: it sorts right after it */
	r->st = db_prepare(db, "SELECT id, parent, criterion, reason, points, file, line, a1, a2, a3, a4, a5, a6, a7, a8"
			       " FROM deduction WHERE year = ?2 AND unit = ?1"
			       " ORDER BY criterion IS NULL, criterion, coalesce(parent, id), parent IS NOT NULL, id");
	r->rc = SQLITE_DONE;
	return r->st ? 0 : -1;
}

void ded_reader_unit(struct ded_reader *r, const char *unit)
{
	sqlite3_reset(r->st);
	sqlite3_bind_text(r->st, 1, unit, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(r->st, 2, r->year);
	r->rc = sqlite3_step(r->st);
}

static void read_args(sqlite3_stmt *st, struct rarg *a)
{
	for (int i = 0; i < REASON_NARGS; i++) {
		int col = 7 + i;
		switch (sqlite3_column_type(st, col)) {
		case SQLITE_NULL:
			break;
		case SQLITE_INTEGER:
		case SQLITE_FLOAT:
			rarg_num(a, i + 1, sqlite3_column_int64(st, col));
			break;
		default:
			rarg_str(a, i + 1, (const char *)sqlite3_column_text(st, col));
			break;
		}
	}
}

int ded_read(struct ded_reader *r, struct rded *out, int *criterion)
{
	memset(out, 0, sizeof(*out));
	*criterion = 0;
	if (r->rc == SQLITE_DONE)
		return 0;
	if (r->rc != SQLITE_ROW)
		return db_error(r->db, "deduction");
	sqlite3_stmt *st = r->st;
	sqlite3_int64 id = sqlite3_column_int64(st, 0);
	*criterion = sqlite3_column_type(st, 2) == SQLITE_NULL ? 0 : sqlite3_column_int(st, 2);
	const char *code = (const char *)sqlite3_column_text(st, 3);
	out->r = reason_find(code);
	if (!out->r)
		out->code = xstrdup(code ? code : "");
	out->points = sqlite3_column_int64(st, 4);
	if (sqlite3_column_type(st, 5) != SQLITE_NULL)
		out->file = xstrdup((const char *)sqlite3_column_text(st, 5));
	out->line = sqlite3_column_type(st, 6) == SQLITE_NULL ? 0 : (long)sqlite3_column_int64(st, 6);
	read_args(st, out->a);
	while ((r->rc = sqlite3_step(st)) == SQLITE_ROW && sqlite3_column_type(st, 1) != SQLITE_NULL &&
	       sqlite3_column_int64(st, 1) == id) {
		const struct reason *dr = reason_find((const char *)sqlite3_column_text(st, 3));
		if (!dr)
			continue;
		struct rarg *a = rded_detail(out, (enum reason_id)(dr - reasons));
		read_args(st, a);
	}
	if (r->rc != SQLITE_ROW && r->rc != SQLITE_DONE) {
		rded_release(out);
		return db_error(r->db, "deduction");
	}
	return 1;
}

void ded_reader_close(struct ded_reader *r)
{
	sqlite3_finalize(r->st);
	r->st = NULL;
}
