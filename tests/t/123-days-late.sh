# Days late are calendar days from the deadline to the received date of the
# FIRST accepted version: a correction received after the deadline does not
# make an on-time unit late, a rejected package does not count as received,
# and received on the deadline (even 23:59) is on time.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
for u in z-a jd-b czj sfj; do pkg $u; done
received inbox/czj '2015-11-18 10:00'   # on time
received inbox/jd-b '2015-11-20 23:59'  # on the deadline
received inbox/sfj '2015-11-23 10:00'   # 3 days late
sed -i 's/^year    = 2015/year    = 2014/' inbox/z-a/submission.ini
received inbox/z-a '2015-11-19 08:00'   # rejected
expect_exit 1 "$GK" --lang en collect
want out <<'X'
czj 区财政局: accepted as version 1, 0 days late
jd-b 乙街道办事处: accepted as version 1, 0 days late
sfj 区司法局: accepted as version 1, 3 days late
z-a 甲镇人民政府: rejected, 1 problem (see above)
X
expect_exit 0 "$GK" --lang en status --csv
want out <<'X'
﻿code,name,type,state,version,received,days_late,problems,last_attempt
z-a,甲镇人民政府,town,rejected,0,,,1,2015-11-19 08:00
jd-b,乙街道办事处,street,received,1,2015-11-20 23:59,0,,
czj,区财政局,dept,received,1,2015-11-18 10:00,0,,
sfj,区司法局,dept,received,1,2015-11-23 10:00,3,,
X
# corrections after the deadline; z-a's good package comes 2 days late
echo '补充：全年受理申请0件。' >>inbox/czj/summary.txt
received inbox/czj '2015-12-05 16:00'
echo '补充。' >>inbox/sfj/summary.txt
received inbox/sfj '2015-12-30 09:00'
sed -i 's/^year    = 2014/year    = 2015/' inbox/z-a/submission.ini
received inbox/z-a '2015-11-22 08:30'
expect_exit 0 "$GK" --lang en collect
want out <<'X'
czj 区财政局: accepted as version 2, 0 days late
jd-b 乙街道办事处: unchanged (version 1)
sfj 区司法局: accepted as version 2, 3 days late
z-a 甲镇人民政府: accepted as version 1, 2 days late
X
expect_exit 0 "$GK" --lang en status --csv
want out <<'X'
﻿code,name,type,state,version,received,days_late,problems,last_attempt
z-a,甲镇人民政府,town,received,1,2015-11-22 08:30,2,,
jd-b,乙街道办事处,street,received,1,2015-11-20 23:59,0,,
czj,区财政局,dept,received,2,2015-11-18 10:00,0,,
sfj,区司法局,dept,received,2,2015-11-23 10:00,3,,
X
# the received time is the NEWEST of the four files' times
echo '再补充。' >>inbox/jd-b/summary.txt
touch -d '2015-11-10 10:00' inbox/jd-b/stats.csv inbox/jd-b/catalog.csv inbox/jd-b/submission.ini
touch -d '2015-11-24 11:11' inbox/jd-b/summary.txt
rm gongkai.db
expect_exit 0 "$GK" --lang en collect
has out 'jd-b 乙街道办事处: accepted as version 1, 4 days late'
