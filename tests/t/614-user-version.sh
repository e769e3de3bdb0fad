# A database whose schema version (PRAGMA user_version) no gongkai writes:
# a negative one is named as damage, a larger one as a newer gongkai's; both
# stop the command (exit 2) and leave the file as it was.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
v=$(sqlite3 gongkai.db 'PRAGMA user_version')
sqlite3 gongkai.db 'PRAGMA user_version = -7'
asum=$(archive_sum gongkai.db)
expect_exit 2 "$GK" --lang en collect
want err <<X
error: database $T/gongkai.db: its schema version is -7, which no gongkai writes; it is damaged or not a gongkai database
X
expect_exit 2 "$GK" --lang zh_CN status
want err <<X
错误：数据库 $T/gongkai.db：其结构版本为 -7，gongkai 从不写这样的版本；数据库已损坏或不是 gongkai 的数据库
X
[ "$(archive_sum gongkai.db)" = "$asum" ] || fail "the archive changed"
[ "$(sqlite3 gongkai.db 'PRAGMA user_version')" = -7 ] || fail "user_version changed"
sqlite3 gongkai.db 'PRAGMA user_version = 2147483647'
expect_exit 2 "$GK" --lang en verify
want err <<X
error: database: it was written by a newer gongkai (schema 2147483647, this program knows $v)
X
sqlite3 gongkai.db "PRAGMA user_version = $v"
expect_exit 0 "$GK" -q verify
