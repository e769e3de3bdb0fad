# One writer at a time: while another run holds the archive, collect (and
# score, run) waits up to [limits] lock_wait seconds saying so, then stops
# with exit 2 naming the other run; nothing is written meanwhile.  A run that
# was killed leaves no lock behind.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
pkg sfj && echo '# changed' >>inbox/sfj/summary.txt && received inbox/sfj '2015-11-18 11:00'
sum=$(archive_sum gongkai.db)
# a stand-in for a collect that started at 2025-12-01 10:02:03 (China time) and still runs:
# the lock file's line names its process, which holds the flock
rm -f ready
# (flock -o: only flock itself holds the lock, so killing it frees the archive)
sh -c 'echo "$$ 1764554523 collect" >gongkai.db.lock; exec flock -o gongkai.db.lock sh -c "echo \$\$ >ready; exec sleep 30"' &
holder=$!
while [ ! -s ready ]; do sleep 0.1; done
limit lock_wait 0
expect_exit 2 "$GK" --lang en collect
want err <<X
error: gongkai collect, process $holder, running since 2025-12-01 10:02:03 still holds the archive ./gongkai.db; nothing was done: run the command again when it has finished
X
[ ! -s out ] || fail "collect said something on stdout"
expect_exit 2 "$GK" --lang zh_CN score
want err <<X
错误：gongkai collect（进程 $holder，2025-12-01 10:02:03 开始运行）仍在使用数据库 ./gongkai.db，本次什么也没有做：请等它结束后再次运行该命令
X
expect_exit 2 "$GK" --lang en run
expect_exit 2 "$GK" --lang en report
has err 'still holds the archive ./gongkai.db'
[ "$(archive_sum gongkai.db)" = "$sum" ] || fail "the archive changed while locked"
# with a wait: it says it waits, and stops when the wait is over
limit lock_wait 1
expect_exit 2 "$GK" --lang en collect
want err <<X
gongkai collect, process $holder, running since 2025-12-01 10:02:03 holds the archive; waiting for it to finish (at most 1 s, [limits] lock_wait)
error: gongkai collect, process $holder, running since 2025-12-01 10:02:03 still holds the archive ./gongkai.db; nothing was done: run the command again when it has finished
X
# the holder ends during the wait: collect goes on and stores the change
limit lock_wait 20
(sleep 1; kill $holder $(cat ready)) &
expect_exit 0 "$GK" --lang en collect
want err <<X
gongkai collect, process $holder, running since 2025-12-01 10:02:03 holds the archive; waiting for it to finish (at most 20 s, [limits] lock_wait)
collect: 1 accepted, 3 unchanged, 0 rejected, 0 missing
X
has out 'sfj 区司法局: accepted as version 2, 0 days late'
wait
# a reader (report, export) holding the archive is named as such
sh -c 'exec flock -o -s gongkai.db.lock sh -c "echo \$\$ >ready2; exec sleep 30"' &
reader=$!
while [ ! -s ready2 ]; do sleep 0.1; done
limit lock_wait 0
expect_exit 2 "$GK" --lang en score
want err <<X
error: a run that reads the archive (report, export or verify) still holds the archive ./gongkai.db; nothing was done: run the command again when it has finished
X
kill $reader $(cat ready2); wait
# a collect killed with SIGKILL leaves the archive free for the next run
pkg sfj && echo '# again' >>inbox/sfj/summary.txt && received inbox/sfj '2015-11-18 12:00'
"$GK" --lang en collect >/dev/null 2>&1 &
kill -9 $! 2>/dev/null; wait
expect_exit 0 "$GK" --lang en collect
has out 'sfj 区司法局: accepted as version 3, 0 days late'
