# Exit status as cli.md says: 0 all good; 1 the work was done but some input
# was rejected or some unit is missing; 2 the command could not run (bad
# option, unknown command, unreadable or invalid config, no roster,
# database error).  Messages go to stderr, never stdout.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
for u in z-a jd-b czj sfj; do pkg $u; done
expect_exit 0 "$GK" collect
expect_exit 0 "$GK" status
expect_exit 0 "$GK" status --csv
expect_exit 0 "$GK" check inbox/czj inbox/sfj
drop_foreseen
expect_exit 0 "$GK" --version
want out <<'X'
gongkai 0.1
X
expect_exit 0 "$GK" --help
expect_exit 0 "$GK" --lang en --config=config.ini -q collect
[ -s err ] && fail "-q: $(cat err)"
sum=$(dbsum gongkai.db)

# 1: a rejection; a missing unit; a bad package among good ones in check
sed -i 's/^year    = 2015/year    = 2016/' inbox/sfj/submission.ini
expect_exit 1 "$GK" collect
expect_exit 1 "$GK" check inbox/czj inbox/sfj
drop_foreseen
want out <<'X'
inbox/czj：检查通过，可以报送（公开目录 4 条）
inbox/sfj：有 1 个问题；请改正后重新检查
X
# a unit with a stored version whose folder has gone is not missing
rm -r inbox/z-a
expect_exit 1 "$GK" --lang en collect
hasnt out 'z-a'
# a unit that never sent anything is missing
rm -r inbox/sfj gongkai.db
expect_exit 1 "$GK" --lang en collect
has out 'sfj 区司法局: missing, nothing received'
has out 'z-a 甲镇人民政府: missing, nothing received'
expect_exit 0 "$GK" --lang en status
sum=$(dbsum gongkai.db)

# 2: could not run
e2() { expect_exit 2 "$@"; [ -s out ] && fail "stdout for $*: $(cat out)"; true; }
e2 "$GK" --lang en frob
want err <<'X'
error: unknown command "frob"; see gongkai --help
X
e2 "$GK" --lang en --frob status
want err <<'X'
error: unknown option "--frob"; see gongkai --help
X
e2 "$GK" --lang en status --frob
want err <<'X'
error: unknown option "--frob" for status; see gongkai status --help
X
e2 "$GK" --lang en collect inbox
want err <<'X'
error: collect takes no arguments: "inbox" is one too many; see gongkai collect --help
X
e2 "$GK" --lang en check
want err <<'X'
error: check needs DIR...; see gongkai check --help
X
e2 "$GK" --lang en template --unit
want err <<'X'
error: option --unit needs a value (CODE); see gongkai template --help
X
e2 "$GK" --lang xx status
want err <<'X'
错误：未知的语言“xx”；请用 zh_CN 或 en
X
e2 "$GK" --lang
e2 "$GK" --config
e2 "$GK"
has err 'gongkai'
e2 "$GK" --lang en --config nowhere.ini collect
e2 "$GK" --lang en --config nowhere.ini status
e2 "$GK" --lang en --config nowhere.ini template
# no roster, a roster without a required column
mv units.csv units.bak
e2 "$GK" --lang en collect
want err <<'X'
error: ./units.csv: the file does not exist; check the name and the folder
X
printf 'code,name\nczj,区财政局\n' >units.csv
e2 "$GK" --lang en status
want err <<'X'
error: ./units.csv:1: column "type" (类型) is missing from the header; add it
X
e2 "$GK" --lang en check inbox/czj
mv units.bak units.csv
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "database changed"
# no inbox
mv inbox inbox.bak
e2 "$GK" --lang en collect
want err <<'X'
error: cannot open the inbox ./inbox: No such file or directory
X
mv inbox.bak inbox
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "database changed"
# database errors: not a database; a folder that does not exist
mv gongkai.db good.db
echo 'not a database' >gongkai.db
e2 "$GK" --lang en collect
want err <<X
error: database: cannot open $T/gongkai.db: file is not a database
X
e2 "$GK" --lang en status
sed -i 's|^database = .*|database = units.csv/gongkai.db|' config.ini
e2 "$GK" --lang en collect
want err <<'X'
error: database: cannot open ./units.csv/gongkai.db: Not a directory
X
# a folder that does not exist yet is made (the first collect of a new year)
sed -i 's|^database = .*|database = new/2015/gongkai.db|' config.ini
expect_exit 1 "$GK" --lang en collect
[ -f new/2015/gongkai.db ] || fail "database folder not made"
# an empty inbox: every unit missing, exit 1
sed -i 's|^database = .*|database = gongkai.db|' config.ini
rm -f gongkai.db
mv inbox full-inbox
mkdir inbox
expect_exit 1 "$GK" --lang en collect
want out <<'X'
z-a 甲镇人民政府: missing, nothing received
jd-b 乙街道办事处: missing, nothing received
czj 区财政局: missing, nothing received
sfj 区司法局: missing, nothing received
X
want err <<'X'
collect: 0 accepted, 0 unchanged, 0 rejected, 4 missing
X
