# A package for another year, and a year that is not a number.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i 's/^year    = 2015/year    = 2014/' inbox/czj/submission.ini
reject czj \
	'error: ./inbox/czj/submission.ini: [submission] year: the package is for 2014 but this collection is for 2015; send the 2015 package'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/submission.ini: [submission] year: 报送包是 2014 年度的，本次收取的是 2015 年度；请报送 2015 年度的报送包
X
sed -i 's/^year    = 2014/year    = 二〇一五/' inbox/czj/submission.ini
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj/submission.ini: [submission] year: "二〇一五" is not a year such as 2015
X
