# Rejections kept as data (review.md, "Rejections are kept"): every problem of
# a rejected attempt stored with file, line, column, its message code (the
# English id) and typed values, and the files as read; status and status --csv
# give the problems and the attempt's time for a unit whose newest attempt was
# rejected; the stored problems are written again in the other language.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
pkg czj; pkg sfj; pkg jd-b
sed -i -e 's/,2015-02-10,2015-02-12,http:..example.gov.cn.2.html/,2015-02-30,2015-02-12,http:\/\/example.gov.cn\/2.html/' \
	-e 's/,2015-07-21,/,21.07.2015,/' inbox/czj/catalog.csv
received inbox/czj '2015-11-19 09:30'
expect_exit 1 "$GK" --lang en collect
sqlite3 gongkai.db "SELECT seq, level, file, line, col, code, args FROM attempt_problem ORDER BY seq" >got
cat >want <<'X'
1|error|./inbox/czj/catalog.csv|3|formed_on|"%s" is not a real day; check the month and the day|["2015-02-30"]
2|error|./inbox/czj/catalog.csv|4|published_on|"%s" is not a date; write 2015-03-05, 2015/3/5, 2015.03.05 or 2015年3月5日|["21.07.2015"]
X
same got want
# the files as read, with their SHA-256 and times
for f in submission.ini stats.csv catalog.csv summary.txt; do
	d=$(sha256sum "inbox/czj/$f" | cut -d' ' -f1)
	[ "$(sqlite3 gongkai.db "SELECT sha256 FROM attempt_file WHERE name = '$f'")" = "$d" ] || fail "attempt_file $f"
done
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM attempt_file WHERE mtime = strftime('%s', '2015-11-19 01:30')")" = 4 ] ||
	fail "attempt_file times: $(sqlite3 gongkai.db 'SELECT * FROM attempt_file')"
# status: the problems and the attempt's time
expect_exit 0 "$GK" --lang en status --csv
cat >want <<'X'
﻿code,name,type,state,version,received,days_late,problems,last_attempt
z-a,甲镇人民政府,town,missing,0,,,,
jd-b,乙街道办事处,street,received,1,2015-11-18 10:00,0,,
czj,区财政局,dept,rejected,0,,,2,2015-11-19 09:30
sfj,区司法局,dept,received,1,2015-11-18 10:00,0,,
X
same out want
expect_exit 0 "$GK" --lang zh_CN status
has out '问题数  最近一次报送'
grep -Eq '^czj +区财政局 +部门 +已退回 +2 +2015-11-19 09:30$' out || { cat out; fail "status table czj"; }
# an accepted unit whose newer package is rejected: received, with the problems of the newer one
printf 'code,item,value\n' >inbox/sfj/stats.csv
received inbox/sfj '2015-11-21 16:45'
expect_exit 1 "$GK" --lang en collect
expect_exit 0 "$GK" --lang en status --csv
grep -Eq '^sfj,区司法局,dept,received,1,2015-11-18 10:00,0,[1-9][0-9]*,2015-11-21 16:45$' out || { cat out; fail "sfj row"; }
# the rejection read again unchanged is not recorded twice
n=$(sqlite3 gongkai.db "SELECT count(*) FROM attempt_problem")
expect_exit 1 "$GK" --lang en collect
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM attempt_problem")" = "$n" ] || fail "problems stored twice"
# a good package again: the rejection is history, status shows no problems
cp "$FIX/pkg/stats.csv" inbox/sfj/stats.csv
printf '另附补充说明。\n' >>inbox/sfj/summary.txt
received inbox/sfj '2015-11-22 08:00'
expect_exit 1 "$GK" --lang en collect
expect_exit 0 "$GK" --lang en status --csv
has out 'sfj,区司法局,dept,received,2,2015-11-18 10:00,0,,'

# written again in the other language: collect ran in English, the letter is Chinese
expect_exit 0 "$GK" --lang en notices --txt -o letters
has letters/czj-returned.txt '1．catalog.csv，第 3 行，“formed_on”列：“2015-02-30”这一天不存在；请核对月和日'
has letters/czj-returned.txt '2．catalog.csv，第 4 行，“published_on”列：“21.07.2015”不是日期；请写成 2015-03-05、2015/3/5、2015.03.05 或 2015年3月5日'
# and the other way round: collected in Chinese, a report language of English
rm -f gongkai.db gongkai.db.lock
printf '\n[report]\nlanguage = en\n' >>config.ini
cp "$FIX/pkg/stats.csv" inbox/sfj/stats.csv
expect_exit 1 "$GK" --lang zh_CN collect
has err '错误：./inbox/czj/catalog.csv:3: formed_on: “2015-02-30”这一天不存在；请核对月和日'
expect_exit 0 "$GK" --lang zh_CN notices --txt -o letters-en
has letters-en/czj-returned.txt '1. catalog.csv, line 3, column “formed_on”: "2015-02-30" is not a real day; check the month and the day'
