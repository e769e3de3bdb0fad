# Several years in one archive (years.md, "The archive"): one folder per year
# sharing ../gongkai.db, rosters that differ (z-lh left after 2024, wjj is new
# in 2025, z-qs renamed), versions counted per year.  Working on one year
# leaves every row of the other year byte-identical; scoring 2024 again after
# 2025 exports the same bytes as before (with 2024's names); one config whose
# year is changed gives the same archive as the two folders.
. "$ROOT/tests/lib.sh"
. "$ROOT/tests/years-lib.sh"

year_folder a/2024 2024 ../gongkai.db z-qs z-lh jd-cx
sed -i 's/^z-qs,青山镇人民政府,/z-qs,青山乡人民政府,/' a/2024/units.csv
year_folder a/2025 2025 ../gongkai.db z-qs jd-cx wjj kjj
printf '单位编码,类型,分值,问题描述,佐证\nz-lh,不公开,1,栏目缺失,http://x/\n' >a/2024/findings.csv

cd a/2024 || exit 1
expect_exit 0 "$GK" -q collect         # 2024 is a leap year: jd-cx's 2024-02-29 is a real day
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q export -o ../e2024.csv
has ../e2024.csv 'z-qs,青山乡人民政府,镇街'
has ../e2024.csv 'z-lh,柳河镇人民政府,镇街,90.00,3,优秀'
expect_exit 0 "$GK" status --csv
cp out ../s2024.csv
year_rows ../gongkai.db 2024 >../rows2024.before
cd ../2025 || exit 1
expect_exit 1 "$GK" -q collect         # jd-cx rejected (2025-02-29), kjj missing
has out 'jd-cx'
# versions count from 1 in each year
[ "$(sqlite3 ../gongkai.db "SELECT year, unit, version FROM package WHERE unit = 'z-qs' ORDER BY year")" = "2024|z-qs|1
2025|z-qs|1" ] || fail "versions per year"
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q export -o ../e2025.csv
has ../e2025.csv 'z-qs,青山镇人民政府,镇街'
hasnt ../e2025.csv 'z-lh'
has ../e2025.csv 'wjj,区卫生健康局,部门'
# last year's total and rank: blank for a unit not scored in 2024 (wjj, kjj)
grep -q '^z-qs,青山镇人民政府,镇街,.*,100.00,1$' ../e2025.csv || fail "z-qs last_total"
grep -q '^jd-cx,城西街道办事处,镇街,0.00,.*,100.00,1$' ../e2025.csv || fail "jd-cx last_total"
grep -q '^wjj,.*,,$' ../e2025.csv || fail "wjj: new in 2025"
grep -q '^kjj,.*,,$' ../e2025.csv || fail "kjj: new in 2025"
expect_exit 0 "$GK" status --csv
has out 'jd-cx,城西街道办事处,street,rejected,0,,'
has out 'kjj,区科学技术局,dept,missing,0,,'
hasnt out 'z-lh'
expect_exit 0 "$GK" -q report -o ../r2025.pdf
pdftotext ../r2025.pdf ../r2025.txt
has ../r2025.txt '区卫生健康局'
hasnt ../r2025.txt '柳河镇'
year_rows ../gongkai.db 2025 >../rows2025.before
cd ..
year_rows gongkai.db 2024 >rows2024.after
same rows2024.before rows2024.after
grep -q "INSERT INTO package VALUES" rows2024.before || fail "no 2024 packages dumped"

# Back to 2024: export again, score again, export again: the same bytes, 2025 untouched.
cd 2024 || exit 1
expect_exit 0 "$GK" status --csv
same out ../s2024.csv
expect_exit 0 "$GK" -q export -o ../e2024.again.csv
same ../e2024.again.csv ../e2024.csv
expect_exit 0 "$GK" -q collect
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q export -o ../e2024.rescored.csv
same ../e2024.rescored.csv ../e2024.csv
cd ..
year_rows gongkai.db 2025 >rows2025.after
same rows2025.before rows2025.after
# 2024 scored again: the same rows, only the deductions' row ids are new
# (a detail row's parent is a row id too)
norm='s/^INSERT INTO deduction VALUES([0-9]*,\([0-9]*\),\('"'"'[^'"'"']*'"'"'\),[0-9]*,/INSERT INTO deduction VALUES(id,\1,\2,parent,/; s/^INSERT INTO deduction VALUES([0-9]*,/INSERT INTO deduction VALUES(id,/'
# and the record (journal) has the commands just run
year_rows gongkai.db 2024 | grep -v '^INSERT INTO journal VALUES' | sed "$norm" >rows2024.after2
grep -v '^INSERT INTO journal VALUES' rows2024.before | sed "$norm" >rows2024.before2
same rows2024.before2 rows2024.after2

# One config whose year changes: the same archive.
mkdir one
cp -rp 2024/inbox one/inbox2024
cp -rp 2025/inbox one/inbox2025
cp 2024/units.csv one/units2024.csv
cp 2025/units.csv one/units2025.csv
cp 2024/findings.csv one/findings.csv
sed -e 's#^roster   = units.csv#roster   = units2024.csv#' -e 's#^inbox    = inbox#inbox    = inbox2024#' \
	-e 's#^database = ../gongkai.db#database = gongkai.db#' 2024/config.ini >one/config.ini
cd one || exit 1
expect_exit 0 "$GK" -q collect
expect_exit 0 "$GK" -q score
sed -i -e 's/2024/2025/g' config.ini
rm findings.csv
expect_exit 1 "$GK" -q collect
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q export -o e2025.csv
same e2025.csv ../e2025.csv
sed -i -e 's/2025/2024/g' config.ini
cp ../2024/findings.csv .
expect_exit 0 "$GK" -q export -o e2024.csv
same e2024.csv ../e2024.csv
