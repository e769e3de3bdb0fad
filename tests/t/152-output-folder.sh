# -o FILE into a folder that does not exist is refused the same way by every
# command that writes a file (exit 2, the folder named, nothing created);
# a command whose output is a folder (template) makes that folder but never
# its missing parents.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
expect_exit 0 "$GK" -q score
sum=$(dbsum gongkai.db)
e2() { expect_exit 2 "$@"; [ -s out ] && fail "stdout for $*: $(cat out)"; true; }
for c in report export; do
	e2 "$GK" --lang en $c -o new/sub/x.out
	want err <<X
error: cannot write new/sub/x.out: the folder new/sub does not exist; nothing was written: create the folder first or choose another path (-o)
X
	e2 "$GK" --lang zh_CN $c --output=new/x.out
	want err <<X
错误：无法写入 new/x.out：文件夹 new 不存在；什么也没有写：请先建好这个文件夹，或用 -o 换一个位置
X
	# a file where the folder should be
	e2 "$GK" --lang en $c -o units.csv/x.out
	want err <<X
error: cannot write units.csv/x.out: units.csv is not a folder; nothing was written: choose another path (-o)
X
done
# the configured paths are held to the same rule ([paths] report, export)
sed -i 's|^database = gongkai.db|database = gongkai.db\nreport = res/r.pdf\nexport = res/s.csv|' config.ini
e2 "$GK" --lang en report
has err "error: cannot write ./res/r.pdf: the folder ./res does not exist"
e2 "$GK" --lang en export
has err "error: cannot write ./res/s.csv: the folder ./res does not exist"
# template: the folder itself is made, its parents never
e2 "$GK" --lang en template -o new/template
want err <<X
error: cannot make the folder new/template: the folder new above it does not exist; nothing was written: create that folder first or choose another path (-o)
X
[ ! -e new ] && [ ! -e res ] || fail "a folder was created: $(ls)"
expect_exit 0 "$GK" --lang en -q template -o tpl
[ -f tpl/czj/报送表.xlsx ] || fail "template did not make its folder"
mkdir made
expect_exit 0 "$GK" --lang en -q template -o made/tpl/
[ -f made/tpl/czj/报送表.xlsx ] || fail "template into an existing parent"
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "database changed"
