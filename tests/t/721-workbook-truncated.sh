# A truncated workbook (the transfer stopped half-way).
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
head -c 9000 "$WFIX/报送表.xlsx" >inbox/czj/报送表.xlsx; received inbox/czj '2015-11-18 10:00'
reject czj \
	'error: ./inbox/czj/报送表.xlsx: the file is damaged (truncated or broken archive); save it again in Excel, WPS or Word and send the new file'
