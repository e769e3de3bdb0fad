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
