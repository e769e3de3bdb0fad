# A negative count (full-width minus and digit too).
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i -e 's/^\(t1.rules.issued,[^,]*\),.*/\1,-3/' -e 's/^\(work.staff,[^,]*\),.*/\1,－１/' inbox/czj/stats.csv
reject czj \
	'error: ./inbox/czj/stats.csv:2: value: "-3" is negative; write a number 0 or more' \
	'error: ./inbox/czj/stats.csv:202: value: "－１" is negative; write a number 0 or more'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/stats.csv:2: value: “-3”是负数；请填写大于或等于 0 的数
错误：inbox/czj/stats.csv:202: value: “－１”是负数；请填写大于或等于 0 的数
X
