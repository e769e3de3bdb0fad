# Table 3 in the national form's nested layout: 三、本年度办理结果 one merged
# cell beside rows (一)–(七), （三）–（六） merged cells beside their items
# (each printed once, not per row, and placed between its first and last
# item); the English table keeps whole words.  When the district's sums
# break the table's identities a note under the table says which and names
# section 五; a district whose figures agree gets no note.
. "$ROOT/tests/lib.sh"
sample s
cd s
expect_exit 1 "$GK" -q collect
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q report -o r.pdf
pdftotext -bbox r.pdf bbox.html 2>/dev/null
# word -> "page xMin yMin xMax yMax" of each occurrence
# word -> "page xMin yMin xMax yMax" of each occurrence on Table 3's pages (those with its head 申请人情况)
pages=$(awk '/<page /{p++} />申请人情况<\/word>/ { print p }' bbox.html | tr '\n' ' ')
[ -n "$pages" ] || fail "no Table 3"
pos() { awk -v w="$1" -v pages=" $pages" '/<page /{p++} index(pages, " " p " ") && index($0, ">" w "</word>") { split($0, a, "\""); print p, a[2], a[4], a[6], a[8] }' bbox.html; }
# the same for words beginning with the text (an item's label wraps into several words)
starts() { awk -v w="$1" -v pages=" $pages" '/<page /{p++} index(pages, " " p " ") && index($0, ">" w) { split($0, a, "\""); print p, a[2], a[4], a[6], a[8] }' bbox.html; }
[ "$(pos '三、' | wc -l)" -ge 1 ] && [ "$(pos '三、' | wc -l)" -le 2 ] || fail "三、 printed $(pos '三、' | wc -l) times"
pos '三、' | head -1 >outer
for g in 不予公开 无法提供 不予处理 其他处理; do
	[ "$(pos $g | wc -l)" -ge 1 ] && [ "$(pos $g | wc -l)" -le 2 ] || fail "$g printed $(pos $g | wc -l) times"
	# the group is right of the outer column and left of its items
	awk -v o="$(cut -d' ' -f4 outer)" -v x="$(pos $g | cut -d' ' -f2)" 'BEGIN { exit !(x > o) }' || fail "$g left of 三、"
done
# （三）不予公开: left of its items; on the page of its last item above it, on the page of its first below it
set -- $(starts '1．属于国家' | head -1)
p1=$1 x1=$2 y1=$3
set -- $(starts '8．属于行政' | head -1)
p8=$1 y8=$3
pos 不予公开 >g
[ "$(wc -l <g)" -le 2 ] || fail "不予公开 printed $(wc -l <g) times"
awk -v p1="$p1" -v x1="$x1" -v y1="$y1" -v p8="$p8" -v y8="$y8" '
	{ if ($4 >= x1) bad = bad " right of its items"; if ($1 == p8 && $3 >= y8) bad = bad " below item 8"
	  if ($1 == p1 && $3 <= y1) bad = bad " above item 1"; if ($1 == p8) last = 1 }
	END { if (!last) bad = bad " not beside item 8"; if (bad) { print bad; exit 1 } }' g || fail "（三）不予公开 misplaced"
# the note: the sample's sums break all three identities (some units' figures do)
pdftotext r.pdf - 2>/dev/null | tr -d '\f' | grep -v -e '^— [0-9]* —$' -e '^征求意见稿$' -e '^Draft for comment$' | tr -d '\n' >all.txt
has all.txt "注：本表是各单位报送数字的合计，合计后的数字不满足表内的勾稽关系：有3行的“总计”不等于其余六列之和（如“（一）予以公开”行：总计82，六列之和81）；有1列的“（七）总计”不等于（一）至（六）项之和（如“总计”列：总计227，各项之和228）；有1列的第一项加第二项之和不等于第三项加第四项之和（如“总计”列：230 + 17 = 247，而227 + 19 = 246）。合计本身无误，原因是部分单位报送的统计数据前后不一致，具体单位见“五、存在的主要问题及改进情况”。四、政府信息公开行政复议、行政诉讼情况"
# the same in English; whole words in the table's labels
sed 's/^language = zh_CN/language = en/' config.ini >en.ini
expect_exit 0 "$GK" --config en.ini -q report -o en.pdf
pdftotext en.pdf - 2>/dev/null | tr -d '\f' | grep -v -e '^— [0-9]* —$' -e '^征求意见稿$' -e '^Draft for comment$' | tr '\n' ' ' | tr -s ' ' >en.txt
has en.txt "Note: the table adds up the figures the units reported, and the sums do not agree with each other: in 3 rows the total is not the sum of the six columns (row \"(1) Disclosed\": 82, the columns add up to 81); in 1 column the total (7) is not the sum of items (1) to (6) (column \"Total\": 227, the items add up to 228); in 1 column item 1 plus item 2 is not item 3 plus item 4 (column \"Total\": 230 + 17 = 247, but 227 + 19 = 246). The sums are exact; the figures of some units are not consistent, and section 5 (main problems and their correction) names those units."
for w in Law-enforcement Administrative Prohibited "third parties'" disclosed processed; do has en.txt "$w"; done
pdftotext -bbox en.pdf en.html 2>/dev/null
grep -q '>Administrat</word>\|>Law-enforce</word>\|>ive</word>' en.html && fail "a word split in the English Table 3"

# a district whose figures agree: no note
mkdir d && cd d
. "$ROOT/tests/collect-lib.sh"
district
for u in z-a jd-b czj sfj; do
	pkg $u
	# Table 3 all zero but one consistent column: 2 new + 1 carried = 2 answered (1 + 1) + 1 next year
	awk -F, 'BEGIN { OFS = "," } /^t3\./ { $3 = 0 } /^t3\.(new|open|partial|total|next_year|carried)\.(natural|total),/ {
		split($1, c, "."); v["new"] = 2; v["carried"] = 1; v["open"] = 1; v["partial"] = 1; v["total"] = 2; v["next_year"] = 1; $3 = v[c[2]] }
		{ print }' inbox/$u/stats.csv >s.tmp && mv s.tmp inbox/$u/stats.csv
	received inbox/$u '2015-11-18 10:00'
done
expect_exit 0 "$GK" -q collect
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q report -o ok.pdf
pdftotext ok.pdf - 2>/dev/null | tr -d '\n' >ok.txt
has ok.txt "三、收到和处理政府信息公开申请情况"
hasnt ok.txt "注：本表"
