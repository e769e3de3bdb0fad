# The report's opening as the national template begins one: the basis (the
# Regulations and 《中华人民共和国政府信息公开工作年度报告格式》), the
# statistics period 1月1日至12月31日, where it is published and whom to ask,
# the last two from [report] published_at and contact; without them the
# sentences are left out and `report` warns, naming the key.
. "$ROOT/tests/lib.sh"
sample s
cd s
expect_exit 1 "$GK" -q collect
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" --lang en report -o zh.pdf
[ "$(cat err)" = "report: zh.pdf" ] || fail "warnings with both keys set: $(cat err)"
pdftotext -l 1 zh.pdf - 2>/dev/null | tr -d '\n' >p1.txt
has p1.txt "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》的要求，由明川区人民政府办公室根据明川区各单位报送的2025年度政府信息公开工作年度报告汇总编制。"
has p1.txt "本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。"
has p1.txt "本报告在明川区人民政府门户网站（www.mingchuan.gov.cn）“政府信息公开”专栏公开。"
has p1.txt "如对本报告有疑问，请与明川区人民政府办公室政务公开科（地址：明川区人民路1号，电话：0000-12345678）联系。"
# English
sed 's/^language = zh_CN/language = en/' config.ini >en.ini
expect_exit 0 "$GK" --config en.ini --lang en report -o en.pdf
pdftotext -l 1 en.pdf - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >e1.txt
has e1.txt "as the Regulations of the People's Republic of China on Open Government Information and the national Format of the Annual Report on Government Information Disclosure require."
has e1.txt "The figures in this report cover 1 January 2025 to 31 December 2025."
has e1.txt "The report is published on 明川区人民政府门户网站（www.mingchuan.gov.cn） “政府信息公开”专栏."
has e1.txt "Questions about this report: please contact 明川"
# neither key: no such sentence, a warning for each
grep -v '^published_at\|^contact' config.ini >bare.ini
expect_exit 0 "$GK" --config bare.ini --lang en report -o bare.pdf
want_err() { printf '%s\n' "$@" >want.txt; same want.txt err; }
want_err "warning: [report] published_at is not set in bare.ini: the report does not say where it is published" \
	"warning: [report] contact is not set in bare.ini: the report gives readers no one to ask" \
	"report: bare.pdf"
pdftotext -l 1 bare.pdf - 2>/dev/null | tr -d '\n' >b1.txt
has b1.txt "本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。一、总体情况"
hasnt b1.txt "本报告在"
hasnt b1.txt "联系"
expect_exit 0 "$GK" --config bare.ini --lang zh_CN report -o bare.pdf
has err "警告：bare.ini 中没有设置 [report] published_at：报告中不会写明在哪里公开"
has err "警告：bare.ini 中没有设置 [report] contact：报告中不会写明联系方式"
