# An old binary .xls instead of the .xlsx.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
mv inbox/czj/报送表.xlsx inbox/czj/报送表.xls
reject czj \
	'error: ./inbox/czj/报送表.xls: an old binary spreadsheet (.xls or .et) cannot be read; open it in Excel or WPS and save it as .xlsx (请另存为 .xlsx)'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/报送表.xls: 旧版表格文件（.xls 或 .et）无法读取；请用 Excel 或 WPS 打开，另存为 .xlsx
X
