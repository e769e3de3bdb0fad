# The shipped sample district: collect accepts 35 packages, rejects jd-cx
# (2025-02-29) and the stray folder `intruder`, names the two missing units,
# and exits 1; status shows the late units' days from their received times.
. "$ROOT/tests/lib.sh"
sample s
cd s
expect_exit 1 "$GK" --lang en collect
has out "jd-xy 新苑街道办事处: accepted as version 1, 12 days late"
has out "z-sq 双桥镇人民政府: accepted as version 1, 1 day late"
has out "jd-cx 城西街道办事处: rejected, 1 problem (see above)"
has out "intruder: rejected, 1 problem (see above)"
has out "jd-bm 北门街道办事处: missing, nothing received"
has out "kjj 区科学技术局: missing, nothing received"
has err 'error: ./inbox/jd-cx/catalog.csv:4: formed_on: "2025-02-29" is not a real day; check the month and the day'
has err "collect: 35 accepted, 0 unchanged, 2 rejected, 2 missing"
[ "$(grep -c ': accepted as version 1' out)" -eq 35 ] || fail "not 35 accepted"

before=$(dbsum gongkai.db)
expect_exit 1 "$GK" --lang en collect
has err "collect: 0 accepted, 35 unchanged, 2 rejected, 2 missing"
[ "$(dbsum gongkai.db)" = "$before" ] || fail "a second collect changed the database"

expect_exit 0 "$GK" status --csv
printf '\357\273\277code,name,type,state,version,received,days_late,problems,last_attempt\n' > want
head -1 out | cmp -s - want || fail "status CSV header"
has out "jd-xy,新苑街道办事处,street,received,1,2025-12-02 16:18,12,,"
has out "jd-cx,城西街道办事处,street,rejected,0,,,1,2025-11-14 14:47"
has out "jd-bm,北门街道办事处,street,missing,0,,,,"
[ "$(sqlite3 gongkai.db 'PRAGMA integrity_check')" = ok ] || fail "integrity"
