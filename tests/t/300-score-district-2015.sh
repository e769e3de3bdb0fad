# The worked district of spec (浑江区 2015, tests/fixtures/district-2015):
# after collect and score, export equals its expected_scores.csv cell for
# cell.  Hand-checked units (rubric.md, default rubric):
#   zjj  C04 = 5 × 2/4 = 2.50, C13 = 10 × 16/58 = 2.76; earned 100.26 of 110
#        → base 91.15; finding −2 → 89.15 (良好)
#   wjia C04 = 5 × 2/3 = 3.33 (I/N = 2/3); 25 + 9.5 + 8 + 3.33 + 8 + 0 + 5 + 5 + 5
#        + 5 + 0 + 5 = 78.83 (合格)
#   czj  earned 74.25 of 110 → base 67.50; bonuses 2 + 4.5 = 6.5 capped at 5
#        → 72.50 (合格)
#   z-ldj 100 − sham finding 1 = 99.00 but graded 良好 (sham cap)
. "$ROOT/tests/lib.sh"

sh "$ROOT/tests/fixtures/prepare-district-2015.sh" d
cd d || exit 1

expect_exit 1 "$GK" -q collect
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q export
[ "$(head -c 3 scores.csv | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "scores.csv has no UTF-8 byte-order mark"
tail -c +4 scores.csv > got.csv
same got.csv expected_scores.csv

# -o - writes the same CSV to stdout
expect_exit 0 "$GK" -q export -o -
cmp -s out scores.csv || fail "export -o - differs from the file"

# Scores are stored in hundredths, never as floats
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM score WHERE typeof(total) <> 'integer' OR typeof(base) <> 'integer'")" = 0 ] ||
	fail "a stored score is not an integer"
[ "$(sqlite3 gongkai.db "SELECT total, base, earned, possible FROM score WHERE unit = 'zjj'")" = "8915|9115|10026|11000" ] ||
	fail "zjj stored wrongly"
# Every lost point of zjj is a deduction row
[ "$(sqlite3 gongkai.db "SELECT criterion, reason, points FROM deduction WHERE unit = 'zjj' AND parent IS NULL ORDER BY id")" = "4|interpretation_ratio|250
13|hall_ratio|724
|years_not_checkable|0
|finding_nondisclosure|200" ] || fail "zjj deductions"
# Scoring twice gives the same tables
before=$(dbsum gongkai.db)
expect_exit 0 "$GK" -q score
[ "$(dbsum gongkai.db)" = "$before" ] || fail "a second score changed the database"
