# No crossing between units: a package file with more than one name (a hard
# link, here to another unit's file) is rejected with the reason, in collect
# and check; a package folder reached through a symbolic link is refused
# (also when check is given the link); nothing stored changes.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
sum=$(archive_sum gongkai.db)
# czj's summary becomes a second name of sfj's: sfj's edits would become czj's versions
rm inbox/czj/summary.txt
ln inbox/sfj/summary.txt inbox/czj/summary.txt
echo '# edited' >>inbox/sfj/summary.txt
expect_exit 1 "$GK" --lang en collect
want err <<'X'
error: ./inbox/czj/summary.txt: the file has 2 names (hard links), so another folder may share it; put a copy of its own in the folder
error: ./inbox/sfj/summary.txt: the file has 2 names (hard links), so another folder may share it; put a copy of its own in the folder
collect: 0 accepted, 2 unchanged, 2 rejected, 0 missing
X
has out 'czj 区财政局: rejected, 1 problem (see above)'
has out 'sfj 区司法局: rejected, 1 problem (see above)'
[ "$(sqlite3 gongkai.db 'SELECT count(*) FROM package')" -eq 4 ] || fail "a version was stored"
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/summary.txt: 这个文件有 2 个名字（硬链接），可能与别的文件夹共用同一个文件；请放入一份独立的副本
X
# a hard link to a file outside the inbox counts the same
rm inbox/czj/summary.txt inbox/sfj/summary.txt
pkg sfj
cp inbox/sfj/summary.txt elsewhere.txt && ln elsewhere.txt inbox/czj/summary.txt
received inbox/czj '2015-11-18 10:00'
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj/summary.txt: the file has 2 names (hard links), so another folder may share it; put a copy of its own in the folder
X
# a package folder that is a symbolic link, named directly to check
pkg czj
mkdir -p other && mv inbox/czj other/czj && ln -s ../other/czj inbox/czj
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj: the package folder is a symbolic link; put a real folder in the inbox
X
expect_exit 1 "$GK" --lang en check inbox/czj/
want err <<'X'
error: inbox/czj: the package folder is a symbolic link; put a real folder in the inbox
X
expect_exit 1 "$GK" --lang en collect
has err 'error: ./inbox/czj: the package folder is a symbolic link; put a real folder in the inbox'
[ "$(sqlite3 gongkai.db 'SELECT count(*) FROM package')" -eq 4 ] || fail "a version was stored"
# only attempt rows were added: the versions and their bytes are as before
sqlite3 gongkai.db 'DELETE FROM attempt_problem; DELETE FROM attempt_file; DELETE FROM attempt WHERE outcome = "rejected"'
[ "$(archive_sum gongkai.db)" = "$sum" ] || fail "the archive changed"
