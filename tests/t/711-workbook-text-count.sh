# Text in a count cell (and a fraction, while 17-digit decimals of Excel are accepted).
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit set s_t1_rules_issued s 十二 set s_t1_rules_repealed n 2.5 set s_t1_fees_amount n 3256.1199999999999 set s_t1_rules_in_force n 3.0000000000000004
reject czj \
	'error: ./inbox/czj/报送表.xlsx: 表一!B4 (t1.rules.issued): "十二" is not a number; write a whole number such as 12 (blank means 0)' \
	'error: ./inbox/czj/报送表.xlsx: 表一!C4 (t1.rules.repealed): "2.5" is a fraction; a count is a whole number such as 12'
