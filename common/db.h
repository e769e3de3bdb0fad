/*
 * db — the SQLite database: opening, schema migrations, small helpers.
 *
 * The schema is versioned with PRAGMA user_version; each step runs in its
 * own transaction.  Tables are STRICT, foreign keys are on, extended result
 * codes are on, and the journal stays a rollback journal so the database is
 * one file that can be copied and mailed.  SQL is never built from strings:
 * every value is bound.
 *
 * Every year is kept in one database (years.md): each table of per-year
 * data has a column `year`, and every command reads and writes only the
 * working year's rows.
 *
 * Tables (see schema.c for the exact DDL):
 *   unit            the roster of each year, as last loaded for it
 *   package         one row per accepted version of a unit's package
 *   package_file    the exact bytes and SHA-256 of each file of a version
 *   stat            (a view) stats.csv values of a version, from package.stats (JSON);
 *                   t1.fees.amount in hundredths
 *   catalog         catalog.csv rows of a version (dates as day numbers)
 *   attempt         every distinct package seen by collect, accepted or rejected
 *   score, criterion_score, deduction   written by `score`, read by export/report
 */
#ifndef GK_DB_H
#define GK_DB_H

#include <sqlite3.h>

/* Open (creating if needed) and migrate. NULL after printing an error. */
sqlite3 *db_open(const char *path);
/* Open an existing database read-only; NULL after printing an error if it is missing. */
sqlite3 *db_open_existing(const char *path);
void db_close(sqlite3 *db);

/* Run SQL without results; -1 after printing an error. */
int db_exec(sqlite3 *db, const char *sql);
/* Prepare; NULL after printing an error. */
sqlite3_stmt *db_prepare(sqlite3 *db, const char *sql);
/* db_prepare() of a statement whose first parameter is the year, bound to year; NULL after printing the error. */
sqlite3_stmt *db_prepare_year(sqlite3 *db, const char *sql, int year);
/* Print the database's last error as one sentence naming the file (never the SQL; `what`
 * shows only with GONGKAI_DEBUG set) and return -1. */
int db_error(sqlite3 *db, const char *what);
/* A failed sqlite3_bind_* on st: the same. */
int db_bind_error(sqlite3 *db, sqlite3_stmt *st);
/* sqlite3_step expecting SQLITE_DONE, then reset; -1 after printing an error. */
int db_step_done(sqlite3 *db, sqlite3_stmt *st);

int db_schema_version(void);
/* PRAGMA quick_check: 0 when the file is sound, else -1 after saying it is damaged. */
int db_quick_check(sqlite3 *db);

/* The working year ([district] year), set once after the config is read:
 * migrating a one-year database (schema 2) gives its rows this year when
 * its catalogue has no rows to tell the year by. */
void db_set_working_year(int year);

#endif
