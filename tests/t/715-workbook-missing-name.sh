# A missing defined name.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit delname s_t4_review_total
reject czj \
	'error: ./inbox/czj/报送表.xlsx: s_t4_review_total (t4.review.total): no cell is named s_t4_review_total; fill in the workbook that gongkai template made, whose cells carry these names'
