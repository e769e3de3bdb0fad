# A file that is UTF-8 but for one bad byte (here on line 4, in a Chinese
# title) is rejected naming that byte and its real line, not wherever a
# GB18030 reading of UTF-8 text happens to fail; a real GB18030 file with a
# bad byte still gets the GB18030 message.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
asum=$(archive_sum gongkai.db) # (reject() sets $sum)
# line 4's title "2014年部门决算" with 门 replaced by the byte 0xFF
sed -i '4s/2014年部门决算/2014年部\xff决算/' inbox/czj/catalog.csv
received inbox/czj '2015-11-18 10:00'
off=$(( $(head -3 inbox/czj/catalog.csv | wc -c) + $(printf 'X-2015-0003,2014年部' | wc -c) + 1 ))
reject czj \
	"error: ./inbox/czj/catalog.csv:4: the file is UTF-8 except for byte $off (0xFF), which is not; correct the character there or save the file again as CSV UTF-8"
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<X
错误：inbox/czj/catalog.csv:4: 文件是 UTF-8 编码，只有第 $off 字节（0xFF）不是；请改正那里的字符，或重新另存为“CSV UTF-8”
X
# a GB18030 file (no UTF-8 in it) with a bad byte on line 3
pkg czj
iconv -f UTF-8 -t GB18030 "$FIX/pkg/catalog.csv" | sed '3s/,budget,/,\xff,/' >inbox/czj/catalog.csv
received inbox/czj '2015-11-18 10:00'
expect_exit 1 "$GK" --lang en check inbox/czj
grep -q '^error: inbox/czj/catalog.csv:3: the file is neither UTF-8 nor GB18030 (bad byte 0xFF at byte [0-9]*); save it as CSV UTF-8 or as GB18030/GBK text$' err || { cat err; fail "GB18030 message"; }
sqlite3 gongkai.db 'DELETE FROM attempt_problem; DELETE FROM attempt_file; DELETE FROM attempt WHERE outcome = "rejected"'
[ "$(archive_sum gongkai.db)" = "$asum" ] || fail "the archive changed"
