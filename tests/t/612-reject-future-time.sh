# A package file whose time is in the far future (a wrong clock) is an
# error, not "0 days late", in collect and check alike.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
asum=$(archive_sum gongkai.db)
echo '# v2' >>inbox/czj/summary.txt
received inbox/czj '2015-11-18 10:00'
touch -d '2099-03-04 05:06' inbox/czj/stats.csv
reject czj \
	"error: ./inbox/czj/stats.csv: the file's time is 2099-03-04 05:06, in the future; set the computer's date right and save the file again"
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/stats.csv: 文件的修改时间是 2099-03-04 05:06，在将来；请把电脑的日期改正后重新保存文件
X
sqlite3 gongkai.db 'DELETE FROM attempt_problem; DELETE FROM attempt_file; DELETE FROM attempt WHERE outcome = "rejected"'
[ "$(archive_sum gongkai.db)" = "$asum" ] || fail "the archive changed"
# an hour ahead (a clock slightly fast) is still accepted
touch -d '@'$(( $(date +%s) + 3600 )) inbox/czj/stats.csv
expect_exit 0 "$GK" --lang en collect
has out 'czj 区财政局: accepted as version 2'
