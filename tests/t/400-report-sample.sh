# The report of the shipped sample district (gongkai run): every section
# heading, every unit's name, Table 3 and Table 4 summed independently here
# with sqlite3 over the packages' stats, each scorecard's total, the document
# info, bookmarks, embedded fonts, and the same bytes on a second run.
. "$ROOT/tests/lib.sh"
command -v pdftotext >/dev/null || fail "pdftotext missing (scripts/install-deps.sh --test)"
sample s
cd s
expect_exit 1 "$GK" run
has err "report.pdf"
has err "scores.csv"
[ -s report.pdf ] || fail "no report.pdf"
pdftotext -layout report.pdf report.txt 2>/dev/null || fail "pdftotext"
pdftotext report.pdf plain.txt 2>/dev/null

for h in "明川区2025年政府信息公开工作年度报告" "明川区人民政府办公室" "一、总体情况" "二、主动公开政府信息情况" \
	"三、收到和处理政府信息公开申请情况" "四、政府信息公开行政复议、行政诉讼情况" "五、存在的主要问题及改进情况" \
	"六、其他需要报告的事项" "考核结果" "单位评分表" "附件：报送情况" "图：镇街总分" "图：部门总分"; do
	has report.txt "$h"
done

# every roster unit by name, each with its own scorecard page
sqlite3 gongkai.db "SELECT name FROM unit ORDER BY seq" > names
[ "$(wc -l < names)" -ge 30 ] || fail "roster too small"
while read -r name; do
	has plain.txt "$name"
done < names

# Table 3: the 25 rows × 7 columns, summed over each unit's newest version
ROWS="new carried open partial deny.secret deny.law deny.safety deny.third_party deny.internal deny.process
deny.enforcement deny.query unable.no_info unable.need_create unable.unclear reject.complaint reject.repeat
reject.publication reject.massive reject.confirm other.no_correction other.no_fee other.other total next_year"
COLS="natural business research public_interest legal org_other total"
sqlite3 -separator ' ' gongkai.db "SELECT j.key, SUM(j.value) FROM package p, json_each(p.stats) j
	WHERE p.unit IN (SELECT code FROM unit) AND p.version = (SELECT MAX(q.version) FROM package q WHERE q.unit = p.unit)
	GROUP BY j.key" > sums
[ "$(grep -c "^t3\." sums)" -eq 175 ] && [ "$(grep -c "^t4\." sums)" -eq 15 ] || fail "expected 175 + 15 summed codes"
sum() { awk -v k="$1" '$1 == k { print $2 }' sums; }
: > want3
for r in $ROWS; do
	line=""
	for c in $COLS; do line="$line $(sum "t3.$r.$c")"; done
	echo "${line# }" >> want3
done
[ "$(wc -l < want3)" -eq 25 ] || fail "25 rows"
# lines of the PDF ending in exactly 7 numbers are Table 3's rows; exactly 15, Table 4's
awk '{ n = 0; for (i = NF; i >= 1 && $i ~ /^[0-9]+$/; i--) n++;
       if (n == 7) { s = $(NF-6); for (i = NF-5; i <= NF; i++) s = s " " $i; print s } }' report.txt > got3
same got3 want3
want4=""
for r in review suit_direct suit_after; do
	for c in upheld corrected other pending total; do want4="$want4 $(sum "t4.$r.$c")"; done
done
awk '{ n = 0; for (i = NF; i >= 1 && $i ~ /^[0-9]+$/; i--) n++; if (n == 15) { $1 = $1; print } }' report.txt > got4
echo "${want4# }" > want4
same got4 want4
# Table 1: the fee amount (hundredths of 10,000 yuan) with two decimals
fee=$(sum t1.fees.amount)
has report.txt "$(printf '%d.%02d' $((fee / 100)) $((fee % 100)))"
has report.txt "行政事业性收费"

# each scorecard: on the page titled with the unit's name, its total
sqlite3 -separator '|' gongkai.db "SELECT u.name, printf('%d.%02d', s.total / 100, s.total % 100)
	FROM score s JOIN unit u ON u.code = s.unit" > totals
n=0
while IFS='|' read -r name total; do
	awk -v name="$name" -v total="$total" '
		BEGIN { RS = "\f" }
		{ title = 0; tot = 0; k = split($0, L, "\n")
		  for (i = 1; i <= k; i++) { t = L[i]; gsub(/^ +| +$/, "", t); if (t == name) title = 1
		                             if (L[i] ~ ("总分 +" total "( |$)")) tot = 1 }
		  if (title && tot && $0 ~ /单位编码/) found = 1 }
		END { exit !found }' report.txt || fail "no scorecard page for $name with total $total"
	n=$((n + 1))
done < totals
[ "$n" -eq "$(wc -l < names)" ] || fail "a unit has no score"

# document info, bookmarks, fonts
pdfinfo report.pdf > info 2>/dev/null
has info "Title:           明川区2025年政府信息公开工作年度报告"
has info "Author:          明川区人民政府办公室"
has info "Page size:       595.276 x 841.89 pts (A4)"
# creation date from the data (the last package received, 2025-12-02), not the clock
has info "CreationDate:    Tue Dec  2 00:00:00 2025"
# one outline entry per unit and per part (the entries are plain dictionaries in the file)
dests=$(grep -a -c '/Dest ' report.pdf)
[ "$dests" -ge $(($(wc -l < names) + 12)) ] || fail "only $dests bookmarks"
pdffonts report.pdf > fonts 2>/dev/null
[ "$(tail -n +3 fonts | wc -l)" -ge 2 ] || fail "fonts: $(cat fonts)"
tail -n +3 fonts | awk '$(NF-4) != "yes" { bad = 1 } END { exit bad }' || { cat fonts; fail "a font is not embedded"; }
has fonts "CID TrueType"

# same database and config: the same bytes, whatever the clock and the environment
expect_exit 0 "$GK" report -o again.pdf
same report.pdf again.pdf
expect_exit 0 env TZ=UTC LANG=C "$GK" --lang en report -o third.pdf
same report.pdf third.pdf
