# Messages in both languages on a machine whose only locales are C, C.UTF-8
# and POSIX.  LOCPATH alone cannot simulate that: glibc searches LOCPATH and
# then still /usr/lib/locale.  So where we may (root, mount namespaces) every
# run happens in a private mount namespace whose /usr/lib/locale holds only
# C.utf8; elsewhere the runs still happen, with LOCPATH pointing at an empty
# folder as a weaker stand-in.  The language comes from --lang, LANGUAGE,
# LC_ALL/LC_MESSAGES/LANG, and is Chinese when the environment names none.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
pkg czj
sed -i 's/^\(t1.rules.issued,[^,]*\),.*/\1,-3/' inbox/czj/stats.csv
received inbox/czj '2015-11-18 10:00'
mkdir no-locales minloc
[ -d /usr/lib/locale/C.utf8 ] && cp -r /usr/lib/locale/C.utf8 minloc/
if unshare -m sh -c 'mount --bind "$0" /usr/lib/locale' "$T/minloc" 2>/dev/null; then
	minimal() { unshare -m sh -c 'mount --bind "$0" /usr/lib/locale && exec "$@"' "$T/minloc" "$@"; }
	# the simulation works: zh_CN.UTF-8 and en_US.UTF-8 cannot be set, C.UTF-8 can
	minimal env -i LC_ALL=zh_CN.UTF-8 locale charmap >lc.out 2>lc.err
	has lc.err 'Cannot set'
	minimal env -i LC_ALL=en_US.UTF-8 locale charmap >lc.out 2>lc.err
	has lc.err 'Cannot set'
	minimal env -i LC_ALL=C.UTF-8 locale charmap >lc.out 2>lc.err
	has lc.out 'UTF-8'
else
	echo "note: no mount namespace here; LOCPATH only" >&2
	minimal() { "$@"; }
fi
EN='error: inbox/czj/stats.csv:2: value: "-3" is negative; write a number 0 or more'
ZH='错误：inbox/czj/stats.csv:2: value: “-3”是负数；请填写大于或等于 0 的数'
run() { # expected-language env...
	lang=$1; shift
	minimal env -i PATH="$PATH" TZ=CST-8 LOCPATH="$T/no-locales" GONGKAI_LOCALEDIR="$GONGKAI_LOCALEDIR" "$@" "$GK" check inbox/czj >out 2>err
	[ $? -eq 1 ] || fail "exit status with $*"
	if [ "$lang" = en ]; then
		printf '%s\n' "$EN" >w; echo 'inbox/czj: 1 problem; fix it and check again' >wo
	else
		printf '%s\n' "$ZH" >w; echo 'inbox/czj：有 1 个问题；请改正后重新检查' >wo
	fi
	cmp -s w err && cmp -s wo out || { echo "--- $*"; cat out err; fail "not $lang with $*"; }
}
run zh LANG=zh_CN.UTF-8
run zh LANG=C.UTF-8
run zh LANG=C
run zh LANG=POSIX
run zh
run en LANG=en_US.UTF-8
run en LANGUAGE=en LANG=C.UTF-8
run en LANGUAGE=en LANG=zh_CN.UTF-8
run en LANGUAGE=en
run en LC_ALL=en_US.UTF-8 LANG=zh_CN.UTF-8
run en LC_MESSAGES=en_GB.UTF-8 LANG=zh_CN.UTF-8
run zh LANGUAGE=zh_CN LANG=C.UTF-8
run zh LANGUAGE=zh_CN LC_ALL=C
run zh LANGUAGE=zh_CN:en LANG=en_US.UTF-8
run en LANGUAGE=fr:en LANG=zh_CN.UTF-8
run zh LC_ALL=zh_CN.UTF-8 LANG=en_US.UTF-8
# --lang wins over everything
for e in "LANGUAGE=zh_CN" "LANG=zh_CN.UTF-8" "LC_ALL=zh_CN.UTF-8"; do
	minimal env -i PATH="$PATH" LOCPATH="$T/no-locales" GONGKAI_LOCALEDIR="$GONGKAI_LOCALEDIR" $e "$GK" --lang en check inbox/czj >out 2>err
	printf '%s\n' "$EN" >w; same w err
done
for e in "LANGUAGE=en" "LANG=en_US.UTF-8" "LC_ALL=C"; do
	minimal env -i PATH="$PATH" LOCPATH="$T/no-locales" GONGKAI_LOCALEDIR="$GONGKAI_LOCALEDIR" $e "$GK" --lang zh_CN check inbox/czj >out 2>err
	printf '%s\n' "$ZH" >w; same w err
done
# a whole table in both languages, CJK columns aligned, under the same conditions
"$GK" collect >/dev/null 2>&1 # czj is rejected (the negative figure), the rest missing
minimal env -i PATH="$PATH" TZ=CST-8 LOCPATH="$T/no-locales" GONGKAI_LOCALEDIR="$GONGKAI_LOCALEDIR" LANG=zh_CN.UTF-8 "$GK" status >out 2>err
want out <<'X'
编码  单位          类型  状态    版本数  报送时间          逾期天数  问题数  最近一次报送
z-a   甲镇人民政府  镇    未报送
jd-b  乙街道办事处  街道  未报送
czj   区财政局      部门  已退回                                      1       2015-11-18 10:00
sfj   区司法局      部门  未报送
X
minimal env -i PATH="$PATH" TZ=CST-8 LOCPATH="$T/no-locales" GONGKAI_LOCALEDIR="$GONGKAI_LOCALEDIR" LANGUAGE=en "$GK" status >out 2>err
want out <<'X'
code  unit          type        state     versions  received on       days late  problems  last attempt
z-a   甲镇人民政府  town        missing
jd-b  乙街道办事处  street      missing
czj   区财政局      department  rejected                                         1         2015-11-18 10:00
sfj   区司法局      department  missing
X
