# A summary of nothing but Unicode spaces (U+00A0, U+2003, U+3000, U+200B,
# U+FEFF, line breaks) is empty; so is a catalogue title of no-break spaces.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
asum=$(archive_sum gongkai.db)
printf '\302\240\342\200\203\n\343\200\200\342\200\213\r\n\357\273\277\342\200\257\n' >inbox/czj/summary.txt
received inbox/czj '2015-11-18 10:00'
reject czj \
	'error: ./inbox/czj/summary.txt: the summary is empty; write the year'"'"'s work summary (年度工作总结) in it'
pkg czj
sed -i '3s/,2015年部门预算,/,\xc2\xa0\xc2\xa0,/' inbox/czj/catalog.csv
received inbox/czj '2015-11-18 10:00'
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj/catalog.csv:3: title: the title is empty; give the item's title as published
X
# a real summary with a no-break space around it is kept as written
pkg czj
printf '\302\240本年度工作总结。\302\240\n' >inbox/czj/summary.txt
received inbox/czj '2015-11-18 10:00'
expect_exit 0 "$GK" --lang en check inbox/czj
sqlite3 gongkai.db 'DELETE FROM attempt_problem; DELETE FROM attempt_file; DELETE FROM attempt WHERE outcome = "rejected"'
[ "$(archive_sum gongkai.db)" = "$asum" ] || fail "the archive changed"
