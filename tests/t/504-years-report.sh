# The report of a year with last year in the archive (years.md, "What the
# outputs add"), on the two-year sample: 一、总体情况 gives last year's
# headline figures and the change; the ranked tables have 上年名次 and 变化
# (↑3, ↓5, —, 新); each scorecard shows last year's total, grade and rank
# and every cross-year deduction in words; section 五 lists the 同比异常
# flags.  Hand-checked: last year's average of the 35 units with a package
# is 96.87 (out/2024 export), this year's 96.36: down 0.51, 0.51/96.87 =
# 0.5%; 2024 had 38 units, 32 on time (z-sq, wjj, jd-xy late; jd-bm, kjj,
# ybj without a package).  A year without last year has none of it.
. "$ROOT/tests/lib.sh"

sample s
cd s || exit 1
"$GK" -q --config 2024/config.ini collect >/dev/null 2>&1
expect_exit 0 "$GK" -q --config 2024/config.ini score
# the first year alone: no comparison anywhere
expect_exit 0 "$GK" -q --config 2024/config.ini report -o r2024.pdf
pdftotext -layout r2024.pdf t2024.txt 2>/dev/null
hasnt t2024.txt '上年名次'
hasnt t2024.txt '上年平均得分'
hasnt t2024.txt '（七）同比异常'
has t2024.txt '2023 年：未评分'

"$GK" -q collect >/dev/null 2>&1
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q report -o r.pdf
pdftotext r.pdf - 2>/dev/null | tr -d '\n\f' >all.txt
pdftotext -layout r.pdf layout.txt 2>/dev/null
has all.txt '上年平均得分96.87分，本年减少0.51，0.5%。'
has all.txt '上年参加报送和考核的单位38'   # a page break (and the draft mark) may fall here
has all.txt '个、按时报送32个，本年参加单位持平，按时报送持平。'
has all.txt '上年新收政府信息公开申请'
has all.txt '上年公开目录登记当年发布的信息'
# ranked tables: rank 7 now, 10 last year: ↑3; 15 now, 10 last year: ↓5; new in 2025: 新
grep -q '上年名次 *变化' layout.txt || fail "no 上年名次 / 变化 columns"
grep -q '^ *7 *双桥镇人民政府 *92.00 *优秀 *10 *↑3$' layout.txt || fail "双桥镇 row"
grep -q '^ *15 *区教育局 *97.50 *优秀 *10 *↓5$' layout.txt || fail "区教育局 row"
grep -q '^ *1 *区退役军人事务局 *100.00 *优秀 *新$' layout.txt || fail "区退役军人事务局 row"
grep -q '^ *1 *城东街道办事处 *100.00 *优秀 *1 *—$' layout.txt || fail "城东街道办事处 row"
# scorecards: last year's result and the cross-year deductions with last year's cells
has all.txt '2024 年：总分 98.50，等次优秀，第 10 名'
has all.txt '“总计”列：上年结转 1，上年报告的结转下年度 2，不一致'
has all.txt '表一有 1 类文件的现行有效件数与上年不衔接：行政规范性文件：现行有效'
has all.txt '而上年报告的现行有效 24 件 + 本年制发 2 件'
has all.txt '总结写“上年结转”2件，报表为 0 件'
has all.txt '总结重复上年总结：'
has all.txt '同比异常：“行政处罚：本年处理决定数量”本年 145、上年 20，为上年的 7.25 倍'
has all.txt '同比异常：本年发布目录条目 17 条、上年 102 条，为上年的 0.17 倍'
has all.txt '以下检查无法进行，不扣分：上年结转与上年报告核对（无上年数据）'
# section 五
has all.txt '（七）同比异常。3个单位有3项数据与上年相比变化异常（需核实，详见各单位评分表）：青山镇人民政府（1项）、区交通运输局（1项）、区市场监督管理局（1项）。'
# no internal identifier reaches the Chinese reader
for w in t3.carried t1.penalty yoy_ logic_ years_not; do hasnt all.txt "$w"; done
# in English
sed 's/^language = zh_CN/language = en/' config.ini >en.ini
expect_exit 0 "$GK" -q --config en.ini report -o en.pdf
pdftotext en.pdf - 2>/dev/null | tr -d '\n\f' >en.txt
has en.txt "Last year's average was 96.87 points"
has en.txt 'Last rank'
