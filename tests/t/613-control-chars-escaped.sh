# Folder and unit names with control characters (an escape sequence, a line
# break) are shown escaped in every message, so they can neither colour the
# terminal nor forge a line; a unit name with a line break is written safely
# into the template's submission.ini.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
asum=$(archive_sum gongkai.db)
mkdir "$(printf 'inbox/x\033[31mred\nerror: forged')"
expect_exit 1 "$GK" --lang en collect
want err <<'X'
error: ./inbox/x\x1B[31mred\nerror: forged: "x\x1B[31mred\nerror: forged" is not a unit code in the roster (units.csv); the folder must be named with the unit's code
collect: 0 accepted, 4 unchanged, 1 rejected, 0 missing
X
has out 'x\x1B[31mred\nerror: forged: rejected, 1 problem (see above)'
[ "$(grep -c forged out)" -eq 1 ] || fail "a forged line on stdout"
[ "$(archive_sum gongkai.db)" = "$asum" ] || fail "a stray folder changed the archive"
rm -r inbox/x*
# a unit name with a line break and a bell (a quoted CSV field may hold them)
cat >units.csv <<'X'
code,name,type,duties
z-a,甲镇人民政府,town,
jd-b,"乙街道
[submission]
unit = czj",street,assistance
czj,区财政局,dept,"procurement;audit"
sfj,区司法局,dept,
X
printf 'nq,"新区\a办",dept,\n' >>units.csv
expect_exit 1 "$GK" --lang en collect
has out 'jd-b 乙街道\n[submission]\nunit = czj: unchanged (version 1)'
has out 'nq 新区\x07办: missing, nothing received'
hasnt out "$(printf '\a')"
expect_exit 0 "$GK" --lang en status
has out '乙街道\n[submission]\nunit = czj'
[ "$(wc -l <out)" -eq 6 ] || { cat out; fail "status table lines"; }
# template: the name stays inside its comment line; the package names its own unit
expect_exit 0 "$GK" --lang en template --csv -o blank --unit jd-b
want blank/jd-b/submission.ini <<'X'
; 乙街道\n[submission]\nunit = czj 2015 年政府信息公开工作年度报送
[submission]
unit    = jd-b
year    = 2015
contact = 
phone   = 
X
