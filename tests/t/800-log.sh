# The record (review.md, "The record"): collect, score, finalize and reopen each
# append one row (run one per step); gongkai log prints them oldest first, in
# either language, and as CSV with the fixed header; rows can be neither
# changed nor deleted; commands that change nothing add nothing.
. "$ROOT/tests/lib.sh"
sample d; cd d
TS='[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}'
expect_exit 1 "$GK" collect
expect_exit 0 "$GK" score
expect_exit 0 "$GK" export -o s.csv
expect_exit 0 "$GK" status
expect_exit 0 "$GK" --lang en log
digest=$(sha256sum s.csv | cut -d' ' -f1)
[ "$(wc -l <out)" -eq 2 ] || fail "two rows expected: $(cat out)"
sed -n 1p out | grep -Eqx "$TS  collect  root  2025  35 accepted, 0 unchanged, 2 rejected, 2 missing" || fail "collect row: $(cat out)"
sed -n 2p out | grep -Eqx "$TS  score  root  2025  38 units scored; export SHA-256 $digest" || fail "score row: $(cat out)"
expect_exit 0 "$GK" --lang zh_CN log
sed -n 1p out | grep -Eqx "$TS  收取  root  2025  接收 35 个，未变化 0 个，退回 2 个，未报送 2 个" || fail "zh collect row: $(cat out)"
sed -n 2p out | grep -Eqx "$TS  评分  root  2025  评分 38 个单位；导出文件 SHA-256 $digest" || fail "zh score row: $(cat out)"
expect_exit 0 "$GK" --lang en log --csv
printf '\357\273\277time,command,user,year,details\n' >want
head -1 out >got
same got want
sed -n 2p out | grep -Eqx "$TS,collect,root,2025,\"35 accepted, 0 unchanged, 2 rejected, 2 missing\"" || fail "csv collect: $(cat out)"
sed -n 3p out | grep -Eqx "$TS,score,root,2025,38 units scored; export SHA-256 $digest" || fail "csv score: $(cat out)"
# run: one row per step that changes the archive (collect, score)
expect_exit 1 "$GK" run
expect_exit 0 "$GK" --lang en log --csv
[ "$(cut -d, -f2 out | tail -n +2 | tr '\n' ' ')" = "collect score collect score " ] || fail "run rows: $(cat out)"
sed -n 4p out | grep -Eq ',collect,root,2025,"0 accepted, 35 unchanged, 2 rejected, 2 missing"$' || fail "run collect row: $(cat out)"
# rows are never changed or deleted
sqlite3 gongkai.db "UPDATE journal SET user = 'x'" 2>err && fail "UPDATE of the record succeeded"
has err 'the journal is append-only: rows are never changed'
sqlite3 gongkai.db "DELETE FROM journal" 2>err && fail "DELETE from the record succeeded"
has err 'the journal is append-only: rows are never deleted'
[ "$(sqlite3 gongkai.db 'SELECT count(*) FROM journal')" -eq 4 ] || fail "rows lost"
# log takes only --csv
expect_exit 2 "$GK" --lang en log extra
has err 'error: log takes no arguments, only options: "extra" is one too many; see gongkai log --help'
