/*
 * load — reading what the collect stage stored (common/schema.c) for the
 * working year: the roster, and for each unit its newest accepted package
 * with the received time of its first one (views newest_package,
 * first_package); stats and catalogue rows per unit on demand.  Every
 * value is bound; nothing is built into SQL text.
 */
#include "score/scoring.h"
#include "common/codes.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>

static char *col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return xstrdup(t ? (const char *)t : "");
}

static enum unit_type type_of(const char *s)
{
	return !strcmp(s, "town") ? UNIT_TOWN : !strcmp(s, "street") ? UNIT_STREET : UNIT_DEPT;
}

struct code_idx {
	const char *code;
	size_t i;
};

static int cmp_code(const void *a, const void *b)
{
	return strcmp(((const struct code_idx *)a)->code, ((const struct code_idx *)b)->code);
}

int load_units(sqlite3 *db, int year, struct scoring *s)
{
	/* with last year's total, grade and rank when the unit was scored then (years.md) */
	sqlite3_stmt *st = db_prepare_year(db, "SELECT u.code, u.name, u.type, u.duties, p.total, p.grade, p.rank"
					       " FROM unit u LEFT JOIN score p ON p.year = u.year - 1 AND p.unit = u.code"
					       " WHERE u.year = ? ORDER BY u.seq, u.code",
				       year);
	if (!st)
		return -1;
	size_t alloc = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (s->n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			s->u = xrealloc(s->u, alloc * sizeof(*s->u));
		}
		struct unit_in *u = &s->u[s->n++];
		memset(u, 0, sizeof(*u));
		u->code = col_text(st, 0);
		u->name = col_text(st, 1);
		char *type = col_text(st, 2);
		u->type = type_of(type);
		free(type);
		char *duties = col_text(st, 3);
		strlist_split(&u->duties, duties);
		free(duties);
		if (sqlite3_column_type(st, 4) != SQLITE_NULL) {
			u->prev_scored = 1;
			u->prev_total = sqlite3_column_int64(st, 4);
			u->prev_grade = sqlite3_column_int(st, 5);
			u->prev_rank = sqlite3_column_int(st, 6);
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(db, "unit");
	s->res = xcalloc(s->n ? s->n : 1, sizeof(*s->res));

	struct code_idx *idx = xmalloc((s->n ? s->n : 1) * sizeof(*idx));
	for (size_t i = 0; i < s->n; i++)
		idx[i] = (struct code_idx){ s->u[i].code, i };
	qsort(idx, s->n, sizeof(*idx), cmp_code);
	st = db_prepare_year(db,
			     "SELECT p.unit, p.id, p.version, p.received, p.received_local, p.summary, f.received, f.received_local"
			     " FROM newest_package p JOIN first_package f ON f.year = p.year AND f.unit = p.unit"
			     " WHERE p.year = ?1",
			     year);
	if (!st) {
		free(idx);
		return -1;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct code_idx key = { (const char *)sqlite3_column_text(st, 0), 0 };
		if (!key.code)
			continue;
		struct code_idx *hit = bsearch(&key, idx, s->n, sizeof(*idx), cmp_code);
		if (!hit)
			continue; /* a package of a unit no longer in the roster */
		struct unit_in *u = &s->u[hit->i];
		u->has_package = 1;
		u->package_id = sqlite3_column_int64(st, 1);
		u->version = sqlite3_column_int(st, 2);
		u->received = sqlite3_column_int64(st, 3);
		u->received_local = col_text(st, 4);
		u->summary = col_text(st, 5);
		u->first_received = sqlite3_column_int64(st, 6);
		u->first_received_local = col_text(st, 7);
	}
	sqlite3_finalize(st);
	free(idx);
	if (rc != SQLITE_DONE)
		return db_error(db, "package");
	return 0;
}

int load_stmts_prepare(sqlite3 *db, struct load_stmts *ls)
{
	ls->stat = db_prepare(db, "SELECT code, value FROM stat WHERE package_id = ?");
	ls->cat = db_prepare(db,
			     "SELECT line, title, category, formed_on, published_on, chars"
			     " FROM catalog WHERE package_id = ? ORDER BY line");
	if (!ls->stat || !ls->cat) {
		load_stmts_finalize(ls);
		return -1;
	}
	return 0;
}

void load_stmts_finalize(struct load_stmts *ls)
{
	sqlite3_finalize(ls->stat);
	sqlite3_finalize(ls->cat);
	ls->stat = ls->cat = NULL;
}

int load_detail(sqlite3 *db, struct load_stmts *ls, struct unit_in *u)
{
	size_t ncodes;
	const struct statcode *codes = stat_codes(&ncodes);
	u->stat = xcalloc(ncodes, sizeof(long long));
	if (sqlite3_bind_int64(ls->stat, 1, u->package_id) != SQLITE_OK)
		return db_bind_error(db, ls->stat);
	int rc, i = -1;
	while ((rc = sqlite3_step(ls->stat)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(ls->stat, 0);
		if (!code)
			continue;
		/* collect stores the codes in form order: try the one after the last first */
		if (i + 1 >= 0 && (size_t)(i + 1) < ncodes && !strcmp(codes[i + 1].code, code))
			i = i + 1;
		else
			i = stat_index(code);
		if (i >= 0)
			u->stat[i] = sqlite3_column_int64(ls->stat, 1);
	}
	sqlite3_reset(ls->stat);
	if (rc != SQLITE_DONE)
		return db_error(db, "stat");

	size_t alloc = 0;
	if (sqlite3_bind_int64(ls->cat, 1, u->package_id) != SQLITE_OK)
		return db_bind_error(db, ls->cat);
	while ((rc = sqlite3_step(ls->cat)) == SQLITE_ROW) {
		if (u->nrows == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			u->rows = xrealloc(u->rows, alloc * sizeof(*u->rows));
		}
		struct cat_row *r = &u->rows[u->nrows++];
		r->line = (long)sqlite3_column_int64(ls->cat, 0);
		r->title = col_text(ls->cat, 1);
		r->category = col_text(ls->cat, 2);
		r->formed_on = sqlite3_column_type(ls->cat, 3) == SQLITE_NULL ? NO_DAY : sqlite3_column_int(ls->cat, 3);
		r->published_on = sqlite3_column_int(ls->cat, 4);
		r->chars = sqlite3_column_type(ls->cat, 5) == SQLITE_NULL ? NO_CHARS : sqlite3_column_int64(ls->cat, 5);
	}
	sqlite3_reset(ls->cat);
	if (rc != SQLITE_DONE)
		return db_error(db, "catalog");
	return 0;
}

void unload_detail(struct unit_in *u)
{
	free(u->stat);
	u->stat = NULL;
	for (size_t i = 0; i < u->nrows; i++) {
		free(u->rows[i].title);
		free(u->rows[i].category);
	}
	free(u->rows);
	u->rows = NULL;
	u->nrows = 0;
	free(u->summary);
	u->summary = NULL;
}
