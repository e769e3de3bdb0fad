# Copied summaries (rubric.md, C09): jd-xj's summary copies jd-hk's.  The one
# received later is the copy; received at the same time, both are.
. "$ROOT/tests/lib.sh"

run_case() { # received time of jd-hk
	rm -rf d
	sh "$ROOT/tests/fixtures/prepare-district-2015.sh" d
	sed -i "s/^jd-hk,.*/jd-hk,$1/" d/received.csv
	sh d/set-received-times.sh
	(cd d && "$GK" -q collect >/dev/null 2>&1; "$GK" -q score) || fail "score"
	# the copied_summary row of each copy, and as its detail the unit it copies
	sqlite3 d/gongkai.db "SELECT d.unit || ':' || d.kind || ':' || c.a1 FROM deduction d JOIN deduction c ON c.parent = d.id
		WHERE d.reason = 'copied_summary' AND c.reason = 'd_copy_of' ORDER BY d.unit" > got
}

# jd-xj (2015-11-13 10:07) after jd-hk (as shipped, 2015-11-12 09:49): jd-xj is the copy
run_case "2015-11-12 09:49"
printf 'jd-xj:copied:jd-hk\n' > want
same got want

# jd-hk later: now jd-hk is the copy
run_case "2015-11-14 09:00"
printf 'jd-hk:copied:jd-xj\n' > want
same got want
# jd-hk: 84.50 with C09 3 → 0: 81.50, 良好
[ "$(sqlite3 d/gongkai.db "SELECT total, grade, sham FROM score WHERE unit = 'jd-hk'")" = "8150|1|1" ] || fail "jd-hk score"

# the same minute: both are copies
run_case "2015-11-13 10:07"
printf 'jd-hk:copied:jd-xj\njd-xj:copied:jd-hk\n' > want
same got want
