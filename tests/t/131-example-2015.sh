# The worked example district (浑江区 2015, /work/shared/examples/district-2015,
# copied into the repo as tests/fixtures/district-2015 by the score stage):
# exactly the README's rejections (tjj negative count, swj 2015-02-30, lyj
# names another unit, slj summary.txt a symbolic link, gxj unknown stats
# code, intruder not in the roster), kjj and rfb missing, the rest accepted
# with their days late, and the status CSV.  Skipped when no copy is here.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
src=
for d in "$ROOT/tests/fixtures/district-2015" "$ROOT/tests/fixtures/collect-2015"; do
	[ -f "$d/units.csv" ] && { src=$d; break; }
done
if [ -z "$src" ]; then
	echo "SKIP: no copy of the example district in tests/fixtures" >&2
	exit 0
fi
cp -r "$src" ex
chmod -R u+w ex
cd ex
# git keeps the link as a 15-byte file in some copies: make it a real symbolic link again
rm -f inbox/slj/summary.txt
ln -s ../../units.csv inbox/slj/summary.txt
sh ./set-received-times.sh
expect_exit 1 "$GK" --lang en collect
want out <<'X'
ajj 区安全生产监督管理局: accepted as version 1, 0 days late
cgj 区城市管理行政执法局: accepted as version 1, 0 days late
czj 区财政局: accepted as version 1, 0 days late
fgj 区发展和改革局: accepted as version 1, 0 days late
gtj 区国土资源分局: accepted as version 1, 0 days late
gxj 区工业和信息化局: rejected, 1 problem (see above)
hbj 区环境保护局: accepted as version 1, 0 days late
intruder: rejected, 1 problem (see above)
jd-bs 板石街道办事处: accepted as version 1, 0 days late
jd-cn 城南街道办事处: accepted as version 1, 0 days late
jd-dx 东兴街道办事处: accepted as version 1, 0 days late
jd-hk 河口街道办事处: accepted as version 1, 0 days late
jd-hq 红旗街道办事处: accepted as version 1, 0 days late
jd-jb 江北街道办事处: accepted as version 1, 1 day late
jd-xj 新建街道办事处: accepted as version 1, 0 days late
jtj 区交通运输局: accepted as version 1, 12 days late
jyj 区教育局: accepted as version 1, 0 days late
lyj 区林业局: rejected, 1 problem (see above)
mzj 区民政局: accepted as version 1, 3 days late
nyj 区农业局: accepted as version 1, 0 days late
rsj 区人力资源和社会保障局: accepted as version 1, 0 days late
scj 区市场监督管理局: accepted as version 1, 0 days late
sfj 区司法局: accepted as version 1, 0 days late
sjj 区审计局: accepted as version 1, 0 days late
slj 区水利局: rejected, 1 problem (see above)
spb 区政务服务中心: accepted as version 1, 0 days late
swj 区商务局: rejected, 1 problem (see above)
tjj 区统计局: rejected, 1 problem (see above)
wgj 区文化广播电视新闻出版局: accepted as version 1, 0 days late
wjia 区物价局: accepted as version 1, 0 days late
wjj 区卫生和计划生育局: accepted as version 1, 0 days late
yjb 区应急管理办公室: accepted as version 1, 0 days late
z-hty 红土崖镇人民政府: accepted as version 1, 0 days late
z-ldj 六道江镇人民政府: accepted as version 1, 0 days late
z-qdj 七道江镇人民政府: accepted as version 1, 0 days late
z-sdg 三道沟镇人民政府: accepted as version 1, 7 days late
zfb 区政府办公室: accepted as version 1, 0 days late
zjj 区住房和城乡建设局: accepted as version 1, 0 days late
zsb 区房屋征收管理办公室: accepted as version 1, 0 days late
kjj 区科学技术局: missing, nothing received
rfb 区人民防空办公室: missing, nothing received
X
want err <<'X'
error: ./inbox/gxj/stats.csv:208: 编码: unknown stats code "t9.bogus.code"; use the codes in the template's stats.csv
error: ./inbox/intruder: "intruder" is not a unit code in the roster (units.csv); the folder must be named with the unit's code
error: ./inbox/lyj/submission.ini: [submission] unit: the package names unit "czj" but sits in folder "lyj"; a unit may only send its own package
warning: ./inbox/rsj/catalog.csv:1: 备注: unknown column "备注" is ignored
error: ./inbox/slj/summary.txt: the file is a symbolic link; put the file itself in the folder
error: ./inbox/swj/catalog.csv:20: formed_on: "2015-02-30" is not a real day; check the month and the day
error: ./inbox/tjj/stats.csv:203: value: "-１" is negative; write a number 0 or more
collect: 33 accepted, 0 unchanged, 6 rejected, 2 missing
X
sum=$(dbsum gongkai.db)
expect_exit 0 "$GK" --lang en status --csv
# slj's rejected package has a symbolic link: its time is the link's, not fixed by the fixture
sed 's/^\(slj,.*,rejected,0,,,1,\).*$/\1(time of the link)/' out >out.masked
want out.masked <<'X'
﻿code,name,type,state,version,received,days_late,problems,last_attempt
jd-hq,红旗街道办事处,street,received,1,2015-11-17 11:44,0,,
jd-hk,河口街道办事处,street,received,1,2015-11-12 09:49,0,,
jd-dx,东兴街道办事处,street,received,1,2015-11-15 08:24,0,,
jd-cn,城南街道办事处,street,received,1,2015-11-18 08:06,0,,
jd-xj,新建街道办事处,street,received,1,2015-11-13 10:07,0,,
jd-jb,江北街道办事处,street,received,1,2015-11-21 17:03,1,,
jd-bs,板石街道办事处,street,received,1,2015-11-15 09:23,0,,
z-ldj,六道江镇人民政府,town,received,1,2015-11-13 17:13,0,,
z-qdj,七道江镇人民政府,town,received,1,2015-11-12 12:38,0,,
z-hty,红土崖镇人民政府,town,received,1,2015-11-09 16:03,0,,
z-sdg,三道沟镇人民政府,town,received,1,2015-11-27 08:28,7,,
zfb,区政府办公室,dept,received,1,2015-11-17 16:27,0,,
fgj,区发展和改革局,dept,received,1,2015-11-10 11:44,0,,
jyj,区教育局,dept,received,1,2015-11-19 13:11,0,,
kjj,区科学技术局,dept,missing,0,,,,
gxj,区工业和信息化局,dept,rejected,0,,,1,2015-11-20 11:30
mzj,区民政局,dept,received,1,2015-11-23 10:11,3,,
sfj,区司法局,dept,received,1,2015-11-13 08:26,0,,
czj,区财政局,dept,received,1,2015-11-19 09:30,0,,
rsj,区人力资源和社会保障局,dept,received,1,2015-11-18 16:14,0,,
gtj,区国土资源分局,dept,received,1,2015-11-10 10:25,0,,
hbj,区环境保护局,dept,received,1,2015-11-10 15:01,0,,
zjj,区住房和城乡建设局,dept,received,1,2015-11-14 15:27,0,,
jtj,区交通运输局,dept,received,1,2015-12-02 17:01,12,,
slj,区水利局,dept,rejected,0,,,1,(time of the link)
nyj,区农业局,dept,received,1,2015-11-19 09:07,0,,
lyj,区林业局,dept,rejected,0,,,1,2015-11-16 08:08
swj,区商务局,dept,rejected,0,,,1,2015-11-13 13:38
wgj,区文化广播电视新闻出版局,dept,received,1,2015-11-14 12:46,0,,
wjj,区卫生和计划生育局,dept,received,1,2015-11-11 17:36,0,,
sjj,区审计局,dept,received,1,2015-11-09 11:16,0,,
ajj,区安全生产监督管理局,dept,received,1,2015-11-14 15:41,0,,
tjj,区统计局,dept,rejected,0,,,1,2015-11-09 15:04
scj,区市场监督管理局,dept,received,1,2015-11-19 09:42,0,,
wjia,区物价局,dept,received,1,2015-11-15 11:36,0,,
zsb,区房屋征收管理办公室,dept,received,1,2015-11-18 12:06,0,,
spb,区政务服务中心,dept,received,1,2015-11-13 11:11,0,,
cgj,区城市管理行政执法局,dept,received,1,2015-11-16 14:43,0,,
yjb,区应急管理办公室,dept,received,1,2015-11-19 08:38,0,,
rfb,区人民防空办公室,dept,missing,0,,,,
X
# again: nothing changes, the same rejections are not logged twice
expect_exit 1 "$GK" --lang en collect
[ "$(grep -c ': unchanged (version 1)$' out)" -eq 33 ] || fail "unchanged"
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "a second collect changed the database"
