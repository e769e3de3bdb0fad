# A file that is a symbolic link, and a package folder that is a symbolic
# link, are rejected: a unit's folder can never point at another's data.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
rm inbox/czj/summary.txt
ln -s ../../units.csv inbox/czj/summary.txt
reject czj \
	'error: ./inbox/czj/summary.txt: the file is a symbolic link; put the file itself in the folder'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/summary.txt: 这是一个符号链接；请把文件本身放进文件夹
X
# the folder itself a link to another unit's (good) package
rm -r inbox/czj
ln -s sfj inbox/czj
expect_exit 1 "$GK" --lang en collect
want err <<'X'
error: ./inbox/czj: the package folder is a symbolic link; put a real folder in the inbox
collect: 0 accepted, 3 unchanged, 1 rejected, 0 missing
X
unchanged_but_rejections
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj: the package folder is a symbolic link; put a real folder in the inbox
X
