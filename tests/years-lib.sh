# Helpers for the years tests (tests/t/5NN-*.sh), sourced after tests/lib.sh.

# year_folder DIR YEAR DB UNIT...: a year's folder DIR (config.ini with
# database = DB, units.csv, inbox) made of the shipped sample's packages of
# UNIT..., every "2025" in their files and received times turned into YEAR
# (the sample is of 2025).  The roster is those units' sample rows.
year_folder() {
	dir=$1 yr=$2 db=$3; shift 3
	mkdir -p "$dir/inbox"
	head -1 "$ROOT/sample/units.csv" >"$dir/units.csv"
	for u in "$@"; do
		grep "^$u," "$ROOT/sample/units.csv" >>"$dir/units.csv" || fail "year_folder: no unit $u"
		if [ -d "$ROOT/sample/inbox/$u" ]; then
			mkdir "$dir/inbox/$u"
			for f in "$ROOT/sample/inbox/$u"/*; do
				sed "s/2025/$yr/g" "$f" >"$dir/inbox/$u/$(basename "$f")"
			done
			when=$(grep "^$u," "$ROOT/sample/received.csv" | cut -d, -f2 | sed "s/2025/$yr/")
			touch -d "$when" "$dir/inbox/$u"/*
		fi
	done
	cat >"$dir/config.ini" <<EOC
[district]
name   = 明川区
office = 明川区人民政府办公室
year   = $yr

[paths]
roster   = units.csv
inbox    = inbox
findings = findings.csv
database = $db
report   = report.pdf
export   = scores.csv

[collect]
deadline = $yr-11-20

[calendar]
holidays = $yr-01-01, $yr-10-01..$yr-10-07
workdays =
EOC
}

# year_rows DB YEAR: every row of every table with a column `year` (every
# table of per-year data), of YEAR, as SQL text; the tables are listed too.
year_rows() {
	for t in $(sqlite3 "$1" "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
		WHERE m.type = 'table' AND c.name = 'year' ORDER BY m.name"); do
		echo "-- $t"
		sqlite3 "$1" ".mode insert $t" "SELECT * FROM $t WHERE year = $2 ORDER BY 1, 2, 3"
	done
}
