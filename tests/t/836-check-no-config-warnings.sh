# check without config.ini still foresees deductions (review.md, "check also warns": "checks what it
# can"): the default rubric, the year the package names, no duties (C01 only for the every-unit
# categories, C13 left out) and no holidays (C02 counts weekends only); it says so first; exit 0.
. "$ROOT/tests/lib.sh"
sample d
mkdir alone && cp -r d/inbox/z-sq d/inbox/cgj d/inbox/fgj d/inbox/scj d/inbox/z-lh alone/
cd alone
NOTE='提示：没有 config.ini，不知道本单位的职责和节假日安排：按默认评分标准和报送包所写的考核年度（2025 年）预见扣分；C01 只检查每个单位都应公开的类别，C02 只把周末算作休息日（不知道节假日和调休），C13 取决于职责，不检查'
expect_exit 0 "$GK" check z-sq
cat >want <<X
警告：这里没有 config.ini：不核对单位编码和年度是否与单位名单一致
$NOTE
提示：年度工作总结只有 362 个字（不计空白），少于 500 个字（C09 总结质量）：预计扣 2.00 分
提示：政务公开专职工作人员数为 0，至少应为 1（C10 专职人员）：预计扣 5.00 分
X
same err want
cat >want <<'X'
z-sq：预计有 2 项扣分（见上），报送包仍可报送
z-sq：检查通过，可以报送（公开目录 30 条）
X
same out want
# C02 without the calendar: the National Day holidays count as working days (with config.ini rows 7
# and 26 are late by 21 working days); C08 identity 9 (the summary's figures) is foreseen
expect_exit 0 "$GK" check cgj
cat >want <<X
警告：这里没有 config.ini：不核对单位编码和年度是否与单位名单一致
$NOTE
提示：“区城市管理局国庆中秋期间户外广告设施安全检查情况通报”2025年9月19日形成、2025年10月23日公开，相隔 24 个工作日，超过 20 个工作日的时限（公开目录第 25 行）（C02 公开及时性）：预计扣 0.50 分
提示：“区城市管理局关于2025年第三季度占道经营专项整治情况的通报”2025年9月19日形成、2025年10月24日公开，相隔 25 个工作日，超过 20 个工作日的时限（公开目录第 26 行）（C02 公开及时性）：预计扣 0.50 分
提示：总结中有 1 处数字与报表不一致：总结写“上年结转”2件，报表为 0 件（C08 数据逻辑）：预计扣 1.00 分
X
same err want
has out 'cgj：预计有 3 项扣分（见上），报送包仍可报送'
# C13 depends on the duties: with config.ini fgj is foreseen to lose 1.67 points there; without, nothing
expect_exit 0 "$GK" check fgj
printf '%s\n' '警告：这里没有 config.ini：不核对单位编码和年度是否与单位名单一致' "$NOTE" >want
same err want
printf '%s\n' 'fgj：检查通过，可以报送（公开目录 22 条）' >want
same out want
# a duty's category (scj: 产品质量监督检查, lost with config.ini) is not known without it
expect_exit 0 "$GK" check scj
hasnt err '（C01 重点领域信息公开（不公开））'
hasnt err '（C13 进厅办理）'
# the every-unit categories are, in English too
expect_exit 0 "$GK" --lang en check z-lh
cat >want <<'X'
warning: no config.ini here: the unit code and year are not compared with the roster
note: without config.ini the unit's duties and the holiday calendar are unknown: deductions are foreseen with the default rubric for the year the package names (2025); C01 only for the categories every unit must disclose, C02 counting weekends only as days off, C13 (it depends on the duties) not at all
note: Required category ""Three public expenses" budget and accounts" has no counted item this year (not disclosed) (C01 Key-area disclosure (nondisclosure)): 5.00 points would be lost
X
same err want
has out 'z-lh: 1 deduction foreseen (see above); the package can still be sent'
[ ! -e gongkai.db ] || fail "check made a database"
