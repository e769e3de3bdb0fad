/*
 * test_lastyear — score/lastyear.c on a small archive built here: the
 * newest package of 2024 of each unit (not an older version, not another
 * year's), only the codes asked for (a code the package lacks: no figure),
 * 17 codes so that the second run of the 16-path statement is used, the
 * catalogue rows published in 2024 only, and the repeat check's counts for
 * units with a summary this year (as text_gram_overlap() gives them).  Once
 * on a database file (the reading runs in its own thread on a second
 * connection) and once in memory (no file name: read on the caller's
 * connection).
 */
#include "common/codes.h"
#include "common/date.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/util.h"
#include "score/lastyear.h"
#include "score/text.h"
#include "tests/unit/score_check.h"

#include <stdlib.h>
#include <unistd.h>

static day_t D(int y, int m, int d)
{
	day_t x = 0;
	if (day_from_ymd(y, m, d, &x) < 0)
		abort();
	return x;
}

static void exec(sqlite3 *db, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "%s: %s\n", sql, err ? err : "?");
		abort();
	}
}

static void package(sqlite3 *db, int id, int year, const char *unit, int version, const char *summary,
		    const char *stats)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db,
			       "INSERT INTO package (id, year, unit, version, digest, received, received_local, contact,"
			       " phone, summary, stats) VALUES (?1, ?2, ?3, ?4, 'd', 0, '', '', '', ?5, ?6)",
			       -1, &st, NULL) != SQLITE_OK)
		abort();
	sqlite3_bind_int(st, 1, id);
	sqlite3_bind_int(st, 2, year);
	sqlite3_bind_text(st, 3, unit, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, version);
	sqlite3_bind_text(st, 5, summary, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, stats, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		abort();
	sqlite3_finalize(st);
}

static void row(sqlite3 *db, int package_id, int line, day_t published)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db,
			       "INSERT INTO catalog (package_id, line, index_no, title, category, formed_on, published_on,"
			       " url, chars, year) VALUES (?1, ?2, '', 't', 'guide', NULL, ?3, '', NULL, 2024)",
			       -1, &st, NULL) != SQLITE_OK)
		abort();
	sqlite3_bind_int(st, 1, package_id);
	sqlite3_bind_int(st, 2, line);
	sqlite3_bind_int(st, 3, published);
	if (sqlite3_step(st) != SQLITE_DONE)
		abort();
	sqlite3_finalize(st);
}

static int idx(const char *code)
{
	int i = stat_index(code);
	if (i < 0)
		abort();
	return i;
}

static void check_archive(sqlite3 *db)
{
	exec(db, "BEGIN");
	package(db, 1, 2024, "a", 1, "旧的一版", "{\"t1.rules.in_force\":1,\"t3.new.total\":1}");
	package(db, 2, 2024, "a", 2, "一二三四五六七", "{\"t1.rules.in_force\":7,\"t3.new.total\":30,\"t1.penalty.decisions\":4}");
	package(db, 3, 2024, "b", 1, "乙的总结", "{\"t1.rules.in_force\":5}");
	package(db, 4, 2023, "c", 1, "丙的前年", "{\"t1.rules.in_force\":9}");
	package(db, 5, 2025, "a", 1, "本年", "{\"t1.rules.in_force\":8}");
	row(db, 2, 2, D(2024, 3, 1));
	row(db, 2, 3, D(2024, 12, 31));
	row(db, 2, 4, D(2023, 12, 31)); /* not in 2024 */
	row(db, 1, 2, D(2024, 5, 5));   /* an older version's */
	exec(db, "COMMIT");

	/* 17 codes: t1.penalty.decisions last, in the second run of the statement */
	static const char *const codes[] = { "t1.rules.in_force", "t3.new.total", "t3.new.natural", "t3.new.business",
					     "t3.new.research", "t3.new.public_interest", "t3.new.legal", "t3.new.org_other",
					     "t3.carried.natural", "t3.carried.business", "t3.carried.research",
					     "t3.carried.public_interest", "t3.carried.legal", "t3.carried.org_other",
					     "t3.carried.total", "t1.license.decisions", "t1.penalty.decisions" };
	int need[17];
	for (size_t k = 0; k < 17; k++)
		need[k] = idx(codes[k]);
	const char *units[] = { "a", "b", "c" };
	const char *now[] = { "一二三四五", NULL, "丙的本年" };
	struct lastyear *ly = lastyear_start(db, 2024, D(2024, 1, 1), D(2024, 12, 31), need, 17, units, now, 3, 3);
	CHECK_LL(lastyear_wait(ly), 0);

	const struct lastyear_row *a = lastyear_find(ly, "a");
	CHECK(a != NULL);
	if (a) {
		CHECK_LL(a->id, 2);
		CHECK_LL(a->catalog_rows, 2);
		CHECK_LL(a->has[0], 1);
		CHECK_LL(a->value[0], 7);
		CHECK_LL(a->value[1], 30);
		CHECK_LL(a->has[2], 0); /* a code the package lacks: no figure */
		CHECK_LL(a->has[15], 0);
		CHECK_LL(a->has[16], 1);
		CHECK_LL(a->value[16], 4);
		size_t g;
		size_t common = text_gram_overlap("一二三四五", "一二三四五六七", 3, &g);
		CHECK_LL(a->has_summary, 1);
		CHECK_LL(a->grams, g);
		CHECK_LL(a->common, common);
		CHECK_LL(a->grams, 3);
		CHECK_LL(a->common, 3);
	}
	const struct lastyear_row *b = lastyear_find(ly, "b");
	CHECK(b != NULL);
	if (b) {
		CHECK_LL(b->catalog_rows, 0);
		CHECK_LL(b->value[0], 5);
		CHECK_LL(b->has_summary, 0); /* no summary this year: no counts */
	}
	CHECK(lastyear_find(ly, "c") == NULL); /* its package is of 2023 */
	CHECK(lastyear_find(ly, "z") == NULL);
	lastyear_free(ly);
}

int main(void)
{
	msg_init("en");
	char path[] = "/tmp/test_lastyear-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		abort();
	close(fd);
	unlink(path);
	sqlite3 *db = db_open(path);
	CHECK(db != NULL);
	if (db) {
		check_archive(db); /* a file: the reading's own thread and connection */
		db_close(db);
	}
	unlink(path);
	char *journal = xasprintf("%s-journal", path);
	unlink(journal);
	free(journal);
	db = db_open(":memory:");
	CHECK(db != NULL);
	if (db) {
		check_archive(db); /* no file name: read on this connection */
		db_close(db);
	}
	return failures != 0;
}
