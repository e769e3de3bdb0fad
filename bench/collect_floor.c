/*
 * collect_floor — what any `collect` with the project's libraries must pay,
 * timed part by part on an inbox from gen_province:
 *
 *   read   open and read every file of every package (the kernel's part)
 *   csv    libcsv over stats.csv and catalog.csv, callbacks that only count
 *   sha    SHA-256 (nettle) of every file
 *   zstd   every file compressed as collect stores it (common/compress.h,
 *          COMPRESS_LEVEL)
 *   store  SQLite: every file's compressed bytes in one table, every catalogue row's
 *          fields in another (plain tables, 20 rows per statement as
 *          collect does), one transaction
 *
 *   collect_floor INBOX DB
 *
 * No checking, no decoding, no messages, no versions: bench/collect.sh
 * prints this beside `collect` and `.import`.  Each part is timed alone,
 * single-threaded, with the files already in memory; the bound it prints
 * spreads the work over the cores except the store, which SQLite's single
 * writer keeps on one.
 */
#include "common/compress.h"
#include "common/util.h"

#include <csv.h>
#include <dirent.h>
#include <nettle/sha2.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *const names[] = {"stats.csv", "catalog.csv", "summary.txt", "submission.ini"};
#define NFILES 4

struct file {
	char *data;
	size_t len;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The process's CPU time: on a busy shared machine steadier than the wall clock. */
static double cpu(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void die(const char *what)
{
	perror(what);
	exit(2);
}

/* The whole file, with read_file() as collect reads it. */
static struct file slurp(const char *path)
{
	struct file f = {0};
	if (read_file(path, &f.data, &f.len) < 0)
		die(path);
	return f;
}

/*
 * The catalogue's rows for the store part, ROWS at a time in one statement
 * as collect does (collect/store.c), the rest one by one.
 */
enum { ROWS = 20 };
#define ROW_VALUES "(?, ?, ?, ?, ?, ?, ?, ?, ?)"
#define ROWS_5 ROW_VALUES ", " ROW_VALUES ", " ROW_VALUES ", " ROW_VALUES ", " ROW_VALUES
struct rowbuf {
	char field[ROWS][8][512];
	long line[ROWS];
	size_t n, pending;
	long rows;
	sqlite3_stmt *ins, *ins_many; /* NULL: only parse */
	long unit;
};

static void on_field(void *s, size_t len, void *ctx)
{
	struct rowbuf *r = ctx;
	if (r->n < 8) {
		size_t k = len < 511 ? len : 511;
		memcpy(r->field[r->pending][r->n], s, k);
		r->field[r->pending][r->n][k] = '\0';
	}
	r->n++;
}

static void insert(struct rowbuf *r, sqlite3_stmt *st, size_t from, size_t count)
{
	for (size_t k = 0; k < count; k++) {
		int at = 1 + (int)k * 9;
		sqlite3_bind_int64(st, at, r->unit);
		sqlite3_bind_int64(st, at + 1, r->line[from + k]);
		for (int i = 0; i < 7; i++)
			sqlite3_bind_text(st, at + 2 + i, r->field[from + k][i], -1, SQLITE_STATIC);
	}
	if (sqlite3_step(st) != SQLITE_DONE)
		die("insert row");
	sqlite3_reset(st);
}

static void on_row(int c, void *ctx)
{
	(void)c;
	struct rowbuf *r = ctx;
	if (r->ins && r->rows > 0) {
		r->line[r->pending] = r->rows + 1;
		if (++r->pending == ROWS) {
			insert(r, r->ins_many, 0, ROWS);
			r->pending = 0;
		}
	}
	r->rows++;
	r->n = 0;
}

static void flush_rows(struct rowbuf *r)
{
	for (size_t k = 0; r->ins && k < r->pending; k++)
		insert(r, r->ins, k, 1);
	r->pending = 0;
}

static void parse(const struct file *f, struct rowbuf *r)
{
	struct csv_parser p;
	csv_init(&p, CSV_APPEND_NULL);
	r->rows = 0;
	r->n = 0;
	if (csv_parse(&p, f->data, f->len, on_field, on_row, r) != f->len)
		die("csv");
	csv_fini(&p, on_field, on_row, r);
	csv_free(&p);
	flush_rows(r);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: collect_floor INBOX DB\n");
		return 2;
	}
	DIR *dir = opendir(argv[1]);
	if (!dir)
		die(argv[1]);
	size_t nunits = 0, cap = 0;
	char **units = NULL;
	for (struct dirent *e; (e = readdir(dir));) {
		if (e->d_name[0] == '.')
			continue;
		if (nunits == cap && !(units = realloc(units, (cap = cap ? cap * 2 : 1024) * sizeof(*units))))
			die("realloc");
		units[nunits++] = strdup(e->d_name);
	}
	closedir(dir);
	qsort(units, nunits, sizeof(*units), by_name);

	/* read: everything into memory first so the other parts time only themselves */
	double t = now(), c = cpu();
	struct file *files = calloc(nunits * NFILES, sizeof(*files));
	size_t bytes = 0;
	char path[4096];
	for (size_t u = 0; u < nunits; u++)
		for (int i = 0; i < NFILES; i++) {
			snprintf(path, sizeof(path), "%s/%s/%s", argv[1], units[u], names[i]);
			files[u * NFILES + i] = slurp(path);
			bytes += files[u * NFILES + i].len;
		}
	double t_read = now() - t, c_read = cpu() - c;

	t = now();
	c = cpu();
	struct rowbuf *r = calloc(1, sizeof(*r));
	long rows = 0;
	for (size_t u = 0; u < nunits; u++) {
		parse(&files[u * NFILES + 0], r);
		parse(&files[u * NFILES + 1], r);
		rows += r->rows - 1;
	}
	double t_csv = now() - t, c_csv = cpu() - c;

	t = now();
	c = cpu();
	unsigned char sink = 0; /* keeps the digests from being optimised away */
	for (size_t k = 0; k < nunits * NFILES; k++) {
		struct sha256_ctx sc;
		uint8_t d[SHA256_DIGEST_SIZE];
		sha256_init(&sc);
		sha256_update(&sc, files[k].len, (const uint8_t *)files[k].data);
		sha256_digest(&sc, sizeof(d), d);
		sink ^= d[0];
	}
	double t_sha = now() - t, c_sha = cpu() - c;

	t = now();
	c = cpu();
	struct file *packed = calloc(nunits * NFILES, sizeof(*packed));
	size_t packed_bytes = 0;
	for (size_t k = 0; k < nunits * NFILES; k++) {
		if (compress_bytes(files[k].data, files[k].len, COMPRESS_LEVEL, &packed[k].data, &packed[k].len) < 0)
			die("zstd");
		packed_bytes += packed[k].len;
	}
	double t_zstd = now() - t, c_zstd = cpu() - c;

	sqlite3 *db;
	unlink(argv[2]);
	if (sqlite3_open(argv[2], &db) != SQLITE_OK ||
	    sqlite3_exec(db,
			 "CREATE TABLE file (unit INTEGER, name TEXT, bytes BLOB);"
			 "CREATE TABLE catalog (unit INTEGER, line INTEGER, a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT, g TEXT);",
			 NULL, NULL, NULL) != SQLITE_OK)
		die("sqlite");
	t = now();
	c = cpu();
	sqlite3_stmt *ins_file;
	sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	sqlite3_prepare_v2(db, "INSERT INTO file VALUES (?, ?, ?)", -1, &ins_file, NULL);
	sqlite3_stmt *ins_row, *ins_rows;
	sqlite3_prepare_v2(db, "INSERT INTO catalog VALUES " ROW_VALUES, -1, &ins_row, NULL);
	sqlite3_prepare_v2(db, "INSERT INTO catalog VALUES " ROWS_5 ", " ROWS_5 ", " ROWS_5 ", " ROWS_5, -1, &ins_rows, NULL);
	r->ins = ins_row;
	r->ins_many = ins_rows;
	for (size_t u = 0; u < nunits; u++) {
		for (int i = 0; i < NFILES; i++) {
			sqlite3_bind_int64(ins_file, 1, (sqlite3_int64)u);
			sqlite3_bind_text(ins_file, 2, names[i], -1, SQLITE_STATIC);
			sqlite3_bind_blob(ins_file, 3, packed[u * NFILES + i].data, (int)packed[u * NFILES + i].len,
					  SQLITE_STATIC);
			if (sqlite3_step(ins_file) != SQLITE_DONE)
				die("insert file");
			sqlite3_reset(ins_file);
		}
		r->unit = (long)u;
		parse(&files[u * NFILES + 1], r);
	}
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		die("commit");
	double t_store = now() - t, c_store = cpu() - c;
	/* the store part re-ran libcsv over the catalogues: take that out */
	t = now();
	c = cpu();
	for (size_t u = 0; u < nunits; u++)
		parse(&files[u * NFILES + 1], (r->ins = r->ins_many = NULL, r));
	t_store -= now() - t;
	c_store -= cpu() - c;
	sqlite3_finalize(ins_file);
	sqlite3_finalize(ins_row);
	sqlite3_finalize(ins_rows);
	sqlite3_close(db);

	/* The writing is one thread's (SQLite has one writer); the rest can spread over the cores. */
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	double sum = t_read + t_csv + t_sha + t_zstd + t_store;
	double bound = sum / (double)(cores > 1 ? cores : 1);
	if (bound < t_store)
		bound = t_store;
	printf("floor: %zu packages, %zu MB of files (%zu MB compressed), %ld catalogue rows (digest byte %02x)\n", nunits,
	       bytes >> 20, packed_bytes >> 20, rows, sink);
	printf("  read %.2f s, libcsv %.2f s, sha256 %.2f s, zstd %.2f s, store %.2f s: %.2f s of work, at least %.2f s on %ld"
	       " cores\n",
	       t_read, t_csv, t_sha, t_zstd, t_store, sum, bound, cores);
	double csum = c_read + c_csv + c_sha + c_zstd + c_store, cbound = csum / (double)(cores > 1 ? cores : 1);
	if (cbound < c_store)
		cbound = c_store;
	printf("  CPU: read %.2f s, libcsv %.2f s, sha256 %.2f s, zstd %.2f s, store %.2f s: %.2f s of work, at least %.2f s"
	       " on %ld cores\n",
	       c_read, c_csv, c_sha, c_zstd, c_store, csum, cbound, cores);
	for (size_t k = 0; k < nunits * NFILES; k++) {
		free(files[k].data);
		free(packed[k].data);
	}
	free(packed);
	for (size_t u = 0; u < nunits; u++)
		free(units[u]);
	free(units);
	free(files);
	free(r);
	return 0;
}
