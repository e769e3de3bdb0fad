# `export`: default path from config, -o FILE, errors.
. "$ROOT/tests/lib.sh"

sh "$ROOT/tests/fixtures/prepare-district-2015.sh" d
cd d || exit 1
expect_exit 1 "$GK" -q collect
expect_exit 2 "$GK" --lang en export
has err 'error: there are no scores yet; run "gongkai score" first'
expect_exit 0 "$GK" -q score
mkdir sub
expect_exit 0 "$GK" --lang en export -o sub/x.csv
has err 'scores: sub/x.csv'
head -1 sub/x.csv | grep -q 'code,name,group,total,rank,grade,C01,C02,C03,C04,C05,C06,C07,C08,C09,C10,C11,C12,C13,deductions,bonus' ||
	fail "header"
[ "$(wc -l < sub/x.csv)" -eq 41 ] || fail "40 units and a header"
# 镇街 first, ranks in order, blank C13 for a unit without duty approval
sed -n 2p sub/x.csv | grep -q '^z-hty,红土崖镇人民政府,镇街,100.00,1,优秀,30.00,' || fail "first row"
grep -q '^wjj,区卫生和计划生育局,部门,100.00,1,优秀,.*,10.00,0.00,0.00,,$' sub/x.csv || fail "wjj row"
grep -q '^zsb,区房屋征收管理办公室,部门,100.00,1,优秀,.*,5.00,,0.00,0.00,,$' sub/x.csv || fail "zsb row"
expect_exit 2 "$GK" --lang en export -o
has err 'error: option -o needs a value'
expect_exit 2 "$GK" --lang en export -o /nonexistent/dir/x.csv
has err 'error: cannot write /nonexistent/dir/x.csv: the folder /nonexistent/dir does not exist; nothing was written: create the folder first or choose another path (-o)'
rm gongkai.db
expect_exit 2 "$GK" --lang en export
has err 'does not exist yet; run "gongkai collect" first'
