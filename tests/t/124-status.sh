# status: every roster unit in roster order, as a table (both languages) and
# as CSV with a BOM, the fixed English header and English state codes.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
# before the first collect: no database yet, and status makes none
expect_exit 2 "$GK" --lang en status
want err <<'X'
error: database: ./gongkai.db does not exist yet; run "gongkai collect" first
X
[ -s out ] && fail "status wrote a table without a database"
[ ! -e gongkai.db ] || fail "status made a database"
pkg czj; pkg sfj; pkg jd-b
received inbox/sfj '2015-11-25 14:05'
printf 'code,item,value\n' >inbox/jd-b/stats.csv
received inbox/jd-b '2015-11-19 08:00'
expect_exit 1 "$GK" --lang en collect
expect_exit 0 "$GK" --lang en status
want out <<'X'
code  unit          type        state     versions  received on       days late  problems  last attempt
z-a   甲镇人民政府  town        missing
jd-b  乙街道办事处  street      rejected                                         11        2015-11-19 08:00
czj   区财政局      department  received  1         2015-11-18 10:00  0
sfj   区司法局      department  received  1         2015-11-25 14:05  5
X
[ -s err ] && fail "stderr: $(cat err)"
expect_exit 0 "$GK" --lang zh_CN status
want out <<'X'
编码  单位          类型  状态    版本数  报送时间          逾期天数  问题数  最近一次报送
z-a   甲镇人民政府  镇    未报送
jd-b  乙街道办事处  街道  已退回                                      11      2015-11-19 08:00
czj   区财政局      部门  已报送  1       2015-11-18 10:00  0
sfj   区司法局      部门  已报送  1       2015-11-25 14:05  5
X
for lang in en zh_CN; do
	expect_exit 0 "$GK" --lang $lang status --csv
	want out <<'X'
﻿code,name,type,state,version,received,days_late,problems,last_attempt
z-a,甲镇人民政府,town,missing,0,,,,
jd-b,乙街道办事处,street,rejected,0,,,11,2015-11-19 08:00
czj,区财政局,dept,received,1,2015-11-18 10:00,0,,
sfj,区司法局,dept,received,1,2015-11-25 14:05,5,,
X
done
# a unit name with a comma is quoted in the CSV
sed -i 's/^sfj,区司法局,/sfj,"区司法局,法律援助中心",/' units.csv
expect_exit 0 "$GK" --lang en status --csv
has out 'sfj,"区司法局,法律援助中心",dept,received,1,2015-11-25 14:05,5,,'
# status stores nothing
sum=$(dbsum gongkai.db)
expect_exit 0 "$GK" status
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "status changed the database"
