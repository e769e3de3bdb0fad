/*
 * store — see store.h.
 */
#include "collect/store.h"
#include "common/codes.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/util.h"

#include <string.h>

int store_open(struct store *s, sqlite3 *db)
{
	memset(s, 0, sizeof(*s));
	s->db = db;
	s->newest = db_prepare(db, "SELECT version, digest FROM package WHERE unit = ? ORDER BY version DESC LIMIT 1");
	s->last_attempt = db_prepare(db, "SELECT digest FROM attempt WHERE unit = ? ORDER BY id DESC LIMIT 1");
	s->first_version = db_prepare(db, "SELECT days_late FROM package WHERE unit = ? AND version = 1");
	s->ins_package = db_prepare(db,
		"INSERT INTO package (unit, version, digest, received, received_local, days_late, contact, phone, summary, stats)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	s->ins_file = db_prepare(db,
		"INSERT INTO package_file (package_id, name, sha256, encoding, mtime, bytes) VALUES (?, ?, ?, ?, ?, ?)");
	s->ins_row = db_prepare(db,
		"INSERT INTO catalog (package_id, line, index_no, title, category, formed_on, published_on, url, chars)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
	s->ins_attempt = db_prepare(db,
		"INSERT INTO attempt (unit, digest, received, outcome, package_id, messages) VALUES (?, ?, ?, ?, ?, ?)");
	if (!s->newest || !s->last_attempt || !s->first_version || !s->ins_package || !s->ins_file ||
	    !s->ins_row || !s->ins_attempt) {
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
	sqlite3_bind_text(s->newest, 1, unit, -1, SQLITE_STATIC);
	int rc = sqlite3_step(s->newest);
	if (rc == SQLITE_ROW) {
		*version = sqlite3_column_int(s->newest, 0);
		snprintf(digest, DIGEST_HEX, "%s", (const char *)sqlite3_column_text(s->newest, 1));
	}
	sqlite3_reset(s->newest);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_error(s->db, "newest version");
}

int store_first_days_late(struct store *s, const char *unit)
{
	sqlite3_bind_text(s->first_version, 1, unit, -1, SQLITE_STATIC);
	int days = sqlite3_step(s->first_version) == SQLITE_ROW ? sqlite3_column_int(s->first_version, 0) : -1;
	sqlite3_reset(s->first_version);
	return days;
}

static int insert_attempt(struct store *s, const char *unit, const char *digest, time_t received, const char *outcome,
			  sqlite3_int64 package_id, const char *messages)
{
	sqlite3_stmt *st = s->ins_attempt;
	sqlite3_bind_text(st, 1, unit, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, digest, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)received);
	sqlite3_bind_text(st, 4, outcome, -1, SQLITE_STATIC);
	if (package_id)
		sqlite3_bind_int64(st, 5, package_id);
	else
		sqlite3_bind_null(st, 5);
	sqlite3_bind_text(st, 6, messages, -1, SQLITE_STATIC);
	return db_step_done(s->db, st);
}

/* {"t1.rules.issued":0,…}: codes are plain ASCII, values integers. */
static void stats_json(const struct package *p, struct strbuf *sb)
{
	size_t n;
	const struct statcode *codes = stat_codes(&n);
	sb_addc(sb, '{');
	for (size_t i = 0; i < n; i++) {
		char digits[24], *d = digits + sizeof(digits);
		unsigned long long v = (unsigned long long)p->stats[i]; /* never negative: collect rejects that */
		do
			*--d = (char)('0' + v % 10);
		while ((v /= 10) > 0);
		if (i)
			sb_addc(sb, ',');
		sb_addc(sb, '"');
		sb_adds(sb, codes[i].code);
		sb_adds(sb, "\":");
		sb_add(sb, d, (size_t)(digits + sizeof(digits) - d));
	}
	sb_addc(sb, '}');
}

static int insert_rows(struct store *s, const struct package *p, sqlite3_int64 id)
{
	for (int i = 0; i < PKG_NFILES; i++) {
		const struct text *t = &p->file[i];
		sqlite3_stmt *st = s->ins_file;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, package_file_names[i], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, p->file_digest[i], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, t->encoding, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 5, (sqlite3_int64)t->mtime);
		sqlite3_bind_blob(st, 6, t->raw, (int)t->raw_len, SQLITE_STATIC);
		if (db_step_done(s->db, st) < 0)
			return -1;
	}
	for (size_t i = 0; i < p->nrows; i++) {
		const struct cat_row *r = &p->rows[i];
		sqlite3_stmt *st = s->ins_row;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, r->line);
		sqlite3_bind_text(st, 3, r->index_no, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, r->title, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, r->category, -1, SQLITE_STATIC);
		if (r->has_formed)
			sqlite3_bind_int(st, 6, r->formed_on);
		else
			sqlite3_bind_null(st, 6);
		sqlite3_bind_int(st, 7, r->published_on);
		sqlite3_bind_text(st, 8, r->url, -1, SQLITE_STATIC);
		if (r->has_chars)
			sqlite3_bind_int64(st, 9, r->chars);
		else
			sqlite3_bind_null(st, 9);
		if (db_step_done(s->db, st) < 0)
			return -1;
	}
	return 0;
}

int store_package(struct store *s, const struct package *p, const struct config *cfg, int *version)
{
	int newest;
	char digest[DIGEST_HEX];
	if (db_exec(s->db, "SAVEPOINT package") < 0)
		return -1;
	/* Read the newest version inside the transaction: another collect may have run. */
	if (store_newest(s, p->code, &newest, digest) < 0)
		goto fail;
	char received[32];
	format_received(p->received, received, sizeof(received));
	sqlite3_stmt *st = s->ins_package;
	sqlite3_bind_text(st, 1, p->code, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, newest + 1);
	sqlite3_bind_text(st, 3, p->digest, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)p->received);
	sqlite3_bind_text(st, 5, received, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 6, package_days_late(p->received, cfg->deadline));
	sqlite3_bind_text(st, 7, p->contact, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, p->phone, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, p->summary, -1, SQLITE_STATIC);
	struct strbuf json = STRBUF_INIT;
	stats_json(p, &json);
	sqlite3_bind_text(st, 10, sb_str(&json), (int)json.len, SQLITE_TRANSIENT);
	sb_release(&json);
	if (db_step_done(s->db, st) < 0)
		goto fail;
	sqlite3_int64 id = sqlite3_last_insert_rowid(s->db);
	if (insert_rows(s, p, id) < 0 || insert_attempt(s, p->code, p->digest, p->received, "accepted", id, "") < 0)
		goto fail;
	if (db_exec(s->db, "RELEASE package") < 0)
		goto fail;
	*version = newest + 1;
	return 0;
fail:
	db_exec(s->db, "ROLLBACK TO package");
	db_exec(s->db, "RELEASE package");
	return -1;
}

int store_rejection(struct store *s, const char *unit, const char *digest, time_t received, const char *messages)
{
	sqlite3_bind_text(s->last_attempt, 1, unit, -1, SQLITE_STATIC);
	int same = sqlite3_step(s->last_attempt) == SQLITE_ROW &&
		   !strcmp((const char *)sqlite3_column_text(s->last_attempt, 0), digest);
	sqlite3_reset(s->last_attempt);
	if (same)
		return 0;
	return insert_attempt(s, unit, digest, received, "rejected", 0, messages);
}
