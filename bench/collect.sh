#!/bin/sh
# Benchmark: `gongkai collect` on a province-size inbox beside SQLite's own
# `.import` of the same catalogue rows into a plain table, same machine, same run.
#
#   bench/collect.sh [UNITS [ROWS]]      (defaults 10000 units × 100 rows = 1,000,000 rows)
#
# Prints wall time and peak memory (max RSS) of each, then the floor: the
# unavoidable parts timed alone (bench/collect_floor.c).  Record the figures
# in bench/README.md.
set -eu
cd "$(dirname "$0")/.."
UNITS=${1:-10000}
ROWS=${2:-100}
make -s build/gongkai build/bench/gen_province build/bench/collect_floor
W=${BENCH_DIR:-/tmp/gongkai-bench-collect}
rm -rf "$W"
mkdir -p "$W"
build/bench/gen_province "$W/p" "$UNITS" "$ROWS" >/dev/null
# The same catalogue rows, one CSV with one header, for .import.
{
	head -n 1 "$W/p/inbox/u00000/catalog.csv"
	for f in "$W"/p/inbox/*/catalog.csv; do tail -n +2 "$f"; done
} >"$W/rows.csv"
rows=$(($(wc -l <"$W/rows.csv") - 1))
sync

. bench/lib.sh

echo "inbox: $UNITS packages, $rows catalogue rows ($(du -sh "$W/p/inbox" | cut -f1)); $(nproc) cores"
# sync before each: no run waits for the previous one's writes to reach the disk
measure "sqlite3 .import (rows only)" sqlite3 "$W/import.db" ".import --csv $W/rows.csv catalog"
sync
measure "gongkai collect (first run)" build/gongkai -q --config "$W/p/config.ini" collect
sync
measure "gongkai collect (unchanged)" build/gongkai -q --config "$W/p/config.ini" collect
echo "database: $(du -h "$W/p/gongkai.db" | cut -f1); import table: $(du -h "$W/import.db" | cut -f1)"
# What reading, libcsv, SHA-256 and storing the bytes and rows cost by themselves (bench/collect_floor.c).
sync
build/bench/collect_floor "$W/p/inbox" "$W/floor.db"
