# Three collects at once on a changed inbox, five rounds: each change is
# stored exactly once (one new version, one accepted attempt), every run
# ends with exit 0, and exactly one of the three reports it accepted.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
q() { sqlite3 gongkai.db "$1"; }
for round in 1 2 3 4 5; do
	# change two units each round (a different pair each time)
	case $round in 1) ch="z-a czj" ;; 2) ch="jd-b sfj" ;; 3) ch="z-a sfj" ;; 4) ch="czj jd-b" ;; *) ch="z-a jd-b" ;; esac
	for u in $ch; do
		echo "# round $round" >>inbox/$u/summary.txt
		received inbox/$u "2015-11-18 1$round:00"
	done
	before=$(q 'SELECT count(*) FROM package')
	for k in 1 2 3; do "$GK" --lang en collect >out$k 2>err$k & eval "p$k=\$!"; done
	for k in 1 2 3; do eval "wait \$p$k" || { cat out$k err$k; fail "round $round: collect $k failed"; }; done
	after=$(q 'SELECT count(*) FROM package')
	[ $((after - before)) -eq 2 ] || fail "round $round: $((after - before)) new versions, wanted 2"
	for u in $ch; do
		n=$(cat out1 out2 out3 | grep -c "^$u .*: accepted as version")
		[ "$n" -eq 1 ] || { cat out1 out2 out3; fail "round $round: $u accepted $n times"; }
	done
	[ "$(cat out1 out2 out3 | grep -c ': unchanged (version')" -eq 10 ] || { cat out1 out2 out3; fail "round $round: unchanged lines"; }
done
# every version once, in order, and one accepted attempt per version
[ "$(q 'SELECT group_concat(unit || ":" || n, " ") FROM (SELECT unit, count(*) AS n FROM package GROUP BY unit ORDER BY unit)')" = 'czj:3 jd-b:4 sfj:3 z-a:4' ] || fail "versions per unit"
[ "$(q 'SELECT count(*) FROM (SELECT unit FROM package GROUP BY unit HAVING max(version) <> count(*))')" -eq 0 ] || fail "version numbers"
[ "$(q "SELECT count(*) FROM attempt WHERE outcome = 'accepted'")" -eq 14 ] || fail "accepted attempts"
[ "$(q 'SELECT count(DISTINCT digest) FROM package')" -eq 14 ] || fail "a content stored twice"
[ "$(q 'PRAGMA integrity_check')" = ok ] || fail integrity
