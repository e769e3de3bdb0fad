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
#   kjj   no package: 0.00, 不合格, ranked last among 部门, its finding still summed (2.00)
. "$ROOT/tests/lib.sh"

sample s
cd s || exit 1
"$GK" -q collect >/dev/null 2>&1
[ $? -le 1 ] || fail "collect failed"
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q export -o scores.csv
tr -d '\r' < expected_scores.csv > want.csv
same scores.csv want.csv
grep -q '^fgj,区发展和改革局,部门,98.48,12,优秀,.*,8.33,0.00,0.00,,$' scores.csv || fail fgj
grep -q '^wjj,区卫生健康局,部门,93.94,22,优秀,30.00,10.00,10.00,5.00,8.00,7.00,2.00,2.00,5.00,5.00,5.00,5.00,9.33,0.00,0.00,,$' scores.csv || fail wjj
grep -q '^z-hs,黄石镇人民政府,镇街,90.00,9,良好,.*,0.00,5.00,5.00,0.00,,0.00,0.00,,$' scores.csv || fail z-hs
grep -q '^jd-nh,南湖街道办事处,镇街,96.50,6,优秀,.*,1.50,0.00,,$' scores.csv || fail jd-nh
tail -1 scores.csv | grep -q '^kjj,区科学技术局,部门,0.00,26,不合格,.*,,2.00,0.00,,$' || fail kjj
