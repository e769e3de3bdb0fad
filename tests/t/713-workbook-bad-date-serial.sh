# Impossible dates as Excel serials: 60 (1900-02-29, which Excel counts) and one past 9999-12-31.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit cat E3 n 60 cat D4 n 3000000
reject czj \
	'error: ./inbox/czj/报送表.xlsx: 公开目录!E3: 发布日期: day number 60 is 1900-02-29, a day that does not exist; check the date' \
	'error: ./inbox/czj/报送表.xlsx: 公开目录!D4: 成文日期: 3000000 is not a day number Excel can show as a date; type the date as 2025-03-05'
