/*
 * db — see db.h.
 */
#include "common/db.h"
#include "common/msg.h"
#include "common/schema.h"
#include "common/util.h"

#include <stdio.h>
#include <sys/stat.h>

int db_error(sqlite3 *db, const char *what)
{
	error(_("database: %s: %s"), what, db ? sqlite3_errmsg(db) : "?");
	return -1;
}

int db_exec(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		error(_("database: %s"), msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

sqlite3_stmt *db_prepare(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		db_error(db, sql);
		return NULL;
	}
	return st;
}

int db_step_done(sqlite3 *db, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_error(db, sqlite3_sql(st));
	return 0;
}

int db_schema_version(void)
{
	return schema_nsteps;
}

static int user_version(sqlite3 *db)
{
	sqlite3_stmt *st = db_prepare(db, "PRAGMA user_version");
	int v = -1;
	if (st && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	else if (st) /* e.g. SQLITE_NOTADB: the file is something else */
		error(_("database: cannot open %s: %s"), sqlite3_db_filename(db, "main"), sqlite3_errmsg(db));
	sqlite3_finalize(st);
	return v;
}

static int migrate(sqlite3 *db)
{
	int v = user_version(db);
	if (v < 0)
		return -1;
	if (v > schema_nsteps) {
		error(_("database: it was written by a newer gongkai (schema %d, this program knows %d)"), v, schema_nsteps);
		return -1;
	}
	for (; v < schema_nsteps; v++) {
		char pragma[64];
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", v + 1); /* a constant, not user data */
		if (db_exec(db, "BEGIN IMMEDIATE") < 0)
			return -1;
		if (db_exec(db, schema_steps[v]) < 0 || db_exec(db, pragma) < 0) {
			db_exec(db, "ROLLBACK");
			return -1;
		}
		if (db_exec(db, "COMMIT") < 0)
			return -1;
	}
	return 0;
}

static sqlite3 *open_flags(const char *path, int flags)
{
	static int configured;
	if (!configured) {
		/* Before SQLite initialises itself: no global lock around every allocation for statistics nobody reads. */
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		configured = 1;
	}
	/* A connection is only ever used by the thread that opened it (collect's
	 * reading threads never touch the database): no lock around each call. */
	flags |= SQLITE_OPEN_NOMUTEX;
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
		error(_("database: cannot open %s: %s"), path, db ? sqlite3_errmsg(db) : "?");
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_extended_result_codes(db, 1);
	sqlite3_busy_timeout(db, 10000);
	if (db_exec(db, "PRAGMA foreign_keys = ON") < 0 || migrate(db) < 0) {
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

sqlite3 *db_open(const char *path)
{
	make_parent_dirs(path); /* the first collect makes the database's folder too; a failure shows when opening */
	return open_flags(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
}

sqlite3 *db_open_existing(const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0) {
		error(_("database: %s does not exist yet; run \"gongkai collect\" first"), path);
		return NULL;
	}
	return open_flags(path, SQLITE_OPEN_READWRITE);
}

void db_close(sqlite3 *db)
{
	sqlite3_close(db);
}
