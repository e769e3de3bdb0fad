# Scorecard volumes ([report] cards_per_volume, report/volumes.c) on the
# shipped sample (38 scorecards): up to the limit the report is the same
# bytes as without the key; over it the report names the volumes and holds
# no scorecard, the volumes report-评分表-1.pdf … hold every scorecard once,
# in the report's rank order, each volume with a cover, its own page numbers
# from 1 and its own bookmarks; the same bytes on a second run; a bad value is
# named; English names the files report-scorecards-N.pdf.
. "$ROOT/tests/lib.sh"
command -v pdftotext >/dev/null || fail "pdftotext missing (scripts/install-deps.sh --test)"
command -v pdftohtml >/dev/null || fail "pdftohtml missing (scripts/install-deps.sh --test)"
sample s
cd s
expect_exit 1 "$GK" -q run
cp report.pdf default.pdf
setkey() { # value: [report] cards_per_volume, in the existing [report] section
	sed -i '/^cards_per_volume/d' config.ini
	sed -i "/^\[report\]/a cards_per_volume = $1" config.ini
}
cards() { pdftotext "$1" - 2>/dev/null | grep '^单位编码 '; }

# at or above the number of scorecards: one file, the same bytes as before
for v in 38 2000; do
	setkey $v
	expect_exit 0 "$GK" -q report
	same report.pdf default.pdf
	ls report-* 2>/dev/null && fail "no volume expected with cards_per_volume = $v"
done
cards default.pdf > all-cards
[ "$(wc -l < all-cards)" -eq 38 ] || fail "38 scorecards expected in the sample report"

# 12 a volume: 4 volumes (12, 12, 12, 2)
setkey 12
expect_exit 0 "$GK" report
for k in 1 2 3 4; do
	[ -s "report-评分表-$k.pdf" ] || fail "no report-评分表-$k.pdf"
	has err "report-评分表-$k.pdf"
done
[ -e report-评分表-5.pdf ] && fail "a fifth volume"
pdftotext report.pdf main.txt 2>/dev/null
has main.txt "38 个单位的评分表分为 4 册"
for k in 1 2 3 4; do has main.txt "第 $k 册，report-评分表-$k.pdf"; done
has main.txt "评分表 2 份"
grep -q "^单位编码 " main.txt && fail "a scorecard left in the report"
has main.txt "附件：报送情况"        # the annex stays
: > vol-cards
for k in 1 2 3 4; do
	cards "report-评分表-$k.pdf" > v$k
	cat v$k >> vol-cards
	pdftotext -f 1 -l 1 "report-评分表-$k.pdf" cover.txt 2>/dev/null
	has cover.txt "明川区2025年政府信息公开工作年度报告"
	has cover.txt "第 $k 册（共 4 册）"
	has cover.txt "— 1 —"               # page numbers start again in every volume
	pdfinfo "report-评分表-$k.pdf" 2>/dev/null > info
	has info "明川区2025年政府信息公开工作年度报告"
	# bookmarks: the title, 单位评分表, and this volume's units
	pdftohtml -xml -i -stdout "report-评分表-$k.pdf" 2>/dev/null > outline
	has outline '<item page="1">明川区2025年政府信息公开工作年度报告</item>'
	has outline '单位评分表</item>'
done
[ "$(wc -l < v1)" -eq 12 ] && [ "$(wc -l < v3)" -eq 12 ] && [ "$(wc -l < v4)" -eq 2 ] || fail "volume sizes"
same vol-cards all-cards               # every scorecard once, in the report's order
# each volume's bookmarks name its own units only: the first unit of volume 2 is in 2's outline, not 1's
code2=$(head -n 1 v2 | cut -d' ' -f2)
first2=$(sqlite3 gongkai.db "SELECT name FROM unit WHERE code = '$code2'")
[ -n "$first2" ] || fail "no unit for the first scorecard of volume 2 ($code2)"
pdftohtml -xml -i -stdout report-评分表-2.pdf 2>/dev/null | grep -qF "．$first2</item>" || fail "$first2 not bookmarked in volume 2"
pdftohtml -xml -i -stdout report-评分表-1.pdf 2>/dev/null | grep -qF "．$first2</item>" && fail "$first2 bookmarked in volume 1"
# the same bytes on a second run
mkdir first
cp report.pdf report-评分表-*.pdf first/
expect_exit 0 "$GK" -q report
for f in report.pdf report-评分表-1.pdf report-评分表-2.pdf report-评分表-3.pdf report-评分表-4.pdf; do
	same "$f" "first/$f"
done
# -o elsewhere: the volumes are named from that path
mkdir vols
expect_exit 0 "$GK" -q report -o vols/年报.pdf
[ -s "vols/年报-评分表-1.pdf" ] && [ -s "vols/年报-评分表-4.pdf" ] || fail "volumes not named from -o"
same "vols/年报-评分表-2.pdf" report-评分表-2.pdf

# a volume's name taken by a folder: refused before anything is written
mkdir sub
cp report.pdf sub/keep.pdf
mkdir "sub/r-评分表-3.pdf"
expect_exit 2 "$GK" report -o sub/r.pdf
has err "r-评分表-3.pdf"
[ -e sub/r.pdf ] || [ -e "sub/r-评分表-1.pdf" ] && fail "something written though volume 3 cannot be"

# a bad value is named, nothing written
for v in 0 abc -5; do
	setkey "$v"
	rm -f report.pdf
	expect_exit 2 "$GK" report
	has err "[report] cards_per_volume"
	has err "1 到 1000000"
	[ -e report.pdf ] && fail "report written with cards_per_volume = $v"
done

# English: the word in the file names is English
setkey 20
sed -i 's/^language = zh_CN/language = en/' config.ini
expect_exit 0 "$GK" -q report -o en.pdf
[ -s en-scorecards-1.pdf ] && [ -s en-scorecards-2.pdf ] || fail "English volume names"
[ -e en-scorecards-3.pdf ] && fail "a third English volume"
pdftotext en.pdf en.txt 2>/dev/null
has en.txt "in 2 volumes"
exit 0
