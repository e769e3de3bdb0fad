# Files saved by Excel/WPS on Chinese Windows are read the same as plain
# UTF-8: GB18030 (stats.csv, submission.ini, summary.txt), a BOM, CRLF line
# ends, blank rows, rows of empty fields (,,,) and a trailing empty line.
# czj sends them; sfj sends the plain fixture; both must store the same data.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
pkg sfj
pkg czj
cd inbox/czj
sed 's/^code,item,value/编码,项目,数值/' stats.csv | iconv -f UTF-8 -t GB18030 >s && mv s stats.csv
iconv -f UTF-8 -t GB18030 submission.ini >s && mv s submission.ini
iconv -f UTF-8 -t GB18030 summary.txt >s && mv s summary.txt
{ printf '\357\273\277'; sed -n 1,2p catalog.csv; printf '\n,,,,,,\n  \n'; sed -n 3,4p catalog.csv; printf ',,,\n'; sed -n 5p catalog.csv; printf '\n'; } | sed 's/$/\r/' >c && mv c catalog.csv
cd ../..
received inbox/czj '2015-11-18 10:00'
expect_exit 1 "$GK" --lang en collect
want out <<'X'
czj 区财政局: accepted as version 1, 0 days late
sfj 区司法局: accepted as version 1, 0 days late
z-a 甲镇人民政府: missing, nothing received
jd-b 乙街道办事处: missing, nothing received
X
want err <<'X'
collect: 2 accepted, 0 unchanged, 0 rejected, 2 missing
X
q() { sqlite3 gongkai.db "$1"; }
[ "$(q "SELECT group_concat(name || '=' || encoding, ' ') FROM (SELECT f.name, f.encoding FROM package_file f JOIN package p ON p.id = f.package_id WHERE p.unit = 'czj' ORDER BY f.name)")" = \
	"catalog.csv=UTF-8 BOM stats.csv=GB18030 submission.ini=GB18030 summary.txt=GB18030" ] || fail "encodings"
# the same statistics, the same catalogue rows, contact and summary as the plain package
stats() { q "SELECT s.code, s.value FROM stat s JOIN package p ON p.id = s.package_id WHERE p.unit = '$1' ORDER BY s.code"; }
rows() { q "SELECT index_no, title, category, formed_on, published_on, url, chars FROM catalog c JOIN package p ON p.id = c.package_id WHERE p.unit = '$1' ORDER BY index_no"; }
stats czj >a; stats sfj >b; same a b
[ "$(wc -l <a)" -eq 206 ] || fail "206 stats codes"
grep -qx 't1.fees.amount|1250' a || fail "fees in hundredths"
rows czj >a; rows sfj >b; same a b
[ "$(wc -l <a)" -eq 4 ] || fail "4 catalogue rows"
[ "$(q "SELECT contact || '/' || summary FROM package WHERE unit = 'czj'")" = "$(q "SELECT contact || '/' || summary FROM package WHERE unit = 'sfj'")" ] || fail "contact/summary"
[ "$(q "SELECT contact FROM package WHERE unit = 'czj'")" = 王芳 ] || fail "contact"
# catalogue rows keep their physical line numbers (blank rows skipped, not renumbered)
[ "$(q "SELECT group_concat(line, ' ') FROM (SELECT line FROM catalog c JOIN package p ON p.id = c.package_id WHERE p.unit = 'czj' ORDER BY line)")" = "2 6 7 9" ] || fail "line numbers"
