# The template in LibreOffice Calc (Debian's libreoffice-calc-nogui, each run
# with its own profile): it opens and prints with the national tables'
# labels; filled by openpyxl and re-saved by LibreOffice with recalculation,
# its live checks show exactly the two identities the figures break; the
# re-saved workbook (unquoted names, shared strings, shifted rIds, new
# styles) is read back with the same values as before; a converted package
# whose Table 3 row does not add up prints the red check.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
command -v soffice >/dev/null || fail "soffice missing: scripts/install-deps.sh --test installs libreoffice-calc-nogui"
INSPECT="$PY $ROOT/tests/tools/xlsx_inspect.py"
# a profile of our own that recalculates on load (Calc's default keeps saved results)
mkdir -p lo/user
cat >lo/user/registrymodifications.xcu <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
X
office() { HOME="$T" soffice -env:UserInstallation="file://$T/lo" --headless "$@" >>office.log 2>&1 || { cat office.log; fail "soffice $*"; }; }
district
expect_exit 0 "$GK" --lang en template --unit czj -o blank

# opened and printed
office --convert-to pdf --outdir pdf blank/czj/报送表.xlsx
[ -s pdf/报送表.pdf ] || fail "no PDF"
pdftotext -layout pdf/报送表.pdf text
for s in 区财政局 填报说明 报送截止日期：2015年11月20日 报送信息 第二十条第（一）项 本年制发件数 行政事业性收费 \
	三、收到和处理政府信息公开申请情况 申请人情况 法人或其他组织 （三）不予公开 四、结转下年度继续办理 \
	四、政府信息公开行政复议、行政诉讼情况 未经复议直接起诉 复议后起诉 工作数据 公开目录 索引号 发布日期; do
	grep -qF -- "$s" text || fail "the printed template lacks $s"
done
# the hidden list sheet is not printed
! grep -qF '人大代表建议和政协提案办理结果' text || fail "the hidden sheet 类别 was printed"
pages=$(pdfinfo pdf/报送表.pdf | sed -n 's/^Pages: *//p')
[ "$pages" -le 12 ] || fail "$pages pages"

# filled (identity 4 and 6 broken on purpose), re-saved by LibreOffice with recalculation
$INSPECT fill blank/czj/报送表.xlsx filled.xlsx || fail "fill"
mkdir re
office --convert-to xlsx --outdir re filled.xlsx
$INSPECT checks re/filled.xlsx >checks
want checks <<'X'
表四!A6: 总计不等于结果维持、结果纠正、其他结果、尚未审结之和
工作数据!C8: 进入大厅的事项数不能多于事项总数
X
# LibreOffice wrote names unquoted and inline strings as shared strings: read back the same
unzip -p re/filled.xlsx xl/workbook.xml | grep -qF '>表三!$D$5</definedName>' || fail "LibreOffice kept the quotes; the test proves less"
echo '本年度政务公开工作总结。' >s.txt
mkdir -p inbox
for v in openpyxl libreoffice; do
	rm -rf inbox/czj && mkdir inbox/czj
	if [ $v = openpyxl ]; then cp filled.xlsx inbox/czj/报送表.xlsx; else cp re/filled.xlsx inbox/czj/报送表.xlsx; fi
	$DOCX s.txt inbox/czj/年度工作总结.docx
	expect_exit 0 "$GK" --lang en check inbox/czj
	has out 'inbox/czj: OK, ready to send (2 catalogue rows)'
	rm -f gongkai.db
	expect_exit 1 "$GK" --lang en collect
	sqlite3 gongkai.db "SELECT contact, phone, stats FROM package" >$v.pkg
	sqlite3 gongkai.db "SELECT line, index_no, title, category, formed_on, published_on, url, chars FROM catalog ORDER BY line" >$v.rows
done
same openpyxl.pkg libreoffice.pkg
same openpyxl.rows libreoffice.rows
grep -qF '"t1.fees.amount":350' libreoffice.pkg || fail "fees after the re-save"
[ "$(wc -l <libreoffice.rows)" -eq 2 ] || fail "rows"

# a converted package whose Table 3 row does not add up: the check is red in print
mkdir -p conv/czj
cp "$FIX/pkg/catalog.csv" "$FIX/pkg/summary.txt" conv/czj/
sed "s/^unit    = UNIT/unit    = czj/" "$FIX/pkg/submission.ini" >conv/czj/submission.ini
sed 's/^\(t3.new.total,[^,]*\),.*/\1,999/' "$FIX/pkg/stats.csv" >conv/czj/stats.csv
"$BUILD/tests/tools/pkg2xlsx" config.ini conv/czj conv.xlsx || fail "pkg2xlsx"
$INSPECT checks conv.xlsx >conv-checks
has conv-checks '表三!K5: 总计不等于各项之和'
office --convert-to pdf --outdir pdf conv.xlsx
pdftotext -layout pdf/conv.pdf conv-text
grep -qF '总计不等于各项之和' conv-text || fail "the failing check is not printed"
