# A formula with no saved value (a file written by a program that does not calculate), and one showing an error.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit set s_t1_rules_issued f 'SUM(1,2)' set s_work_staff e '#DIV/0!'
reject czj \
	'error: ./inbox/czj/报送表.xlsx: 表一!B4 (t1.rules.issued): the formula has no saved value; open the workbook in Excel or WPS, let it calculate and save it again' \
	'error: ./inbox/czj/报送表.xlsx: 工作数据!B3 (work.staff): the cell shows the error #DIV/0!; correct the formula or type the figure'
