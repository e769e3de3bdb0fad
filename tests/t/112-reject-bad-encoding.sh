# A file that is neither UTF-8 nor GB18030 is rejected with its name and the
# first bad byte; a UTF-16 file (Excel's "Unicode text") holds NUL bytes and
# is rejected as not text; a BOM followed by invalid UTF-8 is rejected.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
printf 'code,item,value\n\200\200\377\377,x,1\n' >inbox/czj/stats.csv
reject czj \
	'error: ./inbox/czj/stats.csv:2: the file is neither UTF-8 nor GB18030 (bad byte 0x80 at byte 17); save it as CSV UTF-8 or as GB18030/GBK text'
pkg czj
printf '\377\376s\000u\000m\000\n\000' >inbox/czj/summary.txt
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj/summary.txt:1: the file is not text (a NUL byte at byte 4); save it as CSV/text in UTF-8 or GB18030
X
pkg czj
printf '\357\273\277code,item,value\n\300\200,x,1\n' >inbox/czj/stats.csv
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj/stats.csv:2: the file starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte 20); save it again as CSV UTF-8
X
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/stats.csv:2: 文件以 UTF-8 字节顺序标记开头，但不是有效的 UTF-8（第 20 字节）；请重新另存为“CSV UTF-8”
X
