# Last year's figures are read from the archive for only the codes the
# checks use, 16 to a query (score/previous.c): with 19 codes in [rubric]
# yoy_codes, 28 codes are read (7 of Table 3's 结转下年度, 2 of 现行有效, 19),
# so the last code of the list comes from the second query.  z-qs's
# 行政许可 decisions go from 20 (2024) to 200 and its 行政强制 decisions,
# the 19th code, from 30 to 3: both are flagged with both years' values;
# the other codes are under yoy_min (10) last year and are not.
. "$ROOT/tests/lib.sh"
. "$ROOT/tests/years-lib.sh"

year_folder 2024 2024 ../gongkai.db z-qs
year_folder 2025 2025 ../gongkai.db z-qs
setv() { sed -i "s/^$2,\(.*\),[0-9]*\$/$2,\1,$3/" "$1/inbox/z-qs/stats.csv"; grep -q "^$2,.*,$3\$" "$1/inbox/z-qs/stats.csv" || fail "setv $*"; }
setv 2024 t1.license.decisions 20
setv 2024 t1.coercion.decisions 30
setv 2025 t1.license.decisions 200
setv 2025 t1.coercion.decisions 3
touch -d '2024-11-13 16:05' 2024/inbox/z-qs/*
touch -d '2025-11-13 16:05' 2025/inbox/z-qs/*
codes="t1.license.decisions, t3.new.natural, t3.new.business, t3.new.research, t3.new.public_interest, t3.new.legal"
codes="$codes, t3.new.org_other, t3.carried.natural, t3.carried.business, t3.carried.research, t3.carried.public_interest"
codes="$codes, t3.carried.legal, t3.carried.org_other, t3.carried.total, t3.open.natural, t3.open.business"
codes="$codes, t3.open.research, t3.open.public_interest, t1.coercion.decisions"
for y in 2024 2025; do printf '\n[rubric]\nyoy_codes = %s\n' "$codes" >>$y/config.ini; done
cd 2024 || exit 1
expect_exit 0 "$GK" -q collect
expect_exit 0 "$GK" -q score
cd ../2025 || exit 1
expect_exit 0 "$GK" -q collect
expect_exit 0 "$GK" --lang zh_CN -q score --unit z-qs
has out '同比异常：“行政许可：本年处理决定数量”本年 200、上年 20，为上年的 10.00 倍'
has out '同比异常：“行政强制：本年处理决定数量”本年 3、上年 30，为上年的 0.10 倍'
[ "$(grep -c '同比异常：“' out)" = 2 ] || fail "want exactly two flags: $(grep '同比异常' out)"
# the checks that read last year's Table 3 and 现行有效 were made (their codes are in the first query)
hasnt out '无上年数据'
