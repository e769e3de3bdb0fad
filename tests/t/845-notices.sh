# gongkai notices (review.md, "Notices"): one letter per roster unit that needs
# one — 退回通知 for a rejected package, 催报通知 for nothing received, 预审意见
# once scored — as PDF (and --txt as text), index.csv for a mail merge with the
# roster's optional 邮箱 column, addressed by name, signed by the office, dated
# from the data, the same bytes on every run; never into the inbox.
. "$ROOT/tests/lib.sh"
sample d; cd d
expect_exit 1 "$GK" collect
# before any score: no preview yet
expect_exit 0 "$GK" --lang en notices -o early
has err 'notices: 1 returned, 2 reminder, 0 preview in early'
ls early >got
printf '%s\n' index.csv jd-bm-reminder.pdf jd-cx-returned.pdf kjj-reminder.pdf >want
same got want
expect_exit 0 "$GK" score
# the roster's optional e-mail column goes into index.csv
sed -i -e '1s/\r$/,邮箱\r/' -e 's/^\(z-sq,.*\)\r$/\1,sq@mingchuan.gov.cn\r/' \
	-e 's/^\(jd-cx,.*\)\r$/\1,"cx@mingchuan.gov.cn"\r/' units.csv
expect_exit 0 "$GK" notices --txt -o letters
has err '通知：退回通知 1 份，催报通知 2 份，预审意见 35 份，写入 letters'
[ "$(ls letters/*.pdf | wc -l)" -eq 38 ] && [ "$(ls letters/*.txt | wc -l)" -eq 38 ] || fail "38 letters and texts"
printf '\357\273\277code,name,kind,file,email\n' >want
head -1 letters/index.csv >got
same got want
has letters/index.csv 'z-sq,双桥镇人民政府,preview,z-sq-preview.pdf,sq@mingchuan.gov.cn'
has letters/index.csv 'jd-cx,城西街道办事处,returned,jd-cx-returned.pdf,cx@mingchuan.gov.cn'
has letters/index.csv 'kjj,区科学技术局,reminder,kjj-reminder.pdf,'
has letters/index.csv 'jd-bm,北门街道办事处,reminder,jd-bm-reminder.pdf,'
[ "$(wc -l <letters/index.csv)" -eq 39 ] || fail "index.csv rows"
cat >want <<'X'
明川区人民政府办公室

关于退回2025年度年度报告报送材料的通知

城西街道办事处：

你单位于2025年11月14日报送的2025年度政府信息公开工作年度报告材料，经检查有以下1处问题，现整包退回。该报送包的内容均未入库，此前已报送的数据不受影响。

1．catalog.csv，第 4 行，“formed_on”列：“2025-02-29”这一天不存在；请核对月和日

请逐项改正后，于2025年11月25日前重新报送完整的报送包（报送截止日期为2025年11月20日）。

明川区人民政府办公室
2025年11月14日
X
same letters/jd-cx-returned.txt want
cat >want <<'X'
明川区人民政府办公室

关于报送2025年度年度报告的催报通知

区科学技术局：

我办尚未收到你单位2025年度政府信息公开工作年度报告报送材料。报送截止日期为2025年11月20日。

请按区政府办公室下发的模板，尽快报送完整的报送包：单位信息、年度统计数据、本年度公开目录和年度工作总结。逾期报送的，按考核评分细则逐日扣分。

明川区人民政府办公室
2025年11月20日
X
same letters/kjj-reminder.txt want
cat >want <<'X'
明川区人民政府办公室

2025年度政府信息公开工作考核预审意见

双桥镇人民政府：

你单位2025年度政府信息公开工作年度报告材料（第 1 版，2025年11月21日接收）已按考核评分细则预审。评分征求意见稿中共有以下3项扣分：

1．报送包于 2025-11-21 09:12 收到，比截止日期 2025年11月20日 晚 1 天（C07 按时报送：扣 1.00 分）
2．年度工作总结只有 362 个字（不计空白），少于 500 个字（C09 总结质量：扣 2.00 分）
3．政务公开专职工作人员数为 0，至少应为 1（C10 专职人员：扣 5.00 分）

以上为评分征求意见稿。如有异议，请于2025年12月5日前书面提出，并附相关佐证材料。

明川区人民政府办公室
2025年12月2日
X
same letters/z-sq-preview.txt want
has letters/z-qs-preview.txt '已按考核评分细则预审，未发现扣分情形。'
# the PDF says the same (text extracted), and names no internal code
pdftotext letters/jd-cx-returned.pdf - 2>/dev/null | tr -d '\n ' >pdf.txt
has pdf.txt '城西街道办事处：'
has pdf.txt '1．catalog.csv，第4行，“formed_on”列：“2025-02-29”这一天不存在；请核对月和日'
has pdf.txt '明川区人民政府办公室2025年11月14日'
pdftotext letters/z-sq-preview.pdf - 2>/dev/null >p2.txt
hasnt p2.txt 'late_submission'
hasnt p2.txt 'days_late='
# the same bytes when run again
cp -r letters again
expect_exit 0 "$GK" notices --txt -o letters
for f in again/*; do cmp -s "$f" "letters/$(basename "$f")" || fail "$(basename "$f") changed on a second run"; done
# English letters when the report language is English
sed -i 's/^language = zh_CN/language = en/' config.ini
expect_exit 0 "$GK" --lang en notices --txt -o en
has en/kjj-reminder.txt 'Reminder: the 2025 annual report on government information disclosure'
has en/jd-cx-returned.txt '1. catalog.csv, line 4, column “formed_on”: "2025-02-29" is not a real day; check the month and the day'
# never into the inbox, nothing written
expect_exit 2 "$GK" --lang en notices -o inbox/letters
[ ! -e inbox/letters ] || fail "wrote into the inbox"
