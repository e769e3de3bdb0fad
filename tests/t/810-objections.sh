# objections.csv (review.md, "Objections"): accepted lines summed per unit and
# criterion then clamped once to the criterion's range, total adjustments after
# findings clamped to 0–100, no lifting of the sham cap, nothing for a unit
# without a package; every objection on the scorecard; each bad input with its
# exact message, score exit 2 and nothing stored changed.
. "$ROOT/tests/lib.sh"
sample d; cd d
expect_exit 1 "$GK" collect
# the scores before any objection: z-lh 91.00, fgj 98.48 (sample/expected_scores.csv)
printf '%s\n' '﻿单位编码,评分项目,异议内容,处理结果,调整分值,答复意见' \
	'z-lh,C01,三公经费已在部门预决算栏目公开,采纳,+3,经核实已公开' \
	'z-lh,C01,另见财政专栏,accepted,４.00,同上' \
	'z-hs,C09,总结系本镇自行撰写,采纳,+5,经核实非抄袭' \
	'jd-nh,total,抽查时网站临时维护,采纳,+1.50,情况属实' \
	'z-qs,total,加分应计入,采纳,+1,总分不超过100分' \
	'fgj,C13,进厅事项统计有误,采纳,-1,经核实应扣分' \
	'jd-cd,C01,自查,采纳,－０.５,自查发现漏报' \
	'jd-bm,total,已报送纸质材料,accepted,+5,未收到报送包，不予调整' \
	'z-sq,C07,系统故障导致迟报,不采纳,,迟报属实' \
	'jd-xy,C07,网络原因,,,' >objections.csv
expect_exit 0 "$GK" --lang en score
expect_exit 0 "$GK" export -o s.csv
# code,total,grade and C01, C09, C13, deductions of the units concerned
awk -F, '$1 ~ /^(z-lh|z-hs|jd-nh|z-qs|fgj|jd-cd|jd-bm|z-sq|jd-xy)$/ { print $1, $4, $6, $7, $15, $19, $20 }' s.csv | sort >got
sort >want <<'X'
fgj 97.57 优秀 30.00 5.00 7.33 0.00
jd-bm 0.00 不合格 0.00 0.00  0.00
jd-cd 99.50 优秀 29.50 5.00  0.00
jd-nh 98.00 优秀 30.00 4.00  1.50
jd-xy 90.00 优秀 30.00 5.00  0.00
z-hs 95.00 良好 30.00 5.00  0.00
z-lh 96.00 优秀 30.00 5.00  0.00
z-qs 100.00 优秀 30.00 5.00  0.00
z-sq 92.00 优秀 30.00 3.00  0.00
X
same got want
# every objection on the scorecard, with decision and reply; pending ones marked
expect_exit 0 "$GK" --lang zh_CN score --unit z-lh
has out '异议：'
has out '    C01: 三公经费已在部门预决算栏目公开'
has out '    采纳，+3.00 分；答复：经核实已公开'
has out '    采纳，+4.00 分；答复：同上'
expect_exit 0 "$GK" --lang zh_CN score --unit jd-xy
has out '    C07: 网络原因'
has out '    待处理；答复：-'
expect_exit 0 "$GK" --lang en score --unit z-sq
has out '    not accepted; reply: 迟报属实'
expect_exit 0 "$GK" --lang en score --unit fgj
has out '    accepted, -1.00 points; reply: 经核实应扣分'
# the stored table the report reads
[ "$(sqlite3 gongkai.db "SELECT count(*) || ' ' || sum(points) FROM objection WHERE decision = 'accepted'")" = "8 1800" ] ||
	fail "objection table: $(sqlite3 gongkai.db 'SELECT * FROM objection')"

# bad inputs: exact messages, exit 2, nothing stored changes (the record neither)
cp objections.csv good.csv
sum=$(dbsum_all gongkai.db)
bad() { # LINE EXPECTED-STDERR-LINE
	{ head -1 good.csv; printf '%s\n' "$1"; } >objections.csv
	expect_exit 2 "$GK" --lang en score
	printf '%s\n%s\n' "$2" 'error: the objections could not be read; nothing was scored' >want
	same err want
	[ "$(dbsum_all gongkai.db)" = "$sum" ] || fail "a bad objections.csv changed the database: $1"
}
bad 'x-yz,C01,没有这个单位,采纳,+1,' \
	'error: objections.csv:2: 单位编码: "x-yz" is not a unit code in the roster; use a code from units.csv'
bad 'z-lh,C13,进厅办理,采纳,+1,' \
	'error: objections.csv:2: 评分项目: C13 does not apply to z-lh, so no points of it can be adjusted; name a criterion on its scorecard or total'
bad 'z-sq,C07,迟报,不采纳,0,迟报属实' \
	'error: objections.csv:2: 调整分值: "0" on an objection that was not accepted; only an accepted objection adjusts points: leave it blank'
bad 'z-sq,C07,迟报,,+1,' \
	'error: objections.csv:2: 调整分值: "+1" on an objection still pending; give points only with the decision accepted/采纳'
bad 'z-lh,C01,三公经费,采纳,+0.125,' \
	'error: objections.csv:2: 调整分值: "+0.125" is not a number with at most 2 decimals, such as +0.50 or -1'
bad 'z-lh,C14,三公经费,采纳,+1,' \
	'error: objections.csv:2: 评分项目: "C14" is not a criterion; use C01 to C13, or total for the total'
bad 'z-lh,C01,三公经费,同意,+1,' \
	'error: objections.csv:2: 处理结果: "同意" is not a decision; use accepted/采纳 or rejected/不采纳, or leave it blank while pending'
bad 'z-lh,C01,,采纳,+1,' \
	'error: objections.csv:2: 异议内容: the claim is empty; say what the unit objects to'
# in Chinese too
{ head -1 good.csv; printf '%s\n' 'z-lh,C13,进厅办理,采纳,+1,'; } >objections.csv
expect_exit 2 "$GK" --lang zh_CN score
has err '错误：objections.csv:2: 评分项目: 单位 z-lh 不适用 C13，无分可调；请填写该单位评分表上的项目或 total'
has err '错误：异议表无法读取；未进行评分'
[ "$(dbsum_all gongkai.db)" = "$sum" ] || fail "changed"
