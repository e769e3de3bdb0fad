# template (the workbook form, the default): one folder per roster unit
# with 报送表.xlsx only: the sheets of workbook.md, every input cell named
# (210 names: unit, year, contact, phone and the 206 stats codes), unlocked
# and validated, labels locked, every sheet protected, the national tables'
# merged headers, the category drop-down taken from the hidden sheet 类别,
# date columns; 填报说明 written for the unit (its required categories in
# Chinese, whether C13 applies, the configured deadline, examples in the
# configured year).  As written, check names what is still to fill in;
# filled by openpyxl as a clerk would, it passes check and collect.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
district
# sfj gets the duty that makes C13 apply; the deadline moves to 1 December
sed -i 's/^sfj,区司法局,dept,$/sfj,区司法局,dept,approval/' units.csv
sed -i 's/^deadline = 2015-11-20$/deadline = 2015-12-01/' config.ini
grep -q '^sfj,区司法局,dept,approval$' units.csv && grep -q '^deadline = 2015-12-01$' config.ini || fail "setup"
expect_exit 0 "$GK" --lang en template -o blank
want err <<'X'
template: 4 package folders written to blank
X
for u in z-a jd-b czj sfj; do
	[ "$(ls blank/$u)" = 报送表.xlsx ] || fail "files of $u: $(ls blank/$u)"
done
INSPECT="$PY $ROOT/tests/tools/xlsx_inspect.py"
$INSPECT template blank/czj/报送表.xlsx >structure || { cat structure; fail "template structure"; }
want structure <<'X'
names 210
merged 表一 A13:D13 A1:D1 A2:D2 A6:D6 A9:D9 B10:D10 B11:D11 B12:D12 B14:D14 B15:D15 B7:D7 B8:D8
merged 表三 A1:K1 A29:C29 A2:C4 A30:C30 A31:C31 A5:C5 A6:C6 A7:A28 B17:B19 B20:B24 B25:B27 B28:C28 B7:C7 B8:C8 B9:B16 D2:J2 D3:D4 E3:I3 J3:J4 K2:K4
merged 表四 A1:O1 A2:E2 A3:A4 A6:E6 B3:B4 C3:C4 D3:D4 E3:E4 F2:O2 F3:J3 F6:J6 K3:O3 K6:O6
catalog header 索引号,标题,类别,成文日期,发布日期,链接,字数
category list '类别'!$A$1:$A$27
date format yyyy-mm-dd yyyy-mm-dd 0
categories 政府信息公开指南、部门预算、部门决算、三公经费预决算、行政权力清单、审计信息、价格和收费、征地信息、房屋征收、保障性住房与棚户区改造、政府采购、工程建设项目招投标、行政处罚案件、突发事件应急预案与预警、环境保护监督检查、安全生产监督检查、产品质量监督检查、社会组织与中介机构、学校招生与财务、医疗卫生、就业、社会保险、低保与社会救助、人大代表建议和政协提案办理结果、行政审批与政务服务、行政规范性文件、政策解读、其他
X
# the national tables' labels, in the form's order
$INSPECT text blank/czj/报送表.xlsx 表三 >t3
for s in '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' 申请人情况 自然人 法人或其他组织 商业企业 科研机构 \
	社会公益组织 法律服务机构 其他 总计 一、本年新收政府信息公开申请数量 三、本年度办理结果 （三）不予公开 1．属于国家秘密 \
	（六）其他处理 （七）总计 四、结转下年度继续办理; do
	grep -qxF -- "$s" t3 || fail "表三 lacks $s"
