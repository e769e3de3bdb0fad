# Helpers for the faults tests (tests/t/6NN-*.sh), sourced after tests/lib.sh
# and tests/collect-lib.sh.

# archive_sum DB: the database's dump and every stored file's bytes, written
# out and hashed one by one: equal sums mean nothing stored was changed.
archive_sum() {
	rm -rf .files && mkdir .files
	sqlite3 "$1" "SELECT writefile('.files/' || package_id || '-' || name, bytes) FROM package_file" >/dev/null
	{ dbsum "$1"; (cd .files && sha256sum * 2>/dev/null | sort -k2); } | sha256sum | cut -d' ' -f1
	rm -rf .files
}

# limit KEY VALUE: set [limits] KEY in ./config.ini (replacing it, appending the section if needed).
limit() {
	grep -q '^\[limits\]' config.ini || printf '\n[limits]\n' >>config.ini
	sed -i -e "/^$1 = /d" -e "/^\[limits\]/a $1 = $2" config.ini
}
