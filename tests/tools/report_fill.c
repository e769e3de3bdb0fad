/*
 * report_fill — fill a gongkai database with a synthetic district (roster,
 * packages, statistics, catalogue rows) and with scores, criteria and
 * deductions as the score stage would store them, so that the report can be
 * tested and benchmarked without collect and score.
 *
 *   report_fill DB UNITS [SEED]
 *
 * Deterministic for the same arguments.  Units are named from a small stock
 * of Chinese syllables, some with characters outside GB2312 (堃, 珺, 昇);
 * every 7th unit has many deductions so that its scorecard runs over a page;
 * every 11th unit sent nothing.  Writes in one transaction.
 */
#include "common/codes.h"
#include "common/criteria.h"
#include "common/db.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long rng_state;

static unsigned rnd(unsigned n)
{
	rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((rng_state >> 33) % n);
}

static const char *syll[] = { "青山", "柳河", "双桥", "白沙", "堃山", "黄石", "城东", "南湖", "新苑", "河滨",
			      "珺瑶", "昇平", "石门", "龙潭", "东关", "西园", "桂花", "锦绣", "朝阳", "望江" };
static const char *depts[] = { "财政局", "教育局", "卫生健康局", "人力资源和社会保障局", "生态环境分局",
			       "应急管理局", "市场监督管理局", "民政局", "住房和城乡建设局", "自然资源分局" };
static const char *cats[] = { "guide", "budget", "final", "sangong", "normative", "interpret", "procurement",
			      "land", "assistance", "emergency", "approval", "other" };

