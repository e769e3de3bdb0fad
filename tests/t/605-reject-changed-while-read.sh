# A file changed while collect reads it (its size, or only its time, differs
# before and after) is rejected with the reason, not stored half-old
# half-new; the next collect, with the file at rest, takes it.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
sum=$(archive_sum gongkai.db)
echo '# v2' >>inbox/czj/summary.txt
received inbox/czj '2015-11-18 11:00'
# the shim changes czj/summary.txt the first time it is read (tests/preload/change_on_read.c)
run_shim() { how=$1; shift; env LD_PRELOAD="$BUILD/tests/preload/change_on_read.so" \
	ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0" \
	GONGKAI_TEST_CHANGE=/czj/summary.txt GONGKAI_TEST_CHANGE_HOW=$how "$@"; }
expect_exit 1 run_shim append "$GK" --lang en collect
want err <<'X'
error: ./inbox/czj/summary.txt: the file changed while it was read (its size or time is different now); send the package again once it is complete
collect: 0 accepted, 3 unchanged, 1 rejected, 0 missing
X
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM package WHERE unit = 'czj'")" -eq 1 ] || fail "stored"
expect_exit 1 run_shim touch "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/summary.txt: 读取期间文件发生了变化（大小或修改时间不同了）；请在文件全部写好后重新报送
X
sqlite3 gongkai.db 'DELETE FROM attempt_problem; DELETE FROM attempt_file; DELETE FROM attempt WHERE outcome = "rejected"'
[ "$(archive_sum gongkai.db)" = "$sum" ] || fail "the archive changed"
# at rest, it is taken (the shim's line and all)
received inbox/czj '2015-11-18 12:00'
expect_exit 0 "$GK" --lang en collect
has out 'czj 区财政局: accepted as version 2, 0 days late'
sqlite3 gongkai.db "SELECT writefile('stored.zst', bytes) FROM package_file JOIN package ON id = package_id WHERE unit = 'czj' AND version = 2 AND name = 'summary.txt'" >/dev/null
[ "$(zstd -q -d -c stored.zst)" = "$(cat inbox/czj/summary.txt)" ] || fail "stored bytes"
