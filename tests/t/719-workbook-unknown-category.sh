# An unknown category on 公开目录.
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit cat C3 s 财务信息
reject czj \
	'error: ./inbox/czj/报送表.xlsx: 公开目录!C3: 类别: "财务信息" is not a category; use a code such as budget or its Chinese name such as 部门预算'
