# Helpers for the workbook tests (tests/t/7NN-*.sh), sourced after
# tests/lib.sh and tests/collect-lib.sh.  tests/fixtures/workbook/ holds
# the workbook form of the collect fixture's good package for czj
# (报送表.xlsx written by tests/tools/pkg2xlsx, 年度工作总结.docx by
# tests/tools/txt2docx.py); each bad case is that workbook edited by
# tests/tools/xlsx_edit.py.
WFIX=$ROOT/tests/fixtures/workbook
PY=/usr/bin/python3
EDIT="$PY $ROOT/tests/tools/xlsx_edit.py"
DOCX="$PY $ROOT/tests/tools/txt2docx.py"

# wbpkg DIR: the good workbook-form package of czj in DIR (replacing what was there), received 2015-11-18 10:00.
wbpkg() {
	rm -rf "$1" && mkdir -p "$1" && cp "$WFIX/报送表.xlsx" "$WFIX/年度工作总结.docx" "$1/" || fail "wbpkg"
	received "$1" '2015-11-18 10:00'
}

# wbedit OP...: edit inbox/czj/报送表.xlsx in place (xlsx_edit.py operations).
wbedit() {
	$EDIT inbox/czj/报送表.xlsx edited.xlsx "$@" || fail "xlsx_edit $*"
	mv edited.xlsx inbox/czj/报送表.xlsx
	received inbox/czj '2015-11-18 10:00'
}

# wbbaseline: the collect baseline (four CSV packages stored), then czj in the workbook form.
wbbaseline() {
	baseline
	wbpkg inbox/czj
}
