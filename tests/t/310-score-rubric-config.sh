# The rubric is data in config.ini: an unknown rubric key, negative points
# and grade bands out of order are errors naming the file, section and key.
. "$ROOT/tests/lib.sh"

cp "$ROOT/tests/fixtures/district-2015/config.ini" base.ini
cp "$ROOT/tests/fixtures/district-2015/units.csv" units.csv

cp base.ini config.ini
printf '\n[c03]\nper_row = 2\nper_rows = 3\n' >> config.ini
expect_exit 2 "$GK" --lang en score
has err 'error: config.ini: [c03] per_rows: unknown setting; check its spelling against the documented keys'

cp base.ini config.ini
printf '\n[c01]\npoints = -30\n[c02]\nper_row = 0.555\n' >> config.ini
expect_exit 2 "$GK" --lang en score
has err 'error: config.ini: [c01] points: "-30" is negative; points and thresholds must be 0 or more'
has err 'error: config.ini: [c02] per_row: "0.555" is not a number with at most 2 decimals, such as 2 or 0.5'

cp base.ini config.ini
printf '\n[grades]\nexcellent = 80\ngood = 85\n' >> config.ini
expect_exit 2 "$GK" --lang en score
same_err='error: config.ini: [grades]: the grade bands must fall in order: 100 ≥ excellent > good > pass (now 80.00, 85.00, 60.00)'
has err "$same_err"
[ "$(wc -l < err)" -eq 1 ] || fail "expected exactly one error line"

cp base.ini config.ini
printf '\n[grades]\nsham_cap = 很好\n[c09]\nsimilarity = 1.5\n[rubric]\nrequired = guide, budgets\n' >> config.ini
expect_exit 2 "$GK" --lang en score
has err 'error: config.ini: [grades] sham_cap: "很好" is not a grade; use excellent, good, pass or fail (优秀, 良好, 合格, 不合格)'
has err 'error: config.ini: [c09] similarity: "1.5" is not a share between 0 and 1, such as 0.80'
has err 'error: config.ini: [rubric] required: "budgets" is not a category code (see the catalogue categories)'

# The same in Chinese (the default language)
cp base.ini config.ini
printf '\n[c03]\nper_rows = 3\n' >> config.ini
expect_exit 2 "$GK" score
has err '错误：config.ini: [c03] per_rows:'
