# Draft and final in the report (review.md): while the year is a draft every
# page carries 征求意见稿 and the cover gives the date objections are due
# ([review] objections_until, default deadline + 15 days); each scorecard lists
# the unit's objections with decision and reply; once final, neither mark.
. "$ROOT/tests/lib.sh"
sample d; cd d
expect_exit 1 "$GK" collect
printf '%s\n' 'unit,criterion,claim,decision,points,reply' \
	'z-lh,C01,三公经费已在部门预决算栏目公开,采纳,+5,经核实已公开，予以采纳' \
	'z-sq,C07,系统故障导致迟报,不采纳,,迟报属实' >objections.csv
expect_exit 0 "$GK" score
expect_exit 0 "$GK" report -o draft.pdf
pages=$(pdfinfo draft.pdf | awk '/^Pages:/ { print $2 }')
marked=0
for i in $(seq 1 "$pages"); do
	pdftotext -f "$i" -l "$i" -layout draft.pdf p.txt 2>/dev/null
	grep -q '征求意见稿' p.txt && marked=$((marked + 1))
done
[ "$marked" -eq "$pages" ] || fail "征求意见稿 on $marked of $pages pages"
pdftotext -f 1 -l 1 draft.pdf cover.txt 2>/dev/null
tr -d '\n ' <cover.txt >cover1.txt
has cover1.txt '征求意见稿：对评分有异议的，请于2025年12月5日前提出'
pdftotext draft.pdf all.txt 2>/dev/null
tr -d '\n ' <all.txt >all1.txt
has all1.txt '异议及处理'
has all1.txt '对C01的异议：三公经费已在部门预决算栏目公开。处理结果：采纳。答复：经核实已公开，予以采纳'
has all1.txt '对C07的异议：系统故障导致迟报。处理结果：不采纳。答复：迟报属实'
# a configured due date
printf '\n[review]\nobjections_until = 2025-12-10\n' >>config.ini
expect_exit 0 "$GK" report -o draft2.pdf
pdftotext -f 1 -l 1 draft2.pdf - 2>/dev/null | tr -d '\n ' >c2.txt
has c2.txt '请于2025年12月10日前提出'
# final: no mark
expect_exit 0 "$GK" finalize
expect_exit 0 "$GK" report -o final.pdf
pdftotext final.pdf - 2>/dev/null >final.txt
hasnt final.txt '征求意见稿'
# English
sed -i 's/^language = zh_CN/language = en/' config.ini
expect_exit 0 "$GK" reopen --reason 'an English copy'
expect_exit 0 "$GK" report -o en.pdf
pdftotext -f 2 -l 2 en.pdf - 2>/dev/null >en.txt
has en.txt 'Draft for comment'
