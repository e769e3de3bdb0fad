/*
 * store — writing a scoring run into the score tables (common/schema.c,
 * step 2): score (one row per unit), criterion_score (13 per unit, NULL for
 * a criterion that does not apply) and deduction (every explanation as its
 * reason code, problem kind and typed arguments, common/deductions.c; no
 * words: those are made where they are shown).  The working year's rows are
 * replaced wholesale in one transaction (other years' rows are not touched),
 * so a failed run leaves the previous scores in place.
 */
#include "score/scoring.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/util.h"
#include "common/deductions.h"

#include <stdlib.h>
#include <string.h>

static int store_unit(sqlite3 *db, sqlite3_stmt *su, sqlite3_stmt *sc, struct ded_writer *dw, const struct config *cfg,
		      const struct unit_in *u, const struct unit_result *r)
{
	const struct rubric *rb = &cfg->rubric;
	sqlite3_bind_int(su, 15, cfg->year);
	sqlite3_bind_text(su, 1, u->code, -1, SQLITE_STATIC);
	if (u->has_package)
		sqlite3_bind_int64(su, 2, u->package_id);
	else
		sqlite3_bind_null(su, 2);
	sqlite3_bind_text(su, 3, group_code(r->group), -1, SQLITE_STATIC);
	sqlite3_bind_int64(su, 4, r->earned);
	sqlite3_bind_int64(su, 5, r->possible);
	sqlite3_bind_int64(su, 6, r->base);
	sqlite3_bind_int64(su, 7, r->deductions);
	sqlite3_bind_int64(su, 8, r->bonus);
	sqlite3_bind_int64(su, 9, r->total);
	sqlite3_bind_int(su, 10, (int)r->grade);
	sqlite3_bind_int(su, 11, r->capped);
	sqlite3_bind_int(su, 12, r->sham);
	sqlite3_bind_int(su, 13, r->rank);
	sqlite3_bind_int(su, 14, r->position);
	if (db_step_done(db, su) < 0)
		return -1;
	for (int c = 1; c <= NCRIT; c++) {
		sqlite3_bind_text(sc, 1, u->code, -1, SQLITE_STATIC);
		sqlite3_bind_int(sc, 5, cfg->year);
		sqlite3_bind_int(sc, 2, c);
		sqlite3_bind_int64(sc, 3, rb->points[c]);
		if (r->applies[c])
			sqlite3_bind_int64(sc, 4, r->crit[c]);
		else
			sqlite3_bind_null(sc, 4);
		if (db_step_done(db, sc) < 0)
			return -1;
	}
	for (size_t k = 0; k < r->nd; k++)
		if (ded_write(dw, u->code, &r->d[k]) < 0)
			return -1;
	return 0;
}

int store_scores(const struct config *cfg, sqlite3 *db, const struct scoring *s)
{
	int rc = -1;
	sqlite3_stmt *su = NULL, *sc = NULL;
	struct ded_writer dw = { NULL, NULL, 0 };
	/* 359,000 deductions at province scale: a larger page cache keeps the index inserts in memory. */
	if (db_exec(db, "PRAGMA cache_size = -65536") < 0 || db_exec(db, "BEGIN IMMEDIATE") < 0)
		goto out;
	static const char *const clear[] = { "DELETE FROM deduction WHERE year = ?", "DELETE FROM criterion_score WHERE year = ?",
					      "DELETE FROM score WHERE year = ?" };
	for (size_t k = 0; k < ARRAY_SIZE(clear); k++) {
		sqlite3_stmt *del = db_prepare(db, clear[k]);
		if (!del)
			goto fail;
		sqlite3_bind_int(del, 1, cfg->year);
		int done = db_step_done(db, del);
		sqlite3_finalize(del);
		if (done < 0)
			goto fail;
	}
	su = db_prepare(db, "INSERT INTO score (unit, package_id, grp, earned, possible, base, deductions, bonus, total,"
			    " grade, capped, sham, rank, position, year) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
	sc = db_prepare(db, "INSERT INTO criterion_score (unit, criterion, points, score, year) VALUES (?,?,?,?,?)");
	if (!su || !sc || ded_writer_open(&dw, db, cfg->year) < 0)
		goto fail;
	for (size_t i = 0; i < s->n; i++)
		if (store_unit(db, su, sc, &dw, cfg, &s->u[i], &s->res[i]) < 0)
			goto fail;
	if (objections_store(db, cfg->year, &s->objections) < 0)
		goto fail;
	if (db_exec(db, "COMMIT") < 0)
		goto fail;
	rc = 0;
	goto out;
fail:
	db_exec(db, "ROLLBACK");
out:
	sqlite3_finalize(su);
	sqlite3_finalize(sc);
	ded_writer_close(&dw);
	return rc;
}
