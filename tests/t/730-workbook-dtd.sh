# A part that declares a DTD (a billion-laughs attempt) is refused before anything expands.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit sub xl/workbook.xml '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
reject czj \
	'error: ./inbox/czj/报送表.xlsx: xl/workbook.xml: the part declares a DTD or entities, which Office files never do; the file is refused'
