# gongkai verify: exit 0 when the database and every stored file agree with
# their SHA-256; 1 naming each damaged version (changed bytes, a missing
# file, a changed package digest) or each integrity problem of the file;
# nothing is written.  collect refuses to write into a damaged file.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
pkg czj && echo '# v2' >>inbox/czj/summary.txt && received inbox/czj '2015-11-19 10:00'
expect_exit 0 "$GK" -q collect
sum=$(archive_sum gongkai.db)
expect_exit 0 "$GK" --lang en verify
want err <<'X'
verify: the database is sound; all 20 stored files of 5 versions match their SHA-256
X
expect_exit 0 "$GK" --lang zh_CN verify
want err <<'X'
核对：数据库完好；5 个版本的全部 20 个已保存文件都与其 SHA-256 一致
X
[ "$(archive_sum gongkai.db)" = "$sum" ] || fail "verify changed the archive"
q() { sqlite3 gongkai.db "$1"; }
cp gongkai.db good.db
# one byte of czj version 2's catalogue changed; jd-b's summary deleted; sfj's digest changed
# (the bytes are stored compressed: the changed file is compressed the same way, same length)
sed 's/2015/2016/g' inbox/czj/catalog.csv > changed.csv
zstd -q -c changed.csv > changed.zst
q "UPDATE package_file SET bytes = readfile('changed.zst') WHERE name = 'catalog.csv' AND package_id = (SELECT id FROM package WHERE unit = 'czj' AND version = 2)"
q "DELETE FROM package_file WHERE name = 'summary.txt' AND package_id = (SELECT id FROM package WHERE unit = 'jd-b')"
q "UPDATE package SET digest = '0000000000000000000000000000000000000000000000000000000000000000' WHERE unit = 'sfj'"
sum=$(archive_sum gongkai.db)
expect_exit 1 "$GK" --lang en verify
want err <<'X'
error: czj, year 2015, version 2: catalog.csv: the stored bytes no longer match their SHA-256
error: jd-b, year 2015, version 1: summary.txt: the stored file is missing
error: jd-b, year 2015, version 1: the package's digest does not match its files
error: sfj, year 2015, version 1: the package's digest does not match its files
error: verify: 3 damaged versions (named above); restore the database from a backup
X
expect_exit 1 "$GK" --lang zh_CN verify
want err <<'X'
错误：czj，2015 年，第 2 版：catalog.csv：保存的字节与其 SHA-256 不再一致
错误：jd-b，2015 年，第 1 版：summary.txt：保存的文件不见了
错误：jd-b，2015 年，第 1 版：报送包的摘要与其文件不符
错误：sfj，2015 年，第 1 版：报送包的摘要与其文件不符
错误：核对：3 个版本已损坏（见上）；请用备份恢复数据库
X
[ "$(archive_sum gongkai.db)" = "$sum" ] || fail "verify changed the archive"
# damage to the SQLite file itself: an index page overwritten
cp good.db gongkai.db
page=$(sqlite3 gongkai.db 'PRAGMA page_size')
root=$(sqlite3 gongkai.db "SELECT rootpage FROM sqlite_master WHERE name = 'attempt_unit'")
printf '\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017\020' |
	dd of=gongkai.db bs=1 seek=$(( (root - 1) * page + 8 )) conv=notrunc 2>/dev/null
sum=$(archive_sum gongkai.db)
expect_exit 1 "$GK" --lang en verify
has err "error: database $T/gongkai.db: the file is damaged: "
has err 'error: verify: the database file itself is damaged (see above); restore it from a backup'
# collect checks the file first and then writes nothing
expect_exit 2 "$GK" --lang en collect
want err <<X
error: database $T/gongkai.db is damaged; nothing was done: run "gongkai verify" and restore the database from a backup
X
[ "$(archive_sum gongkai.db)" = "$sum" ] || fail "the damaged archive changed"
expect_exit 2 "$GK" --lang en run
has err 'is damaged; nothing was done'
# no database yet
rm gongkai.db
expect_exit 2 "$GK" --lang en verify
want err <<'X'
error: database: ./gongkai.db does not exist yet; run "gongkai collect" first
X
