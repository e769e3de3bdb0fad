# A stats code given twice: the second row is named, with the first's line.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i '5a t1.rules.issued,again,3' inbox/czj/stats.csv
reject czj \
	'error: ./inbox/czj/stats.csv:6: code: code "t1.rules.issued" appears again (first on line 2); keep one row per code'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/stats.csv:6: code: 编码“t1.rules.issued”重复出现（第一次在第 2 行）；每个编码只保留一行
X
