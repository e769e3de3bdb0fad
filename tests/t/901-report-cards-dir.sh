# report --cards-dir DIR (report/volumes.c): one scorecard PDF per unit in
# DIR, named <code>-<name>.pdf, each holding that unit's scorecard only, with
# page numbers from 1; the report itself names the folder and holds no
# scorecard; the same bytes on a second run; --help lists the option; a
# folder that cannot be made is named and the command fails.
. "$ROOT/tests/lib.sh"
command -v pdftotext >/dev/null || fail "pdftotext missing (scripts/install-deps.sh --test)"
sample s
cd s
expect_exit 1 "$GK" -q run
pdftotext report.pdf - 2>/dev/null | grep '^单位编码 ' | cut -d' ' -f2 > codes
[ "$(wc -l < codes)" -eq 38 ] || fail "38 scorecards expected in the sample report"

expect_exit 0 "$GK" report --cards-dir 评分表 -o main.pdf
has err "38"
has err "评分表"
[ "$(ls 评分表 | wc -l)" -eq 38 ] || fail "38 files expected in 评分表/"
while read -r code; do
	name=$(sqlite3 gongkai.db "SELECT name FROM unit WHERE code = '$code'")
	f="评分表/$code-$name.pdf"
	[ -s "$f" ] || fail "no $f"
	pdftotext "$f" card.txt 2>/dev/null
	[ "$(grep -c '^单位编码 ' card.txt)" -eq 1 ] || fail "$f: not exactly one scorecard"
	has card.txt "单位编码 $code"
	has card.txt "$name"
	has card.txt "— 1 —"
	pdfinfo "$f" 2>/dev/null > info
	has info "明川区2025年政府信息公开工作年度报告"
done < codes
pdftotext main.pdf main.txt 2>/dev/null
has main.txt "38 个单位的评分表不在本报告中"
has main.txt "评分表 中"
grep -q "^单位编码 " main.txt && fail "a scorecard left in the report"
has main.txt "附件：报送情况"

# the same bytes again
cp -r 评分表 first
cp main.pdf first.pdf
expect_exit 0 "$GK" -q report --cards-dir 评分表 -o main.pdf
same main.pdf first.pdf
for f in first/*.pdf; do same "$f" "评分表/${f#first/}"; done

# --help names the option; a folder that cannot be made is named
expect_exit 0 "$GK" report --help
has out "--cards-dir"
: > notadir
expect_exit 2 "$GK" report --cards-dir notadir/sub -o m2.pdf
has err "notadir/sub"
# never into the inbox
expect_exit 2 "$GK" report --cards-dir inbox/cards -o m3.pdf
has err "inbox/cards"
[ -e inbox/cards ] && fail "cards written into the inbox"
[ -e m3.pdf ] && fail "report written though the cards cannot be"
exit 0
