# Defined names pointing at a deleted sheet: as Excel leaves them (#REF!) and naming a sheet that is gone.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit name s_work_staff '#REF!$B$3' name s_work_training "'旧表'!\$B\$4"
reject czj \
	'error: ./inbox/czj/报送表.xlsx: s_work_staff (work.staff): the name s_work_staff refers to a deleted cell or sheet (#REF!$B$3); name one cell again, or start from the template' \
	'error: ./inbox/czj/报送表.xlsx: s_work_training (work.training): the name s_work_training refers to sheet "旧表", which the workbook does not have; start from the template'