done
[ "$(grep -n '^（三）不予公开$' t3 | cut -d: -f1)" -lt "$(grep -n '^1．属于国家秘密$' t3 | cut -d: -f1)" ] || fail "表三 order"
# 填报说明 for czj: its deadline, its categories (every-unit ones and its duties), no C13, examples in 2015
$INSPECT text blank/czj/报送表.xlsx 填报说明 >howto
has howto '区财政局 2015 年政府信息公开工作年度报送表 填报说明'
has howto '报送截止日期：2015年12月1日。'
for c in 政府信息公开指南 部门预算 部门决算 三公经费预决算; do has howto " · ${c}（每个单位都要公开）"; done
has howto ' · 政府采购（本单位职责）'
has howto ' · 审计信息（本单位职责）'
has howto '进厅办理（考核第 13 项）：不适用本单位'
has howto '日期按 2015-03-05 的样子填写'
hasnt howto '11月20日'
hasnt howto '2025'
$INSPECT text blank/sfj/报送表.xlsx 填报说明 >howto-sfj
has howto-sfj ' · 行政审批与政务服务（本单位职责）'
has howto-sfj '进厅办理（考核第 13 项）：适用本单位。'
$INSPECT text blank/czj/报送表.xlsx 报送信息 >info
want info <<'X'
报送信息
单位编码
czj
单位名称
区财政局
年度
2015
联系人
联系电话
单位编码、单位名称和年度已填好，不要修改。
X
# the words are Chinese whatever the message language
expect_exit 0 "$GK" --lang zh_CN template --unit czj -o zh
$INSPECT text zh/czj/报送表.xlsx 填报说明 >howto-zh
same howto howto-zh

# never replaces a file
expect_exit 2 "$GK" --lang en template --unit czj -o blank
want err <<'X'
error: blank/czj/报送表.xlsx already exists; template never replaces a file: move the old folder away or write elsewhere with -o
error: nothing was written to blank
X

# as sent out it is not ready: the contact, the phone and the summary are missing
mkdir -p inbox
cp -r blank/czj inbox/czj
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj: the summary is missing; put the year's work summary beside the workbook, as a Word document (.docx) or as summary.txt
error: inbox/czj/报送表.xlsx: 报送信息!B6 (contact): the contact person is missing; write the name of the person who filled in the workbook
error: inbox/czj/报送表.xlsx: 报送信息!B7 (phone): the phone number is missing; write a number such as 0000-1234567
X
# filled in as a clerk would (numbers, a full-width digit as text, dates as dates and as text)
$INSPECT fill blank/czj/报送表.xlsx inbox/czj/报送表.xlsx || fail "fill"
echo '本年度政务公开工作总结。' >s.txt
$DOCX s.txt inbox/czj/年度工作总结.docx
expect_exit 0 "$GK" --lang en check inbox/czj
has out 'inbox/czj: OK, ready to send (2 catalogue rows)'
expect_exit 1 "$GK" --lang en collect
has out 'czj 区财政局: accepted as version 1'
q() { sqlite3 gongkai.db "$1"; }
[ "$(q "SELECT value FROM stat WHERE code = 't1.fees.amount'")" = 350 ] || fail "fees"
[ "$(q "SELECT value FROM stat WHERE code = 'work.staff'")" = 2 ] || fail "full-width text"
[ "$(q "SELECT sum(value) FROM stat")" = $((2 + 350 + 3 + 3 + 2 + 2 + 2 + 2 + 1 + 1 + 2 + 4 + 5 + 1)) ] || fail "sum of the figures"
[ "$(q "SELECT contact || ' ' || phone || ' ' || summary FROM package")" = '李明 0439-1234567 本年度政务公开工作总结。' ] || fail "submission"
q "SELECT line, index_no, title, category, date(formed_on * 86400, 'unixepoch'), date(published_on * 86400, 'unixepoch'), url, ifnull(chars, '-') FROM catalog ORDER BY line" >rows
want rows <<'X'
2|X-1|政府信息公开指南|guide|2015-01-05|2015-01-06||1200
3|X-2|2015年部门预算|budget|2015-02-10|2015-02-12|http://example.gov.cn/2.html|-
X
# template --csv is the CSV form (tests/t/127-template.sh)
expect_exit 0 "$GK" --lang en template --csv --unit z-a -o csv
[ "$(ls csv/z-a | tr '\n' ' ')" = "catalog.csv stats.csv submission.ini summary.txt 填报说明.txt " ] || fail "--csv: $(ls csv/z-a)"
has csv/z-a/填报说明.txt '报送截止日期：2015年12月1日。'
has csv/z-a/填报说明.txt '进厅办理（考核第 13 项）：不适用本单位'
