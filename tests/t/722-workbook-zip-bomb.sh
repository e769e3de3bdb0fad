# A ZIP bomb: the 表三 sheet expands to 200 MiB from about 200 KB, once with
# honest sizes and once declaring 1,000 bytes.  Rejected with the part
# named, nothing stored, and memory stays bounded (read in 64 KiB chunks,
# counted, stopped at the declared size or 64 MiB).
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
for lie in "" --lie; do
	$PY "$ROOT/tests/tools/zip_bomb.py" $lie "$WFIX/报送表.xlsx" inbox/czj/报送表.xlsx xl/worksheets/sheet4.xml 200 || fail "zip_bomb.py"
	[ "$(wc -c <inbox/czj/报送表.xlsx)" -lt 400000 ] || fail "the bomb is not small"
	received inbox/czj '2015-11-18 10:00'
	if [ -z "$lie" ]; then
		reject czj \
			'error: ./inbox/czj/报送表.xlsx: xl/worksheets/sheet4.xml: the part expands beyond 64 MiB; that is not a real workbook or document, the file is refused'
	else
		expect_exit 1 "$GK" --lang en check inbox/czj
		want err <<'X'
error: inbox/czj/报送表.xlsx: xl/worksheets/sheet4.xml: the part expands beyond 64 MiB; that is not a real workbook or document, the file is refused
X
	fi
	# peak memory of check on the bomb (maximum resident set, KB): far below the 200 MiB it expands to
	/usr/bin/time -f '%M' -o rss "$GK" --lang en check inbox/czj >/dev/null 2>&1
	limit=65536; [ -n "$GONGKAI_SANITIZED" ] && limit=262144
	[ "$(tail -n 1 rss)" -lt $limit ] || fail "check used $(tail -n 1 rss) KB on a ZIP bomb"
done
