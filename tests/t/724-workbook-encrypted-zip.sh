# A workbook whose archive entries are encrypted (zip -P).
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
mkdir x && (cd x && unzip -q "$WFIX/报送表.xlsx" && zip -q -r -P secret ../enc.xlsx .) && mv enc.xlsx inbox/czj/报送表.xlsx; received inbox/czj '2015-11-18 10:00'
reject czj \
	'error: ./inbox/czj/报送表.xlsx: the file is protected by a password; remove the password and save it again'
