# A password-protected workbook: as Excel saves it (an encrypted OLE container).
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
printf '\320\317\021\340\241\261\032\341' >inbox/czj/报送表.xlsx; head -c 4088 /dev/zero >>inbox/czj/报送表.xlsx; received inbox/czj '2015-11-18 10:00'
reject czj \
	'error: ./inbox/czj/报送表.xlsx: the workbook is an old binary Excel file (.xls) or is protected by a password; remove any password and save it as .xlsx (Excel 工作簿)'
