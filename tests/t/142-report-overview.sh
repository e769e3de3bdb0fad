# 一、总体情况 in the national template's parts (一)–(五), each starting with
# the paragraph made from the data and followed by the office's own
# paragraphs from [paths] narrative (1.txt … 5.txt; 6.txt after 六).  A
# missing file is no paragraphs; a missing folder, an undecodable or an
# oversized file is a warning naming it, and the report is still written.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
sample s
cd s
expect_exit 1 "$GK" -q collect
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" --lang en report -o r.pdf
# the text without line ends, page breaks and page numbers
text() { pdftotext "$1" - 2>/dev/null | tr -d '\f' | grep -v -e '^— [0-9]* —$' -e '^征求意见稿$' -e '^Draft for comment$' | tr -d '\n' >all.txt; }
text r.pdf
# the five parts in order, data first, then the office's paragraphs (sample/narrative)
order() { # TEXT...: each appears, in this order
	rest=$(cat all.txt)
	for x in "$@"; do
		case $rest in *"$x"*) rest=${rest#*"$x"} ;; *) fail "\"$x\" missing or out of order" ;; esac
	done
}
order "一、总体情况" \
	"（一）主动公开" "各单位本年在公开目录中主动公开政府信息875条，其中政策文件、解读及公开指南171条、财政资金218条、重点领域188条、其他298条。本年制发行政规范性文件13件，作出行政许可决定6683件、行政处罚决定2432件、行政强制决定63件。本年收取行政事业性收费5095.24万元。" \
	"区政府办公室年初印发《明川区2025年政务公开工作要点》" "政策文件与解读材料同步起草、同步审签、同步发布。" \
	"（二）依申请公开" "本年新收政府信息公开申请230件，上年结转17件；办理完毕227件（其中予以公开82件、部分公开14件），结转下年度继续办理19件。超过法定期限答复的申请10件。因政府信息公开被申请行政复议8件、提起行政诉讼3件。" \
	"区政府办公室修订依申请公开办理规程" \
	"（三）政府信息管理" "截至年底，各单位现行有效规章0件、行政规范性文件158件；本年制发规章0件，废止规章0件、行政规范性文件7件。" \
	"各单位建立政府信息公开前审查机制" \
	"（四）政府信息公开平台建设" "各单位共有行政审批和政务服务事项459项，其中进入政务大厅集中办理452项（占98.47%）。各单位政府信息公开目录登记本年发布的信息875条。" \
	"区政府门户网站“政府信息公开”专栏完成改版" \
	"（五）监督保障" "各单位共有政务公开专职工作人员54人，本年组织政务公开培训104次，主要负责同志专题研究政务公开工作81次。2025年，明川区共有38个单位参加政府信息公开工作年度报告报送和考核，其中镇6个、街道6个、部门26个。截至报送截止日2025年11月20日，按时报送32个，逾期报送3个，未报送3个。未报送单位中，有1个单位报送的材料未通过校验被退回。按照考核评分细则，35个已报送单位平均得分96.47分。" \
	"区政府将政务公开工作纳入年度绩效考核" \
	"二、主动公开政府信息情况" \
	"六、其他需要报告的事项" "本年度各单位均未收取信息处理费。" "考核结果"
# the figures of the data paragraphs are the sums of the stored packages
sqlite3 gongkai.db "SELECT SUM(j.value) FROM package p, json_each(p.stats) j WHERE j.key = 'work.staff'
	AND p.version = (SELECT MAX(q.version) FROM package q WHERE q.unit = p.unit)" >staff
[ "$(cat staff)" = 54 ] || fail "work.staff sums to $(cat staff)"

# a missing file: that part has only its data paragraph; GB18030 and blank lines are fine
rm narrative/2.txt
printf '\r\n  \323\311\307\370\325\376\270\256\260\354\271\253\312\322\327\351\326\257\262\342\312\324\241\243\r\n\r\n' >narrative/4.txt
expect_exit 0 "$GK" --lang en report -o r2.pdf
[ "$(cat err)" = "report: r2.pdf" ] || fail "warnings: $(cat err)"
text r2.pdf
order "因政府信息公开被申请行政复议8件、提起行政诉讼3件。（三）政府信息管理" \
	"各单位政府信息公开目录登记本年发布的信息875条。由区政府办公室组织测试。（五）监督保障"

# bad files: warnings naming them, the report is written without them
printf 'ok\n\377\376bad\n' >narrative/1.txt
head -c 70000 /dev/zero | tr '\0' 'a' >narrative/3.txt
expect_exit 0 "$GK" --lang en report -o r3.pdf
want err <<'X'
warning: ./narrative/1.txt:2: the file is neither UTF-8 nor GB18030 (bad byte 0xFF at byte 4); save it as CSV UTF-8 or as GB18030/GBK text
warning: ./narrative/1.txt: the report goes on without it
warning: ./narrative/3.txt: the file is larger than 64 KB; the report goes on without it
report: r3.pdf
X
[ -s r3.pdf ] || fail "no report"
text r3.pdf
order "本年收取行政事业性收费5095.24万元。（二）依申请公开" "行政规范性文件7件。（四）政府信息公开平台建设"
# a folder that is not there
sed -i 's|^narrative = narrative|narrative = notes|' config.ini
expect_exit 0 "$GK" --lang zh_CN report -o r4.pdf
want err <<'X'
警告：./notes：config.ini 的 [paths] narrative 指定了这个文件夹，但它不存在；报告中没有本机关自己撰写的段落
报告：r4.pdf
X
# no key at all: no warning
sed -i '/^narrative = /d' config.ini
expect_exit 0 "$GK" --lang en report -o r5.pdf
[ "$(cat err)" = "report: r5.pdf" ] || fail "warnings: $(cat err)"
