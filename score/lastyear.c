/*
 * lastyear — last year's packages as the checks across years read them;
 * see lastyear.h.
 */
#include "score/lastyear.h"
#include "common/codes.h"
#include "common/db.h"
#include "common/util.h"
#include "score/text.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct lastyear {
	/* what to read; need, units and summaries borrowed until lastyear_wait() */
	int year;
	day_t from, to;
	const int *need;
	size_t nneed;
	const char *const *units;
	const char *const *summaries;
	size_t nunits, ngram;
	/* how */
	sqlite3 *db;                 /* the connection read: own (closed by lastyear_wait) or the caller's */
	int own;
	pthread_t thread;
	int running;
	const char *failed;          /* the statement that failed, NULL if none */
	/* what was read */
	struct lastyear_row *rows;   /* sorted by unit */
	size_t nrows;
};

static int cmp_unit(const void *a, const void *b)
{
	return strcmp(((const struct lastyear_row *)a)->unit, ((const struct lastyear_row *)b)->unit);
}

static int cmp_id(const void *a, const void *b)
{
	sqlite3_int64 x = (*(const struct lastyear_row *const *)a)->id, y = (*(const struct lastyear_row *const *)b)->id;
	return (x > y) - (x < y);
}

static struct lastyear_row *find_id(struct lastyear_row *const *by_id, size_t n, sqlite3_int64 id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (by_id[mid]->id == id)
			return by_id[mid];
		if (by_id[mid]->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static struct lastyear_row *find_unit(const struct lastyear *ly, const char *unit)
{
	size_t lo = 0, hi = ly->nrows;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(ly->rows[mid].unit, unit);
		if (!c)
			return &ly->rows[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const struct lastyear_row *lastyear_find(const struct lastyear *ly, const char *unit)
{
	return find_unit(ly, unit);
}

/* Every unit's newest package of Y − 1 with its catalogue count, sorted by unit.  0, or -1 (ly->failed set). */
static int read_packages(struct lastyear *ly)
{
	static const char sql[] = "SELECT p.unit, p.id, (SELECT COUNT(*) FROM catalog c"
				  " WHERE c.package_id = p.id AND c.published_on BETWEEN ?2 AND ?3)"
				  " FROM newest_package p WHERE p.year = ?1";
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(ly->db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_bind_int(st, 1, ly->year);
		rc |= sqlite3_bind_int(st, 2, ly->from);
		rc |= sqlite3_bind_int(st, 3, ly->to);
	}
	size_t alloc = 0;
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		rc = SQLITE_OK;
		const char *unit = (const char *)sqlite3_column_text(st, 0);
		if (!unit)
			continue;
		if (ly->nrows == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			ly->rows = xrealloc(ly->rows, alloc * sizeof(*ly->rows));
		}
		struct lastyear_row *r = &ly->rows[ly->nrows++];
		memset(r, 0, sizeof(*r));
		r->unit = xstrdup(unit);
		r->id = sqlite3_column_int64(st, 1);
		r->catalog_rows = sqlite3_column_int64(st, 2);
		r->value = xcalloc(ly->nneed ? ly->nneed : 1, sizeof(long long));
		r->has = xcalloc(ly->nneed ? ly->nneed : 1, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		ly->failed = sql;
		return -1;
	}
	if (ly->nrows)
		qsort(ly->rows, ly->nrows, sizeof(*ly->rows), cmp_unit);
	return 0;
}

/*
 * The values of the codes in need[] of those packages.  json_extract() with
 * several paths parses each package's stats once and gives the values as
 * an array in the order of the paths (null where a code is missing);
 * json_each() over that small array gives them back as rows.  The paths
 * are bound, 16 to a run of the statement (the default rubric needs 12):
 * json_each() over the whole stats, filtered by code, cost half as much
 * again.
 */
enum { PATHS = 16 };

static int read_figures(struct lastyear *ly)
{
	static const char sql[] = "SELECT x.id, j.key, j.value FROM (SELECT p.id, json_extract(p.stats,"
				  " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) AS v"
				  " FROM newest_package p WHERE p.year = ?1) x, json_each(x.v) j"
				  " WHERE j.type <> 'null'";
	if (!ly->nneed || !ly->nrows)
		return 0;
	size_t ncodes;
	const struct statcode *codes = stat_codes(&ncodes);
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(ly->db, sql, -1, &st, NULL);
	/* the packages by id, to find each row's unit */
	struct lastyear_row **by_id = xmalloc(ly->nrows * sizeof(*by_id));
	for (size_t i = 0; i < ly->nrows; i++)
		by_id[i] = &ly->rows[i];
	qsort(by_id, ly->nrows, sizeof(*by_id), cmp_id);
	for (size_t first = 0; rc == SQLITE_OK && first < ly->nneed; first += PATHS) {
		size_t m = ly->nneed - first < PATHS ? ly->nneed - first : PATHS;
		rc = sqlite3_bind_int(st, 1, ly->year);
		for (size_t k = 0; k < PATHS; k++) { /* the paths after the m-th repeat the first: their values are ignored */
			char *path = xasprintf("$.\"%s\"", codes[ly->need[first + (k < m ? k : 0)]].code);
			rc |= sqlite3_bind_text(st, (int)k + 2, path, -1, SQLITE_TRANSIENT);
			free(path);
		}
		while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
			rc = SQLITE_OK;
			struct lastyear_row *r = find_id(by_id, ly->nrows, sqlite3_column_int64(st, 0));
			sqlite3_int64 k = sqlite3_column_int64(st, 1);
			if (!r || k < 0 || (size_t)k >= m)
				continue;
			r->value[first + (size_t)k] = sqlite3_column_int64(st, 2);
			r->has[first + (size_t)k] = 1;
		}
		if (rc == SQLITE_DONE)
			rc = sqlite3_reset(st);
	}
	free(by_id);
	sqlite3_finalize(st);
	if (rc != SQLITE_OK) {
		ly->failed = sql;
		return -1;
	}
	return 0;
}

/* The repeat check's counts of every unit with a summary this year and a package last year. */
static int read_summaries(struct lastyear *ly)
{
	static const char sql[] = "SELECT summary FROM package WHERE id = ?";
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(ly->db, sql, -1, &st, NULL);
	for (size_t i = 0; rc == SQLITE_OK && i < ly->nunits; i++) {
		struct lastyear_row *r = ly->summaries[i] ? find_unit(ly, ly->units[i]) : NULL;
		if (!r)
			continue;
		rc = sqlite3_bind_int64(st, 1, r->id);
		if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
			const char *then = (const char *)sqlite3_column_text(st, 0);
			r->common = text_gram_overlap(ly->summaries[i], then ? then : "", ly->ngram, &r->grams);
			r->has_summary = 1;
		}
		if (rc == SQLITE_ROW || rc == SQLITE_DONE)
			rc = sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_OK) {
		ly->failed = sql;
		return -1;
	}
	return 0;
}

static void *read_all(void *arg)
{
	struct lastyear *ly = arg;
	if (read_packages(ly) == 0 && read_figures(ly) == 0)
		read_summaries(ly);
	return NULL;
}

struct lastyear *lastyear_start(sqlite3 *db, int year, day_t from, day_t to, const int *need, size_t nneed,
				const char *const *units, const char *const *summaries, size_t n, size_t ngram)
{
	struct lastyear *ly = xcalloc(1, sizeof(*ly));
	ly->year = year;
	ly->from = from;
	ly->to = to;
	ly->need = need;
	ly->nneed = nneed;
	ly->units = units;
	ly->summaries = summaries;
	ly->nunits = n;
	ly->ngram = ngram;
	ly->db = db;
	const char *file = sqlite3_db_filename(db, "main");
	sqlite3 *own = NULL;
	if (file && *file) {
		if (sqlite3_open_v2(file, &own, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK) {
			ly->db = own;
			ly->own = 1;
		} else {
			sqlite3_close(own); /* read on the caller's connection, then */
		}
	}
	if (ly->own && pthread_create(&ly->thread, NULL, read_all, ly) == 0) {
		ly->running = 1;
		return ly;
	}
	read_all(ly); /* no second connection or no thread: here and now */
	return ly;
}

int lastyear_wait(struct lastyear *ly)
{
	if (ly->running) {
		pthread_join(ly->thread, NULL);
		ly->running = 0;
	}
	int rc = 0;
	if (ly->failed) {
		db_error(ly->db, ly->failed);
		ly->failed = NULL;
		rc = -1;
	}
	if (ly->own) {
		sqlite3_close(ly->db);
		ly->own = 0;
	}
	ly->db = NULL;
	ly->units = ly->summaries = NULL;
	ly->need = NULL;
	return rc;
}

void lastyear_free(struct lastyear *ly)
{
	if (!ly)
		return;
	if (ly->running || ly->own)
		lastyear_wait(ly);
	for (size_t i = 0; i < ly->nrows; i++) {
		free(ly->rows[i].unit);
		free(ly->rows[i].value);
		free(ly->rows[i].has);
	}
	free(ly->rows);
	free(ly);
}
