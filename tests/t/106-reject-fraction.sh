# A fraction in a count; more than 2 decimals in the fee amount.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sed -i -e 's/^\(t1.rules.issued,[^,]*\),.*/\1,2.5/' -e 's/^\(t1.fees.amount,[^,]*\),.*/\1,12.345/' inbox/czj/stats.csv
reject czj \
	'error: ./inbox/czj/stats.csv:2: value: "2.5" is a fraction; a count is a whole number such as 12' \
	'error: ./inbox/czj/stats.csv:11: value: "12.345" has more than 2 decimals; write the amount in 万元 such as 12.50'
