# A negative value in a named cell.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit set s_t3_new_business n -1
reject czj \
	'error: ./inbox/czj/报送表.xlsx: 表三!E5 (t3.new.business): "-1" is negative; write a number 0 or more'
# in Chinese, as workbook.md shows it
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/报送表.xlsx: 表三!E5 (t3.new.business): “-1”是负数；请填写大于或等于 0 的数
X
