# Every command's options come from its entry in the command table and are
# parsed by one routine (common/args.c): the same message for an unknown
# option, a missing value, an option given twice, a flag given a value and
# a wrong number of arguments, whatever the command.  "-oops" is an unknown
# option (it used to write a file named "ops"); -o FILE, --output FILE and
# --output=FILE all work.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
for u in z-a jd-b czj sfj; do pkg $u; done
expect_exit 0 "$GK" --lang en collect
expect_exit 0 "$GK" --lang en score
sum=$(dbsum gongkai.db)

e2() { expect_exit 2 "$@"; [ -s out ] && fail "stdout for $*: $(cat out)"; true; }
# the same unknown-option message for every command
for c in template check collect status score export report run; do
	e2 "$GK" --lang en $c --frob
	want err <<X
error: unknown option "--frob" for $c; see gongkai $c --help
X
done
e2 "$GK" --lang en report -oops
want err <<'X'
error: unknown option "-oops" for report; see gongkai report --help
X
e2 "$GK" --lang en export -oops
want err <<'X'
error: unknown option "-oops" for export; see gongkai export --help
X
e2 "$GK" --lang en template -oops
[ ! -e ops ] && [ ! -e template ] || fail "-oops wrote something: $(ls)"
e2 "$GK" --lang zh_CN report -oops
want err <<'X'
错误：report 不认识选项“-oops”；请看 gongkai report --help
X
# a missing value, with and without "="
e2 "$GK" --lang en report -o
want err <<'X'
error: option -o needs a value (FILE); see gongkai report --help
X
e2 "$GK" --lang en report --output=
want err <<'X'
error: option --output needs a value (FILE); see gongkai report --help
X
e2 "$GK" --lang zh_CN score --unit
want err <<'X'
错误：选项 --unit 后面需要一个值（编码）；请看 gongkai score --help
X
# twice; a flag with a value
e2 "$GK" --lang en export -o a.csv --output b.csv
want err <<'X'
error: option --output is given twice; see gongkai export --help
X
e2 "$GK" --lang en status --csv=yes
want err <<'X'
error: option --csv takes no value; see gongkai status --help
X
# arguments where none are taken; none where some are needed
e2 "$GK" --lang en report out.pdf
want err <<'X'
error: report takes no arguments, only options: "out.pdf" is one too many; see gongkai report --help
X
e2 "$GK" --lang en run now
want err <<'X'
error: run takes no arguments: "now" is one too many; see gongkai run --help
X
e2 "$GK" --lang zh_CN check
want err <<'X'
错误：check 需要参数 目录...；请看 gongkai check --help
X
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "database changed"
ls *.pdf *.csv 2>/dev/null && fail "a bad option wrote a file"

# the three spellings of the output option
expect_exit 0 "$GK" --lang en -q report -o a.pdf
expect_exit 0 "$GK" --lang en -q report --output b.pdf
expect_exit 0 "$GK" --lang en -q report --output=c.pdf
for f in a b c; do [ "$(head -c 5 $f.pdf)" = "%PDF-" ] || fail "$f.pdf"; done
expect_exit 0 "$GK" --lang en export --output=- 
head -1 out | grep -q '^.*code' || fail "export to stdout: $(head -1 out)"
expect_exit 0 "$GK" --lang en export -o e.csv
[ -s e.csv ] || fail "export -o"
# an operand that begins with "-" after "--"
mkdir -- -pkg
e2 "$GK" --lang en check -pkg
want err <<'X'
error: unknown option "-pkg" for check; see gongkai check --help
X
expect_exit 1 "$GK" --lang en check -- -pkg
has err '-pkg'

# --help is generated from the entry, options and their help in the language asked for
expect_exit 0 "$GK" --lang en export --help
want out <<'X'
usage: gongkai [options] export [-o FILE]

write the score CSV

  -o, --output FILE  where to write it (default: [paths] export; - for stdout)
X
expect_exit 0 "$GK" --lang zh_CN check --help
want out <<'X'
用法：gongkai [选项] check 目录...

按收取时的标准检查报送包，不保存任何内容

  目录...      报送包文件夹，以单位编码命名
X
