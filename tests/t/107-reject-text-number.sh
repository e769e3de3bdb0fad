# Text where a number belongs: in stats.csv and in catalog.csv's chars;
# a thousands separator in the wrong place is text too.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i -e 's/^\(t1.rules.issued,[^,]*\),.*/\1,三/' -e 's/^\(work.staff,[^,]*\),.*/\1,"12,34"/' inbox/czj/stats.csv
sed -i 's/,2300$/,about 2000/' inbox/czj/catalog.csv
reject czj \
	'error: ./inbox/czj/stats.csv:2: value: "三" is not a number; write a whole number such as 12 (blank means 0)' \
	'error: ./inbox/czj/stats.csv:202: value: "12,34" is not a number; write a whole number such as 12 (blank means 0)' \
	'error: ./inbox/czj/catalog.csv:2: chars: "about 2000" is not a number; write a whole number such as 12 (blank means 0)'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/stats.csv:2: value: “三”不是数字；请填写整数，如 12（空白算 0）
错误：inbox/czj/stats.csv:202: value: “12,34”不是数字；请填写整数，如 12（空白算 0）
错误：inbox/czj/catalog.csv:2: chars: “about 2000”不是数字；请填写整数，如 12（空白算 0）
X
# 1,234 typed without quotes splits the row: it must not be read as 1
pkg czj
sed -i 's/^\(t1.rules.issued,[^,]*\),.*/\1,1,234/' inbox/czj/stats.csv
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj/stats.csv:2: the row has 4 fields but the header only 3; a value with a comma (such as 1,234) must be wrapped in double quotes
X
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/stats.csv:2: 这一行有 4 项，但表头只有 3 列；含逗号的值（如 1,234）要用英文双引号括起来
X
unchanged_but_rejections
