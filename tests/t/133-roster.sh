# units.csv: Chinese headers and types, a BOM and CRLF, duties separated by
# ; ； 、 or , (in quotes) and given as codes or Chinese names are accepted
# and stored as codes; a bad roster (duplicate or invalid code, empty name,
# unknown type or duty) stops every command with exit 2, naming each
# problem, and leaves the database alone.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
pkg czj
printf '\357\273\277编码,名称,类型,职责\r\nz-a,甲镇人民政府,镇,"assistance；housing、land"\r\njd-b,乙街道办事处,街道,\r\nczj,区财政局,部门,"procurement,审计信息"\r\nsfj,区司法局,dept,\r\n' >units.csv
expect_exit 1 "$GK" --lang en collect
has out 'czj 区财政局: accepted as version 1, 0 days late'
[ "$(sqlite3 gongkai.db "SELECT group_concat(code || '|' || type || '|' || duties, ' ') FROM (SELECT * FROM unit ORDER BY seq)")" = \
	'z-a|town|assistance;housing;land jd-b|street| czj|dept|procurement;audit sfj|dept|' ] || fail "stored roster"
sum=$(dbsum gongkai.db)
printf '编码,名称,类型,职责\nz-a,甲镇,镇,\njd-b,乙街道,街道,\nczj,区财政局,部门,\nczj,又一个,dept,\nbad code,x,dept,\nsfj,,county,nosuch\n' >units.csv
for c in collect status "status --csv" "template -o t" "check inbox/czj"; do
	expect_exit 2 "$GK" --lang en $c
	want err <<'X'
error: ./units.csv:6: 编码: "bad code" is not a unit code; use 1 to 32 letters, digits, _ or -
error: ./units.csv:7: 名称: the name is empty; give the unit's full name
error: ./units.csv:7: 类型: "county" is not a unit type; use town/镇, street/街道 or dept/部门
error: ./units.csv:7: 职责: "nosuch" is not a category code; use codes such as budget, land, approval
error: ./units.csv:5: 编码: unit code "czj" appears again (first on line 4); every unit needs its own code
X
	[ -s out ] && fail "stdout for $c"
done
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "a bad roster changed the database"
[ ! -e t ] || fail "template wrote with a bad roster"
printf 'code,name,type,duties\n' >units.csv
expect_exit 2 "$GK" --lang en collect
want err <<'X'
error: ./units.csv: the roster lists no units
X
