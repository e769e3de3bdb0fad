# The sheet 公开目录 is missing (renamed).
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
wbedit renamesheet 公开目录 目录
reject czj \
	"error: ./inbox/czj/报送表.xlsx: the workbook has no sheet named 公开目录; keep the template's 公开目录 sheet and list there what was published"
