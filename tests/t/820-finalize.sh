# Draft and final (review.md): finalize refuses while objections are pending
# (exit 1, naming them, nothing stored changes); otherwise scores once more and
# records the year final with the export's SHA-256; then collect stores nothing
# (exit 1, saying why), score refuses (exit 2), export gives the final results;
# reopen needs a reason and makes the year a draft again.
. "$ROOT/tests/lib.sh"
sample d; cd d
expect_exit 1 "$GK" collect
expect_exit 0 "$GK" score
printf '%s\n' 'unit,criterion,claim,decision,points,reply' \
	'z-lh,C01,三公经费已公开,accepted,+5,经核实已公开' \
	'jd-nh,total,抽查时网站临时维护,,,' \
	'z-sq,C07,系统故障,,,' >objections.csv
sum=$(dbsum_all gongkai.db)
expect_exit 1 "$GK" --lang en finalize
want_err() { printf '%s\n' "$@" >want; same err want; }
want_err 'error: objections.csv:3: the objection of jd-nh on total is still pending: 抽查时网站临时维护' \
	'error: objections.csv:4: the objection of z-sq on C07 is still pending: 系统故障' \
	'error: 2 objections are still pending; decide them in ./objections.csv (处理结果), then finalize again'
[ "$(dbsum_all gongkai.db)" = "$sum" ] || fail "a refused finalize changed the database"
expect_exit 1 "$GK" --lang zh_CN finalize
has err '错误：还有 2 条异议未处理；请在 ./objections.csv 中填写“处理结果”后再定稿'
# decided: finalize scores once more and records the export's digest
printf '%s\n' 'unit,criterion,claim,decision,points,reply' \
	'z-lh,C01,三公经费已公开,accepted,+5,经核实已公开' \
	'jd-nh,total,抽查时网站临时维护,rejected,,页面正常' \
	'z-sq,C07,系统故障,不采纳,,迟报属实' >objections.csv
expect_exit 0 "$GK" --lang en finalize
cp err finalize.err
expect_exit 0 "$GK" export -o final.csv
digest=$(sha256sum final.csv | cut -d' ' -f1)
has finalize.err "the scores of 2025 are final (export SHA-256 $digest)"
grep -q '^z-lh,柳河镇人民政府,镇街,96.00,' final.csv || fail "z-lh not 96.00 in the final export"
[ "$(sqlite3 gongkai.db "SELECT final || ' ' || user || ' ' || digest FROM year_state WHERE year = 2025")" = "1 root $digest" ] ||
	fail "year_state: $(sqlite3 gongkai.db 'SELECT * FROM year_state')"
expect_exit 0 "$GK" --lang en log --csv
tail -1 out | grep -Eq ",finalize,root,2025,38 units scored; export SHA-256 $digest$" || fail "finalize row: $(cat out)"
expect_exit 0 "$GK" --lang en finalize
has err 'the scores of 2025 are already final; nothing was changed'

# a final year: collect stores nothing, score refuses, export gives the final results
sum=$(dbsum gongkai.db)
printf '\n更正。\n' >>inbox/z-qs/summary.txt
expect_exit 1 "$GK" --lang en collect
has out 'z-qs 青山镇人民政府: not collected: the scores of 2025 are final (gongkai reopen --reason TEXT makes them a draft again)'
has out 'jd-cx 城西街道办事处: not collected: the scores of 2025 are final'
has err 'collect: 3 packages not collected because the scores of 2025 are final'
expect_exit 1 "$GK" --lang zh_CN collect
has out 'z-qs 青山镇人民政府：未收取：2025 年度评分已定稿（如需改动，先运行 gongkai reopen --reason 原因）'
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "collect changed a final year"
expect_exit 2 "$GK" --lang en score
has err 'error: the scores of 2025 are final; score changes nothing (gongkai reopen --reason TEXT makes them a draft again)'
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "score changed a final year"
expect_exit 0 "$GK" export -o again.csv
same again.csv final.csv
expect_exit 1 "$GK" --lang en run
has err 'the scores of 2025 are final: not scored again; the export and the report give the final results'
same scores.csv final.csv

# reopen: a reason is required; then the year is a draft and collect stores again
sum=$(dbsum_all gongkai.db)
expect_exit 2 "$GK" --lang en reopen
has err 'error: reopen needs a reason: gongkai reopen --reason "why the final scores must change"'
expect_exit 2 "$GK" --lang en reopen --reason '  '
has err 'error: reopen needs a reason'
[ "$(dbsum_all gongkai.db)" = "$sum" ] || fail "a refused reopen changed the database"
expect_exit 0 "$GK" --lang en reopen --reason '青山镇更正了总结'
has err 'the scores of 2025 are a draft again; the reason is recorded'
expect_exit 0 "$GK" --lang en log --csv
tail -1 out | grep -Eq ',reopen,root,2025,reason: 青山镇更正了总结$' || fail "reopen row: $(cat out)"
expect_exit 2 "$GK" --lang en reopen --reason again
has err 'error: the scores of 2025 are not final; there is nothing to reopen'
expect_exit 1 "$GK" --lang en collect
has out 'z-qs 青山镇人民政府: accepted as version 2, 0 days late'
expect_exit 0 "$GK" score
