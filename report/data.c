/*
 * data — reading the database into struct report_data; see data.h.
 *
 * Every query is a constant string with bound parameters.  The national
 * tables are summed by SQLite over the current version of each roster unit's
 * package; the problem counts come from the score stage's deduction rows
 * (one row per catalogue row, category or identity at fault, or finding),
 * counted by the problem kind stored with each (details not counted).
 */
#include "report/data.h"
#include "common/date.h"
#include "common/db.h"
#include "common/deductions.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The current (highest) version of each roster unit's package in year ?1. */
#define CURRENT_PACKAGES "SELECT id FROM newest_package WHERE year = ?1 AND unit IN (SELECT code FROM unit WHERE year = ?1)"

char *report_hundredths(long long v, char *buf)
{
	return fmt_points(v, buf);
}

char *report_grade(const struct rp_unit *u)
{
	if (u->scored && !u->submitted)
		return xasprintf(_("%s (%s)"), grade_name(u->grade), _(reasons[RS_NO_PACKAGE].brief));
	if (!u->capped || !u->cap)
		return xstrdup(grade_name(u->grade));
	char *why = rded_brief(u->cap);
	char *s = xasprintf(_("%s (capped for %s)"), grade_name(u->grade), why);
	free(why);
	return s;
}

static char *col_str(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return xstrdup(t ? (const char *)t : "");
}

/* qsort_r comparators: the third argument is the unit array the indexes point into. */
/* A failed bind on a statement of this file: say so, finalize it, -1. */
static int bind_failed(sqlite3 *db, sqlite3_stmt *st)
{
	db_bind_error(db, st);
	sqlite3_finalize(st);
	return -1;
}

static int cmp_index_code(const void *a, const void *b, void *units)
{
	const struct rp_unit *u = units;
	return strcmp(u[*(const size_t *)a].code, u[*(const size_t *)b].code);
}

