# Killing collect with SIGKILL at several points of a run over 300 packages
# and running it again: every time the database passes integrity_check and
# holds each accepted package at most once; after a full run every package
# exactly once, with all its rows, and no journal left behind.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
N=300
cp "$FIX/config.ini" .
mkdir inbox
echo 'code,name,type,duties' >units.csv
i=1
while [ $i -le $N ]; do
	u=$(printf 'u%03d' $i)
	echo "$u,单位$i,dept," >>units.csv
	pkg $u
	echo "第 $i 个单位的总结。" >>inbox/$u/summary.txt  # every package different
	received inbox/$u "2015-11-18 10:00"
	i=$((i + 1))
done
q() { sqlite3 gongkai.db "$1"; }
check_db() {
	[ "$(q 'PRAGMA integrity_check')" = ok ] || fail "integrity_check after $1"
	# killed before the schema was made: nothing else to see
	[ "$(q "SELECT count(*) FROM sqlite_master WHERE name = 'package'")" -eq 1 ] || return 0
	[ -z "$(q 'PRAGMA foreign_key_check')" ] || fail "foreign keys after $1"
	[ -z "$(q 'SELECT unit FROM package GROUP BY unit HAVING count(*) > 1')" ] || fail "a package stored twice after $1"
	# every stored package is whole: 4 files, 206 figures, 4 catalogue rows, one attempt
	[ -z "$(q "SELECT p.unit FROM package p WHERE (SELECT count(*) FROM package_file f WHERE f.package_id = p.id) <> 4
		OR (SELECT count(*) FROM stat s WHERE s.package_id = p.id) <> 206
		OR (SELECT count(*) FROM catalog c WHERE c.package_id = p.id) <> 4
		OR (SELECT count(*) FROM attempt a WHERE a.package_id = p.id) <> 1")" ] || fail "a half-stored package after $1"
	[ "$(q 'SELECT count(*) FROM attempt')" = "$(q 'SELECT count(*) FROM package')" ] || fail "stray attempts after $1"
}
stored=0
for k in 0 1 37 110 180 260; do
	: >out
	"$GK" --lang en collect >out 2>err &
	pid=$!
	while [ "$(wc -l <out)" -lt $k ] && kill -0 $pid 2>/dev/null; do sleep 0.01; done
	kill -KILL $pid 2>/dev/null
	wait $pid
	[ -e gongkai.db-journal ] && echo "kill after $k lines left a hot journal" >&2
	[ -e gongkai.db ] || continue
	check_db "a kill after $k lines"
	now=$(q 'SELECT count(*) FROM package' 2>/dev/null)
	now=${now:-0}
	[ "$now" -ge "$stored" ] || fail "packages lost after a kill ($now < $stored)"
	stored=$now
done
# stdout reaches a file only in batches, so also kill by what the database
# shows: as soon as a write transaction is open (a journal exists), or a
# little later, from an empty database each time
for delay in 0 0.02 0.05 0.1 0.3; do
	mv gongkai.db kept.db 2>/dev/null
	rm -f gongkai.db-journal
	"$GK" --lang en collect >/dev/null 2>&1 &
	pid=$!
	while [ ! -e gongkai.db-journal ] && kill -0 $pid 2>/dev/null; do sleep 0.005; done
	sleep $delay
	kill -KILL $pid 2>/dev/null
	wait $pid
	[ -e gongkai.db-journal ] && echo "kill $delay s into a transaction left a hot journal" >&2
	check_db "a kill $delay s into a transaction"
	rm -f gongkai.db gongkai.db-journal
	mv kept.db gongkai.db 2>/dev/null
done
check_db "putting the database back"
echo "stored before the last run: $stored of $N" >&2
expect_exit 0 "$GK" --lang en collect
[ "$(grep -c ': accepted as version 1, 0 days late$' out)" -eq $((N - stored)) ] || fail "accepted count"
[ "$(grep -c ': unchanged (version 1)$' out)" -eq "$stored" ] || fail "unchanged count"
check_db "the full run"
[ "$(q 'SELECT count(DISTINCT unit) FROM package')" -eq $N ] || fail "not every package stored"
[ "$(q 'SELECT count(*) FROM package WHERE version <> 1')" -eq 0 ] || fail "versions"
[ ! -e gongkai.db-journal ] || fail "journal left behind"
# and the stored bytes are the files (spot check)
for u in u001 u150 u300; do
	[ "$(q "SELECT sha256 FROM package_file f JOIN package p ON p.id = f.package_id WHERE p.unit = '$u' AND f.name = 'summary.txt'")" = \
		"$(sha256sum <inbox/$u/summary.txt | cut -d' ' -f1)" ] || fail "sha256 of $u"
done
expect_exit 0 "$GK" --lang en collect
[ "$(grep -c ': unchanged (version 1)$' out)" -eq $N ] || fail "second full run"
