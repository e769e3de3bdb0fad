/*
 * store — see store.h.
 */
#include "collect/store.h"
#include "common/compress.h"
#include "common/date.h"
#include "common/db.h"
#include "common/rejection.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/*
 * Catalogue rows go in ROWS_PER_INSERT at a time: one statement per row
 * cost about a third more (bench/README.md).  The statements are
 * constants; only values are bound.
 */
#define INSERT_ROWS \
	"INSERT INTO catalog (package_id, line, index_no, title, category, formed_on, published_on, url, chars, year) VALUES "
#define ROW_VALUES "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#define ROWS_5 ROW_VALUES ", " ROW_VALUES ", " ROW_VALUES ", " ROW_VALUES ", " ROW_VALUES
enum { ROW_PARAMS = 10, ROWS_PER_INSERT = 20 };

int store_open(struct store *s, sqlite3 *db, int year)
{
	memset(s, 0, sizeof(*s));
	s->db = db;
	s->year = year;
	s->newest = db_prepare(db, "SELECT version, digest FROM newest_package WHERE year = ?2 AND unit = ?1");
	s->last_attempt = db_prepare(db, "SELECT digest FROM attempt WHERE year = ?2 AND unit = ?1 ORDER BY id DESC LIMIT 1");
	s->first_version = db_prepare(db, "SELECT received FROM first_package WHERE year = ?2 AND unit = ?1");
	s->ins_package = db_prepare(db,
		"INSERT INTO package (unit, version, digest, received, received_local, contact, phone, summary, stats,"
		" year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	s->ins_file = db_prepare(db,
		"INSERT INTO package_file (package_id, name, sha256, encoding, mtime, bytes, year, compression, size)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
	s->ins_row = db_prepare(db, INSERT_ROWS ROW_VALUES);
	s->ins_rows = db_prepare(db, INSERT_ROWS ROWS_5 ", " ROWS_5 ", " ROWS_5 ", " ROWS_5);
	s->ins_attempt = db_prepare(db,
		"INSERT INTO attempt (unit, digest, received, outcome, package_id, messages, year) VALUES (?, ?, ?, ?, ?, ?, ?)");
	if (!s->newest || !s->last_attempt || !s->first_version || !s->ins_package || !s->ins_file ||
	    !s->ins_row || !s->ins_rows || !s->ins_attempt) {
		store_close(s);
		return -1;
	}
	return 0;
}

void store_close(struct store *s)
{
	sqlite3_finalize(s->newest);
	sqlite3_finalize(s->last_attempt);
	sqlite3_finalize(s->first_version);
	sqlite3_finalize(s->ins_package);
	sqlite3_finalize(s->ins_file);
	sqlite3_finalize(s->ins_row);
	sqlite3_finalize(s->ins_rows);
	sqlite3_finalize(s->ins_attempt);
	memset(s, 0, sizeof(*s));
}

int store_begin(struct store *s)
{
	return db_exec(s->db, "BEGIN IMMEDIATE");
}

int store_commit(struct store *s)
{
	return db_exec(s->db, "COMMIT");
}

int store_newest(struct store *s, const char *unit, int *version, char digest[DIGEST_HEX])
{
	*version = 0;
	digest[0] = '\0';
	if ((sqlite3_bind_text(s->newest, 1, unit, -1, SQLITE_STATIC) | sqlite3_bind_int(s->newest, 2, s->year)) != SQLITE_OK)
		return db_bind_error(s->db, s->newest);
	int rc = sqlite3_step(s->newest);
	if (rc == SQLITE_ROW) {
		*version = sqlite3_column_int(s->newest, 0);
		snprintf(digest, DIGEST_HEX, "%s", (const char *)sqlite3_column_text(s->newest, 1));
	}
	sqlite3_reset(s->newest);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_error(s->db, "newest version");
}

int store_first_days_late(struct store *s, const char *unit, day_t deadline)
{
	if ((sqlite3_bind_text(s->first_version, 1, unit, -1, SQLITE_STATIC) |
	     sqlite3_bind_int(s->first_version, 2, s->year)) != SQLITE_OK)
		return -1;
	int days = sqlite3_step(s->first_version) == SQLITE_ROW
			   ? days_late(sqlite3_column_int64(s->first_version, 0), deadline)
			   : -1;
	sqlite3_reset(s->first_version);
	return days;
}

static int insert_attempt(struct store *s, const char *unit, const char *digest, time_t received, const char *outcome,
			  sqlite3_int64 package_id, const char *messages)
{
	sqlite3_stmt *st = s->ins_attempt;
	int b = sqlite3_bind_text(st, 1, unit, -1, SQLITE_STATIC);
	b |= sqlite3_bind_text(st, 2, digest, -1, SQLITE_STATIC);
	b |= sqlite3_bind_int64(st, 3, (sqlite3_int64)received);
	b |= sqlite3_bind_text(st, 4, outcome, -1, SQLITE_STATIC);
	b |= package_id ? sqlite3_bind_int64(st, 5, package_id) : sqlite3_bind_null(st, 5);
	b |= sqlite3_bind_text64(st, 6, messages, strlen(messages), SQLITE_STATIC, SQLITE_UTF8);
	b |= sqlite3_bind_int(st, 7, s->year);
	if (b != SQLITE_OK)
		return db_bind_error(s->db, st);
	return db_step_done(s->db, st);
}

/* A row's text: the length as SQLite's 64-bit count, never cast to int. */
static int bind_str(sqlite3_stmt *st, int at, const char *s)
{
	return sqlite3_bind_text64(st, at, s, strlen(s), SQLITE_STATIC, SQLITE_UTF8);
}

/* Bind catalogue row r as the row starting at parameter `at` (1-based).  SQLITE_OK, else nonzero. */
static int bind_row(sqlite3_stmt *st, int at, sqlite3_int64 id, int year, const struct package *p,
		    const struct cat_row *r)
{
	int b = sqlite3_bind_int64(st, at, id);
	b |= sqlite3_bind_int64(st, at + 1, r->line);
	b |= bind_str(st, at + 2, row_text(p, r->index_no));
	b |= bind_str(st, at + 3, row_text(p, r->title));
	b |= bind_str(st, at + 4, row_text(p, r->category));
	b |= r->has_formed ? sqlite3_bind_int(st, at + 5, r->formed_on) : sqlite3_bind_null(st, at + 5);
	b |= sqlite3_bind_int(st, at + 6, r->published_on);
	b |= bind_str(st, at + 7, row_text(p, r->url));
	b |= r->has_chars ? sqlite3_bind_int64(st, at + 8, r->chars) : sqlite3_bind_null(st, at + 8);
	b |= sqlite3_bind_int(st, at + 9, year);
	return b;
}

static int insert_rows(struct store *s, const struct package *p, sqlite3_int64 id)
{
	for (int i = 0; i < PKG_NFILES; i++) {
		const struct text *t = &p->file[i];
		if (!p->file_name[i])
			continue; /* the workbook form has no such file */
		sqlite3_stmt *st = s->ins_file;
		int b = sqlite3_bind_int64(st, 1, id);
		b |= sqlite3_bind_text(st, 2, p->file_name[i], -1, SQLITE_STATIC);
		b |= sqlite3_bind_text(st, 3, p->file_digest[i], -1, SQLITE_STATIC);
		b |= sqlite3_bind_text(st, 4, t->encoding, -1, SQLITE_STATIC);
		b |= sqlite3_bind_int64(st, 5, (sqlite3_int64)t->mtime);
		if (p->packed[i]) { /* compressed in the reading thread (package_pack) */
			b |= sqlite3_bind_blob64(st, 6, p->packed[i], p->packed_len[i], SQLITE_STATIC);
			b |= sqlite3_bind_text(st, 8, COMPRESS_NAME, -1, SQLITE_STATIC);
		} else {
			b |= sqlite3_bind_blob64(st, 6, t->raw, t->raw_len, SQLITE_STATIC);
			b |= sqlite3_bind_text(st, 8, "", -1, SQLITE_STATIC);
		}
		b |= sqlite3_bind_int(st, 7, s->year);
		b |= sqlite3_bind_int64(st, 9, (sqlite3_int64)t->raw_len);
		if (b != SQLITE_OK)
			return db_bind_error(s->db, st);
		if (db_step_done(s->db, st) < 0)
			return -1;
	}
	size_t i = 0;
	for (; i + ROWS_PER_INSERT <= p->nrows; i += ROWS_PER_INSERT) {
		int b = SQLITE_OK;
		for (int k = 0; k < ROWS_PER_INSERT; k++)
			b |= bind_row(s->ins_rows, 1 + k * ROW_PARAMS, id, s->year, p, &p->rows[i + (size_t)k]);
		if (b != SQLITE_OK)
			return db_bind_error(s->db, s->ins_rows);
		if (db_step_done(s->db, s->ins_rows) < 0)
			return -1;
	}
	for (; i < p->nrows; i++) {
		if (bind_row(s->ins_row, 1, id, s->year, p, &p->rows[i]) != SQLITE_OK)
			return db_bind_error(s->db, s->ins_row);
		if (db_step_done(s->db, s->ins_row) < 0)
			return -1;
	}
	return 0;
}

int store_package(struct store *s, const struct package *p, const struct config *cfg, int *version)
{
	(void)cfg; /* days late are worked out when shown or scored (days_late()), not stored */
	int newest;
	char digest[DIGEST_HEX];
	/* Read the newest version inside the transaction: another collect may have run. */
	if (store_newest(s, p->code, &newest, digest) < 0)
		return -1;
	if (newest > 0 && !strcmp(digest, p->digest)) {
		/* the same content as the newest version, however it got there (another run, a copy back) */
		*version = newest;
		return 1;
	}
	char received[32];
	format_received(p->received, received, sizeof(received));
	sqlite3_stmt *st = s->ins_package;
	int b = sqlite3_bind_text(st, 1, p->code, -1, SQLITE_STATIC);
	b |= sqlite3_bind_int(st, 2, newest + 1);
	b |= sqlite3_bind_text(st, 3, p->digest, -1, SQLITE_STATIC);
	b |= sqlite3_bind_int64(st, 4, (sqlite3_int64)p->received);
	b |= sqlite3_bind_text(st, 5, received, -1, SQLITE_STATIC);
	b |= bind_str(st, 6, p->contact);
	b |= bind_str(st, 7, p->phone);
	b |= bind_str(st, 8, p->summary);
	b |= sqlite3_bind_text64(st, 9, sb_str(&p->stats_json), p->stats_json.len, SQLITE_STATIC, SQLITE_UTF8);
	b |= sqlite3_bind_int(st, 10, s->year);
	if (b != SQLITE_OK)
		return db_bind_error(s->db, st);
	if (db_step_done(s->db, st) < 0)
		return -1;
	sqlite3_int64 id = sqlite3_last_insert_rowid(s->db);
	if (insert_rows(s, p, id) < 0 || insert_attempt(s, p->code, p->digest, p->received, "accepted", id, "") < 0)
		return -1;
	*version = newest + 1;
	return 0;
}

int store_file_bytes(sqlite3_stmt *st, int col, struct strbuf *out)
{
	const void *b = sqlite3_column_blob(st, col);
	sqlite3_int64 n = sqlite3_column_bytes(st, col);
	if (n < 0 || (n > 0 && !b))
		return -1;
	const char *how = (const char *)sqlite3_column_text(st, col + 1);
	if (!how || !how[0]) { /* stored as read (before compression, schema step 7) */
		sb_add(out, b, (size_t)n);
		return 0;
	}
	sqlite3_int64 size = sqlite3_column_int64(st, col + 2);
	if (strcmp(how, COMPRESS_NAME) || sqlite3_column_type(st, col + 2) != SQLITE_INTEGER || size < 0 ||
	    (unsigned long long)size > COMPRESS_MAX_BYTES)
		return -1;
	char *plain;
	if (decompress_bytes(b, (size_t)n, (size_t)size, &plain) < 0)
		return -1;
	sb_add(out, plain, (size_t)size);
	free(plain);
	return 0;
}

int store_rejection(struct store *s, const struct package *p, const char *unit, const struct diags *d,
		    const char *messages)
{
	const char *digest = p->digest;
	time_t received = p->received;
	if ((sqlite3_bind_text(s->last_attempt, 1, unit, -1, SQLITE_STATIC) |
	     sqlite3_bind_int(s->last_attempt, 2, s->year)) != SQLITE_OK)
		return db_bind_error(s->db, s->last_attempt);
	int same = sqlite3_step(s->last_attempt) == SQLITE_ROW &&
		   !strcmp((const char *)sqlite3_column_text(s->last_attempt, 0), digest);
	sqlite3_reset(s->last_attempt);
	if (same)
		return 0;
	if (insert_attempt(s, unit, digest, received, "rejected", 0, messages) < 0)
		return -1;
	sqlite3_int64 id = sqlite3_last_insert_rowid(s->db);
	sqlite3_stmt *up = db_prepare(s->db, "UPDATE attempt SET problems = ?, read_at = ? WHERE id = ?");
	if (!up)
		return -1;
	int b = sqlite3_bind_int64(up, 1, (sqlite3_int64)d->errors);
	b |= sqlite3_bind_int64(up, 2, (sqlite3_int64)time(NULL));
	b |= sqlite3_bind_int64(up, 3, id);
	int rc = b == SQLITE_OK ? db_step_done(s->db, up) : db_bind_error(s->db, up);
	sqlite3_finalize(up);
	if (rc < 0)
		return -1;
	/* the problems as data and the files as read: the letter that returns it is written from these */
	struct attempt_file files[PKG_NFILES];
	for (int i = 0; i < PKG_NFILES; i++) {
		files[i].name = package_file_names[i];
		files[i].sha256 = p->file[i].raw ? p->file_digest[i] : NULL;
		files[i].mtime = p->file[i].mtime;
	}
	return rejection_store(s->db, id, d, files, PKG_NFILES);
}
