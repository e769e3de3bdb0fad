# No config.ini: the message names the folder gongkai looked in and --config;
# a --config file that is not there names the file and the folder.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
mkdir empty && cd empty
for c in collect status score export report run template; do
	expect_exit 2 "$GK" --lang en $c
	want err <<X
error: there is no config.ini in $T/empty; run gongkai in the folder that holds config.ini, or name the file with --config FILE
X
	[ -s out ] && fail "stdout for $c"
done
expect_exit 2 "$GK" --lang zh_CN status
want err <<X
错误：$T/empty 中没有 config.ini；请在存放 config.ini 的文件夹中运行 gongkai，或用 --config 文件 指定配置文件
X
expect_exit 2 "$GK" --lang en --config ../conf/district.ini status
want err <<X
error: the configuration file ../conf/district.ini does not exist (looked in $T/empty/../conf); check the name given with --config
X
expect_exit 2 "$GK" --lang en --config /nowhere/district.ini status
want err <<'X'
error: the configuration file /nowhere/district.ini does not exist (looked in /nowhere); check the name given with --config
X
[ "$(ls | tr '\n' ' ')" = "err out want.txt " ] || fail "files made: $(ls)"
