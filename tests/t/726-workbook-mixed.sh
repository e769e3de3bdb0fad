# A workbook beside a stats.csv (mixed forms).
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
cp "$FIX/pkg/stats.csv" inbox/czj/; received inbox/czj '2015-11-18 10:00'
reject czj \
	'error: ./inbox/czj: the folder mixes the workbook form (报送表.xlsx) and the CSV form (stats.csv); send the workbook and the summary only'
