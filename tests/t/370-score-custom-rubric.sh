# The rubric is data: changing config.ini changes the scores, no code.
# On the worked example (tests/fixtures/district-2015), by hand:
#   [c01] per_missing = 10   wjia misses `final`: C01 30 − 10 = 20 → 78.83 − 5 = 73.83
#   [rubric] bonus_cap = 10  czj (also 2 missing categories: C01 30 − 20 = 10; earned
#                            64.25 of 110 → 58.41): its bonuses 2 + 4.5 count in full → 64.91
#   [grades] sham_cap = pass z-ldj (99.00, a sham finding) is graded 合格
#   [c09] similarity = 1     jd-xj's summary (Jaccard 0.9942 with jd-hk's) is no longer a
#                            copy: C09 5 − 2 (short) = 3 → 98.00, 优秀
. "$ROOT/tests/lib.sh"

sh "$ROOT/tests/fixtures/prepare-district-2015.sh" d
cd d || exit 1
cat >> config.ini <<'INI'

[rubric]
bonus_cap = 10
[grades]
sham_cap = 合格
[c01]
per_missing = 10
[c09]
similarity = 1
INI
expect_exit 1 "$GK" -q collect
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q export -o s.csv
grep -q '^wjia,区物价局,部门,73.83,.*,20.00,9.50,8.00,3.33,' s.csv || fail wjia
grep -q '^czj,区财政局,部门,64.91,[0-9]*,合格,10.00,.*,0.00,6.50,,$' s.csv || fail czj
grep -q '^z-ldj,六道江镇人民政府,镇街,99.00,[0-9]*,合格,' s.csv || fail z-ldj
grep -q '^jd-xj,新建街道办事处,镇街,98.00,[0-9]*,优秀,.*,3.00,5.00,5.00,5.00,,0.00,0.00,,$' s.csv || fail jd-xj
