# Stored bytes compressed (collect/package.c package_pack, common/compress.c):
# every stored file is one zstd frame of exactly the file, with the file's own
# SHA-256 and size beside it, and the four files of a package take well under
# a third of their size; verify expands them (store_file_bytes); a damaged
# frame, a wrong size or an unknown compression is named by verify; a database
# written before compression (bytes as read, no compression column) migrates:
# its rows stay as they were and still verify, new versions are compressed.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
command -v zstd >/dev/null || fail "zstd missing (scripts/install-deps.sh --test)"
q() { sqlite3 gongkai.db "$1"; }
baseline
[ "$(q "SELECT count(*) FROM package_file WHERE compression = 'zstd'")" -eq 16 ] || fail "not every file compressed"
for u in z-a czj; do
	for f in submission.ini stats.csv catalog.csv summary.txt; do
		q "SELECT writefile('got.zst', bytes) FROM package_file JOIN package ON id = package_id WHERE unit = '$u' AND name = '$f'" >/dev/null
		zstd -q -d -c got.zst > got || fail "$u $f: not a zstd frame"
		cmp -s got "inbox/$u/$f" || fail "$u $f: the stored frame is not the file"
		[ "$(q "SELECT size || ' ' || sha256 FROM package_file JOIN package ON id = package_id WHERE unit = '$u' AND name = '$f'")" = \
			"$(wc -c < "inbox/$u/$f") $(sha256sum < "inbox/$u/$f" | cut -d' ' -f1)" ] || fail "$u $f: size or SHA-256 not the file's"
	done
done
[ "$(q "SELECT 3 * sum(length(bytes)) < sum(size) FROM package_file")" = 1 ] || fail "stored bytes not a third of the files"
expect_exit 0 "$GK" --lang en verify
has err "all 16 stored files of 4 versions match their SHA-256"

# damage: a cut frame, a size that does not match, an unknown compression
cp gongkai.db good.db
q "UPDATE package_file SET bytes = substr(bytes, 1, length(bytes) - 5) WHERE name = 'stats.csv' AND package_id = (SELECT id FROM package WHERE unit = 'czj')"
q "UPDATE package_file SET size = size + 1 WHERE name = 'summary.txt' AND package_id = (SELECT id FROM package WHERE unit = 'sfj')"
q "UPDATE package_file SET compression = 'lz4' WHERE name = 'catalog.csv' AND package_id = (SELECT id FROM package WHERE unit = 'z-a')"
expect_exit 1 "$GK" --lang en verify
has err "czj, year 2015, version 1: stats.csv: the stored bytes cannot be read"
has err "sfj, year 2015, version 1: summary.txt: the stored bytes cannot be read"
has err "z-a, year 2015, version 1: catalog.csv: the stored bytes cannot be read"
has err "3 damaged versions"
hasnt err "jd-b"

# a database written before compression: bytes as read, no compression or size column
cp good.db gongkai.db
steps=$(q 'PRAGMA user_version')
for f in submission.ini stats.csv catalog.csv summary.txt; do
	for u in z-a jd-b czj sfj; do
		q "SELECT writefile('old.zst', bytes) FROM package_file JOIN package ON id = package_id WHERE unit = '$u' AND name = '$f'" >/dev/null
		zstd -q -d -c old.zst > old.raw
		q "UPDATE package_file SET bytes = readfile('old.raw') WHERE name = '$f' AND package_id = (SELECT id FROM package WHERE unit = '$u')"
	done
done
q "ALTER TABLE package_file DROP COLUMN compression; ALTER TABLE package_file DROP COLUMN size; PRAGMA user_version = $((steps - 1))"
q "SELECT hex(bytes) FROM package_file ORDER BY package_id, name" > old-bytes
echo '# v2' >> inbox/czj/summary.txt
received inbox/czj '2015-11-19 10:00'
expect_exit 0 "$GK" --lang en collect
has out "czj 区财政局: accepted as version 2"
[ "$(q 'PRAGMA user_version')" = "$steps" ] || fail "not migrated"
[ "$(q "SELECT count(*) FROM package_file WHERE compression = ''")" -eq 16 ] || fail "old rows not kept as they were"
q "SELECT hex(bytes) FROM package_file WHERE compression = '' ORDER BY package_id, name" > kept-bytes
same kept-bytes old-bytes
[ "$(q "SELECT count(*) FROM package_file f JOIN package p ON p.id = f.package_id WHERE p.unit = 'czj' AND p.version = 2 AND f.compression = 'zstd'")" -eq 4 ] ||
	fail "the new version not compressed"
expect_exit 0 "$GK" --lang en verify
has err "all 20 stored files of 5 versions match their SHA-256"
exit 0
