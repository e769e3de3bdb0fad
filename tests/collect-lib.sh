# Helpers for the collect-stage tests (tests/t/1NN-*.sh), sourced after
# tests/lib.sh.  The fixture is tests/fixtures/collect/: a four-unit district
# (z-a town, jd-b street, czj and sfj departments) and one good package.
FIX=$ROOT/tests/fixtures/collect

# district: config.ini, units.csv and an empty inbox in the current folder.
district() {
	cp "$FIX/config.ini" "$FIX/units.csv" . && mkdir -p inbox || fail "district"
}

# pkg CODE [DIR]: a good package for CODE in DIR (default inbox/CODE),
# received 2015-11-18 10:00 (before the deadline).
pkg() {
	d=${2:-inbox/$1}
	mkdir -p "$d" || fail "mkdir $d"
	cp "$FIX/pkg/stats.csv" "$FIX/pkg/catalog.csv" "$FIX/pkg/summary.txt" "$d/" || fail "cp"
	sed "s/^unit    = UNIT/unit    = $1/" "$FIX/pkg/submission.ini" >"$d/submission.ini"
	received "$d" '2015-11-18 10:00'
}

# received DIR 'YYYY-MM-DD HH:MM': set the package's file times (local time).
received() {
	for f in "$1"/*; do touch -h -d "$2" "$f"; done
}

# baseline: the district with all four units collected (exit 0), its dump in before.sql.
baseline() {
	district
	for u in z-a jd-b czj sfj; do pkg $u; done
	expect_exit 0 "$GK" --lang en collect
	sqlite3 gongkai.db .dump | grep -v '^INSERT INTO journal VALUES(' >before.sql
}

# unchanged_but_rejections: the database now holds exactly what before.sql
# held, byte for byte, plus only new attempt rows recording rejections (with their
# problems and files) and rows of the record (journal).
unchanged_but_rejections() {
	sqlite3 gongkai.db .dump >after.sql
	diff before.sql after.sql >dump.diff
	if grep -v '^[0-9]' dump.diff | grep -v '^---' | grep -v "^> INSERT INTO attempt VALUES([0-9]*,[0-9]*,'[^']*','[0-9a-f]*',[0-9]*,'rejected',NULL," |
		grep -v -e '^> INSERT INTO journal VALUES(' -e '^> INSERT INTO attempt_problem VALUES(' -e '^> INSERT INTO attempt_file VALUES(' | grep -q .; then
		cat dump.diff
		fail "stored data changed by a rejected package"
	fi
	[ "$(sqlite3 gongkai.db 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
}

# want FILE <<EOF ... EOF: FILE is exactly the given text.
want() {
	cat >want.txt
	same want.txt "$1"
}

# reject UNIT MESSAGE-LINES...: collect in English rejects UNIT with exactly
# these stderr lines (the others are unchanged), stores nothing, and
# `check` on the folder prints the same lines.
reject() {
	unit=$1; shift
	printf '%s\n' "$@" >want-err.txt
	cp want-err.txt want-collect.txt
	echo 'collect: 0 accepted, 3 unchanged, 1 rejected, 0 missing' >>want-collect.txt
	expect_exit 1 "$GK" --lang en collect
	same want-collect.txt err
	n=$(grep -c '^error: ' want-err.txt)
	if [ $n -eq 1 ]; then p="1 problem"; else p="$n problems"; fi
	grep -F "$unit " out | grep -qF ": rejected, $p (see above)" || { cat out; fail "no rejection line for $unit"; }
	[ "$(grep -c ': unchanged (version 1)' out)" -eq 3 ] || { cat out; fail "others not unchanged"; }
	unchanged_but_rejections
	# check: the same verdict, the same lines, nothing stored
	sum=$(dbsum gongkai.db)
	expect_exit 1 "$GK" --lang en check "./inbox/$unit"
	same want-err.txt err
	[ "$(dbsum gongkai.db)" = "$sum" ] || fail "check changed the database"
	# collecting the same bad package again records nothing more
	expect_exit 1 "$GK" --lang en collect
	same want-collect.txt err
	unchanged_but_rejections
	[ "$(sqlite3 gongkai.db "SELECT count(*) FROM attempt WHERE outcome = 'rejected'")" -eq 1 ] || fail "rejection logged twice"
}