static int run(sqlite3 *db, const char *sql)
{
	return db_exec(db, sql);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: report_fill DB UNITS [SEED]\n");
		return 2;
	}
	int n = atoi(argv[2]);
	rng_state = argc > 3 ? strtoull(argv[3], NULL, 10) : 1;
	sqlite3 *db = db_open(argv[1]);
	if (!db)
		return 2;
	if (run(db, "BEGIN") < 0 || run(db, "PRAGMA defer_foreign_keys = ON") < 0)
		return 2;
	/* Everything is of year 2025, the year of the tests' configs. */
	sqlite3_stmt *unit = db_prepare(db, "INSERT INTO unit (code, name, type, duties, seq, year)"
					    " VALUES (?1, ?2, ?3, ?4, ?5, 2025)");
	sqlite3_stmt *pkg = db_prepare(db, "INSERT INTO package (unit, version, digest, received, received_local,"
					   " contact, phone, summary, stats, year)"
					   " VALUES (?1, ?2, 'x', ?4, ?3, '', '', 's', ?5, 2025)");
	sqlite3_stmt *cat = db_prepare(db, "INSERT INTO catalog (package_id, line, index_no, title, category, formed_on,"
					   " published_on, url, chars, year) VALUES (?1, ?2, '', ?3, ?4, ?5, ?6, '', 100, 2025)");
	sqlite3_stmt *score = db_prepare(db, "INSERT INTO score (unit, package_id, grp, earned, possible, base, deductions,"
					     " bonus, total, grade, capped, sham, rank, position, year)"
					     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, 0, 0, 2025)");
	sqlite3_stmt *crit = db_prepare(db, "INSERT INTO criterion_score (unit, criterion, points, score, year)"
					    " VALUES (?1, ?2, ?3, ?4, 2025)");
	sqlite3_stmt *ded = db_prepare(db, "INSERT INTO deduction (unit, criterion, reason, kind, points, file, line,"
					   " a1, a2, a3, a4, a5, year) VALUES (?1, ?2, ?3, ?7, ?4, ?5, ?6, ?8, ?9, ?10, ?11, ?12, 2025)");
	if (!unit || !pkg || !cat || !score || !crit || !ded)
		return 2;
	size_t ncodes;
	const struct statcode *codes = stat_codes(&ncodes);
	static const long long crit_points[14] = { 0, 3000, 1000, 1000, 500, 800, 700, 500, 500, 500, 500, 500, 500, 1000 };
	/* the reason each criterion's synthetic deductions carry (common/criteria.c) */
	static const char *const crit_reason[14] = { NULL, "not_disclosed", "late", "sham_placeholder",
		"interpretation_ratio", "overdue_replies", "corrected_cases", "late_submission", "logic_hall",
		"summary_short", "no_staff", "no_training", "no_leader_meetings", "hall_ratio" };
	char code[32], name[128], sentence[256], received[32];
	for (int i = 0; i < n; i++) {
		int type = i % 3; /* town, street, dept */
		snprintf(code, sizeof(code), "u%05d", i + 1);
		if (type == 2)
			snprintf(name, sizeof(name), "区%s%s", syll[rnd(20)], depts[rnd(10)]);
		else
			snprintf(name, sizeof(name), "%s%s%s", syll[rnd(20)], syll[rnd(20)],
				 type == 0 ? "镇人民政府" : "街道办事处");
		sqlite3_bind_text(unit, 1, code, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(unit, 2, name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(unit, 3, type == 0 ? "town" : type == 1 ? "street" : "dept", -1, SQLITE_STATIC);
		sqlite3_bind_text(unit, 4, type == 2 ? "approval" : "", -1, SQLITE_STATIC);
		sqlite3_bind_int(unit, 5, i + 1);
		if (db_step_done(db, unit) < 0)
			return 2;
		int missing = i % 11 == 10;
		int late = missing ? 0 : (i % 5 == 3 ? (int)rnd(6) + 1 : 0);
		long long pkg_id = 0;
		if (!missing) {
			int day = late ? 20 + late > 30 ? 30 : 20 + late : 10 + (int)rnd(10), minute = (int)rnd(60);
			snprintf(received, sizeof(received), "2025-11-%02d 10:%02d", day, minute);
			/* the same moment in Unix seconds, at UTC+8 (the tests' time zone): 2025-11-01 is day 20393 */
			long long when = (20393LL + day - 1) * 86400 + 2 * 3600 + minute * 60;
			/* stats as the collect stage stores them: one JSON object; Table 3 totals are row sums */
			struct strbuf json = STRBUF_INIT;
			long long rowsum = 0;
			sb_addc(&json, '{');
			for (size_t k = 0; k < ncodes; k++) {
				const struct statcode *c = &codes[k];
				long long v = c->is_amount ? (long long)rnd(100000) : (long long)rnd(4);
				if (c->table == T3 && c->col == 6)
					v = rowsum;
				rowsum = c->table == T3 && c->col < 6 ? rowsum + v : 0;
				sb_addf(&json, "%s\"%s\":%lld", k ? "," : "", c->code, v);
			}
			sb_addc(&json, '}');
			int versions = i % 4 == 1 ? 2 : 1;
			for (int v = 1; v <= versions; v++) {
				sqlite3_bind_text(pkg, 1, code, -1, SQLITE_TRANSIENT);
				sqlite3_bind_int(pkg, 2, v);
				sqlite3_bind_text(pkg, 3, received, -1, SQLITE_TRANSIENT);
				sqlite3_bind_int64(pkg, 4, when);
				sqlite3_bind_text(pkg, 5, sb_str(&json), -1, SQLITE_TRANSIENT);
				if (db_step_done(db, pkg) < 0)
					return 2;
				pkg_id = sqlite3_last_insert_rowid(db);
			}
			sb_release(&json);
			int rows = 5 + (int)rnd(20);
			for (int r = 0; r < rows; r++) {
				snprintf(sentence, sizeof(sentence), "关于%s的公告（第%d号）", syll[rnd(20)], r + 1);
				sqlite3_bind_int64(cat, 1, pkg_id);
				sqlite3_bind_int(cat, 2, r + 2);
				sqlite3_bind_text(cat, 3, sentence, -1, SQLITE_TRANSIENT);
				sqlite3_bind_text(cat, 4, cats[rnd(ARRAY_SIZE(cats))], -1, SQLITE_STATIC);
				sqlite3_bind_int(cat, 5, 20089 + (int)rnd(300)); /* 2025 */
				sqlite3_bind_int(cat, 6, 20110 + (int)rnd(300));
				if (db_step_done(db, cat) < 0)
					return 2;
			}
		}
		/* criteria and deductions */
		long long earned = 0, possible = 0;
		int many = i % 7 == 0;
		for (int k = 1; k <= 13; k++) {
			int applies = k != 13 || type == 2;
			long long pts = crit_points[k], sc = missing ? 0 : pts;
			int nd = missing ? 0 : many ? (k <= 3 ? 6 + (int)rnd(4) : (int)rnd(2)) : (rnd(4) == 0);
			for (int j = 0; j < nd && applies; j++) {
				long long loss = k == 2 ? 50 : k == 1 ? 500 : k == 3 ? 200 : 100;
				if (sc - loss < 0)
					loss = 0;
				sc -= loss;
				int line = 2 + (int)rnd(40);
				const struct reason *why = reason_find(crit_reason[k]);
				sqlite3_bind_text(ded, 1, code, -1, SQLITE_TRANSIENT);
				sqlite3_bind_int(ded, 2, k);
				sqlite3_bind_text(ded, 3, why->code, -1, SQLITE_STATIC);
				sqlite3_bind_int64(ded, 4, loss);
				sqlite3_bind_text(ded, 7, problem_code(why->kind), -1, SQLITE_STATIC);
				if (k <= 3) {
					sqlite3_bind_text(ded, 5, "catalog.csv", -1, SQLITE_STATIC);
					sqlite3_bind_int(ded, 6, line);
				} else {
					sqlite3_bind_null(ded, 5);
					sqlite3_bind_null(ded, 6);
				}
				for (int a = 8; a <= 12; a++)
					sqlite3_bind_null(ded, a);
				switch (k) {
				case 1:
					sqlite3_bind_text(ded, 8, cats[rnd(4)], -1, SQLITE_STATIC);
					break;
				case 2:
					snprintf(sentence, sizeof(sentence), "关于%s的通知（第%d号）", syll[rnd(20)], line);
					sqlite3_bind_text(ded, 8, sentence, -1, SQLITE_TRANSIENT);
					sqlite3_bind_int(ded, 9, 20100);
					sqlite3_bind_int(ded, 10, 20160);
					sqlite3_bind_int(ded, 11, 21 + (int)rnd(30));
					sqlite3_bind_int(ded, 12, 20);
					break;
				case 3:
					sqlite3_bind_text(ded, 8, "暂无", -1, SQLITE_STATIC);
					break;
				case 7:
					sqlite3_bind_int(ded, 8, 1 + (int)rnd(5));
					sqlite3_bind_text(ded, 9, "2025-11-25 10:00", -1, SQLITE_STATIC);
					sqlite3_bind_int(ded, 10, 20411);
					break;
				default:
					sqlite3_bind_int(ded, 8, (int)rnd(9));
					sqlite3_bind_int(ded, 9, 9 + (int)rnd(9));
					break;
				}
				if (db_step_done(db, ded) < 0)
					return 2;
			}
			sqlite3_bind_text(crit, 1, code, -1, SQLITE_TRANSIENT);
			sqlite3_bind_int(crit, 2, k);
			sqlite3_bind_int64(crit, 3, pts);
			if (applies)
				sqlite3_bind_int64(crit, 4, sc);
			else
				sqlite3_bind_null(crit, 4);
			if (db_step_done(db, crit) < 0)
				return 2;
			if (applies) {
				earned += sc;
				possible += pts;
			}
		}
		long long base = possible ? (earned * 10000 * 2 / possible + 1) / 2 : 0;
		long long deductions = 0, bonus = 0;
		if (!missing && i % 9 == 4) {
			deductions = 150;
			sqlite3_bind_text(ded, 1, code, -1, SQLITE_TRANSIENT);
			sqlite3_bind_null(ded, 2);
			sqlite3_bind_text(ded, 3, "finding_late", -1, SQLITE_STATIC);
			sqlite3_bind_int64(ded, 4, 150);
			sqlite3_bind_null(ded, 5);
			sqlite3_bind_null(ded, 6);
			sqlite3_bind_text(ded, 7, "https://example.gov.cn/item/42", -1, SQLITE_STATIC);
			sqlite3_bind_text(ded, 8, "抽查发现：政策文件发布不及时", -1, SQLITE_STATIC);
			if (db_step_done(db, ded) < 0)
				return 2;
		}
		long long total = missing ? 0 : base - deductions + bonus;
		if (total < 0)
			total = 0;
		int grade = total >= 9000 ? 0 : total >= 8000 ? 1 : total >= 6000 ? 2 : 3;
		sqlite3_bind_text(score, 1, code, -1, SQLITE_TRANSIENT);
		if (missing)
			sqlite3_bind_null(score, 2);
		else
			sqlite3_bind_int64(score, 2, pkg_id);
		sqlite3_bind_text(score, 3, type == 2 ? "dept" : "town_street", -1, SQLITE_STATIC);
		sqlite3_bind_int64(score, 4, earned);
		sqlite3_bind_int64(score, 5, possible);
		sqlite3_bind_int64(score, 6, missing ? 0 : base);
		sqlite3_bind_int64(score, 7, deductions);
		sqlite3_bind_int64(score, 8, bonus);
		sqlite3_bind_int64(score, 9, total);
		sqlite3_bind_int(score, 10, grade);
		sqlite3_bind_int(score, 11, 0);
		if (db_step_done(db, score) < 0)
			return 2;
	}
	/* ranks by total within group (1, 2, 2, 4), ties by code */
	if (run(db, "UPDATE score SET rank = (SELECT COUNT(*) + 1 FROM score s WHERE s.year = score.year"
		    " AND s.grp = score.grp AND s.total > score.total),"
		    " position = (SELECT COUNT(*) + 1 FROM score s WHERE s.year = score.year AND s.grp = score.grp"
		    " AND (s.total > score.total"
		    " OR (s.total = score.total AND s.unit < score.unit)))") < 0 ||
	    run(db, "COMMIT") < 0)
		return 2;
	sqlite3_finalize(unit);
	sqlite3_finalize(pkg);
	sqlite3_finalize(cat);
	sqlite3_finalize(score);
	sqlite3_finalize(crit);
	sqlite3_finalize(ded);
	db_close(db);
	return 0;
}
