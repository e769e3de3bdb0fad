# A folder that is not a roster code is rejected (even with a good package
# inside), is not recorded for any unit, and stores nothing.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
pkg intruder
expect_exit 1 "$GK" --lang en collect
want err <<'X'
error: ./inbox/intruder: "intruder" is not a unit code in the roster (units.csv); the folder must be named with the unit's code
collect: 0 accepted, 4 unchanged, 1 rejected, 0 missing
X
grep -qxF 'intruder: rejected, 1 problem (see above)' out || { cat out; fail "intruder line"; }
sqlite3 gongkai.db .dump | grep -v '^INSERT INTO journal VALUES(' >after.sql
same before.sql after.sql
expect_exit 1 "$GK" --lang en check inbox/intruder
want err <<'X'
error: inbox/intruder: "intruder" is not a unit code in the roster (units.csv); the folder must be named with the unit's code
X
expect_exit 1 "$GK" --lang zh_CN collect
want err <<'X'
错误：./inbox/intruder: “intruder”不是单位名单（units.csv）中的编码；文件夹必须以单位编码命名
收取完毕：接收 0 个，未变化 4 个，退回 1 个，未报送 0 个
X
sqlite3 gongkai.db .dump | grep -v '^INSERT INTO journal VALUES(' >after.sql
same before.sql after.sql
