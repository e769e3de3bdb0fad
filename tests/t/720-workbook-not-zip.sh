# A .xlsx that is not a ZIP archive.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
echo 'not a workbook' >inbox/czj/报送表.xlsx; received inbox/czj '2015-11-18 10:00'
reject czj \
	'error: ./inbox/czj/报送表.xlsx: the file is not an Excel workbook (.xlsx): it is not a ZIP archive; save the workbook in Excel or WPS as .xlsx'
