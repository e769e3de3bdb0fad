# config.ini: a bad key, a value of the wrong type, a bad date, a syntax
# error, a missing file: each names file, section and key, exits 2 and leaves
# the database alone.  A BOM and CRLF are accepted; relative paths are
# resolved against the config file's folder, not the working folder.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sum=$(dbsum gongkai.db)
cp config.ini good.ini

sed -i 's/^database = /databse  = /' config.ini
expect_exit 2 "$GK" --lang en collect
want err <<'X'
error: config.ini: [paths] database: this setting is required
error: config.ini: [paths] databse: unknown setting; check its spelling against the documented keys
X
[ -s out ] && fail "stdout not empty"
expect_exit 2 "$GK" --lang zh_CN status
want err <<'X'
错误：config.ini: [paths] database: 缺少这一项设置，必须填写
错误：config.ini: [paths] databse: 未知的设置项；请对照说明检查拼写
X

cp good.ini config.ini
sed -i -e 's/^year   = 2015/year   = 2015年/' -e 's/deadline = 2015-11-20/deadline = 2015-11-31/' \
	-e 's/^holidays = .*/holidays = 2015-10-01..2015-10-07, 2015-13-01, 2015-10-08..2015-10-01/' config.ini
printf '[collec]\ndeadline = 2015-11-20\n' >>config.ini
expect_exit 2 "$GK" --lang en collect
want err <<'X'
error: config.ini: [district] year: "2015年" is not a year such as 2015
error: config.ini: [collect] deadline: "2015-11-31" is not a date; write it as 2015-11-20
error: config.ini: [calendar] holidays: "2015-13-01" is not a date or a range of dates; write 2015-10-01 or 2015-10-01..2015-10-07
error: config.ini: [calendar] holidays: "2015-10-08..2015-10-01" is not a date or a range of dates; write 2015-10-01 or 2015-10-01..2015-10-07
error: config.ini: [collec] deadline: unknown setting; check its spelling against the documented keys
X

printf '[district\nname = x\n' >broken.ini
expect_exit 2 "$GK" --lang en --config broken.ini collect
want err <<'X'
error: broken.ini:1: cannot understand "[district"; a section is written [name], and only a comment starting with ; may follow it
X
expect_exit 2 "$GK" --lang en --config nowhere.ini collect
want err <<X
error: the configuration file nowhere.ini does not exist (looked in $T); check the name given with --config
X
expect_exit 2 "$GK" --lang en collect --config=nowhere.ini
expect_exit 2 "$GK" --lang zh_CN --config nowhere.ini status
want err <<X
错误：配置文件 nowhere.ini 不存在（在 $T 中查找）；请核对 --config 给出的文件名
X
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "a bad config changed the database"

# BOM + CRLF, run from another folder: paths resolve against the config's folder.
printf '\357\273\277' >config.ini
sed 's/$/\r/' good.ini >>config.ini
mkdir elsewhere
cd elsewhere
expect_exit 0 "$GK" --lang en --config ../config.ini collect
want out <<'X'
czj 区财政局: unchanged (version 1)
jd-b 乙街道办事处: unchanged (version 1)
sfj 区司法局: unchanged (version 1)
z-a 甲镇人民政府: unchanged (version 1)
X
[ "$(ls | tr "\n" " ")" = "err out want.txt " ] || fail "files written in the working folder: $(ls)"
cd ..
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "database changed"
# an absolute --config from / works the same
expect_exit 0 sh -c 'cd / && exec "$0" --lang en --config "$1" status --csv' "$GK" "$T/config.ini"
has out 'czj,区财政局,dept,received,1,2015-11-18 10:00,0'
[ ! -e /gongkai.db ] || fail "database created in /"
# typed rubric settings: a number that is not one, a fraction where a count belongs
cp good.ini typed.ini
printf '[grades]\nexcellent = 九十\n[c09]\nngram = 3.5\n[report]\nlanguage = fr\n' >>typed.ini
expect_exit 2 "$GK" --lang en --config typed.ini status
want err <<'X'
error: typed.ini: [report] language: "fr" is not a report language; use zh_CN or en
error: typed.ini: [grades] excellent: "九十" is not a number with at most 2 decimals, such as 2 or 0.5
error: typed.ini: [c09] ngram: "3.5" is not a whole number 0 or more
X
