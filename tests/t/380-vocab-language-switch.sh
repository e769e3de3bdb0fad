# One vocabulary: the deduction table holds data, the words are made where
# they are shown.  Scored once in Chinese, a switch of [report] language in
# config.ini followed by only `report` gives every deduction in English,
# and back again in Chinese; no stats code, key=value, reason code or file
# name reaches the Chinese reader, no Chinese word of ours the English one.
. "$ROOT/tests/lib.sh"
sample s
cd s
"$GK" -q collect >/dev/null 2>&1
expect_exit 0 "$GK" -q score
# nothing stored is words: no sentence or evidence column, every argument typed
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM pragma_table_info('deduction') WHERE name IN ('sentence', 'evidence')")" = 0 ] ||
	fail "the deduction table still holds words"

sed -i 's/^language = zh_CN/language = en/' config.ini
expect_exit 0 "$GK" -q report -o en.pdf
pdftotext en.pdf - 2>/dev/null | tr '\n' ' ' > en.txt
for s in "has no counted item this year (not disclosed)" "is a placeholder title with no real content" \
	"The summary copies that of a unit whose package came no later" "(similarity" \
	"Table 3: in 1 column new plus carried over is not answered plus carried to next year" \
	"Evaluators' finding (sham disclosure)" "Sham disclosure was found, so the grade cannot be better than Good" \
	"The bonuses add up to" "(capped for sham disclosure" "Fail (no accepted package)" "the catalogue, line"; do
	has en.txt "$s"
done
for zh in （不公开） （假公开） 公开目录第 应公开类别 抽查发现（ 等次封顶 表三有 加分合计 相似度 不计分 没有已接收; do
	hasnt en.txt "$zh"
done

sed -i 's/^language = en/language = zh_CN/' config.ini
expect_exit 0 "$GK" -q report -o zh.pdf
pdftotext zh.pdf - 2>/dev/null | tr -d '\n' > zh.txt
for s in "本年度没有有效条目（不公开）" "是占位标题，没有实际内容（假公开）" "的总结雷同（相似度" "抽查发现（假公开）" \
	"存在假公开，等次最高为“良好”" "加分合计" "等次封顶" "不合格（没有已接收的报送包）" "公开目录第"; do
	has zh.txt "$s"
done
for id in catalog.csv findings.csv summary.txt t3. t4. t1. work. not_disclosed sham_ copied_summary copy_of Jaccard \
	package=none days_late "=none" evidence "Table 3" "(sham" capped "Fail"; do
	hasnt zh.txt "$id"
done
