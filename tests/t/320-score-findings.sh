# findings.csv: every bad row is reported with file, line and column, and
# `score` then stops with exit 2, storing nothing.  Kinds in English or
# Chinese, Chinese headers, GB18030.
. "$ROOT/tests/lib.sh"

sh "$ROOT/tests/fixtures/prepare-district-2015.sh" d
cd d || exit 1
expect_exit 1 "$GK" -q collect
expect_exit 0 "$GK" -q score
before=$(dbsum gongkai.db)

printf 'unit,kind,points,description,evidence\n' > findings.csv
printf 'zjj,sham,2,ok,\n' >> findings.csv
printf 'nosuch,sham,2,x,\n' >> findings.csv
printf 'zjj,bogus,2,x,\n' >> findings.csv
printf 'zjj,late,-1,x,\n' >> findings.csv
printf 'zjj,late,0,x,\n' >> findings.csv
printf 'zjj,late,1.234,x,\n' >> findings.csv
printf 'zjj,other,1,  ,\n' >> findings.csv
expect_exit 2 "$GK" --lang en score
cat > want <<'W'
error: findings.csv:3: unit: "nosuch" is not a unit code in the roster; use a code from units.csv
error: findings.csv:4: kind: "bogus" is not a kind of finding; use nondisclosure/不公开, sham/假公开, late/不及时, other/其他 or bonus/加分
error: findings.csv:5: points: "-1" is negative; give the points as a positive number (a bonus has the kind bonus/加分)
error: findings.csv:6: points: no points; give a positive number such as 2 or 0.5
error: findings.csv:7: points: "1.234" is not a number with at most 2 decimals, such as 2 or 0.5
error: findings.csv:8: description: the description is empty; say what was found
error: the findings could not be read; nothing was scored
W
same err want
[ "$(dbsum gongkai.db)" = "$before" ] || fail "a bad findings.csv changed the scores"

# Chinese headers and kinds, GB18030, full-width digits: zjj gets 假公开 1.5 and 加分 0.5:
# 91.15 − 1.5 + 0.5 = 90.15, which would be 优秀 but is capped at 良好 (grade 1)
printf '单位编码,类型,分值,问题描述,佐证\nzjj,假公开,１.5,栏目空白,http://x\nzjj,加分,0.5,经验推广,\n' |
	iconv -f UTF-8 -t GB18030 > findings.csv
expect_exit 0 "$GK" -q score
[ "$(sqlite3 gongkai.db "SELECT deductions, bonus, total, grade, sham FROM score WHERE unit = 'zjj'")" = "150|50|9015|1|1" ] ||
	fail "zjj with findings: $(sqlite3 gongkai.db "SELECT * FROM score WHERE unit = 'zjj'")"

# No findings file at all is fine
rm findings.csv
expect_exit 0 "$GK" -q score
[ "$(sqlite3 gongkai.db "SELECT total FROM score WHERE unit = 'zjj'")" = 9115 ] || fail "zjj without findings"
