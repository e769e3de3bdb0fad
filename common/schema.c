/*
 * schema — the database's migrations, oldest first.  Step N brings
 * user_version from N-1 to N.  Never edit a step that has shipped; add one.
 */
#include "common/schema.h"
#include "common/util.h"

const char *const schema_steps[] = {
	/* 1: the collect stage */
	"CREATE TABLE unit ("
	"  code   TEXT PRIMARY KEY,"
	"  name   TEXT NOT NULL,"
	"  type   TEXT NOT NULL CHECK (type IN ('town', 'street', 'dept')),"
	"  duties TEXT NOT NULL,"               /* category codes joined by ';' */
	"  seq    INTEGER NOT NULL"             /* order in the roster file */
	") STRICT;"
	"CREATE TABLE package ("
	"  id         INTEGER PRIMARY KEY,"
	"  unit       TEXT NOT NULL,"
	"  version    INTEGER NOT NULL CHECK (version >= 1),"
	"  digest     TEXT NOT NULL,"           /* SHA-256 over the files' names and digests */
	"  received   INTEGER NOT NULL,"        /* newest file mtime, Unix seconds */
	"  received_local TEXT NOT NULL,"       /* the same as YYYY-MM-DD HH:MM, local time */
	"  days_late  INTEGER NOT NULL CHECK (days_late >= 0),"  /* this version's own lateness */
	"  contact    TEXT NOT NULL,"
	"  phone      TEXT NOT NULL,"
	"  summary    TEXT NOT NULL,"
	"  stats      TEXT NOT NULL CHECK (json_valid(stats)),"  /* stats.csv as {"code": value, …} */
	"  UNIQUE (unit, version)"
	") STRICT;"
	"CREATE TABLE package_file ("
	"  package_id INTEGER NOT NULL REFERENCES package(id),"
	"  name       TEXT NOT NULL,"
	"  sha256     TEXT NOT NULL,"
	"  encoding   TEXT NOT NULL,"
	"  mtime      INTEGER NOT NULL,"
	"  bytes      BLOB NOT NULL,"
	"  PRIMARY KEY (package_id, name)"
	") STRICT;"
	/* The stats of a version, one row per code (t1.fees.amount in hundredths).
	 * Kept as one JSON object per package: 205 child rows per package would
	 * double what collect writes. */
	"CREATE VIEW stat (package_id, code, value) AS"
	"  SELECT package.id, j.key, j.value FROM package, json_each(package.stats) AS j;"
	"CREATE TABLE catalog ("
	"  package_id   INTEGER NOT NULL REFERENCES package(id),"
	"  line         INTEGER NOT NULL,"      /* line in catalog.csv */
	"  index_no     TEXT NOT NULL,"
	"  title        TEXT NOT NULL,"
	"  category     TEXT NOT NULL,"         /* category code */
	"  formed_on    INTEGER,"               /* day number (days since 1970-01-01); NULL if blank */
	"  published_on INTEGER NOT NULL,"
	"  url          TEXT NOT NULL,"
	"  chars        INTEGER,"               /* NULL = unknown */
	"  PRIMARY KEY (package_id, line)"
	") STRICT, WITHOUT ROWID;"
	"CREATE TABLE attempt ("
	"  id         INTEGER PRIMARY KEY,"
	"  unit       TEXT NOT NULL,"           /* the inbox folder name */
	"  digest     TEXT NOT NULL,"
	"  received   INTEGER NOT NULL,"
	"  outcome    TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected')),"
	"  package_id INTEGER REFERENCES package(id),"
	"  messages   TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX attempt_unit ON attempt(unit, id);",

	/* 2: the score stage; `score` replaces these rows wholesale each run */
	"CREATE TABLE score ("
	"  unit       TEXT PRIMARY KEY,"
	"  package_id INTEGER REFERENCES package(id),"   /* NULL: no accepted package */
	"  grp        TEXT NOT NULL CHECK (grp IN ('town_street', 'dept')),"
	"  earned     INTEGER NOT NULL,"        /* hundredths */
	"  possible   INTEGER NOT NULL,"
	"  base       INTEGER NOT NULL,"
	"  deductions INTEGER NOT NULL,"
	"  bonus      INTEGER NOT NULL,"
	"  total      INTEGER NOT NULL,"
	"  grade      INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 3),"  /* 0 优秀 1 良好 2 合格 3 不合格 */
	"  capped     INTEGER NOT NULL,"        /* 1 when the sham cap lowered the grade */
	"  sham       INTEGER NOT NULL,"        /* 1: a sham row, a copied summary or a sham finding */
	"  rank       INTEGER NOT NULL,"
	"  position   INTEGER NOT NULL"         /* order within the group: rank, then code */
	") STRICT;"
	"CREATE TABLE criterion_score ("
	"  unit       TEXT NOT NULL REFERENCES score(unit),"
	"  criterion  INTEGER NOT NULL CHECK (criterion BETWEEN 1 AND 13),"
	"  points     INTEGER NOT NULL,"
	"  score      INTEGER,"                 /* NULL: does not apply */
	"  PRIMARY KEY (unit, criterion)"
	") STRICT;"
	"CREATE TABLE deduction ("
	"  id         INTEGER PRIMARY KEY,"
	"  unit       TEXT NOT NULL REFERENCES score(unit),"
	"  criterion  INTEGER,"                 /* 1..13; NULL for a finding or a note */
	"  reason     TEXT NOT NULL,"           /* reason code (docs/scoring.md), e.g. not_disclosed, sham_placeholder */
	"  points     INTEGER NOT NULL,"        /* hundredths lost (or, for a bonus, gained); 0 for a note */
	"  file       TEXT,"                    /* catalogue file, when a row is the evidence */
	"  line       INTEGER,"
	"  evidence   TEXT NOT NULL,"           /* stats codes and values, the other unit, … */
	"  sentence   TEXT NOT NULL"            /* in the report language */
	") STRICT;"
	"CREATE INDEX deduction_unit ON deduction(unit, id);",

	/* 3: every year in one archive (years.md).  Every table of per-year data
	 * gets a column `year`; the roster, package versions and scores are kept
	 * per year.  The rows of a database of schema 2 (one year) are given the
	 * year most of their catalogue rows were published in, or the working
	 * year when there are none (db.c registers gk_working_year()).  db.c
	 * runs steps with foreign keys off and checks them before committing. */
	"CREATE TEMP TABLE migration_year AS SELECT COALESCE("
	"  (SELECT CAST(strftime('%Y', published_on * 86400, 'unixepoch') AS INTEGER) AS y FROM catalog"
	"   GROUP BY y ORDER BY COUNT(*) DESC, y DESC LIMIT 1),"
	"  gk_working_year()) AS year;"
	"CREATE TABLE unit_y ("
	"  year   INTEGER NOT NULL,"
	"  code   TEXT NOT NULL,"
	"  name   TEXT NOT NULL,"
	"  type   TEXT NOT NULL CHECK (type IN ('town', 'street', 'dept')),"
	"  duties TEXT NOT NULL,"
	"  seq    INTEGER NOT NULL,"
	"  PRIMARY KEY (year, code)"
	") STRICT;"
	"INSERT INTO unit_y SELECT (SELECT year FROM temp.migration_year), code, name, type, duties, seq FROM unit;"
	"DROP TABLE unit;"
	"ALTER TABLE unit_y RENAME TO unit;"
	"DROP VIEW stat;"
	"CREATE TABLE package_y ("
	"  id         INTEGER PRIMARY KEY,"
	"  year       INTEGER NOT NULL,"
	"  unit       TEXT NOT NULL,"
	"  version    INTEGER NOT NULL CHECK (version >= 1),"     /* 1, 2, … within the year */
	"  digest     TEXT NOT NULL,"
	"  received   INTEGER NOT NULL,"
	"  received_local TEXT NOT NULL,"
	"  days_late  INTEGER NOT NULL CHECK (days_late >= 0),"
	"  contact    TEXT NOT NULL,"
	"  phone      TEXT NOT NULL,"
	"  summary    TEXT NOT NULL,"
	"  stats      TEXT NOT NULL CHECK (json_valid(stats)),"
	"  UNIQUE (year, unit, version)"
	") STRICT;"
	"INSERT INTO package_y SELECT id, (SELECT year FROM temp.migration_year), unit, version, digest, received,"
	"  received_local, days_late, contact, phone, summary, stats FROM package;"
	"DROP TABLE package;"
	"ALTER TABLE package_y RENAME TO package;"
	"CREATE VIEW stat (package_id, code, value) AS"
	"  SELECT package.id, j.key, j.value FROM package, json_each(package.stats) AS j;"
	/* A file's or a catalogue row's year is its package's; kept on the row too. */
	"ALTER TABLE package_file ADD COLUMN year INTEGER NOT NULL DEFAULT 0;"
	"UPDATE package_file SET year = (SELECT p.year FROM package p WHERE p.id = package_file.package_id);"
	"ALTER TABLE catalog ADD COLUMN year INTEGER NOT NULL DEFAULT 0;"
	"UPDATE catalog SET year = (SELECT p.year FROM package p WHERE p.id = catalog.package_id);"
	"CREATE TABLE attempt_y ("
	"  id         INTEGER PRIMARY KEY,"
	"  year       INTEGER NOT NULL,"
	"  unit       TEXT NOT NULL,"
	"  digest     TEXT NOT NULL,"
	"  received   INTEGER NOT NULL,"
	"  outcome    TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected')),"
	"  package_id INTEGER REFERENCES package(id),"
	"  messages   TEXT NOT NULL"
	") STRICT;"
	"INSERT INTO attempt_y SELECT id, (SELECT year FROM temp.migration_year), unit, digest, received, outcome,"
	"  package_id, messages FROM attempt;"
	"DROP TABLE attempt;"
	"ALTER TABLE attempt_y RENAME TO attempt;"
	"CREATE INDEX attempt_unit ON attempt(year, unit, id);"
	"CREATE TABLE score_y ("
	"  year       INTEGER NOT NULL,"
	"  unit       TEXT NOT NULL,"
	"  package_id INTEGER REFERENCES package(id),"
	"  grp        TEXT NOT NULL CHECK (grp IN ('town_street', 'dept')),"
	"  earned     INTEGER NOT NULL,"
	"  possible   INTEGER NOT NULL,"
	"  base       INTEGER NOT NULL,"
	"  deductions INTEGER NOT NULL,"
	"  bonus      INTEGER NOT NULL,"
	"  total      INTEGER NOT NULL,"
	"  grade      INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 3),"
	"  capped     INTEGER NOT NULL,"
	"  sham       INTEGER NOT NULL,"
	"  rank       INTEGER NOT NULL,"
	"  position   INTEGER NOT NULL,"
	"  PRIMARY KEY (year, unit)"
	") STRICT;"
	"INSERT INTO score_y SELECT (SELECT year FROM temp.migration_year), unit, package_id, grp, earned, possible, base,"
	"  deductions, bonus, total, grade, capped, sham, rank, position FROM score;"
	"CREATE TABLE criterion_score_y ("
	"  year       INTEGER NOT NULL,"
	"  unit       TEXT NOT NULL,"
	"  criterion  INTEGER NOT NULL CHECK (criterion BETWEEN 1 AND 13),"
	"  points     INTEGER NOT NULL,"
	"  score      INTEGER,"
	"  PRIMARY KEY (year, unit, criterion),"
	"  FOREIGN KEY (year, unit) REFERENCES score(year, unit)"
	") STRICT;"
	"INSERT INTO criterion_score_y SELECT (SELECT year FROM temp.migration_year), unit, criterion, points, score"
	"  FROM criterion_score;"
	"CREATE TABLE deduction_y ("
	"  id         INTEGER PRIMARY KEY,"
	"  year       INTEGER NOT NULL,"
	"  unit       TEXT NOT NULL,"
	"  criterion  INTEGER,"
	"  reason     TEXT NOT NULL,"
	"  points     INTEGER NOT NULL,"
	"  file       TEXT,"
	"  line       INTEGER,"
	"  evidence   TEXT NOT NULL,"
	"  sentence   TEXT NOT NULL,"
	"  FOREIGN KEY (year, unit) REFERENCES score(year, unit)"
	") STRICT;"
	"INSERT INTO deduction_y SELECT id, (SELECT year FROM temp.migration_year), unit, criterion, reason, points, file,"
	"  line, evidence, sentence FROM deduction;"
	"DROP TABLE deduction;"
	"DROP TABLE criterion_score;"
	"DROP TABLE score;"
	"ALTER TABLE score_y RENAME TO score;"
	"ALTER TABLE criterion_score_y RENAME TO criterion_score;"
	"ALTER TABLE deduction_y RENAME TO deduction;"
	"CREATE INDEX deduction_unit ON deduction(year, unit, id);"
	"DROP TABLE temp.migration_year;",

	/* 4: one vocabulary (common/criteria.h).  collect stores only facts: days late
	 * are worked out from `received` and the configured deadline whenever they are
	 * shown or scored (days_late()).  A deduction is a reason code with its problem
	 * kind and typed arguments a1…a8, never a sentence; its details (the failing
	 * columns of an identity, the units a summary copies) are rows of their own
	 * pointing at it (parent).  Rows of earlier versions held a finished sentence:
	 * they are kept as reason legacy / legacy_bonus / legacy_note with that
	 * sentence as a1 (the old evidence a2, the old reason code a3, kept but not
	 * shown) and the problem kind their reason code meant,
	 * so archived years keep their scorecards (in the language they were scored in
	 * until they are scored again). */
	"ALTER TABLE package DROP COLUMN days_late;"
	"CREATE TABLE deduction_v ("
	"  id         INTEGER PRIMARY KEY,"
	"  year       INTEGER NOT NULL,"
	"  unit       TEXT NOT NULL,"
	"  parent     INTEGER,"                 /* NULL, or the id of the row this one is a detail of */
	"  criterion  INTEGER CHECK (criterion BETWEEN 1 AND 13),"  /* NULL for a finding, note or cap */
	"  reason     TEXT NOT NULL,"           /* reason code (common/criteria.c reasons[]) */
	"  kind       TEXT NOT NULL,"           /* problem kind in report section 五: none, nondisclosed, sham, … */
	"  points     INTEGER NOT NULL,"        /* hundredths lost (a bonus: gained); 0 for a note or detail */
	"  file       TEXT,"                    /* the file the evidence is in, and its line */
	"  line       INTEGER,"
	"  a1 ANY, a2 ANY, a3 ANY, a4 ANY, a5 ANY, a6 ANY, a7 ANY, a8 ANY," /* the reason's typed arguments */
	"  FOREIGN KEY (year, unit) REFERENCES score(year, unit)"
	") STRICT;"
	"INSERT INTO deduction_v (id, year, unit, parent, criterion, reason, kind, points, file, line, a1, a2, a3)"
	"  SELECT id, year, unit, NULL, criterion,"
	"   CASE WHEN reason = 'finding_bonus' THEN 'legacy_bonus' WHEN points = 0 THEN 'legacy_note' ELSE 'legacy' END,"
	"   CASE reason WHEN 'not_disclosed' THEN 'nondisclosed' WHEN 'finding_nondisclosure' THEN 'nondisclosed'"
	"    WHEN 'sham_placeholder' THEN 'sham' WHEN 'sham_short' THEN 'sham' WHEN 'sham_before_formed' THEN 'sham'"
	"    WHEN 'sham_duplicate' THEN 'sham' WHEN 'finding_sham' THEN 'sham' WHEN 'copied_summary' THEN 'copied'"
	"    WHEN 'late' THEN 'late_item' WHEN 'finding_late' THEN 'late_item' WHEN 'late_submission' THEN 'late_package'"
	"    WHEN 'no_package' THEN 'missing' ELSE CASE WHEN criterion = 8 THEN 'logic' ELSE 'none' END END,"
	"   points, file, line, sentence, evidence, reason FROM deduction;"
	"DROP TABLE deduction;"
	"ALTER TABLE deduction_v RENAME TO deduction;"
	"CREATE INDEX deduction_unit ON deduction(year, unit, id);"
	/* The newest accepted version of each unit's package in each year, and the first. */
	"CREATE VIEW newest_package AS"
	"  SELECT p.* FROM package p"
	"  WHERE p.version = (SELECT MAX(q.version) FROM package q WHERE q.year = p.year AND q.unit = p.unit);"
	"CREATE VIEW first_package AS"
	"  SELECT p.* FROM package p"
	"  WHERE p.version = (SELECT MIN(q.version) FROM package q WHERE q.year = p.year AND q.unit = p.unit);",

	/* 5: the review stage.  journal is the record (common/journal.c): one row per command
	 * that changed the archive, never updated or deleted (the triggers refuse).  year_state
	 * says whether a year's scores are final (review/finalize.c). */
	"CREATE TABLE journal ("
	"  id        INTEGER PRIMARY KEY,"
	"  at        INTEGER NOT NULL,"         /* Unix seconds */
	"  at_local  TEXT NOT NULL,"            /* the same as YYYY-MM-DD HH:MM:SS, local time */
	"  command   TEXT NOT NULL,"            /* collect, score, finalize, reopen */
	"  user      TEXT NOT NULL,"
	"  year      INTEGER NOT NULL,"
	"  accepted  INTEGER, rejected INTEGER, unchanged INTEGER, missing INTEGER, refused INTEGER,"  /* collect */
	"  scored    INTEGER,"                  /* score, finalize: units scored */
	"  digest    TEXT,"                     /* score, finalize: SHA-256 of the export */
	"  reason    TEXT"                      /* reopen */
	") STRICT;"
	"CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
	"  BEGIN SELECT RAISE(ABORT, 'the journal is append-only: rows are never changed'); END;"
	"CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
	"  BEGIN SELECT RAISE(ABORT, 'the journal is append-only: rows are never deleted'); END;"
	"CREATE TABLE year_state ("
	"  year      INTEGER PRIMARY KEY,"
	"  final     INTEGER NOT NULL CHECK (final IN (0, 1)),"
	"  at_local  TEXT NOT NULL,"            /* when it was finalized or reopened */
	"  user      TEXT NOT NULL,"
	"  digest    TEXT,"                     /* final: SHA-256 of the export */
	"  reason    TEXT"                      /* reopened: why */
	") STRICT;"
	/* objections.csv as last read by `score` (score/objections.c), for the scorecards */
	"CREATE TABLE objection ("
	"  year      INTEGER NOT NULL,"
	"  unit      TEXT NOT NULL,"
	"  line      INTEGER NOT NULL,"         /* in objections.csv */
	"  criterion INTEGER NOT NULL CHECK (criterion BETWEEN 0 AND 13),"  /* 0: the total */
	"  claim     TEXT NOT NULL,"
	"  decision  TEXT NOT NULL CHECK (decision IN ('pending', 'accepted', 'rejected')),"
	"  points    INTEGER NOT NULL,"         /* hundredths, signed; 0 unless accepted */
	"  reply     TEXT NOT NULL,"
	"  PRIMARY KEY (year, line)"
	") STRICT;"
	/* every problem of a rejected attempt as data: a message code (the English msgid) and its
	 * values, so that it can be written again in either language (common/diag.c) */
	"ALTER TABLE attempt ADD COLUMN read_at INTEGER;"      /* when collect read it, Unix seconds */
	"CREATE TABLE attempt_problem ("
	"  attempt_id INTEGER NOT NULL REFERENCES attempt(id),"
	"  seq        INTEGER NOT NULL,"
	"  level      TEXT NOT NULL CHECK (level IN ('error', 'warning')),"
	"  file       TEXT NOT NULL,"           /* as the user names it, e.g. inbox/tjj/stats.csv */
	"  line       INTEGER NOT NULL,"        /* 0: the whole file */
	"  col        TEXT,"                    /* the column (or sheet and cell) as written */
	"  code       TEXT NOT NULL,"           /* the message id (English, with printf conversions) */
	"  args       TEXT NOT NULL CHECK (json_valid(args)),"  /* its values, typed: JSON array */
	"  PRIMARY KEY (attempt_id, seq)"
	") STRICT;"
	"CREATE TABLE attempt_file ("
	"  attempt_id INTEGER NOT NULL REFERENCES attempt(id),"
	"  name       TEXT NOT NULL,"
	"  sha256     TEXT,"                    /* NULL: missing or unreadable */
	"  mtime      INTEGER,"
	"  PRIMARY KEY (attempt_id, name)"
	") STRICT;",

	/* 6: how many errors a rejected attempt had in all (attempt_problem keeps at most [limits]
	 * problems of them); NULL for attempts stored before */
	"ALTER TABLE attempt ADD COLUMN problems INTEGER;",

	/* 7: a file's bytes as collect stores them from here on: compressed (zstd, in
	 * the reading threads; common/compress.h), with the original length in size
	 * beside the original SHA-256.  Rows stored before keep their bytes as read:
	 * compression '' and size NULL (the length of bytes).  Every reader goes
	 * through store_file_bytes(). */
	"ALTER TABLE package_file ADD COLUMN compression TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE package_file ADD COLUMN size INTEGER;",
};

const int schema_nsteps = (int)ARRAY_SIZE(schema_steps);
