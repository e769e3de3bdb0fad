# Shared helpers for tests/t/*.sh (sourced).  Environment from tests/run.sh:
# ROOT (the repo), BUILD (build folder), GK (the binary under test).
# Every test works in its own fresh folder $T, removed on success.
set -u
T=$(mktemp -d "${TMPDIR:-/tmp}/gongkai-test.XXXXXX")
cd "$T" || exit 2
trap 'rc=$?; [ $rc -eq 0 ] && rm -rf "$T"; exit $rc' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# sample DIR: a fresh copy of the shipped sample district with received times applied.
sample() {
	cp -r "$ROOT/sample" "$1"
	chmod -R u+w "$1"
	# the sample as shipped: not the archive scripts/demo.sh leaves in sample/ (config.ini's database)
	find "$1" \( -name '*.db' -o -name '*.db-journal' -o -name '*.db.lock' \) -type f -delete
	sh "$1/set-received-times.sh"
}

# expect_exit N CMD...: run CMD, stdout to out, stderr to err; require exit status N.
expect_exit() {
	want=$1; shift
	"$@" >out 2>err
	got=$?
	[ "$got" -eq "$want" ] || { echo "--- stdout"; cat out; echo "--- stderr"; cat err; fail "exit $got, wanted $want: $*"; }
}

# has FILE TEXT: FILE contains the line-fragment TEXT (fixed string).
has() { grep -qF -- "$2" "$1" || { echo "--- $1"; cat "$1"; fail "\"$2\" not in $1"; }; }
hasnt() { ! grep -qF -- "$2" "$1" || { echo "--- $1"; cat "$1"; fail "\"$2\" unexpectedly in $1"; }; }
# same FILE1 FILE2: byte-identical.
same() { cmp -s "$1" "$2" || { diff -u "$1" "$2" | head -60; fail "$1 and $2 differ"; }; }
# dbsum DB: a digest of every table's content but the record (journal, which every
# changing command appends to), to prove nothing changed; dbsum_all includes the record.
dbsum() { sqlite3 "$1" .dump | grep -v '^INSERT INTO journal VALUES(' | sha256sum | cut -d' ' -f1; }
dbsum_all() { sqlite3 "$1" .dump | sha256sum | cut -d' ' -f1; }

# drop_foreseen: remove check's foreseen-deduction notes (tests/t/835-check-warnings.sh tests them)
# from out and err, for the tests about everything else check says.
drop_foreseen() {
	sed -i -e '/^note: .* points would be lost$/d' -e '/^提示：.*预计扣 .* 分$/d' \
		-e '/^note: without config.ini the unit/d' -e '/^提示：没有 config.ini，不知道本单位的职责/d' err
	sed -i -e '/deductions\{0,1\} foreseen (see above); the package can still be sent$/d' -e '/：预计有 [0-9]* 项扣分（见上），报送包仍可报送$/d' out
}
