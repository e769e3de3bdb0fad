# A stats code left out: the code and its Chinese label are named.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i '/^t4.review.upheld,/d' inbox/czj/stats.csv
reject czj \
	'error: ./inbox/czj/stats.csv: code: code "t4.review.upheld" (表四 行政复议｜结果维持) is missing; every code of the template needs a row'
