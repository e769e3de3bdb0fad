# Where last year's figures come from (years.md): the archive's newest
# accepted package of last year, else the baseline file.  z-lh's 2024 package
# was rejected, so the baseline's figures are used for it (its 总计 column
# says 9 carried to 2025, its 2025 上年结转 is 0: identity 7 fails, with the
# baseline's cell as evidence); z-qs is in the baseline and the archive: the
# archive wins (its 0 carried to next year is used, not the baseline's 50)
# with a warning; wjj is new in 2025: every check across years is not checkable and
# said once; a blank baseline value is no figure.  Scoring 2024 again after
# 2025 exports the same bytes.
. "$ROOT/tests/lib.sh"
. "$ROOT/tests/years-lib.sh"

year_folder 2024 2024 ../gongkai.db z-qs z-lh
sed -i 's/^t1.rules.issued,\(.*\),0$/t1.rules.issued,\1,-1/' 2024/inbox/z-lh/stats.csv 2>/dev/null
# z-lh's files are GB18030 with Chinese headers: make its 2024 package bad another way, in submission.ini
printf '[submission]\nunit = z-lh\nyear = 2023\n' >2024/inbox/z-lh/submission.ini
touch -d '2024-11-13 16:05' 2024/inbox/z-lh/*
year_folder 2025 2025 ../gongkai.db z-qs z-lh wjj
cd 2024 || exit 1
expect_exit 1 "$GK" -q collect
has err 'z-lh'
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q export -o ../e2024.csv
cd ../2025 || exit 1
expect_exit 0 "$GK" -q collect
db=../gongkai.db
c() { sqlite3 "$db" "SELECT json_extract(stats, '\$.\"t3.carried.$2\"') FROM package WHERE year = 2025 AND unit = '$1'"; }
[ "$(c z-lh total)" = 0 ] || fail "z-lh carried: $(c z-lh total)"
{
	echo 'unit,code,value'
	for col in natural business research public_interest legal org_other; do
		echo "z-lh,t3.next_year.$col,$(c z-lh $col)"
	done
	echo 'z-lh,t3.next_year.total,9'
	echo 'z-lh,t1.rules.in_force,'
	echo 'z-qs,t3.next_year.total,50'
} >baseline.csv
sed -i '/^\[paths\]/a baseline = baseline.csv' config.ini
expect_exit 0 "$GK" --lang en -q score
has err 'warning: baseline.csv:10: unit: unit "z-qs" has an accepted package of 2024 in the archive: its figures are used and this file'"'"'s rows for it are ignored'

expect_exit 0 "$GK" --lang en -q score --unit z-lh
has out 'last year (2024): total 0.00, grade Fail, rank 2'
has out 'C08 Data logic: 4.00 / 5.00'
has out 'Table 3: in 1 column this year'"'"'s carried over differs from what last year'"'"'s report carried to next year: column "Total": carried over 0, last year'"'"'s report carried to next year 9, not equal'
# the blank in_force is no figure, the baseline has no summary and no catalogue count
has out 'Not checked, costing nothing: documents in force against last year'"'"'s (no figures of last year); repeat of last year'"'"'s summary (no summary of last year)'
hasnt out 'carried over against last year'"'"'s report (no figures'

expect_exit 0 "$GK" --lang en -q score --unit z-qs
has out 'last year (2024): total 100.00, grade Excellent, rank 1'
# the archive's 2024 package (made from the same files, so it says 0 carried to next year, not the baseline's 50)
has out 'column "Total": carried over 1, last year'"'"'s report carried to next year 0, not equal'
hasnt out 'next year 50'
hasnt out 'Not checked'     # every check made (its summary states figures, and repeats last year's)

expect_exit 0 "$GK" --lang zh_CN -q score --unit wjj
has out '上年（2024 年）：未评分'
has out '以下检查无法进行，不扣分：上年结转与上年报告核对（无上年数据）；现行有效件数与上年衔接（无上年数据）；'
[ "$(grep -c '以下检查无法进行' out)" = 1 ] || fail "the note is said more than once"

expect_exit 0 "$GK" -q export -o ../e2025.csv
grep -q '^z-lh,柳河镇人民政府,镇街,.*,0.00,2$' ../e2025.csv || fail "z-lh last_total"
grep -q '^wjj,.*,,$' ../e2025.csv || fail "wjj last_total"
# 2024 again after 2025: the same export
cd ../2024 || exit 1
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q export -o ../e2024.again.csv
same ../e2024.again.csv ../e2024.csv
