# A database of schema 2 (one year, written by gongkai before years; see
# tests/fixtures/schema2/README.md) is migrated on first use, in one
# transaction, losing nothing: every package keeps its versions and bytes,
# the scores export byte for byte as before, every row gets year 2025 (the
# year of its catalogue rows).  A failed migration changes nothing; a newer
# schema is refused naming both versions.
. "$ROOT/tests/lib.sh"
FX=$ROOT/tests/fixtures/schema2
cp "$FX"/config.ini "$FX"/units.csv "$FX"/findings.csv .
sqlite3 gongkai.db <"$FX/gongkai.sql"
[ "$(sqlite3 gongkai.db 'PRAGMA user_version')" = 2 ] || fail "the fixture is not schema 2"
q_pkg="SELECT id, unit, version, digest, received, received_local, days_late, contact, phone, summary, stats FROM package ORDER BY id"
q_file="SELECT package_id, name, sha256, encoding, mtime, hex(bytes) FROM package_file ORDER BY 1, 2"
q_cat="SELECT package_id, line, index_no, title, category, formed_on, published_on, url, chars FROM catalog ORDER BY 1, 2"
q_att="SELECT id, unit, digest, received, outcome, package_id, messages FROM attempt ORDER BY id"
q_score="SELECT unit, package_id, grp, earned, possible, base, deductions, bonus, total, grade, capped, sham, rank, position FROM score ORDER BY unit"
q_crit="SELECT unit, criterion, points, score FROM criterion_score ORDER BY 1, 2"
q_ded="SELECT id, unit, criterion, reason, points, file, line, evidence, sentence FROM deduction ORDER BY id"
q_unit="SELECT code, name, type, duties, seq FROM unit ORDER BY code"
for q in pkg file cat att score crit ded unit; do
	eval "sqlite3 gongkai.db \"\$q_$q\"" >"before.$q" || fail "query $q"
done
# what that version exported, with the two columns this one adds after bonus (blank: no 2024 scores)
sed -e '1s/$/,last_total,last_rank/' -e '2,$s/$/,,/' "$FX/scores.csv" >want.csv
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM package")|$(sqlite3 gongkai.db "SELECT count(*) FROM package_file")" = "4|16" ] || fail "fixture: expected 4 packages, 16 files"

# A failed migration (here: the catalog table is missing) leaves the database as it was.
cp gongkai.db broken.db
sqlite3 broken.db 'DROP TABLE catalog'
sum_broken=$(dbsum broken.db)
sed 's#^database = gongkai.db#database = broken.db#' config.ini >broken.ini
expect_exit 2 "$GK" --config broken.ini export -o x.csv
has err 'catalog'
[ "$(dbsum broken.db)" = "$sum_broken" ] || fail "a failed migration changed the database"
[ "$(sqlite3 broken.db 'PRAGMA user_version')" = 2 ] || fail "a failed migration changed user_version"

# First use: export from the migrated database, without scoring again.
expect_exit 0 "$GK" --lang en export -o new.csv
has err 'database: upgraded to hold several years; its 4 stored packages belong to year 2025'
same new.csv want.csv
[ "$(sqlite3 gongkai.db 'PRAGMA user_version')" -ge 3 ] || fail "not migrated"
# (schema step 4, the one vocabulary: days late are no longer stored but worked out
# from `received`; an old deduction keeps its sentence, evidence and reason code as
# the arguments of a legacy row)
q_pkg="SELECT id, unit, version, digest, received, received_local, contact, phone, summary, stats FROM package ORDER BY id"
cut -d'|' -f1-6,8- before.pkg > before.pkg.facts && mv before.pkg.facts before.pkg
q_ded="SELECT id, unit, criterion, a3, points, file, line, a2, a1 FROM deduction ORDER BY id"
for q in pkg file cat att score crit ded unit; do
	eval "sqlite3 gongkai.db \"\$q_$q\"" >"after.$q" || fail "query $q after"
	same "before.$q" "after.$q"
done
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM deduction WHERE reason NOT IN ('legacy', 'legacy_bonus', 'legacy_note')")" = 0 ] ||
	fail "an old deduction not kept as legacy"
# every row of every table of per-year data carries the year 2025
for t in unit package package_file catalog attempt score criterion_score deduction; do
	[ "$(sqlite3 gongkai.db "SELECT count(*) FROM $t WHERE year IS NOT 2025")" = 0 ] || fail "$t: rows without year 2025"
	[ "$(sqlite3 gongkai.db "SELECT count(*) FROM $t")" -gt 0 ] || fail "$t: empty"
done
[ "$(sqlite3 gongkai.db 'PRAGMA foreign_key_check')" = "" ] || fail "broken references"
[ "$(sqlite3 gongkai.db 'PRAGMA integrity_check')" = ok ] || fail "integrity"
# A second use does not migrate again
expect_exit 0 "$GK" export -o new2.csv
hasnt err 'upgraded'
same new2.csv want.csv
# Scoring the migrated year again gives the same export
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q export -o new3.csv
same new3.csv want.csv

# Opened first with a config of another working year, the old rows still go
# to 2025 (their catalogue rows' year), with a warning; 2026 is empty.
sqlite3 other.db <"$FX/gongkai.sql"
sed -e 's#^database = gongkai.db#database = other.db#' -e 's#^year   = 2025#year   = 2026#' config.ini >other.ini
grep -q '^year   = 2026' other.ini || fail "other.ini"
expect_exit 2 "$GK" --lang en --config other.ini export -o o.csv
has err 'its 4 stored packages belong to year 2025'
has err 'database: the stored packages were given year 2025 (the year of their catalogue rows), not the working year 2026'
has err 'there are no scores yet'
# in Chinese too
sqlite3 other2.db <"$FX/gongkai.sql"
sed 's#^database = other.db#database = other2.db#' other.ini >other2.ini
expect_exit 2 "$GK" --config other2.ini export -o o.csv
has err '数据库：原有报送包按其目录条目的发布年份归入 2025 年度，而不是当前工作年度 2026 年'
[ "$(sqlite3 other.db 'SELECT DISTINCT year FROM package')" = 2025 ] || fail "other.db: wrong year"

# A database of a newer schema is refused, naming both versions, and left alone.
now=$(sqlite3 gongkai.db 'PRAGMA user_version')
sqlite3 gongkai.db "PRAGMA user_version = $((now + 1))"
sum=$(dbsum gongkai.db)
expect_exit 2 "$GK" --lang en export -o x.csv
has err "database: it was written by a newer gongkai (schema $((now + 1)), this program knows $now)"
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "the newer database was changed"
expect_exit 2 "$GK" --lang zh_CN export -o x.csv
has err "数据库：它由更新版本的 gongkai 写入（结构版本 $((now + 1))，本程序只认识到 $now）"
