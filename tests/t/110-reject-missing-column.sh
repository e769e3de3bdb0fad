# A required column missing from the header (published_on in catalog.csv,
# value in stats.csv): named in English and Chinese.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i '1s/,published_on,/,published,/' inbox/czj/catalog.csv
reject czj \
	'warning: ./inbox/czj/catalog.csv:1: published: unknown column "published" is ignored' \
	'error: ./inbox/czj/catalog.csv:1: column "published_on" (发布日期) is missing from the header; add it'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
警告：inbox/czj/catalog.csv:1: published: 未知列“published”，已忽略
错误：inbox/czj/catalog.csv:1: 表头缺少列“published_on”（发布日期）；请补上
X
