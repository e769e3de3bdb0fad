# A unit runs check where there is no config.ini: it is warned that unit and
# year are not compared with the roster, and every file is still checked.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
pkg czj czj
expect_exit 0 "$GK" --lang en check czj
drop_foreseen
want err <<'X'
warning: no config.ini here: the unit code and year are not compared with the roster
X
want out <<'X'
czj: OK, ready to send (4 catalogue rows)
X
expect_exit 0 "$GK" --lang zh_CN check czj/
drop_foreseen
want err <<'X'
警告：这里没有 config.ini：不核对单位编码和年度是否与单位名单一致
X
# any year is taken without a config; the folder and its unit must still agree
sed -i 's/^year    = 2015/year    = 2014/' czj/submission.ini
expect_exit 0 "$GK" --lang en check czj
drop_foreseen
sed -i 's/^unit    = czj/unit    = sfj/' czj/submission.ini
sed -i 's/^\(t1.rules.issued,[^,]*\),.*/\1,-1/' czj/stats.csv
: >czj/summary.txt
expect_exit 1 "$GK" --lang en check czj
drop_foreseen
want err <<'X'
warning: no config.ini here: the unit code and year are not compared with the roster
error: czj/submission.ini: [submission] unit: the package names unit "sfj" but sits in folder "czj"; a unit may only send its own package
error: czj/stats.csv:2: value: "-1" is negative; write a number 0 or more
error: czj/summary.txt: the summary is empty; write the year's work summary (年度工作总结) in it
X
want out <<'X'
czj: 3 problems; fix them and check again
X
[ ! -e gongkai.db ] || fail "check created a database"
# --config naming a file that does not exist is still an error (exit 2)
expect_exit 2 "$GK" --lang en --config nowhere.ini check czj
# "gongkai check ." inside the package folder: the code is the folder's name
rm -r czj
pkg czj czj
cd czj
expect_exit 0 "$GK" --lang en check .
drop_foreseen
want out <<'X'
.: OK, ready to send (4 catalogue rows)
X
mkdir sub
cd sub
expect_exit 0 "$GK" --lang en check ..
drop_foreseen
cd "$T"
