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
