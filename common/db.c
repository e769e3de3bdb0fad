/*
 * db — see db.h.
 */
#include "common/db.h"
#include "common/msg.h"
#include "common/schema.h"
#include "common/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* What went wrong, in one sentence a contact can act on; never the SQL. */
static const char *describe(int rc, int sys)
{
	if (sys == ENOSPC || sys == EDQUOT || sys == EFBIG)
		rc = SQLITE_FULL; /* SQLite calls a write that hit a size limit an I/O error */
	switch (rc & 0xFF) {
	case SQLITE_FULL: return _("the disk is full (or the database may not grow larger); free some space and run the command again");
	case SQLITE_IOERR: return _("the disk could not be read or written; check the disk and run the command again");
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB: return _("the database file is damaged or is not a gongkai database; restore it from a backup");
	case SQLITE_READONLY:
	case SQLITE_PERM: return _("the database cannot be written; check that its file and folder may be written");
	case SQLITE_CANTOPEN: return _("the database file cannot be opened; check the path in [paths] database");
	case SQLITE_BUSY:
	case SQLITE_LOCKED: return _("another program keeps the database busy; run the command again later");
	case SQLITE_TOOBIG: return _("a value is too large for the database");
	case SQLITE_NOMEM: return _("there is not enough memory");
	case SQLITE_CONSTRAINT: return _("the data broke a rule of the database (an internal error; please report it)");
	default: return NULL;
	}
}

int db_error(sqlite3 *db, const char *what)
{
	/* `what` (a statement or a table) is for engineers: set GONGKAI_DEBUG to see it with SQLite's own words */
	int rc = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
	const char *file = db ? sqlite3_db_filename(db, "main") : NULL;
	const char *why = describe(rc, db ? sqlite3_system_errno(db) : 0);
	if (why)
		error(_("database %s: %s"), file && *file ? file : "?", why);
	else /* SQLite's own words then: a table or column it cannot find, say */
		error(_("database %s: %s; the database does not look as this gongkai expects (please report it)"),
		      file && *file ? file : "?", db ? sqlite3_errmsg(db) : "?");
	if (getenv("GONGKAI_DEBUG"))
		fprintf(stderr, "  (%s: %s)\n", what ? what : "", db ? sqlite3_errmsg(db) : "");
	return -1;
}

int db_bind_error(sqlite3 *db, sqlite3_stmt *st)
{
	return db_error(db, st ? sqlite3_sql(st) : "bind");
}

int db_exec(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		sqlite3_free(msg);
		return db_error(db, sql);
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

sqlite3_stmt *db_prepare_year(sqlite3 *db, const char *sql, int year)
{
	sqlite3_stmt *st = db_prepare(db, sql);
	if (st && sqlite3_bind_int(st, 1, year) != SQLITE_OK) {
		db_bind_error(db, st);
		sqlite3_finalize(st);
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

static int working_year;

void db_set_working_year(int year)
{
	working_year = year;
}

/* gk_working_year(): the configured year, for schema step 3 (NULL when unset). */
static void sql_working_year(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	(void)argv;
	if (working_year > 0)
		sqlite3_result_int(ctx, working_year);
	else
		sqlite3_result_null(ctx);
}

/* Rows PRAGMA foreign_key_check reports: 0 when every reference holds. */
static int broken_references(sqlite3 *db)
{
	sqlite3_stmt *st = db_prepare(db, "PRAGMA foreign_key_check");
	if (!st)
		return -1;
	int n = 0, rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		n++;
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? n : db_error(db, "foreign_key_check");
}

/* After a migration from schema 2 or older: say which year the old rows were given. */
static void tell_migrated_year(sqlite3 *db)
{
	sqlite3_stmt *st = db_prepare(db, "SELECT year, COUNT(*) FROM package GROUP BY year ORDER BY year LIMIT 1");
	if (st && sqlite3_step(st) == SQLITE_ROW) {
		int year = sqlite3_column_int(st, 0);
		info(_("database: upgraded to hold several years; its %d stored packages belong to year %d"),
		     sqlite3_column_int(st, 1), year);
		if (working_year > 0 && year != working_year)
			warn(_("database: the stored packages were given year %d (the year of their catalogue rows), "
			       "not the working year %d"), year, working_year);
	}
	sqlite3_finalize(st);
}

/*
 * Every pending step in one transaction, foreign keys off while tables are
 * rebuilt and checked before committing: a failure leaves the database as it
 * was.  A database of a newer schema is refused, naming both versions.
 */
/* user_version, read and judged: 0, or -1 after saying why (unreadable, or a value no gongkai writes). */
static int user_version_checked(sqlite3 *db, int *v)
{
	sqlite3_stmt *st = db_prepare(db, "PRAGMA user_version");
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	sqlite3_int64 raw = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	if (rc != SQLITE_ROW) /* e.g. SQLITE_NOTADB: the file is something else */
		error(_("database: cannot open %s: %s"), sqlite3_db_filename(db, "main"), sqlite3_errmsg(db));
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return -1;
	if (raw < 0) {
		error(_("database %s: its schema version is %lld, which no gongkai writes; it is damaged or not a gongkai database"),
		      sqlite3_db_filename(db, "main"), (long long)raw);
		return -1;
	}
	*v = (int)raw; /* user_version is a 32-bit integer */
	return 0;
}

static int migrate(sqlite3 *db)
{
	int v;
	if (user_version_checked(db, &v) < 0)
		return -1;
	if (v > schema_nsteps) {
		error(_("database: it was written by a newer gongkai (schema %d, this program knows %d)"), v, schema_nsteps);
		return -1;
	}
	if (v == schema_nsteps)
		return 0;
	if (db_exec(db, "PRAGMA foreign_keys = OFF") < 0 || db_exec(db, "BEGIN IMMEDIATE") < 0)
		return -1;
	v = user_version(db); /* another process may have migrated meanwhile */
	int from = v;
	if (v < 0 || v > schema_nsteps)
		goto fail;
	for (; v < schema_nsteps; v++)
		if (db_exec(db, schema_steps[v]) < 0)
			goto fail;
	char pragma[64];
	snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", schema_nsteps); /* a constant, not user data */
	if (db_exec(db, pragma) < 0)
		goto fail;
	int broken = broken_references(db);
	if (broken != 0) {
		if (broken > 0)
			error(_("database: upgrading from schema %d to %d left %d broken references; nothing was changed"),
			      from, schema_nsteps, broken);
		goto fail;
	}
	if (db_exec(db, "COMMIT") < 0)
		goto fail;
	if (from >= 1 && from < 3)
		tell_migrated_year(db);
	return db_exec(db, "PRAGMA foreign_keys = ON");
fail:
	db_exec(db, "ROLLBACK");
	return -1;
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
	sqlite3_create_function(db, "gk_working_year", 0, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_working_year, NULL,
				NULL);
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

int db_quick_check(sqlite3 *db)
{
	sqlite3_stmt *st = db_prepare(db, "PRAGMA quick_check(1)");
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	int ok = rc == SQLITE_ROW && !strcmp((const char *)sqlite3_column_text(st, 0), "ok");
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return db_error(db, "quick_check");
	if (!ok) {
		error(_("database %s is damaged; nothing was done: run \"gongkai verify\" and restore the database from a backup"),
		      sqlite3_db_filename(db, "main"));
		return -1;
	}
	return 0;
}

void db_close(sqlite3 *db)
{
	sqlite3_close(db);
}
