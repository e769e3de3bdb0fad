# A defined name pointing at a range.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit name s_work_staff "'工作数据'!\$B\$3:\$B\$4"
reject czj \
	"error: ./inbox/czj/报送表.xlsx: s_work_staff (work.staff): the name s_work_staff refers to a range ('工作数据'!\$B\$3:\$B\$4), not one cell; it must name exactly one cell"
