# An impossible date (2015-02-30) and a date in no accepted form.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i -e 's/,2015-02-10,2015-02-12,http:..example.gov.cn.2.html/,2015-02-30,2015-02-12,http:\/\/example.gov.cn\/2.html/' \
	-e 's/,2015-07-21,/,21.07.2015,/' inbox/czj/catalog.csv
reject czj \
	'error: ./inbox/czj/catalog.csv:3: formed_on: "2015-02-30" is not a real day; check the month and the day' \
	'error: ./inbox/czj/catalog.csv:4: published_on: "21.07.2015" is not a date; write 2015-03-05, 2015/3/5, 2015.03.05 or 2015年3月5日'
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/catalog.csv:3: formed_on: “2015-02-30”这一天不存在；请核对月和日
错误：inbox/czj/catalog.csv:4: published_on: “21.07.2015”不是日期；请写成 2015-03-05、2015/3/5、2015.03.05 或 2015年3月5日
X
