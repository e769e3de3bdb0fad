/*
 * export — the score CSV of rubric.md ("Score export"), read back from the
 * score tables: UTF-8 with a byte-order mark, one row per roster unit,
 * 镇街 first then 部门, each in rank order (ties by code), scores with two
 * decimals, blank for a criterion that does not apply; last year's total
 * and rank at the end (years.md), blank when the unit was not scored then.  The words (group,
 * grade) are Chinese whatever the language, as the contract fixes them.
 */
#include "score/score.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/outpath.h"
#include "common/util.h"
#include "common/csvin.h"
#include "common/digest.h"
#include "common/criteria.h"
#include "score/export_xlsx.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* stdout for "-"; else a temporary file beside path (*tmp), once path is known to be a safe target.
 * NULL after printing why. */
static FILE *open_out(const struct config *cfg, const char *path, char **tmp)
{
	if (!strcmp(path, "-"))
		return stdout;
	if (outpath_check(cfg, path, OUT_FILE) < 0)
		return NULL;
	int fd = outpath_temp(path, tmp); /* its folder exists: outpath_check() made sure */
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		error(_("cannot write %s: %s"), path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			outpath_abandon(*tmp);
			*tmp = NULL;
		}
	}
	return f;
}

static int write_rows(sqlite3 *db, int year, FILE *out, size_t *nrows)
{
	sqlite3_stmt *st = db_prepare(db,
				      "SELECT s.unit, u.name, s.grp, s.total, s.rank, s.grade, s.deductions, s.bonus,"
				      " p.total, p.rank"
				      " FROM score s JOIN unit u ON u.year = s.year AND u.code = s.unit"
				      " LEFT JOIN score p ON p.year = s.year - 1 AND p.unit = s.unit"
				      " WHERE s.year = ?1 ORDER BY s.grp = 'dept', s.position");
	sqlite3_stmt *cs = db_prepare(db, "SELECT criterion, score FROM criterion_score WHERE year = ?2 AND unit = ?1"
					  " ORDER BY criterion");
	int rc = -1, step;
	char p[32];
	if (!st || !cs)
		goto out;
	if ((sqlite3_bind_int(st, 1, year) | sqlite3_bind_int(cs, 2, year)) != SQLITE_OK) {
		db_bind_error(db, st);
		goto out;
	}
	fputs("\xEF\xBB\xBF" "code,name,group,total,rank,grade,C01,C02,C03,C04,C05,C06,C07,C08,C09,C10,C11,C12,C13,"
	      "deductions,bonus,last_total,last_rank\n", out);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(st, 0);
		csv_put(out, code);
		fputc(',', out);
		csv_put(out, (const char *)sqlite3_column_text(st, 1));
		int grade = sqlite3_column_int(st, 5);
		fprintf(out, ",%s,%s,%d,%s", group_zh(group_from_code((const char *)sqlite3_column_text(st, 2))),
			fmt_points(sqlite3_column_int64(st, 3), p), sqlite3_column_int(st, 4),
			grade_zh(grade >= 0 && grade <= 3 ? grade : 3));
		long long crit[NCRIT + 1];
		int applies[NCRIT + 1] = { 0 };
		if (sqlite3_bind_text(cs, 1, code, -1, SQLITE_TRANSIENT) != SQLITE_OK) {
			db_bind_error(db, cs);
			goto out;
		}
		while ((step = sqlite3_step(cs)) == SQLITE_ROW) {
			int c = sqlite3_column_int(cs, 0);
			if (c < 1 || c > NCRIT || sqlite3_column_type(cs, 1) == SQLITE_NULL)
				continue;
			applies[c] = 1;
			crit[c] = sqlite3_column_int64(cs, 1);
		}
		sqlite3_reset(cs);
		if (step != SQLITE_DONE) {
			db_error(db, "criterion_score");
			goto out;
		}
		for (int c = 1; c <= NCRIT; c++)
			fprintf(out, ",%s", applies[c] ? fmt_points(crit[c], p) : "");
		fprintf(out, ",%s", fmt_points(sqlite3_column_int64(st, 6), p));
		fprintf(out, ",%s", fmt_points(sqlite3_column_int64(st, 7), p));
		/* last year's total and rank (years.md): blank when the unit was not scored then */
		if (sqlite3_column_type(st, 8) != SQLITE_NULL)
			fprintf(out, ",%s,%d\n", fmt_points(sqlite3_column_int64(st, 8), p), sqlite3_column_int(st, 9));
		else
			fputs(",,\n", out);
		(*nrows)++;
	}
	if (step != SQLITE_DONE) {
		db_error(db, "score");
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	sqlite3_finalize(cs);
	return rc;
}

int export_digest(sqlite3 *db, int year, char out[DIGEST_HEX])
{
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	if (!mem)
		return error(_("out of memory"));
	size_t n = 0;
	int rc = write_rows(db, year, mem, &n);
	if (fclose(mem) != 0)
		rc = -1;
	if (rc == 0)
		sha256_hex(buf, len, out);
	free(buf);
	return rc;
}

int export_scores(const struct config *cfg, sqlite3 *db, const char *path)
{
	sqlite3_stmt *st = db_prepare(db, "SELECT count(*) FROM score WHERE year = ?");
	int have = st && sqlite3_bind_int(st, 1, cfg->year) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW
			   ? sqlite3_column_int(st, 0)
			   : -1;
	sqlite3_finalize(st);
	if (have < 0)
		return 2;
	if (have == 0) {
		error(_("there are no scores yet; run \"gongkai score\" first"));
		return 2;
	}
	size_t plen = strlen(path);
	if (plen > 5 && !strcasecmp(path + plen - 5, ".xlsx")) {
		/* the same CSV, in memory, written out as a workbook (export_xlsx.c) beside the target, then renamed */
		if (outpath_check(cfg, path, OUT_FILE) < 0)
			return 2;
		char *tmp = NULL;
		int fd = outpath_temp(path, &tmp);
		if (fd < 0) {
			error(_("cannot write %s: %s"), path, strerror(errno));
			return 2;
		}
		close(fd); /* libxlsxwriter writes the file by its name */
		char *buf = NULL;
		size_t len = 0, n = 0;
		FILE *mem = open_memstream(&buf, &len);
		int rc = mem ? write_rows(db, cfg->year, mem, &n) : -1;
		if (mem)
			fclose(mem);
		if (rc == 0)
			rc = export_xlsx(tmp, path, buf, len);
		free(buf);
		if (rc < 0) {
			outpath_abandon(tmp);
		} else if (outpath_commit(tmp, path) < 0) {
			error(_("cannot write %s: %s"), path, strerror(errno));
			rc = -1;
		}
		return rc < 0 ? 2 : 0;
	}
	char *tmp = NULL;
	FILE *out = open_out(cfg, path, &tmp);
	if (!out)
		return 2;
	size_t n = 0;
	int rc = write_rows(db, cfg->year, out, &n);
	if (out != stdout) {
		/* written beside the target and renamed: a full disk leaves the old export intact */
		if (fclose(out) != 0 && rc == 0) {
			error(_("cannot write %s: %s"), path, strerror(errno));
			rc = -1;
		}
		if (rc < 0) {
			outpath_abandon(tmp);
		} else if (outpath_commit(tmp, path) < 0) {
			error(_("cannot write %s: %s"), path, strerror(errno));
			rc = -1;
		}
	} else if (fflush(out) != 0) {
		rc = -1;
	}
	return rc < 0 ? 2 : 0;
}
