# An impossible date typed as text on 公开目录.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit cat E2 s 2015-02-30
reject czj \
	'error: ./inbox/czj/报送表.xlsx: 公开目录!E2: 发布日期: "2015-02-30" is not a real day; check the month and the day'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/报送表.xlsx: 公开目录!E2: 发布日期: “2015-02-30”这一天不存在；请核对月和日
X
