# `score` prints the ranked tables of both groups on standard output (also
# with -q, which silences only the informational lines): rank, unit, total
# with two decimals, grade — a capped grade with its cause, a missing unit's
# with "no accepted package" — in the command line's language, columns lined
# up by display width; the order is the export's.
. "$ROOT/tests/lib.sh"

sh "$ROOT/tests/fixtures/prepare-district-2015.sh" d
cd d || exit 1
expect_exit 1 "$GK" -q collect
expect_exit 0 "$GK" -q --lang en score
head -16 out > got
cat > want <<'W'
Towns and street offices: 11 units
Rank  Unit               Total  Grade
   1  红土崖镇人民政府  100.00  Excellent
   2  板石街道办事处     99.50  Excellent
   2  红旗街道办事处     99.50  Excellent
   4  六道江镇人民政府   99.00  Good (capped for sham disclosure: 1 sham-disclosure finding)
   5  新建街道办事处     95.00  Good (capped for sham disclosure: a copied summary)
   6  江北街道办事处     93.50  Excellent
   7  城南街道办事处     85.50  Good
   8  河口街道办事处     84.50  Good
   9  三道沟镇人民政府   77.50  Pass
  10  东兴街道办事处     70.00  Pass
  11  七道江镇人民政府   58.50  Fail

Departments: 29 units
Rank  Unit                       Total  Grade
W
same got want
has out '  23  区工业和信息化局            0.00  Fail (no accepted package)'
[ "$(grep -c '^ *[0-9]' out)" = 40 ] || fail "not every unit is ranked"
cp out ranking
# the order of the ranked tables is the export's
expect_exit 0 "$GK" -q export -o s.csv
tail -n +2 s.csv | cut -d, -f2 > export-order
grep '^ *[0-9]' ranking | sed 's/^ *[0-9]*  //; s/  .*//' > table-order
same table-order export-order
# Chinese by default
expect_exit 0 "$GK" -q score
has out '镇街（11 个单位）'
has out '名次  单位                总分  等次'
has out '   5  新建街道办事处     95.00  良好（假公开：年度工作总结雷同，等次封顶）'
has out '部门（29 个单位）'
has out '  23  区工业和信息化局            0.00  不合格（没有已接收的报送包）'
hasnt out 'Fail'
# --unit prints the scorecard instead
expect_exit 0 "$GK" -q score --unit wjia
hasnt out '镇街（11 个单位）'
