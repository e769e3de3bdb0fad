# A file the program cannot read as a file.  The tests run as root, and root
# reads a chmod 000 file anyway, so "unreadable" is made two ways that stop
# root too: a directory where stats.csv should be, and a FIFO (a named pipe,
# which must not even be opened: opening it would block collect forever).
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
rm inbox/czj/stats.csv
mkdir inbox/czj/stats.csv
reject czj \
	'error: ./inbox/czj/stats.csv: not a regular file; put a plain file in the folder'
rmdir inbox/czj/stats.csv
mkfifo inbox/czj/stats.csv
expect_exit 1 timeout 20 "$GK" --lang en collect
want err <<'X'
error: ./inbox/czj/stats.csv: not a regular file; put a plain file in the folder
collect: 0 accepted, 3 unchanged, 1 rejected, 0 missing
X
unchanged_but_rejections
expect_exit 1 timeout 20 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/stats.csv: 不是普通文件；请放入普通文件
X
# a missing file
rm inbox/czj/stats.csv
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj/stats.csv: the file is missing; every package needs it
X
# a real chmod 000 file, read by an ordinary user (root reads anything), when
# setpriv can drop to nobody and nobody can reach the binary and this folder
pkg czj
chmod 000 inbox/czj/stats.csv
chmod -R a+rX "$T"
chmod 000 inbox/czj/stats.csv
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null &&
	setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$GK" 2>/dev/null &&
	setpriv --reuid=65534 --regid=65534 --clear-groups test -r inbox/czj/summary.txt 2>/dev/null; then
	expect_exit 1 setpriv --reuid=65534 --regid=65534 --clear-groups "$GK" --lang en check inbox/czj
	want err <<'X'
error: inbox/czj/stats.csv: cannot read the file: Permission denied
X
	want out <<'X'
inbox/czj: 1 problem; fix it and check again
X
else
	echo "note: cannot run as nobody here; chmod 000 not tested" >&2
fi
chmod -R u+rwX "$T"
