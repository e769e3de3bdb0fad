/*
 * cmd_verify — `gongkai verify`: is the archive still what collect stored?
 *
 * Three checks, every year of the archive: PRAGMA integrity_check (the
 * SQLite file itself); every stored file's bytes against the SHA-256
 * recorded when it was stored; every version's package digest against its
 * files' SHA-256s (package_digest(), the function collect computes it
 * with).  Exit 0 when everything agrees, 1 naming each damaged version (and
 * each integrity problem), 2 when the check could not run.  The office runs
 * it before archiving a year; collect runs the quick part (quick_check) at
 * its start, see db_quick_check().
 *
 * The bytes are read with store_file_bytes(), the one place that turns a
 * stored value back into the file.  Nothing is written, and the archive is
 * held with a shared lock so no writer changes it meanwhile.
 */
#include "collect/collect.h"
#include "collect/package.h"
#include "collect/store.h"
#include "common/archive.h"
#include "common/db.h"
#include "common/digest.h"
#include "common/lock.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Integrity problems listed at most; the rest are counted. */
enum { MAX_INTEGRITY_LINES = 20 };

/* PRAGMA integrity_check: the number of problems (each printed), or -1 when it could not run. */
static long integrity(sqlite3 *db)
{
	sqlite3_stmt *st = db_prepare(db, "PRAGMA integrity_check(1000)");
	if (!st)
		return -1;
	long bad = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *line = (const char *)sqlite3_column_text(st, 0);
		if (line && !strcmp(line, "ok"))
			continue;
		if (++bad <= MAX_INTEGRITY_LINES) {
			char *shown = escaped(line ? line : "");
			error(_("database %s: the file is damaged: %s"), sqlite3_db_filename(db, "main"), shown);
			free(shown);
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		db_error(db, "integrity_check");
		return bad ? bad : -1;
	}
	if (bad > MAX_INTEGRITY_LINES)
		error(_("database %s: %ld more integrity problems not listed"), sqlite3_db_filename(db, "main"),
		      bad - MAX_INTEGRITY_LINES);
	return bad;
}


struct version {
	sqlite3_int64 id;
	char *unit;
	int year, version;
	char digest[DIGEST_HEX];
	char sha[PKG_NFILES][DIGEST_HEX]; /* as recorded */
	char *name[PKG_NFILES];           /* the stored file of each slot (package_slot()), owned */
	int has[PKG_NFILES];
	int damaged;
};

static void say_damaged(struct version *v, const char *what)
{
	char *unit = escaped(v->unit);
	error(_("%s, year %d, version %d: %s"), unit, v->year, v->version, what);
	free(unit);
	v->damaged = 1;
}

