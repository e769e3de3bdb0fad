# `score --unit CODE` prints the unit's scorecard with every deduction, in
# the CLI language; the stored sentences are in the report language.
. "$ROOT/tests/lib.sh"

sh "$ROOT/tests/fixtures/prepare-district-2015.sh" d
cd d || exit 1
expect_exit 1 "$GK" -q collect

expect_exit 0 "$GK" -q --lang en score --unit wjia
cat > want <<'W'
区物价局 (wjia), departments
package version 1, received 2015-11-15 11:36
total 78.83, grade pass, rank 14 of 29 departments

C01 Key-area disclosure (nondisclosure): 25.00 / 30.00
    -5.00   required category Final accounts (final) has no counted row in the year: not disclosed
            [category=final]
C02 Timeliness: 9.50 / 10.00
    -0.50   "区物价局行政权力清单（第7号）" was formed on 2015-02-08 and published on 2015-03-19, 26 working days later; the limit is 20
            [catalog.csv:4; formed_on=2015-02-08; published_on=2015-03-19; workdays=26>20]
C03 Sham disclosure: 8.00 / 10.00
    -2.00   "暂无" is a placeholder title with no real content (sham disclosure)
            [catalog.csv:6; rules=placeholder]
C04 Policy interpretation: 3.33 / 5.00
    -1.67   3 normative documents but only 2 policy interpretations
            [normative=3; interpret=2]
C05 Replies on time: 8.00 / 8.00
C06 Reviews and lawsuits corrected: 0.00 / 7.00
    -7.00   2 administrative reviews or lawsuits corrected the unit's decision
            [t4.review.corrected=0; t4.suit_direct.corrected=0; t4.suit_after.corrected=2]
C07 Package on time: 5.00 / 5.00
C08 Data logic: 5.00 / 5.00
C09 Summary quality: 5.00 / 5.00
C10 Full-time staff: 5.00 / 5.00
C11 Publicity and training: 0.00 / 5.00
    -5.00   no disclosure training this year (0; at least 1 needed)
            [work.training=0<1]
C12 Leadership attention: 5.00 / 5.00
C13 Service hall: does not apply

earned 78.83 of 100.00, base 78.83
findings -0.00, bonus +0.00 (at most 5.00), total 78.83
W
same out want
# stored in the report language (config: zh_CN)
[ "$(sqlite3 gongkai.db "SELECT sentence FROM deduction WHERE unit = 'wjia' AND criterion = 4")" = "行政规范性文件 3 件，政策解读仅 2 件" ] ||
	fail "stored sentence not Chinese"

# a missing unit
expect_exit 0 "$GK" -q --lang en score --unit kjj
has out 'no accepted package'
has out 'total 0.00, grade fail, rank 23 of 29 departments'
has out 'no accepted package: every criterion scores 0 and the grade is fail'

# a copied summary (jd-xj copies jd-hk, received later) and the sham cap
expect_exit 0 "$GK" -q --lang en score --unit jd-xj
has out '    -5.00   the summary copies that of 河口街道办事处 (jd-hk), received no earlier (sham disclosure)'
has out 'total 95.00, grade good, rank 5 of 11 towns and streets'
has out 'sham disclosure found: the grade cannot be better than good'

# Chinese by default
expect_exit 0 "$GK" -q score --unit wjia
has out '总分 78.83，等次 合格，在 29 个部门中排名第 14'
has out 'C04 政策解读：3.33 / 5.00'

expect_exit 2 "$GK" --lang en score --unit nosuch
has err 'error: "nosuch" is not a unit in the roster'
expect_exit 2 "$GK" --lang en score --unit
has err 'error: option --unit needs a value'
expect_exit 2 "$GK" --lang en score extra
has err 'error: score takes no arguments, only options: "extra" is one too many; see gongkai score --help'

# [report] language = en: sentences stored in English, the CLI still Chinese
sed -i 's/^language = zh_CN/language = en/' config.ini
expect_exit 0 "$GK" -q score --unit wjia
has out 'C04 政策解读：3.33 / 5.00'
[ "$(sqlite3 gongkai.db "SELECT sentence FROM deduction WHERE unit = 'wjia' AND criterion = 4")" = "3 normative documents but only 2 policy interpretations" ] ||
	fail "stored sentence not English"