/* Index of the unit with code in d->u, via the sorted index array; -1 if none. */
static long find_unit(const struct report_data *d, const size_t *sorted, const char *code)
{
	size_t lo = 0, hi = d->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(d->u[sorted[mid]].code, code);
		if (!c)
			return (long)sorted[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static int load_units(struct report_data *d, const struct config *cfg, sqlite3 *db, int year)
{
	static const char sql[] =
		"SELECT u.code, u.name, u.type, u.seq,"
		" (SELECT COUNT(*) FROM package p WHERE p.year = u.year AND p.unit = u.code),"
		" (SELECT f.received_local FROM first_package f WHERE f.year = u.year AND f.unit = u.code),"
		" (SELECT f.received FROM first_package f WHERE f.year = u.year AND f.unit = u.code),"
		" EXISTS (SELECT 1 FROM attempt a WHERE a.year = u.year AND a.unit = u.code AND a.outcome = 'rejected'),"
		" s.grp, s.earned, s.possible, s.base, s.deductions, s.bonus, s.total, s.grade, s.capped, s.rank,"
		" s.position, l.total, l.grade, l.rank"
		" FROM unit u LEFT JOIN score s ON s.year = u.year AND s.unit = u.code"
		" LEFT JOIN score l ON l.year = u.year - 1 AND l.unit = u.code WHERE u.year = ?1"
		" ORDER BY u.seq, u.code";
	sqlite3_stmt *st = db_prepare_year(db, sql, year);
	if (!st)
		return -1;
	size_t alloc = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (d->n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			d->u = xrealloc(d->u, alloc * sizeof(*d->u));
		}
		struct rp_unit *u = &d->u[d->n++];
		memset(u, 0, sizeof(*u));
		u->code = col_str(st, 0);
		u->name = col_str(st, 1);
		snprintf(u->type, sizeof(u->type), "%s", (const char *)sqlite3_column_text(st, 2));
		u->seq = sqlite3_column_int(st, 3);
		u->version = sqlite3_column_int(st, 4);
		u->submitted = u->version > 0;
		if (u->submitted) {
			snprintf(u->received, sizeof(u->received), "%s", (const char *)sqlite3_column_text(st, 5));
			u->days_late = days_late(sqlite3_column_int64(st, 6), cfg->deadline);
		}
		u->rejected = !u->submitted && sqlite3_column_int(st, 7);
		u->scored = sqlite3_column_type(st, 8) != SQLITE_NULL;
		if (u->scored) {
			u->grp = (enum group)group_from_code((const char *)sqlite3_column_text(st, 8));
			u->earned = sqlite3_column_int64(st, 9);
			u->possible = sqlite3_column_int64(st, 10);
			u->base = sqlite3_column_int64(st, 11);
			u->deductions = sqlite3_column_int64(st, 12);
			u->bonus = sqlite3_column_int64(st, 13);
			u->total = sqlite3_column_int64(st, 14);
			u->grade = sqlite3_column_int(st, 15);
			u->capped = sqlite3_column_int(st, 16);
			u->rank = sqlite3_column_int(st, 17);
			u->position = sqlite3_column_int(st, 18);
		} else {
			u->grp = strcmp(u->type, "dept") ? GROUP_TOWN_STREET : GROUP_DEPT;
		}
		if (sqlite3_column_type(st, 19) != SQLITE_NULL) {
			u->last_scored = 1;
			u->last_total = sqlite3_column_int64(st, 19);
			u->last_grade = sqlite3_column_int(st, 20);
			u->last_rank = sqlite3_column_int(st, 21);
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(db, "unit");
	return 0;
}

static int cmp_rank(const void *a, const void *b, void *units)
{
	const struct rp_unit *u = units;
	const struct rp_unit *x = &u[*(const size_t *)a], *y = &u[*(const size_t *)b];
	if (x->position != y->position)
		return x->position < y->position ? -1 : 1;
	return strcmp(x->code, y->code);
}

static void rank_units(struct report_data *d)
{
	for (int g = 0; g < NGRP; g++) {
		d->ranked[g] = xcalloc(d->n ? d->n : 1, sizeof(size_t));
		d->nranked[g] = 0;
		for (size_t i = 0; i < d->n; i++)
			if (d->u[i].scored && d->u[i].grp == (enum group)g)
				d->ranked[g][d->nranked[g]++] = i;
		qsort_r(d->ranked[g], d->nranked[g], sizeof(size_t), cmp_rank, d->u);
	}
}

static int load_sums(struct report_data *d, sqlite3 *db, int year)
{
	sqlite3_stmt *st = db_prepare_year(db,
					   "SELECT s.code, SUM(s.value) FROM stat s WHERE s.package_id IN (" CURRENT_PACKAGES
					   ") GROUP BY s.code",
					   year);
	if (!st)
		return -1;
	size_t ncodes;
	const struct statcode *codes = stat_codes(&ncodes);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int i = stat_index((const char *)sqlite3_column_text(st, 0));
		if (i < 0)
			continue;
		long long v = sqlite3_column_int64(st, 1);
		const struct statcode *c = &codes[i];
		switch (c->table) {
		case T1:
			if (c->row < (int)ARRAY_SIZE(d->t1))
				d->t1[c->row] = v;
			break;
		case T3:
			d->t3[c->row][c->col] = v;
			break;
		case T4:
			d->t4[c->row][c->col] = v;
			break;
		case TWORK:
			if (c->row < (int)ARRAY_SIZE(d->work))
				d->work[c->row] = v;
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(db, "stat");
	return 0;
}

static int load_catalog(struct report_data *d, const struct config *cfg, sqlite3 *db)
{
	day_t from, to;
	if (day_from_ymd(cfg->year, 1, 1, &from) < 0 || day_from_ymd(cfg->year, 12, 31, &to) < 0)
		return error(_("the configured year %d is out of range"), cfg->year);
	sqlite3_stmt *st = db_prepare(db, "SELECT category, COUNT(*) FROM catalog WHERE package_id IN (" CURRENT_PACKAGES
					  ") AND published_on BETWEEN ?2 AND ?3 GROUP BY category");
	if (!st)
		return -1;
	if ((sqlite3_bind_int(st, 1, cfg->year) | sqlite3_bind_int(st, 2, from) | sqlite3_bind_int(st, 3, to)) != SQLITE_OK)
		return bind_failed(db, st);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const struct label *l = category_find((const char *)sqlite3_column_text(st, 0));
		long long v = sqlite3_column_int64(st, 1);
		if (l && (size_t)(l - categories) < ARRAY_SIZE(d->cat))
			d->cat[l - categories] += v;
		d->cat_total += v;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(db, "catalog");
	return 0;
}

static int load_problems(struct report_data *d, sqlite3 *db, int year)
{
	size_t *sorted = xcalloc(d->n ? d->n : 1, sizeof(size_t));
	for (size_t i = 0; i < d->n; i++)
		sorted[i] = i;
	qsort_r(sorted, d->n, sizeof(size_t), cmp_index_code, d->u);
	sqlite3_stmt *st = db_prepare_year(db,
					   "SELECT unit, kind, COUNT(*) FROM deduction WHERE year = ? AND parent IS NULL"
					   " GROUP BY unit, kind",
					   year);
	if (!st) {
		free(sorted);
		return -1;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long i = find_unit(d, sorted, (const char *)sqlite3_column_text(st, 0));
		if (i < 0)
			continue;
		enum problem p = problem_from_code((const char *)sqlite3_column_text(st, 1));
		d->u[i].n_problem[p] += sqlite3_column_int(st, 2);
	}
	sqlite3_finalize(st);
	free(sorted);
	if (rc != SQLITE_DONE)
		return db_error(db, "deduction");
	return 0;
}

/* The grade cap of every capped unit, with its causes (for the words beside the grade). */
static int load_caps(struct report_data *d, sqlite3 *db, int year)
{
	struct ded_reader rd;
	if (ded_reader_open(&rd, db, year) < 0)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < d->n && rc == 0; i++) {
		if (!d->u[i].capped)
			continue;
		ded_reader_unit(&rd, d->u[i].code);
		struct rded x;
		int crit, k;
		while ((k = ded_read(&rd, &x, &crit)) == 1) {
			if (x.r == &reasons[RS_GRADE_CAPPED] && !d->u[i].cap) {
				d->u[i].cap = xmalloc(sizeof(x));
				*d->u[i].cap = x;
			} else {
				rded_release(&x);
			}
		}
		if (k < 0)
			rc = -1;
	}
	ded_reader_close(&rd);
	return rc;
}

static int load_last_received(struct report_data *d, sqlite3 *db, int year)
{
	d->last_received_day = -1;
	sqlite3_stmt *st = db_prepare_year(db,
					   "SELECT MAX(received_local) FROM package WHERE year = ?1"
					   " AND unit IN (SELECT code FROM unit WHERE year = ?1)",
					   year);
	if (!st)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
		int y, m, dd;
		day_t day;
		if (sscanf((const char *)sqlite3_column_text(st, 0), "%4d-%2d-%2d", &y, &m, &dd) == 3 &&
		    day_from_ymd(y, m, dd, &day) == 0)
			d->last_received_day = day;
	}
	sqlite3_finalize(st);
	return 0;
}

/* One number from a query with ?1 = year (and ?2, ?3 = its first and last day); -1 on error. */
static int one_number(sqlite3 *db, const char *sql, int year, long long *out, int *null)
{
	sqlite3_stmt *st = db_prepare(db, sql);
	if (!st)
		return -1;
	day_t from = 0, to = 0;
	day_from_ymd(year, 1, 1, &from);
	day_from_ymd(year, 12, 31, &to);
	int b = sqlite3_bind_int(st, 1, year);
	if (sqlite3_bind_parameter_count(st) >= 3)
		b |= sqlite3_bind_int(st, 2, from) | sqlite3_bind_int(st, 3, to);
	if (b != SQLITE_OK)
		return bind_failed(db, st);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		if (null)
			*null = sqlite3_column_type(st, 0) == SQLITE_NULL;
		*out = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : db_error(db, "last year");
}

/*
 * Last year's headline figures (years.md), when the archive has last year's
 * roster.  Last year's deadline is not in this year's config: its packages
 * on time are counted against this year's deadline a year earlier (the same
 * month and day), which is what an office that keeps its deadline gets.
 */
static int load_last(struct report_data *d, const struct config *cfg, sqlite3 *db, int year)
{
	struct report_last *l = &d->last;
	long long n = 0;
	int null = 0;
	memset(l, 0, sizeof(*l));
	if (one_number(db, "SELECT COUNT(*) FROM unit WHERE year = ?1", year, &n, NULL) < 0)
		return -1;
	if (n == 0)
		return 0;
	l->have = 1;
	l->n = (size_t)n;
	int y, m, dd;
	day_t deadline;
	ymd_from_day(cfg->deadline, &y, &m, &dd);
	if (m == 2 && dd == 29)
		dd = 28;
	if (day_from_ymd(y - 1, m, dd, &deadline) < 0)
		deadline = cfg->deadline - 365;
	sqlite3_stmt *st = db_prepare_year(db,
					   "SELECT f.received FROM unit u JOIN first_package f ON f.year = u.year"
					   " AND f.unit = u.code WHERE u.year = ?1",
					   year);
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		l->n_ontime += days_late(sqlite3_column_int64(st, 0), deadline) == 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(db, "last year");
	if (one_number(db, "SELECT COUNT(*) FROM catalog WHERE package_id IN (" CURRENT_PACKAGES ")"
			   " AND published_on BETWEEN ?2 AND ?3", year, &l->cat_total, NULL) < 0 ||
	    one_number(db, "SELECT COALESCE(SUM(value), 0) FROM stat WHERE package_id IN (" CURRENT_PACKAGES ")"
			   " AND code = 't3.new.total'", year, &l->t3_new, NULL) < 0 ||
	    one_number(db, "SELECT COALESCE(SUM(value), 0) FROM stat WHERE package_id IN (" CURRENT_PACKAGES ")"
			   " AND code = 't3.total.total'", year, &l->t3_answered, NULL) < 0)
		return -1;
	long long count = 0, sum = 0;
	if (one_number(db, "SELECT COUNT(*) FROM score WHERE year = ?1 AND package_id IS NOT NULL", year, &count, NULL) < 0 ||
	    one_number(db, "SELECT SUM(total) FROM score WHERE year = ?1 AND package_id IS NOT NULL", year, &sum, &null) < 0)
		return -1;
	if (count > 0 && !null) {
		l->have_average = 1;
		l->average = (sum * 2 + count) / (2 * count); /* half-up */
	}
	return 0;
}

int report_data_load(struct report_data *d, const struct config *cfg, sqlite3 *db)
{
	memset(d, 0, sizeof(*d));
	if (load_units(d, cfg, db, cfg->year) < 0 || load_sums(d, db, cfg->year) < 0 || load_catalog(d, cfg, db) < 0 ||
	    load_problems(d, db, cfg->year) < 0 || load_caps(d, db, cfg->year) < 0 || load_last_received(d, db, cfg->year) < 0 ||
	    load_last(d, cfg, db, cfg->year - 1) < 0)
		return -1;
	for (size_t i = 0; i < d->n; i++) {
		struct rp_unit *u = &d->u[i];
		d->n_type[!strcmp(u->type, "town") ? 0 : !strcmp(u->type, "street") ? 1 : 2]++;
		if (!u->submitted)
			d->n_missing++;
		else if (u->days_late > 0)
			d->n_late++;
		else
			d->n_ontime++;
		d->n_rejected += u->rejected;
		d->scored |= u->scored;
		if (u->scored && u->submitted) {
			d->average += u->total;
			d->n_averaged++;
		}
	}
	if (d->n_averaged) /* the mean, half-up */
		d->average = (d->average * 2 + (long long)d->n_averaged) / (2 * (long long)d->n_averaged);
	rank_units(d);
	return 0;
}

void report_data_release(struct report_data *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->u[i].code);
		free(d->u[i].name);
		if (d->u[i].cap) {
			rded_release(d->u[i].cap);
			free(d->u[i].cap);
		}
	}
	free(d->u);
	for (int g = 0; g < NGRP; g++)
		free(d->ranked[g]);
	memset(d, 0, sizeof(*d));
}
