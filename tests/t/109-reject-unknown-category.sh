# A category that is neither a code nor a Chinese name.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i 's/,sangong,/,三公经费,/' inbox/czj/catalog.csv
reject czj \
	'error: ./inbox/czj/catalog.csv:5: category: "三公经费" is not a category; use a code such as budget or its Chinese name such as 部门预算'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/catalog.csv:5: category: “三公经费”不是公开类别；请填写 budget 这样的编码或“部门预算”这样的中文名称
X
# a blank category is named as such, not as ""
sed -i 's/,三公经费,/,,/' inbox/czj/catalog.csv
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj/catalog.csv:5: category: the category is empty; use a code such as budget or its Chinese name such as 部门预算
X
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/catalog.csv:5: category: 类别为空；请填写 budget 这样的编码或“部门预算”这样的中文名称
X
