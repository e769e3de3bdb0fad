# The English report reads as English: every word in it is a whole word —
# one of gongkai's own English texts or one of the inputs' (unit codes,
# links, titles) — so no narrow column cuts a word ("Departmen" / "t");
# no "1 days" or "in 1 columns"; every sentence starts with a capital.
. "$ROOT/tests/lib.sh"
sample s
cd s
sed 's/^language = zh_CN/language = en/' config.ini >en.ini
rm -r narrative # the office's paragraphs are Chinese in the sample
expect_exit 1 "$GK" --config en.ini -q run
pdftotext report.pdf - 2>/dev/null >en.txt
# the words gongkai and the inputs can give
{ cat "$BUILD/po/gongkai.pot" "$ROOT"/common/*.c "$ROOT"/score/*.c "$ROOT"/report/*.c units.csv findings.csv
  cat inbox/*/catalog.csv inbox/*/submission.ini 2>/dev/null; } | grep -oE '[A-Za-z]+' | sort -u >known
grep -oE '[A-Za-z]+' en.txt | sort -u >used
comm -23 used known >unknown
[ -s unknown ] && { cat unknown; fail "words of the English report that are no word of gongkai's: $(tr '\n' ' ' <unknown)"; }
tr '\n' ' ' <en.txt | tr -s ' ' >flat.txt
grep -oE '(^|[^0-9.])1 (days|columns|rows|units|items|applications|points|versions|meetings|sessions)\b' flat.txt && fail "a plural after 1"
grep -oE '[a-z]{2,}\. [a-z][a-z]+' flat.txt | grep -v 'e\.g\.\|i\.e\.' && fail "a sentence starting in lower case"
# and a narrow table cell sets a long word smaller rather than cutting it: the annex's "Department"
has flat.txt "Department"
true
