# A package whose submission.ini names another unit: one unit can never
# write another's data; neither unit's stored data changes.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i 's/^unit    = czj/unit    = sfj/' inbox/czj/submission.ini
reject czj \
	'error: ./inbox/czj/submission.ini: [submission] unit: the package names unit "sfj" but sits in folder "czj"; a unit may only send its own package'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/submission.ini: [submission] unit: 报送包写的单位是“sfj”，却放在文件夹“czj”里；单位只能报送本单位的报送包
X
