# Every problem of a package is reported at once, across all its files, also
# when one file is missing or not a regular file; nothing is stored.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
rm inbox/czj/summary.txt
mkdir inbox/czj/summary.txt
sed -i 's/^year    = 2015/year    = 2014/' inbox/czj/submission.ini
sed -i -e 's/^\(t1.rules.issued,[^,]*\),.*/\1,-3/' -e '/^work.staff,/d' inbox/czj/stats.csv
sed -i -e 's/,sangong,/,三公,/' -e 's/,2015-07-21,/,2015-02-29,/' inbox/czj/catalog.csv
reject czj \
	'error: ./inbox/czj/summary.txt: not a regular file; put a plain file in the folder' \
	'error: ./inbox/czj/submission.ini: [submission] year: the package is for 2014 but this collection is for 2015; send the 2015 package' \
	'error: ./inbox/czj/stats.csv:2: value: "-3" is negative; write a number 0 or more' \
	'error: ./inbox/czj/stats.csv: code: code "work.staff" (政务公开专职工作人员数) is missing; every code of the template needs a row' \
	'error: ./inbox/czj/catalog.csv:4: published_on: "2015-02-29" is not a real day; check the month and the day' \
	'error: ./inbox/czj/catalog.csv:5: category: "三公" is not a category; use a code such as budget or its Chinese name such as 部门预算'
