# Two workbooks, and two summaries.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
cp "$WFIX/报送表.xlsx" inbox/czj/副本.xlsx; cp "$FIX/pkg/summary.txt" inbox/czj/; received inbox/czj '2015-11-18 10:00'
reject czj \
	'error: ./inbox/czj: the folder holds 2 workbooks (副本.xlsx、报送表.xlsx); send one workbook only' \
	'error: ./inbox/czj: the folder holds 2 summaries (summary.txt、年度工作总结.docx); send one summary only'