/* The files of version v: bytes against their SHA-256, then the package digest.  -1 on a database error. */
static int check_version(sqlite3 *db, sqlite3_stmt *files, struct version *v, size_t *nfiles)
{
	if (sqlite3_bind_int64(files, 1, v->id) != SQLITE_OK)
		return db_bind_error(db, files);
	struct strbuf bytes = STRBUF_INIT;
	int rc;
	while ((rc = sqlite3_step(files)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(files, 0);
		const char *sha = (const char *)sqlite3_column_text(files, 1);
		(*nfiles)++;
		int i = name ? package_slot(name) : -1;
		if (i >= 0 && v->has[i]) /* two stored files for one slot: the second is as unknown as a stray name */
			i = -1;
		if (i < 0) {
			char *shown = escaped(name ? name : "");
			char *what = xasprintf(_("a stored file has the unknown name \"%s\""), shown);
			say_damaged(v, what);
			free(what);
			free(shown);
			continue;
		}
		v->has[i] = 1;
		v->name[i] = xstrdup(name);
		snprintf(v->sha[i], DIGEST_HEX, "%s", sha ? sha : "");
		sb_reset(&bytes);
		char actual[DIGEST_HEX];
		if (store_file_bytes(files, 2, &bytes) < 0) {
			char *what = xasprintf(_("%s: the stored bytes cannot be read"), name);
			say_damaged(v, what);
			free(what);
		} else if (sha256_hex(bytes.buf ? bytes.buf : "", bytes.len, actual), strcmp(actual, v->sha[i])) {
			char *what = xasprintf(_("%s: the stored bytes no longer match their SHA-256"), name);
			say_damaged(v, what);
			free(what);
		}
	}
	sb_release(&bytes);
	sqlite3_reset(files);
	if (rc != SQLITE_DONE) {
		for (int i = 0; i < PKG_NFILES; i++)
			free(v->name[i]);
		return db_error(db, "package_file");
	}
	/* the workbook form (its workbook in the stats slot) has no submission.ini or catalog.csv */
	int workbook = v->has[PKG_STATS] && package_slot(v->name[PKG_STATS]) == PKG_STATS &&
		       strcmp(v->name[PKG_STATS], package_file_names[PKG_STATS]);
	for (int i = 0; i < PKG_NFILES; i++) {
		if (!v->has[i] && !(workbook && (i == PKG_SUBMISSION || i == PKG_CATALOG))) {
			char *what = xasprintf(_("%s: the stored file is missing"),
					       workbook && i == PKG_STATS ? "报送表.xlsx" : package_file_names[i]);
			say_damaged(v, what);
			free(what);
		}
	}
	const char *sha[PKG_NFILES];
	for (int i = 0; i < PKG_NFILES; i++)
		sha[i] = v->has[i] ? v->sha[i] : NULL;
	char digest[DIGEST_HEX];
	package_digest((const char *const *)v->name, sha, digest);
	for (int i = 0; i < PKG_NFILES; i++) {
		free(v->name[i]);
		v->name[i] = NULL;
	}
	if (strcmp(digest, v->digest))
		say_damaged(v, _("the package's digest does not match its files"));
	return 0;
}

/* Every version of every year.  The number of damaged versions, or -1 on a database error. */
static long check_files(sqlite3 *db, size_t *nversions, size_t *nfiles)
{
	sqlite3_stmt *pk = db_prepare(db, "SELECT id, unit, year, version, digest FROM package ORDER BY year, unit, version");
	sqlite3_stmt *files = db_prepare(db, "SELECT name, sha256, bytes, compression, size FROM package_file WHERE package_id = ? ORDER BY name");
	long damaged = -1;
	if (!pk || !files)
		goto out;
	damaged = 0;
	int rc;
	while ((rc = sqlite3_step(pk)) == SQLITE_ROW) {
		struct version v;
		memset(&v, 0, sizeof(v));
		v.id = sqlite3_column_int64(pk, 0);
		const char *unit = (const char *)sqlite3_column_text(pk, 1);
		v.unit = xstrdup(unit ? unit : "");
		v.year = sqlite3_column_int(pk, 2);
		v.version = sqlite3_column_int(pk, 3);
		const char *digest = (const char *)sqlite3_column_text(pk, 4);
		snprintf(v.digest, sizeof(v.digest), "%s", digest ? digest : "");
		(*nversions)++;
		int failed = check_version(db, files, &v, nfiles) < 0;
		damaged += v.damaged;
		free(v.unit);
		if (failed) {
			damaged = -1;
			goto out;
		}
	}
	if (rc != SQLITE_DONE) {
		db_error(db, "package");
		damaged = -1;
	}
out:
	sqlite3_finalize(pk);
	sqlite3_finalize(files);
	return damaged;
}

int cmd_verify(const struct args *a, const struct config *cfg)
{
	(void)a;
	struct archive_lock lock;
	sqlite3 *db = archive_open(&lock, cfg, LOCK_SHARED, "verify");
	if (!db)
		return 2;
	int rc = 2;
	long bad = integrity(db);
	size_t nversions = 0, nfiles = 0;
	long damaged = check_files(db, &nversions, &nfiles);
	if (bad < 0 && damaged < 0)
		goto out;
	if (bad == 0 && damaged == 0) {
		info(_("verify: the database is sound; all %zu stored files of %zu versions match their SHA-256"), nfiles,
		     nversions);
		rc = 0;
	} else {
		if (damaged > 0)
			error(ngettext("verify: %ld damaged version (named above); restore the database from a backup",
				       "verify: %ld damaged versions (named above); restore the database from a backup",
				       (unsigned long)damaged),
			      damaged);
		else if (damaged < 0)
			error(_("verify: the stored files could not all be checked (see above); restore the database from a backup"));
		if (bad > 0)
			error(_("verify: the database file itself is damaged (see above); restore it from a backup"));
		rc = 1;
	}
out:
	archive_close(db, &lock);
	return rc;
}
