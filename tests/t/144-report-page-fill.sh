# 考核结果 follows 六、其他需要报告的事项 on the same page when its heading, the
# first group's title and grades and the head of its ranked table with three
# rows fit; otherwise it starts the next page (never a heading alone at a
# page's foot, never a page left holding only the end of 六).
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
for u in z-a jd-b czj sfj; do pkg $u; done
sed -i 's/^\[paths\]/[paths]\nnarrative = narr/' config.ini
mkdir narr
expect_exit 0 "$GK" -q collect
expect_exit 0 "$GK" -q score
# page of the first line that is exactly TEXT (trimmed); pages holding TEXT
page_of() { awk -v t="$2" 'BEGIN { RS = "\f" } { n = split($0, L, "\n"); for (i = 1; i <= n; i++) { x = L[i]; gsub(/^ +| +$/, "", x); if (x == t) { print NR; exit } } }' "$1"; }
pages_with() { awk -v t="$2" 'BEGIN { RS = "\f" } index($0, t) { print NR }' "$1"; }
# (the running head 征求意见稿 of a draft, above the type area, is not the page's first line)
first_line() { awk -v p="$2" 'BEGIN { RS = "\f" } NR == p { n = split($0, L, "\n"); for (i = 1; i <= n; i++) { x = L[i]; gsub(/^ +| +$/, "", x); if (x != "" && x != "征求意见稿") { print x; exit } } }' "$1"; }
para() { for i in $(seq 1 "$1"); do echo "XQ$i 本年度各单位围绕政务公开重点任务开展了大量工作，这一段用来检验版面。"; done >narr/6.txt; }

# four paragraphs after 六: room enough, same page, the ranked table under its heading
para 4
expect_exit 0 "$GK" -q report -o a.pdf
pdftotext -layout a.pdf a.txt 2>/dev/null
p6=$(pages_with a.txt "六、其他需要报告的事项") pr=$(page_of a.txt "考核结果")
[ "$p6" = 7 ] && [ "$pr" = 7 ] || fail "考核结果 on page $pr, 六 on page $p6"
[ "$(pages_with a.txt XQ4)" = 7 ] || fail "6.txt not on page 7"
[ "$(pages_with a.txt "名次" | head -1)" = "$pr" ] || fail "the ranked table does not start under its heading"
# six: no room for the heading and what it keeps; 六 ends on page 7, 考核结果 begins page 8
para 6
expect_exit 0 "$GK" -q report -o b.pdf
pdftotext -layout b.pdf b.txt 2>/dev/null
[ "$(pages_with b.txt XQ6)" = 7 ] || fail "6.txt's last paragraph on page $(pages_with b.txt XQ6)"
[ "$(page_of b.txt "考核结果")" = 8 ] || fail "考核结果 on page $(page_of b.txt "考核结果")"
[ "$(first_line b.txt 8)" = "考核结果" ] || fail "page 8 begins with $(first_line b.txt 8)"
