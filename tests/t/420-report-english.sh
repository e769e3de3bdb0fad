# [report] language = en gives the whole report in English through gettext
# (unit names stay as given), also on a machine whose only locales are C,
# C.UTF-8 and POSIX (an empty LOCPATH hides every compiled locale); the
# messages of the command keep their own language (--lang).
. "$ROOT/tests/lib.sh"
sample s
cd s
sed 's/^language = zh_CN/language = en/' config.ini > en.ini
"$GK" --config en.ini collect >/dev/null 2>&1
# no report before there are scores
expect_exit 2 "$GK" --lang en --config en.ini report -o early.pdf
has err 'there are no scores yet; run "gongkai score" first'
[ ! -e early.pdf ] || fail "a report without scores"
# the score stage writes each deduction's sentence in the report language
expect_exit 0 "$GK" --config en.ini score
mkdir empty-locales
expect_exit 0 env LANG=C.UTF-8 LOCPATH="$PWD/empty-locales" "$GK" --config en.ini --lang zh_CN report -o en.pdf
has err "报告：en.pdf"
pdftotext -layout en.pdf en.txt 2>/dev/null
for h in "Annual Report on Government" "1. General situation" "2. Proactive disclosure of government information" \
	"3. Applications for government information" \
	"4. Administrative reviews and lawsuits" "5. Main problems and their correction" \
	"6. Other matters" "Assessment results" "Chart: totals of the towns and street offices" "Scorecards" \
	"Annex: submissions" "Article 20, item (1)" "Legal persons or other organisations" "Criterion" "Base score" \
	"not submitted"; do
	has en.txt "$h"
done
tr '\n' ' ' <en.txt | tr -s ' ' >en1.txt
has en1.txt "In 2025, 38 units of 明川区 took part"
has en.txt "堃山镇人民政府"
# no Chinese label of our own is left (only the names of the district, its office and units are Chinese)
for zh in 总体情况 考核结果 单位评分表 附件 评分项目 总分 等级 等次 未报送 逾期 申请人情况; do
	hasnt en.txt "$zh"
done
pdfinfo en.pdf > info 2>/dev/null
has info "Title:           明川区 2025 Annual Report on Government Information Disclosure"
# and the Chinese report in the same bare environment is Chinese
expect_exit 0 env LANG=C.UTF-8 LOCPATH="$PWD/empty-locales" "$GK" --lang en report -o zh.pdf
has err "report: zh.pdf"
pdftotext zh.pdf zh.txt 2>/dev/null
has zh.txt "一、总体情况"
has zh.txt "单位评分表"
