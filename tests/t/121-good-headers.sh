# Spreadsheet habits that must be accepted: Chinese headers in any order
# with spaces around them, Chinese category names, full-width digits,
# thousands separators in quotes, spaces around numbers, a blank count
# (reads 0), the four date forms, and an unknown extra column (a warning,
# the package is still accepted).
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
pkg czj
cd inbox/czj
cat >catalog.csv <<'X'
 链接 ,发布日期, 标题 ,备注,类别,字数,成文日期,索引号
http://example.gov.cn/1.html,2015-01-06,政府信息公开指南,已核,政府信息公开指南,"2,300",2015/1/5,X-2015-0001
http://example.gov.cn/2.html,2015年2月12日,2015年部门预算,,部门预算,５１００,2015.02.10,X-2015-0002
,2015/7/21,2014年部门决算,,final, 4800 ,,X-2015-0003
http://example.gov.cn/4.html,２０１５－０２－１２,2015年三公经费预算,,SANGONG,"1,234,567",2015年2月10日,
X
awk -F, 'NR == 1 { print "数值 ,  编码,项目"; next }
	$1 == "t1.rules.issued" { print "\"１,２３４\"," $1 "," $2; next }
	$1 == "t1.rules.repealed" { print " ," $1 "," $2; next }
	$1 == "t1.fees.amount" { print "１２.５," $1 "," $2; next }
	$1 == "work.staff" { print "\" 3 \"," $1 "," $2; next }
	{ print $3 "," $1 "," $2 }' stats.csv >s && mv s stats.csv
cd ../..
received inbox/czj '2015-11-18 10:00'
expect_exit 0 "$GK" --lang en check inbox/czj
drop_foreseen
want err <<'X'
warning: inbox/czj/catalog.csv:1: 备注: unknown column "备注" is ignored
X
want out <<'X'
inbox/czj: OK, ready to send (4 catalogue rows)
X
expect_exit 1 "$GK" --lang en collect
has out 'czj 区财政局: accepted as version 1, 0 days late'
want err <<'X'
warning: ./inbox/czj/catalog.csv:1: 备注: unknown column "备注" is ignored
collect: 1 accepted, 0 unchanged, 0 rejected, 3 missing
X
q() { sqlite3 gongkai.db "$1"; }
v() { q "SELECT value FROM stat WHERE code = '$1'"; }
[ "$(v t1.rules.issued)" = 1234 ] || fail "full-width 1,234"
[ "$(v t1.rules.repealed)" = 0 ] || fail "blank is 0"
[ "$(v t1.fees.amount)" = 1250 ] || fail "full-width 12.5 in hundredths"
[ "$(v work.staff)" = 3 ] || fail "spaces around a number"
[ "$(v t1.normative.issued)" = "$(awk -F, '$1 == "t1.normative.issued" { print $3 }' "$FIX/pkg/stats.csv")" ] || fail "other values"
q "SELECT line, index_no, title, category, date(formed_on * 86400, 'unixepoch'), date(published_on * 86400, 'unixepoch'), url, ifnull(chars, 'NULL') FROM catalog ORDER BY line" >rows
want rows <<'X'
2|X-2015-0001|政府信息公开指南|guide|2015-01-05|2015-01-06|http://example.gov.cn/1.html|2300
3|X-2015-0002|2015年部门预算|budget|2015-02-10|2015-02-12|http://example.gov.cn/2.html|5100
4|X-2015-0003|2014年部门决算|final||2015-07-21||4800
5||2015年三公经费预算|sangong|2015-02-10|2015-02-12|http://example.gov.cn/4.html|1234567
X
