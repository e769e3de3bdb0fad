# check warns (review.md, "check also warns"): after a package passes, the
# score stage's rules that need only the package and config.ini (C01–C04, C08,
# C09 length and topics, C10–C13) say every deduction they already see, with
# the criterion and the points; C05–C07 and copied summaries are not foreseen;
# exit status still 0; nothing is stored.  Without config.ini it says what it does not know.
. "$ROOT/tests/lib.sh"
sample d; cd d
expect_exit 0 "$GK" check inbox/z-sq
cat >want <<'X'
提示：年度工作总结只有 362 个字（不计空白），少于 500 个字（C09 总结质量）：预计扣 2.00 分
提示：政务公开专职工作人员数为 0，至少应为 1（C10 专职人员）：预计扣 5.00 分
X
same err want
cat >want <<'X'
inbox/z-sq：预计有 2 项扣分（见上），报送包仍可报送
inbox/z-sq：检查通过，可以报送（公开目录 30 条）
X
same out want
# C01 (a required category with no row) is foreseen; C05 (replies overdue) is not
expect_exit 0 "$GK" --lang en check inbox/z-lh
printf '%s\n' 'note: Required category ""Three public expenses" budget and accounts" has no counted item this year (not disclosed) (C01 Key-area disclosure (nondisclosure)): 5.00 points would be lost' >want
same err want
has out 'inbox/z-lh: 1 deduction foreseen (see above); the package can still be sent'
# C08 and C09's topics
expect_exit 0 "$GK" check inbox/jd-nh
has err '（C08 数据逻辑）：预计扣 1.00 分'
has err '提示：年度工作总结没有写到“依申请”（C09 总结质量）：预计扣 0.50 分'
# a package without foreseeable deductions
expect_exit 0 "$GK" check inbox/z-qs
[ -s err ] && fail "z-qs: $(cat err)"
# a late one (12 days): lateness is the office's to judge when it receives it, not foreseen; no training is
expect_exit 0 "$GK" check inbox/jd-xy
hasnt err 'C07'
has err '提示：本年组织政务公开培训次数为 0，至少应为 1（C11 宣传培训）：预计扣 5.00 分'
# nothing stored: check makes no database
[ ! -e gongkai.db ] || fail "check made a database"
# without config.ini: the unit's duties and the calendar are unknown, the rest is checked (836)
mkdir alone && cp -r inbox/z-sq alone/
cd alone
expect_exit 0 "$GK" check z-sq
has err '提示：没有 config.ini，不知道本单位的职责和节假日安排'
has err '（C10 专职人员）：预计扣 5.00 分'
