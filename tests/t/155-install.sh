# make install (PREFIX, DESTDIR) puts the binary, both catalogues, the
# templates and gongkai(1) in Chinese and English under the prefix, with the
# catalogues' folder compiled in: the installed binary, run from another
# folder without GONGKAI_LOCALEDIR, speaks Chinese.  Without its Chinese
# catalogue it stops (exit 2) with a message in both languages instead of
# writing English.
. "$ROOT/tests/lib.sh"
P=$T/prefix
make -s -C "$ROOT" BUILD="$T/build" PREFIX="$P" DESTDIR="$T/stage" CFLAGS=-O0 install >make.log 2>&1 ||
	{ tail -20 make.log; fail "make install"; }
# DESTDIR stages the tree; the package then goes to the prefix
[ -x "$T/stage$P/bin/gongkai" ] || fail "no staged binary"
[ ! -e "$P" ] || fail "DESTDIR ignored: $P exists"
mkdir -p "$(dirname "$P")" && mv "$T/stage$P" "$P"
for f in bin/gongkai share/locale/zh_CN/LC_MESSAGES/gongkai.mo share/locale/en/LC_MESSAGES/gongkai.mo \
	share/gongkai/templates/填报说明.txt share/gongkai/templates/narrative/说明.txt \
	share/man/man1/gongkai.1 share/man/zh_CN/man1/gongkai.1; do
	[ -f "$P/$f" ] || fail "$f not installed"
done
man -l "$P/share/man/man1/gongkai.1" 2>/dev/null | grep -q "collect, score and report" || fail "gongkai(1) in English"
man -l "$P/share/man/zh_CN/man1/gongkai.1" 2>/dev/null | grep -q "政府信息公开工作年度报送" || fail "gongkai(1) in Chinese"
# from another folder, no GONGKAI_LOCALEDIR: Chinese, from the compiled-in catalogue folder
mkdir elsewhere && cd elsewhere
unset GONGKAI_LOCALEDIR
expect_exit 0 "$P/bin/gongkai" --lang zh_CN --help
head -1 out | grep -q '^用法：gongkai' || fail "installed binary not Chinese: $(head -1 out)"
expect_exit 2 env LANG=zh_CN.UTF-8 "$P/bin/gongkai" status
want() { cat >want.txt; same want.txt "$1"; }
want err <<X
错误：$T/elsewhere 中没有 config.ini；请在存放 config.ini 的文件夹中运行 gongkai，或用 --config 文件 指定配置文件
X
# the catalogue moved away: a clear stop, never English in its place
mv "$P/share/locale" "$P/share/locale.away"
expect_exit 2 "$P/bin/gongkai" --lang zh_CN status
want err <<X
错误：找不到中文消息目录 $P/share/locale/zh_CN/LC_MESSAGES/gongkai.mo；gongkai 不会改用英文输出。请用 make install 安装 gongkai，或用环境变量 GONGKAI_LOCALEDIR 指定消息目录所在的文件夹。
error: the Chinese message catalogue $P/share/locale/zh_CN/LC_MESSAGES/gongkai.mo is not there; gongkai will not write English instead. Install gongkai with make install, or name the catalogues' folder in GONGKAI_LOCALEDIR.
X
[ -s out ] && fail "stdout: $(cat out)"
# English needs no catalogue; GONGKAI_LOCALEDIR still overrides
expect_exit 0 "$P/bin/gongkai" --lang en --help
head -1 out | grep -q '^usage: gongkai' || fail "English help"
expect_exit 0 env GONGKAI_LOCALEDIR="$P/share/locale.away" "$P/bin/gongkai" --lang zh_CN --help
head -1 out | grep -q '^用法：gongkai' || fail "GONGKAI_LOCALEDIR does not override"
