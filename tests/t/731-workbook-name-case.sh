# Defined names compare without regard to case, as in Excel: a workbook whose
# names another program wrote as UNIT, S_T3_New_Total and Contact reads the
# same figures as the template's own (the names are kept folded to lower case
# and looked up with the slots' lower-case names, collect/workbook_read.c).
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit sub xl/workbook.xml 'name="unit"' 'name="UNIT"' \
	sub xl/workbook.xml 'name="s_t3_new_total"' 'name="S_T3_New_Total"' \
	sub xl/workbook.xml 'name="contact"' 'name="Contact"'
$PY -c 'import sys, zipfile; sys.exit(b"name=\"S_T3_New_Total\"" not in zipfile.ZipFile(sys.argv[1]).read("xl/workbook.xml"))' \
	inbox/czj/报送表.xlsx || fail "the names were not changed"
expect_exit 0 "$GK" --lang en collect
has out 'czj 区财政局: accepted as version 2, 0 days late'
q() { sqlite3 gongkai.db "$1"; }
for col in stats contact unit; do
	[ "$(q "SELECT $col FROM package WHERE unit='czj' AND version=2")" = "$(q "SELECT $col FROM package WHERE unit='czj' AND version=1")" ] || fail "$col differs"
done
[ "$(q "SELECT json_extract(stats, '\$.\"t3.new.total\"') FROM package WHERE unit='czj' AND version=2")" != "" ] || fail "t3.new.total not read"
