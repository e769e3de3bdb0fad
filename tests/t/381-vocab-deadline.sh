# Days late are worked out from the stored received time and the deadline in
# config.ini whenever they are scored or shown (common/date.c days_late()):
# a deadline moved in config.ini followed by only `score` changes C07, and
# `status` and the report say the same days late.  collect stores no days late.
. "$ROOT/tests/lib.sh"
sample s
cd s
"$GK" -q collect >/dev/null 2>&1
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM pragma_table_info('package') WHERE name = 'days_late'")" = 0 ] ||
	fail "collect still stores days late"
# z-hs was received on 2025-11-18 (set-received-times.sh), on time for 2025-11-20
[ "$(sqlite3 gongkai.db "SELECT received_local FROM first_package WHERE unit = 'z-hs'")" = "2025-11-18 15:30" ] || fail "fixture"
expect_exit 0 "$GK" -q score
[ "$(sqlite3 gongkai.db "SELECT score FROM criterion_score WHERE unit = 'z-hs' AND criterion = 7")" = 500 ] || fail "C07 on time"
expect_exit 0 "$GK" -q status --csv
has out "z-hs,黄石镇人民政府,town,received,1,2025-11-18 15:30,0"

# the deadline two days earlier: z-hs is 2 days late, and only score is run
sed -i 's/^deadline = 2025-11-20/deadline = 2025-11-16/' config.ini
expect_exit 0 "$GK" -q score
[ "$(sqlite3 gongkai.db "SELECT score FROM criterion_score WHERE unit = 'z-hs' AND criterion = 7")" = 300 ] || fail "C07 2 days late"
[ "$(sqlite3 gongkai.db "SELECT reason, kind, points, a1, a2 FROM deduction WHERE unit = 'z-hs' AND criterion = 7")" = "late_submission|late_package|200|2|2025-11-18 15:30" ] ||
	fail "C07 deduction"
expect_exit 0 "$GK" -q --lang en score --unit z-hs
has out "C07 Package on time: 3.00 / 5.00"
has out "    -2.00   The package was received on 2025-11-18 15:30, 2 days after the deadline of 2025-11-16"
expect_exit 0 "$GK" -q status --csv
has out "z-hs,黄石镇人民政府,town,received,1,2025-11-18 15:30,2"
expect_exit 0 "$GK" -q report -o r.pdf
pdftotext r.pdf - 2>/dev/null | tr -d '\n' > r.txt
has r.txt "报送包于 2025-11-18 15:30 收到，比截止日期 2025年11月16日 晚 2 天"
