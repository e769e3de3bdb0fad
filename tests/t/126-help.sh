# --help for the program and for every command, in both languages, exits 0
# on stdout and needs no config.ini; --version too.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
for lang in en zh_CN; do
	expect_exit 0 "$GK" --lang $lang --help
	cp out top.txt
	for c in template check collect status score export report run; do
		has top.txt "  $c "
		expect_exit 0 "$GK" --lang $lang $c --help
		[ -s err ] && fail "$c --help wrote to stderr"
		head -1 out | grep -q "^usage: gongkai \[options\] $c\|^用法：gongkai \[选项\] $c" || { cat out; fail "$c --help"; }
		expect_exit 0 "$GK" --lang $lang --help $c
		[ "$(wc -l <out)" -ge 3 ] || fail "$c --help is too short"
		expect_exit 0 "$GK" --lang $lang $c -h
	done
done
# a command without arguments: no trailing space after its name
expect_exit 0 "$GK" --lang en collect --help
[ "$(head -1 out)" = "usage: gongkai [options] collect" ] || fail "collect usage line: '$(head -1 out)'"
expect_exit 0 "$GK" --lang en status --help
want out <<'X'
usage: gongkai [options] status [--csv]

list every unit: received, version, days late, or missing

  --csv        CSV (UTF-8 with BOM) instead of a table
X
expect_exit 0 "$GK" --lang zh_CN template --help
want out <<'X'
用法：gongkai [选项] template [--unit 编码] [-o 目录] [--csv]

生成空白报送包，供各单位填写

  --unit 编码        只生成这个单位的
  -o, --output 目录  生成到哪个目录（默认：./template）
  --csv              生成 CSV 形式（submission.ini、stats.csv、catalog.csv、summary.txt），不生成工作簿 报送表.xlsx
X
expect_exit 0 "$GK" --version
want out <<'X'
gongkai 0.1
X
[ ! -e gongkai.db ] || fail "help created a database"
