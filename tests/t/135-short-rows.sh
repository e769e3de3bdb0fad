# Rows with fewer fields than the header (a row cut short in an editor):
# the missing cells read as blank; no crash, every problem named.  (These
# once crashed collect: trimming a missing cell wrote into a constant "".)
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
echo 'X-2015-0009' >>inbox/czj/catalog.csv
reject czj \
	'error: ./inbox/czj/catalog.csv:6: title: the title is empty; give the item'"'"'s title as published' \
	'error: ./inbox/czj/catalog.csv:6: category: the category is empty; use a code such as budget or its Chinese name such as 部门预算' \
	'error: ./inbox/czj/catalog.csv:6: published_on: the publication date is missing; write it as 2015-03-05'
# a stats row with its code only: the value is blank, which reads as 0
pkg czj
sed -i 's/^\(t1.rules.issued\),.*/\1/' inbox/czj/stats.csv
expect_exit 0 "$GK" --lang en collect
has out 'czj 区财政局: accepted as version 2, 0 days late'
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM package WHERE unit = 'czj'")" -eq 2 ] || fail "version 2"
[ "$(sqlite3 gongkai.db "SELECT s.value FROM stat s JOIN package p ON p.id = s.package_id WHERE p.unit = 'czj' AND p.version = 2 AND s.code = 't1.rules.issued'")" = 0 ] || fail "blank value is 0"
