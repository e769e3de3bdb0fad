# `score --unit CODE` prints the unit's scorecard with every deduction in
# words (evidence included), in the CLI language; the deduction table holds
# data (reason code, problem kind, typed arguments), never a sentence.
. "$ROOT/tests/lib.sh"

sh "$ROOT/tests/fixtures/prepare-district-2015.sh" d
cd d || exit 1
expect_exit 1 "$GK" -q collect

expect_exit 0 "$GK" -q --lang en score --unit wjia
cat > want <<'W'
区物价局 (wjia), departments
package version 1, received 2015-11-15 11:36
total 78.83, grade Pass, rank 14 of 29 departments
last year (2014): not scored

C01 Key-area disclosure (nondisclosure): 25.00 / 30.00
    -5.00   Required category "Final accounts" has no counted item this year (not disclosed)
C02 Timeliness: 9.50 / 10.00
    -0.50   "区物价局行政权力清单（第7号）" was formed on 2015-02-08 and published on 2015-03-19, 26 working days later; the limit is 20 (the catalogue, line 4)
C03 Sham disclosure: 8.00 / 10.00
    -2.00   "暂无" is a placeholder title with no real content (sham disclosure) (the catalogue, line 6)
C04 Policy interpretation: 3.33 / 5.00
    -1.67   3 normative documents were published this year but only 2 policy interpretations
C05 Replies on time: 8.00 / 8.00
C06 Reviews and lawsuits corrected: 0.00 / 7.00
    -7.00   2 administrative reviews or lawsuits corrected the unit's decision: Lawsuit, filed after review: 2 corrected
C07 Package on time: 5.00 / 5.00
C08 Data logic: 5.00 / 5.00
C09 Summary quality: 5.00 / 5.00
C10 Full-time staff: 5.00 / 5.00
C11 Publicity and training: 0.00 / 5.00
    -5.00   Disclosure training sessions this year: 0; at least 1 needed
C12 Leadership attention: 5.00 / 5.00
C13 Service hall: does not apply

earned 78.83 of 100.00, base 78.83
findings -0.00, bonus +0.00 (at most 5.00), total 78.83
findings and notes:
            Not checked, costing nothing: carried over against last year's report (no figures of last year); documents in force against last year's (no figures of last year); the summary's figures against the tables (the summary states none); repeat of last year's summary (no summary of last year); year-on-year comparison (no figures of last year)
W
same out want
# stored as data: reason, problem kind, the typed arguments (2 interpretations, 3 normative documents)
[ "$(sqlite3 gongkai.db "SELECT reason, kind, points, typeof(a1), a1, a2, a3 IS NULL FROM deduction WHERE unit = 'wjia' AND criterion = 4")" = "interpretation_ratio|none|167|integer|2|3|1" ] ||
	fail "stored deduction not data"
[ "$(sqlite3 gongkai.db "SELECT reason, kind, file, line, a1, a2, a3, a4, a5 FROM deduction WHERE unit = 'wjia' AND criterion = 2")" = "late|late_item|catalog.csv|4|区物价局行政权力清单（第7号）|16474|16513|26|20" ] ||
	fail "stored late row"
# a detail row points at its deduction: C06 names the Table 4 row and its count
[ "$(sqlite3 gongkai.db "SELECT c.reason, c.a1, c.a2 FROM deduction d JOIN deduction c ON c.parent = d.id WHERE d.unit = 'wjia' AND d.reason = 'corrected_cases'")" = "d_corrected|suit_after|2" ] ||
	fail "detail row"

# a missing unit
expect_exit 0 "$GK" -q --lang en score --unit kjj
has out 'no accepted package'
has out 'total 0.00, grade Fail (no accepted package), rank 23 of 29 departments'
has out '            No accepted package: every criterion scores 0.00 and the grade is Fail'

# a copied summary (jd-xj copies jd-hk, received later) and the sham cap
expect_exit 0 "$GK" -q --lang en score --unit jd-xj
has out '    -5.00   The summary copies that of a unit whose package came no later (sham disclosure): the summary is the same as that of 河口街道办事处 (similarity 99.4%)'
has out 'total 95.00, grade Good (capped for sham disclosure: a copied summary), rank 5 of 11 towns and street offices'
has out '            Sham disclosure was found, so the grade cannot be better than Good (the total alone would give Excellent): a copied summary'

# Chinese by default
expect_exit 0 "$GK" -q score --unit wjia
has out '总分 78.83，等次 合格，在 29 个部门中排名第 14'
has out 'C04 政策解读：3.33 / 5.00'
has out '    -1.67   本年度公开行政规范性文件 3 件，政策解读仅 2 件'
has out '    -0.50   “区物价局行政权力清单（第7号）”2015年2月8日形成、2015年3月19日公开，相隔 26 个工作日，超过 20 个工作日的时限（公开目录第 4 行）'
has out '    -7.00   行政复议、行政诉讼结果被纠正 2 件：行政诉讼（复议后起诉）结果纠正 2 件'
has out '    -5.00   本年组织政务公开培训次数为 0，至少应为 1'
hasnt out 'catalog.csv'
hasnt out '='
expect_exit 0 "$GK" -q score --unit jd-xj
has out '总分 95.00，等次 良好（假公开：年度工作总结雷同，等次封顶），在 11 个镇街中排名第 5'
has out '    -5.00   年度工作总结与报送不晚于本单位的其他单位雷同，视为抄袭（假公开）：总结与 河口街道办事处 的总结雷同（相似度 99.4%）'
has out '            存在假公开，等次最高为“良好”（仅按总分应为“优秀”）：年度工作总结雷同'

expect_exit 2 "$GK" --lang en score --unit nosuch
has err 'error: "nosuch" is not a unit in the roster'
expect_exit 2 "$GK" --lang en score --unit
has err 'error: option --unit needs a value'
expect_exit 2 "$GK" --lang en score extra
has err 'error: score takes no arguments, only options: "extra" is one too many; see gongkai score --help'

# [report] language = en changes nothing stored: the CLI is still Chinese and the rows the same
sed -i 's/^language = zh_CN/language = en/' config.ini
expect_exit 0 "$GK" -q score --unit wjia
has out 'C04 政策解读：3.33 / 5.00'
[ "$(sqlite3 gongkai.db "SELECT reason, a1, a2 FROM deduction WHERE unit = 'wjia' AND criterion = 4")" = "interpretation_ratio|2|3" ] ||
	fail "stored deduction depends on the language"
