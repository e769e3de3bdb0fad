# A quoted field never closed: the line where it starts is named, and a
# stray quote inside an unquoted field is named with its character.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i '3s/,2015年部门预算,/,"2015年部门预算,/' inbox/czj/catalog.csv
reject czj \
	'error: ./inbox/czj/catalog.csv:3: a quoted field that starts on this line is never closed; add the closing double quote'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/catalog.csv:3: 本行开始的带引号内容没有结束引号；请补上结尾的英文双引号
X
pkg czj
sed -i '3s/,2015年部门预算,/,2015年"部门"预算,/' inbox/czj/catalog.csv
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj/catalog.csv:3: a double quote is misplaced near character 18; a field with commas or quotes must be wrapped in "..." and inner quotes doubled ("")
X
