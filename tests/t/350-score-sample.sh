# The shipped sample district (明川区 2025, sample/): collect, score and
# export give sample/expected_scores.csv byte for byte (BOM included), apart
# from line ends: that file was written with CRLF, the export (like every CSV
# gongkai writes, and spec's own example) uses LF.
# Units worked out by hand from rubric.md with the default rubric:
#   fgj   C13 = 10 × 40/48 = 8.33; earned 108.33 of 110 → 98.48 (优秀)
#   wjj   C07 = 5 − 3 days = 2; C08 = 5 − 3 identities = 2; C13 = 10 × 56/60 = 9.33;
#         earned 103.33 of 110 → 93.94 (优秀)
#   z-hs  copies z-bs's summary (received later): C09 = 0, C12 = 0 → 90.00,
#         graded 良好 by the sham cap
#   jd-nh 98.00 − late finding 1.50 = 96.50 (优秀)
#   kjj   no package: 0.00, 不合格, ranked last among 部门, its finding still summed (2.00);
#         missing in 2024 too, where it was scored 0.00 and ranked 24th: last_total 0.00, last_rank 24
# Across years (2024 in the same database first, years.md):
#   jyj   2025 上年结转 1 (自然人 1) against 2024 结转下年度 2: identity 7 fails, C08 4 → 97.50
#   sfj   规范性文件现行有效 26 ≠ 24 + 2 − 2: identity 8 fails, C08 4 → 99.00
#   cgj   summary 「上年结转2件」 against Table 3's 0: identity 9 fails, C08 4 → 98.00
#   slj   its summary repeats 2024's (99.3% of its 3-grams): C09 5 − 2 = 3 → 93.00
#   tyj   new in 2025: last_total and last_rank blank; jd-cx rejected in 2025: 0.00, last 100.00 1
. "$ROOT/tests/lib.sh"

sample s
cd s || exit 1
# the previous year first (sample/2024, the same database): the checks across years apply to 2025
"$GK" -q --config 2024/config.ini collect >/dev/null 2>&1
[ $? -le 1 ] || fail "collect 2024 failed"
expect_exit 0 "$GK" -q --config 2024/config.ini score
"$GK" -q collect >/dev/null 2>&1
[ $? -le 1 ] || fail "collect failed"
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q export -o scores.csv
tr -d '\r' < expected_scores.csv > want.csv
same scores.csv want.csv
grep -q '^fgj,区发展和改革局,部门,98.48,10,优秀,.*,8.33,0.00,0.00,98.48,11$' scores.csv || fail fgj
grep -q '^wjj,区卫生健康局,部门,93.94,21,优秀,30.00,10.00,10.00,5.00,8.00,7.00,2.00,2.00,5.00,5.00,5.00,5.00,9.33,0.00,0.00,94.85,19$' scores.csv || fail wjj
grep -q '^z-hs,黄石镇人民政府,镇街,90.00,9,良好,.*,0.00,5.00,5.00,0.00,,0.00,0.00,95.00,9$' scores.csv || fail z-hs
grep -q '^jd-nh,南湖街道办事处,镇街,96.50,6,优秀,.*,1.50,0.00,100.00,1$' scores.csv || fail jd-nh
tail -1 scores.csv | grep -q '^kjj,区科学技术局,部门,0.00,26,不合格,.*,,2.00,0.00,0.00,24$' || fail kjj
grep -q '^jyj,区教育局,部门,97.50,15,优秀,30.00,8.50,10.00,5.00,8.00,7.00,5.00,4.00,5.00,' scores.csv || fail jyj
grep -q '^sfj,区司法局,部门,99.00,7,优秀,.*,5.00,4.00,5.00,5.00,5.00,5.00,,0.00,0.00,100.00,1$' scores.csv || fail sfj
grep -q '^cgj,区城市管理局,部门,98.00,12,优秀,.*,5.00,4.00,5.00,5.00,5.00,5.00,,0.00,0.00,99.00,8$' scores.csv || fail cgj
grep -q '^slj,区水利局,部门,93.00,22,优秀,.*,5.00,5.00,3.00,5.00,5.00,5.00,,0.00,0.00,94.00,20$' scores.csv || fail slj
grep -q '^tyj,区退役军人事务局,部门,100.00,1,优秀,.*,,$' scores.csv || fail tyj
grep -q '^jd-cx,城西街道办事处,镇街,0.00,11,不合格,.*,100.00,1$' scores.csv || fail jd-cx
