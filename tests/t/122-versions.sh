# Collecting an unchanged package again stores nothing (also when only the
# file times changed); a changed package becomes version 2 with every
# earlier version kept; the exact bytes and SHA-256 of every file are stored.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sum=$(dbsum gongkai.db)
expect_exit 0 "$GK" --lang en collect
want out <<'X'
czj 区财政局: unchanged (version 1)
jd-b 乙街道办事处: unchanged (version 1)
sfj 区司法局: unchanged (version 1)
z-a 甲镇人民政府: unchanged (version 1)
X
want err <<'X'
collect: 0 accepted, 4 unchanged, 0 rejected, 0 missing
X
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "an unchanged collect changed the database"
received inbox/czj '2015-11-19 09:00'
expect_exit 0 "$GK" --lang en -q collect
has out 'czj 区财政局: unchanged (version 1)'
[ -s err ] && fail "-q printed: $(cat err)"
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "new file times alone changed the database"

# stored bytes and digests of version 1 are the files as sent
q() { sqlite3 gongkai.db "$1"; }
mkdir v1 v2 v3
cp inbox/czj/* v1/
# version 2: a changed catalogue
echo 'X-2015-0005,2015年政府采购意向,procurement,2015-03-01,2015-03-02,http://example.gov.cn/5.html,300' >>inbox/czj/catalog.csv
received inbox/czj '2015-11-19 09:00'
cp inbox/czj/* v2/
expect_exit 0 "$GK" --lang en collect
has out 'czj 区财政局: accepted as version 2, 0 days late'
[ "$(q "SELECT group_concat(version) FROM package WHERE unit = 'czj' ORDER BY version")" = "1,2" ] || fail "versions"
# version 3: back to the first content; it is new against the newest, so stored again
cp v1/* inbox/czj/
cp inbox/czj/* v3/
expect_exit 0 "$GK" --lang en collect
has out 'czj 区财政局: accepted as version 3, 0 days late'
for v in 1 2 3; do
	for f in submission.ini stats.csv catalog.csv summary.txt; do
		q "SELECT writefile('got.zst', bytes) FROM package_file f JOIN package p ON p.id = f.package_id WHERE p.unit = 'czj' AND p.version = $v AND f.name = '$f'" >/dev/null
		[ "$(q "SELECT compression || ' ' || size FROM package_file f JOIN package p ON p.id = f.package_id WHERE p.unit = 'czj' AND p.version = $v AND f.name = '$f'")" = "zstd $(wc -c < v$v/$f)" ] || fail "version $v $f: not stored compressed with its size"
		zstd -q -d -c got.zst > got || fail "version $v $f: not a zstd frame"
		cmp -s got v$v/$f || fail "version $v $f: stored bytes differ"
		[ "$(q "SELECT sha256 FROM package_file f JOIN package p ON p.id = f.package_id WHERE p.unit = 'czj' AND p.version = $v AND f.name = '$f'")" = "$(sha256sum <v$v/$f | cut -d' ' -f1)" ] || fail "version $v $f: sha256"
	done
	[ "$(q "SELECT count(*) FROM stat s JOIN package p ON p.id = s.package_id WHERE p.unit = 'czj' AND p.version = $v")" -eq 206 ] || fail "stats of version $v"
done
[ "$(q "SELECT group_concat(n) FROM (SELECT count(*) AS n FROM catalog c JOIN package p ON p.id = c.package_id WHERE p.unit = 'czj' GROUP BY p.version ORDER BY p.version)")" = "4,5,4" ] || fail "catalogue rows per version"
# the other units' data never moved
[ "$(q "SELECT count(*) FROM package")" -eq 6 ] || fail "6 packages in all"
[ "$(q "SELECT count(*) FROM attempt WHERE outcome = 'accepted'")" -eq 6 ] || fail "6 accepted attempts"
[ "$(q 'PRAGMA integrity_check')" = ok ] || fail integrity
[ -z "$(q 'PRAGMA foreign_key_check')" ] || fail "foreign keys"
