#!/bin/sh
# Benchmark: `gongkai collect` on province-size inboxes beside SQLite's own
# `.import` of the same catalogue rows into a plain table, same machine, same
# run, in alternating pairs (.import, collect, .import, collect).
#
#   bench/collect.sh [UNITS...]      (default 10000 50000; ROWS=100 catalogue rows a unit)
#
# Prints wall time and peak memory (max RSS) of each, the ratio of the
# medians, then the floor: the unavoidable parts timed alone
# (bench/collect_floor.c).  Record the figures in bench/README.md.
set -eu
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 10000 50000
ROWS=${ROWS:-100}
PAIRS=${PAIRS:-2}
make -s build/gongkai build/bench/gen_province build/bench/collect_floor
W=${BENCH_DIR:-/tmp/gongkai-bench-collect}
. bench/lib.sh
for UNITS in "$@"; do
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
	echo "inbox: $UNITS packages, $rows catalogue rows ($(du -sh "$W/p/inbox" | cut -f1)); $(nproc) cores"
	: >"$W/imp"
	: >"$W/col"
	i=0
	while [ $i -lt "$PAIRS" ]; do
		i=$((i + 1))
		rm -f "$W/import.db" "$W"/p/gongkai.db*
		sync
		# sync before each: no run waits for the previous one's writes to reach the disk
		measure "sqlite3 .import (load $(cut -d' ' -f1 /proc/loadavg))" sqlite3 "$W/import.db" ".import --csv $W/rows.csv catalog"
		cut -d' ' -f1 "$W/time" >>"$W/imp"
		sync
		measure "gongkai collect (load $(cut -d' ' -f1 /proc/loadavg))" build/gongkai -q --config "$W/p/config.ini" collect
		cut -d' ' -f1 "$W/time" >>"$W/col"
	done
	sync
	measure "gongkai collect (unchanged)" build/gongkai -q --config "$W/p/config.ini" collect
	med() { sort -n "$1" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
	echo "  median: .import $(med "$W/imp") s, collect $(med "$W/col") s: collect/.import = $(echo "$(med "$W/col") $(med "$W/imp")" | awk '{ printf "%.2f", $1 / $2 }')"
	echo "  database: $(du -h "$W/p/gongkai.db" | cut -f1); import table: $(du -h "$W/import.db" | cut -f1)"
	# What reading, libcsv, SHA-256, zstd and storing cost by themselves (bench/collect_floor.c).
	sync
	build/bench/collect_floor "$W/p/inbox" "$W/floor.db"
done
