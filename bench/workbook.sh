#!/bin/sh
# Benchmark: `gongkai collect` on a province in the workbook form (报送表.xlsx
# and a .docx summary per unit) beside the same province in the CSV form,
# same machine, same run, each into its own fresh database.
#
#   bench/workbook.sh [UNITS [ROWS]]      (defaults 10000 units × 100 catalogue rows)
#
# Prints wall time and peak memory (max RSS) of each, the ratio, and peak
# memory at a quarter of the units (memory must stay flat in the number of
# packages), and the floor: the CPU time libzip and expat alone take over
# the parts collect reads (bench/workbook_floor.c).  Record the figures in
# bench/README.md.
set -eu
cd "$(dirname "$0")/.."
UNITS=${1:-10000}
ROWS=${2:-100}
make -s ${BENCH_BUILD:-build}/gongkai ${BENCH_BUILD:-build}/bench/gen_province ${BENCH_BUILD:-build}/bench/to_workbooks \
	${BENCH_BUILD:-build}/bench/workbook_floor
B=${BENCH_BUILD:-build}
W=${BENCH_DIR:-/tmp/gongkai-bench-workbook}
rm -rf "$W"
mkdir -p "$W"
"$B/bench/gen_province" "$W/csv" "$UNITS" "$ROWS" >/dev/null
cp -a "$W/csv" "$W/wb"
# convert in two halves in parallel (the machine has two cores); then the summaries
(cd "$W/wb/inbox" && ls) >"$W/units"
conv() { sed -n "$1" "$W/units" | sed "s|^|$W/wb/inbox/|" | xargs "$B/bench/to_workbooks" "$W/wb/config.ini"; }
half=$((UNITS / 2))
conv "1,${half}p" & conv "$((half + 1)),\$p"
wait
sed "s|^|$W/wb/inbox/|" "$W/units" | xargs /usr/bin/python3 bench/txt2docx_all.py
[ "$(ls "$W"/wb/inbox/*/报送表.xlsx | wc -l)" -eq "$UNITS" ] || { echo "conversion incomplete" >&2; exit 1; }
sync

. bench/lib.sh
echo "$UNITS packages × $ROWS catalogue rows: CSV form $(du -sh "$W/csv/inbox" | cut -f1), workbook form $(du -sh "$W/wb/inbox" | cut -f1); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in 1 2; do
	echo "round $round"
	LABEL_INDENT="  "
	sync
	timed "collect, CSV form" "$B/gongkai" -q --config "$W/csv/config.ini" collect
	csv=$wall
	sync
	timed "collect, workbook form" "$B/gongkai" -q --config "$W/wb/config.ini" collect
	wb=$wall
	echo "  workbook / CSV: $(echo "$wb $csv" | awk '{ printf "%.2f", $1 / $2 }')×   (load $(cut -d' ' -f1-3 /proc/loadavg))"
	rm -f "$W/csv/gongkai.db" "$W/wb/gongkai.db"
done
# the least any reading of the workbook form costs with libzip and expat (bench/workbook_floor.c)
"$B/bench/workbook_floor" "$W/wb/inbox"
# memory flat in the number of packages: the same collect on a quarter of the inbox
q=$((UNITS / 4))
mkdir -p "$W/wbq/inbox"
cp "$W/wb/config.ini" "$W/wb/findings.csv" "$W/wbq/"
head -n "$q" "$W/units" | while read -r u; do cp -a "$W/wb/inbox/$u" "$W/wbq/inbox/"; done
# its roster: those units only (a unit of the roster without a package makes collect exit 1)
head -n "$q" "$W/units" | sed 's/$/,/' >"$W/units.q"
{ head -1 "$W/wb/units.csv"; grep -F -f "$W/units.q" "$W/wb/units.csv"; } >"$W/wbq/units.csv"
sync
measure "collect, workbook form, $q units" "$B/gongkai" -q --config "$W/wbq/config.ini" collect
