# Honest output under failure: when the disk fills up (here: a file-size
# limit, ulimit -f, so the database cannot grow) no unit is reported as
# accepted: each one of the failed batch is "not stored", the error is one
# sentence without SQL, and what was and was not stored is said; exit 2;
# the archive is exactly as before; the next collect with room stores it all.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
sum=$(archive_sum gongkai.db)
# czj sends a small change (accepted, held back), sfj a large catalogue: there is no room for it
# (60,000 rows: enough to fill the page cache while sfj is stored, its file being stored compressed)
{ cat inbox/sfj/catalog.csv; for i in $(seq 1 60000); do echo "X-$i,标题 $i,budget,2015-01-05,2015-01-06,http://example.cn/$i,100"; done; } >big.csv
mv big.csv inbox/sfj/catalog.csv
echo '# changed' >>inbox/czj/summary.txt
received inbox/czj '2015-11-18 10:00'
received inbox/sfj '2015-11-18 11:00'
size=$(stat -c %s gongkai.db)
blocks=$(( (size + 65536) / 512 ))
(trap '' XFSZ; ulimit -f $blocks; exec "$GK" --lang en collect) >out 2>err
rc=$?
[ $rc -eq 2 ] || { cat out err; fail "exit $rc, wanted 2"; }
want out <<'X'
czj 区财政局: not stored (see the database error); run collect again
jd-b 乙街道办事处: unchanged (version 1)
sfj 区司法局: not stored (see the database error); run collect again
X
want err <<X
error: database $T/gongkai.db: the disk is full (or the database may not grow larger); free some space and run the command again
error: collect stopped at sfj because of the database error: 0 new versions were stored before it, 2 accepted packages of the last batch were not stored after all, and the 1 folders after it were not collected; nothing stored earlier was changed: run collect again once the cause is fixed
X
hasnt err 'INSERT'
[ "$(archive_sum gongkai.db)" = "$sum" ] || fail "the archive changed"
[ ! -e gongkai.db-journal ] || [ ! -s gongkai.db-journal ] || fail "a hot journal was left"
expect_exit 0 "$GK" --lang en collect
want out <<'X'
czj 区财政局: accepted as version 2, 0 days late
jd-b 乙街道办事处: unchanged (version 1)
sfj 区司法局: accepted as version 2, 0 days late
z-a 甲镇人民政府: unchanged (version 1)
X
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM catalog JOIN package ON id = package_id WHERE unit = 'sfj' AND version = 2")" -eq 60004 ] || fail "sfj rows"
