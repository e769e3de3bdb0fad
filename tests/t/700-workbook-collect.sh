# The workbook form: a folder with 报送表.xlsx and a .docx summary is read
# into exactly what the CSV form gives (stats, catalogue rows, contact,
# phone, summary text), stored as a new version with both files' exact
# bytes and SHA-256, and collecting it again changes nothing.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
expect_exit 0 "$GK" --lang en check inbox/czj
has out 'inbox/czj: OK, ready to send (4 catalogue rows)'
hasnt err 'error'
expect_exit 0 "$GK" --lang en collect
has out 'czj 区财政局: accepted as version 2, 0 days late'
q() { sqlite3 gongkai.db "$1"; }
# the same figures, rows and text as version 1 (the CSV form of the same package)
[ "$(q "SELECT stats FROM package WHERE unit='czj' AND version=2")" = "$(q "SELECT stats FROM package WHERE unit='czj' AND version=1")" ] || fail "stats differ"
for col in contact phone summary received; do
	[ "$(q "SELECT $col FROM package WHERE unit='czj' AND version=2")" = "$(q "SELECT $col FROM package WHERE unit='czj' AND version=1")" ] || fail "$col differs"
done
rows() { q "SELECT line, index_no, title, category, formed_on, published_on, url, chars FROM catalog WHERE package_id=(SELECT id FROM package WHERE unit='czj' AND version=$1) ORDER BY line"; }
[ "$(rows 2)" = "$(rows 1)" ] || { rows 1; rows 2; fail "catalogue rows differ"; }
# both files stored byte for byte with their SHA-256; nothing else
q "SELECT name, sha256, encoding FROM package_file WHERE package_id=(SELECT id FROM package WHERE unit='czj' AND version=2) ORDER BY name" >files
cat >want-files <<X
年度工作总结.docx|$(sha256sum <"$WFIX/年度工作总结.docx" | cut -d' ' -f1)|binary
报送表.xlsx|$(sha256sum <"$WFIX/报送表.xlsx" | cut -d' ' -f1)|binary
X
sort want-files >w1; sort files >w2; same w1 w2
# stored as one zstd frame of exactly the file (the compressed form of every stored file)
[ "$(q "SELECT compression FROM package_file WHERE name='报送表.xlsx'")" = zstd ] || fail "workbook not stored compressed"
q "SELECT writefile('stored.xlsx.zst', bytes) FROM package_file WHERE name='报送表.xlsx'" >/dev/null
zstd -q -d -c stored.xlsx.zst >stored.xlsx || fail "the stored workbook is not a zstd frame"
same "$WFIX/报送表.xlsx" stored.xlsx
# unchanged the second time
expect_exit 0 "$GK" --lang en collect
has out 'czj 区财政局: unchanged (version 2)'
# a lock file of Excel (~$报送表.xlsx) and the CSV how-to are ignored
printf 'lock' >'inbox/czj/~$报送表.xlsx'
expect_exit 0 "$GK" --lang en check inbox/czj
# summary.txt instead of the .docx is the workbook form too
rm inbox/czj/年度工作总结.docx 'inbox/czj/~$报送表.xlsx'
cp "$FIX/pkg/summary.txt" inbox/czj/
expect_exit 0 "$GK" --lang en check inbox/czj

# verify knows the workbook form: both files of version 2 match their SHA-256 and the digest
expect_exit 0 "$GK" --lang en verify
want err <<'X'
verify: the database is sound; all 18 stored files of 5 versions match their SHA-256
X
# a sound frame of other bytes of the same length (stored files are zstd frames)
cp "$WFIX/报送表.xlsx" changed.xlsx && printf 'Z' | dd of=changed.xlsx bs=1 seek=100 conv=notrunc 2>/dev/null
zstd -q -c changed.xlsx >changed.zst
sqlite3 gongkai.db "UPDATE package_file SET bytes = readfile('changed.zst') WHERE name = '报送表.xlsx'"
expect_exit 1 "$GK" --lang en verify
has err 'czj, year 2015, version 2: 报送表.xlsx: the stored bytes no longer match their SHA-256'
