# [limits] file_mib: a package file over the limit is rejected before it is
# read, naming the limit; every other package is still collected (exit 1,
# not 2); check says the same; nothing stored changes.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
limit file_mib 1
sum=$(archive_sum gongkai.db)
# 1.6 MiB of good catalogue rows
{ head -1 inbox/czj/catalog.csv; yes 'x,标题,budget,2015-01-05,2015-01-06,,' | head -n 40000; } >inbox/czj/catalog.csv.new
mv inbox/czj/catalog.csv.new inbox/czj/catalog.csv
received inbox/czj '2015-11-18 10:00'
pkg sfj && echo '# changed' >>inbox/sfj/summary.txt && received inbox/sfj '2015-11-18 11:00'
expect_exit 1 "$GK" --lang en collect
size=$(stat -c %s inbox/czj/catalog.csv)
mib=$(awk "BEGIN { printf \"%.1f\", $size / 1048576 }")
want err <<X
error: ./inbox/czj/catalog.csv: the file is $mib MiB, more than the 1 MiB a package file may have ([limits] file_mib); send only the year's data
collect: 1 accepted, 2 unchanged, 1 rejected, 0 missing
X
has out 'czj 区财政局: rejected, 1 problem (see above)'
has out 'sfj 区司法局: accepted as version 2, 0 days late'
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM package WHERE unit = 'czj'")" -eq 1 ] || fail "czj stored"
[ "$(sqlite3 gongkai.db "SELECT length(messages) < 400 FROM attempt WHERE unit = 'czj' AND outcome = 'rejected'")" = 1 ] || fail "message stored"
# check agrees, in both languages, and stores nothing
sum=$(archive_sum gongkai.db)
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<X
error: inbox/czj/catalog.csv: the file is $mib MiB, more than the 1 MiB a package file may have ([limits] file_mib); send only the year's data
X
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<X
错误：inbox/czj/catalog.csv: 文件大小为 $mib MiB，超过报送包单个文件允许的 1 MiB（[limits] file_mib）；请只报送本年度的数据
X
[ "$(archive_sum gongkai.db)" = "$sum" ] || fail "check changed the archive"
# the same file under the default limit (64 MiB) is read and judged row by row
sed -i '/^file_mib = 1$/d' config.ini
expect_exit 0 "$GK" --lang en check inbox/czj
# without config.ini, check applies the default limits too
mkdir unit && cp -r inbox/czj unit/ && cd unit
head -c 67108865 /dev/zero | tr '\0' 'a' >czj/summary.txt
expect_exit 1 "$GK" --lang en check czj
want err <<'X'
warning: no config.ini here: the unit code and year are not compared with the roster
error: czj/summary.txt: the file is 64.0 MiB, more than the 64 MiB a package file may have ([limits] file_mib); send only the year's data
X
