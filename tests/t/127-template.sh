# template --csv: one folder per roster unit (or one with --unit) holding
# submission.ini with the unit and year filled in, stats.csv with a BOM,
# the Chinese header and every stats code once with its Chinese label,
# catalog.csv with a BOM and the Chinese header, an empty summary.txt and
# the how-to (the unit's own lines, then the shipped text with the
# configured deadline and year); a filled-in template passes check and
# collect.  (The workbook form, the default, is tests/t/701-template-workbook.sh.)
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
mkdir tpl
printf '填报说明\n1. 填写 submission.ini 的联系人和电话。{截止日期}前报送（by {deadline}），日期如 {年}-03-05。\n' >tpl/填报说明.txt
expect_exit 0 env GONGKAI_TEMPLATES="$T/tpl" "$GK" --lang en template --csv -o blank
want err <<'X'
template: 4 package folders written to blank
X
[ "$(ls blank | tr '\n' ' ')" = "czj jd-b sfj z-a " ] || fail "folders: $(ls blank)"
for u in z-a jd-b czj sfj; do
	[ "$(ls blank/$u | tr '\n' ' ')" = "catalog.csv stats.csv submission.ini summary.txt 填报说明.txt " ] || fail "files of $u: $(ls blank/$u)"
	has blank/$u/填报说明.txt '报送截止日期：2015年11月20日。'
	has blank/$u/填报说明.txt '1. 填写 submission.ini 的联系人和电话。2015年11月20日前报送（by 2015-11-20），日期如 2015-03-05。'
	hasnt blank/$u/填报说明.txt '{'
	[ -s blank/$u/summary.txt ] && fail "summary not empty"
	grep -qx "unit    = $u" blank/$u/submission.ini || fail "unit in submission.ini"
	grep -qx "year    = 2015" blank/$u/submission.ini || fail "year in submission.ini"
	printf '\357\273\277索引号,标题,类别,成文日期,发布日期,链接,字数\n' >want-catalog
	same want-catalog blank/$u/catalog.csv
	head -c 3 blank/$u/stats.csv | od -An -tx1 | grep -q 'ef bb bf' || fail "stats.csv BOM"
done
f=blank/czj/stats.csv
[ "$(sed -n 1p $f)" = "$(printf '\357\273\277编码,项目,数值')" ] || fail "stats header"
# every code once: the same codes, in the same order, as the good fixture
tail -n +2 $f | cut -d, -f1 >codes
cut -d, -f1 "$FIX/pkg/stats.csv" | tail -n +2 >fixture-codes
same fixture-codes codes
[ "$(sort codes | uniq -d)" = "" ] || fail "duplicate codes"
[ "$(wc -l <codes)" -eq 206 ] || fail "206 codes"
# labels in Chinese, values blank
grep -qx 't1.fees.amount,行政事业性收费：本年收费金额（万元）,' $f || fail "fees label"
grep -qx 't3.new.natural,表三 一、本年新收政府信息公开申请数量｜自然人,' $f || { grep t3.new.natural $f; fail "t3 label"; }
grep -qx 'work.hall_in,其中进入政务大厅集中办理的事项数,' $f || fail "work label"
# Chinese labels whatever the message language
expect_exit 0 env GONGKAI_TEMPLATES="$T/tpl" "$GK" --lang zh_CN template --csv -o blank-zh
want err <<'X'
模板：已在 blank-zh 生成 4 个报送包文件夹
X
diff -r blank blank-zh >/dev/null || fail "the language changed the template"

