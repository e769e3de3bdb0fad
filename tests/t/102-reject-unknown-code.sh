# A stats code that is not in the national form rejects the package with
# file, line and column, and its real code is then missing too; English and
# Chinese lines; what was stored before is unchanged.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i 's/^t1.rules.repealed,/t1.rules.repeald,/' inbox/czj/stats.csv
reject czj \
	'error: ./inbox/czj/stats.csv:3: code: unknown stats code "t1.rules.repeald"; use the codes in the template'"'"'s stats.csv' \
	'error: ./inbox/czj/stats.csv: code: code "t1.rules.repealed" (规章：本年废止件数) is missing; every code of the template needs a row'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/stats.csv:3: code: 未知的统计编码“t1.rules.repeald”；请使用模板 stats.csv 里的编码
错误：inbox/czj/stats.csv: code: 缺少编码“t1.rules.repealed”（规章：本年废止件数）；模板里的每个编码都要有一行
X
