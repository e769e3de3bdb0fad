# [limits] problems and message_kib: a stats.csv with 300,000 bad rows (and so 206 missing codes) lists
# the first 100 problems and counts the rest, stores a bounded message, and
# does not stop the other units (exit 1); check prints the same lines.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
sum=$(archive_sum gongkai.db)
{ echo 'code,item,value'; yes 'no.such.code,x,1' | head -n 300000; } >inbox/czj/stats.csv
received inbox/czj '2015-11-18 10:00'
pkg sfj && echo '# changed' >>inbox/sfj/summary.txt && received inbox/sfj '2015-11-18 11:00'
expect_exit 1 "$GK" --lang en collect
{
	for l in $(seq 2 101); do
		echo "error: ./inbox/czj/stats.csv:$l: code: unknown stats code \"no.such.code\"; use the codes in the template's stats.csv"
	done
	echo "299911 more problems are not listed: at most 100 problems and 64 KiB of messages are kept per package ([limits] problems, message_kib)"
	echo 'collect: 1 accepted, 2 unchanged, 1 rejected, 0 missing'
} >want-err.txt
same want-err.txt err
has out 'czj 区财政局: rejected, 300011 problems (see above)'
has out 'sfj 区司法局: accepted as version 2, 0 days late'
# what is stored for the rejection is exactly what was said, and bounded
sqlite3 gongkai.db "SELECT messages FROM attempt WHERE unit = 'czj' AND outcome = 'rejected'" >stored.txt
head -n 101 want-err.txt >want-stored.txt && echo >>want-stored.txt
same want-stored.txt stored.txt
[ "$(wc -c <stored.txt)" -lt 65536 ] || fail "stored messages not bounded"
# check says the same lines (it has no summary line) and stores nothing
sum=$(archive_sum gongkai.db)
expect_exit 1 "$GK" --lang en check ./inbox/czj
head -n 101 want-err.txt >want-check.txt
same want-check.txt err
has out './inbox/czj: 300011 problems; fix them and check again'
[ "$(archive_sum gongkai.db)" = "$sum" ] || fail "check changed the archive"
# fewer problems, and a message budget of 1 KiB: the budget decides
limit problems 50
limit message_kib 1
expect_exit 1 "$GK" --lang en check ./inbox/czj
[ "$(grep -c '^error: ' err)" -eq 7 ] || fail "not 7 listed"
tail -1 err | grep -q '^300004 more problems are not listed: at most 50 problems and 1 KiB of messages' || { cat err; fail "no count line"; }
[ "$(wc -c <err)" -lt 1400 ] || fail "message budget"
expect_exit 1 "$GK" --lang zh_CN check ./inbox/czj
tail -1 err | grep -q '^另有 [0-9]* 个问题未列出：每个报送包最多列出 50 个问题、保存 1 KiB 提示文字（\[limits\] problems、message_kib）$' || { cat err; fail "zh count line"; }
# a limit that is not a number, or out of range, names the key
limit problems 0
expect_exit 2 "$GK" --lang en check ./inbox/czj
want err <<'X'
error: config.ini: [limits] problems: "0" is not a whole number from 1 to 100000
X
limit problems 100
limit file_mib 700
expect_exit 2 "$GK" --lang zh_CN collect
want err <<'X'
错误：config.ini: [limits] file_mib: “700”不是 1 到 600 之间的整数
X