# template never replaces a file: run again into the same folder, nothing is
# written and every file stays as the unit may already have filled it in
echo '已填写的总结。' >blank/czj/summary.txt
rm blank/sfj/stats.csv
find blank -type f -exec sha256sum {} + | sort >before
expect_exit 2 env GONGKAI_TEMPLATES="$T/tpl" "$GK" --lang en template --csv --unit czj -o blank
want err <<'X'
error: blank/czj/submission.ini already exists; template never replaces a file: move the old folder away or write elsewhere with -o
error: blank/czj/stats.csv already exists; template never replaces a file: move the old folder away or write elsewhere with -o
error: blank/czj/catalog.csv already exists; template never replaces a file: move the old folder away or write elsewhere with -o
error: blank/czj/summary.txt already exists; template never replaces a file: move the old folder away or write elsewhere with -o
error: blank/czj/填报说明.txt already exists; template never replaces a file: move the old folder away or write elsewhere with -o
error: nothing was written to blank
X
expect_exit 2 env GONGKAI_TEMPLATES="$T/tpl" "$GK" --lang en template --csv -o blank
[ "$(grep -c 'already exists' err)" -eq 10 ] || fail "the first ten files are named"
tail -n 1 err >last
want last <<'X'
error: 19 files in all already exist in blank; nothing was written
X
find blank -type f -exec sha256sum {} + | sort >after
same before after
[ ! -e blank/sfj/stats.csv ] || fail "a missing file was written although others exist"
rm blank/czj/summary.txt
printf '' >blank/czj/summary.txt

# --unit: one folder; an unknown unit is exit 2
expect_exit 0 env GONGKAI_TEMPLATES="$T/tpl" "$GK" --lang en template --csv --unit czj -o one
[ "$(ls one)" = czj ] || fail "--unit"
diff -r blank/czj one/czj || fail "--unit wrote something else"
expect_exit 2 "$GK" --lang en template --csv --unit nope -o none
want err <<'X'
error: "nope" is not a unit code in the roster ./units.csv
X
[ ! -e none ] || fail "folder written for an unknown unit"

# as sent out, the blank package is not ready...
expect_exit 1 "$GK" --lang en check blank/czj
drop_foreseen
want err <<'X'
error: blank/czj/submission.ini: [submission] contact: the contact person is missing; write contact = 姓名
error: blank/czj/submission.ini: [submission] phone: the phone number is missing; write phone = 0000-1234567
error: blank/czj/summary.txt: the summary is empty; write the year's work summary (年度工作总结) in it
X
# ...filled in (contact, phone, summary, some figures, one catalogue row in Excel's CRLF) it passes check and collect
cp -r blank/czj inbox/czj
cd inbox/czj
sed -i -e 's/^contact = $/contact = 李明/' -e 's/^phone   = $/phone   = 0439-1234567/' submission.ini
echo '本年度政务公开工作总结。' >summary.txt
sed -i -e 's/^\(t1.rules.issued,.*\),$/\1,2/' -e 's/^\(t1.fees.amount,.*\),$/\1,3.5/' stats.csv
printf 'X-1,政府信息公开指南,政府信息公开指南,2015-01-05,2015-01-06,,\r\n' >>catalog.csv
cd ../..
rm inbox/czj/填报说明.txt
expect_exit 0 "$GK" --lang en check inbox/czj
drop_foreseen
want out <<'X'
inbox/czj: OK, ready to send (1 catalogue row)
X
[ -s err ] && fail "check: $(cat err)"
expect_exit 1 "$GK" --lang en collect
has out 'czj 区财政局: accepted as version 1'
[ "$(sqlite3 gongkai.db "SELECT value FROM stat WHERE code = 't1.fees.amount'")" = 350 ] || fail "fees"
[ "$(sqlite3 gongkai.db "SELECT sum(value) FROM stat")" = 352 ] || fail "blank cells are 0"
# the how-to left in the folder is not a problem either
cp blank/czj/填报说明.txt inbox/czj/
expect_exit 0 "$GK" --lang en check inbox/czj
drop_foreseen
# the shipped how-to, when the repository has one, is what template copies by default
if [ -f "$ROOT/templates/填报说明.txt" ]; then
	expect_exit 0 "$GK" --lang en template --csv --unit sfj -o shipped
	has shipped/sfj/填报说明.txt '每个单位都必须公开 guide、budget、final、sangong'
	has shipped/sfj/填报说明.txt '2015年11月20日前报送'
	has shipped/sfj/填报说明.txt '日期可写 2015-03-05、2015/3/5、2015.03.05 或 2015年3月5日'
	hasnt shipped/sfj/填报说明.txt '11 月 20 日'
	hasnt shipped/sfj/填报说明.txt '2025'
fi
