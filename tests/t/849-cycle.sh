# The office's yearly routine (README, "一年的工作流程") on the sample district,
# every step checked: template, collect, notices, a returned package sent
# again, score, the draft report, objections, finalize, the final report and
# the record.
. "$ROOT/tests/lib.sh"
sample d; cd d
# 1. blank packages for the units
expect_exit 0 "$GK" template -o tpl
[ -f tpl/z-qs/报送表.xlsx ] && [ -f tpl/kjj/报送表.xlsx ] || fail "template folders"  # the workbook form is the default
# 2. collect: jd-cx is returned, jd-bm and kjj sent nothing
expect_exit 1 "$GK" collect
has out 'jd-cx 城西街道办事处：已退回，1 个问题（见上）'
# 3. notices: the returned package's reasons, reminders for the two missing units
expect_exit 0 "$GK" notices --txt
has err '通知：退回通知 1 份，催报通知 2 份，预审意见 0 份'
has notices/jd-cx-returned.txt '“2025-02-29”这一天不存在；请核对月和日'
[ -f notices/kjj-reminder.pdf ] && [ -f notices/jd-bm-reminder.pdf ] || fail "reminders"
# 4. jd-cx corrects the date and sends again on 24 November
sed -i 's/2025-02-29/2025-02-28/' inbox/jd-cx/catalog.csv
for f in inbox/jd-cx/*; do touch -d '2025-11-24 10:00' "$f"; done
expect_exit 1 "$GK" collect
has out 'jd-cx 城西街道办事处：已接收，第 1 版，逾期 4 天'
expect_exit 0 "$GK" status --csv
has out 'jd-cx,城西街道办事处,street,received,1,2025-11-24 10:00,4,,'
# 5. score and 6. the draft report, previews for the units
expect_exit 0 "$GK" score
expect_exit 0 "$GK" report -o draft.pdf
pdftotext -f 1 -l 1 draft.pdf - 2>/dev/null | tr -d '\n ' >cover.txt
has cover.txt '征求意见稿：对评分有异议的，请于2025年12月5日前提出'
expect_exit 0 "$GK" notices --txt
has err '通知：退回通知 0 份，催报通知 2 份，预审意见 36 份'
has notices/jd-cx-preview.txt '（C07 按时报送：扣 4.00 分）'
# 7. objections: one accepted, one not, one pending; finalize refuses until all are decided
printf '%s\n' '﻿单位编码,评分项目,异议内容,处理结果,调整分值,答复意见' \
	'z-lh,C01,三公经费已在部门预决算栏目公开,采纳,+5,经核实已公开，予以采纳' \
	'jd-cx,C07,退回后已按时重报,不采纳,,重报时间晚于截止日期' \
	'z-sq,C10,已配备专职人员,,,' >objections.csv
expect_exit 0 "$GK" score
expect_exit 1 "$GK" finalize
has err '还有 1 条异议未处理'
sed -i 's/^z-sq,C10,已配备专职人员,,,$/z-sq,C10,已配备专职人员,不采纳,,统计表填报为 0 人/' objections.csv
# 8. finalize, 9. the final report and export
expect_exit 0 "$GK" finalize
expect_exit 0 "$GK" export -o final.csv
grep -q '^z-lh,柳河镇人民政府,镇街,96.00,' final.csv || fail "z-lh final total"
expect_exit 0 "$GK" report -o final.pdf
pdftotext final.pdf final.txt 2>/dev/null
hasnt final.txt '征求意见稿'
tr -d '\n ' <final.txt >final1.txt
has final1.txt '对C01的异议：三公经费已在部门预决算栏目公开。处理结果：采纳。答复：经核实已公开，予以采纳'
# a late change is refused while final
printf '\n补充。\n' >>inbox/z-qs/summary.txt
expect_exit 1 "$GK" collect
has out '青山镇人民政府：未收取：2025 年度评分已定稿'
# 10. the record: every step that changed the archive (score for the draft, after the objections,
# and once more inside finalize, which then records the year final; the refused finalize changed nothing)
expect_exit 0 "$GK" --lang en log --csv
cut -d, -f2 out | tail -n +2 | tr '\n' ' ' >cmds
printf 'collect collect score score score finalize collect ' >want
cmp -s cmds want || fail "record: $(cat cmds)"
