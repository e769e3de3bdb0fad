#!/bin/sh
# Benchmark: peak memory of `gongkai report` as the number of units grows,
# with the scorecards in volumes ([report] cards_per_volume, default 2,000;
# report/volumes.c).  For each size the province comes from
# build/bench/gen_province (100 catalogue rows a unit, about 4–5 scorecard
# pages each), collected and scored once and kept in $BENCH_DIR; the script
# then times `report` and prints wall time, peak memory (max RSS), the files
# written and their pages.  Memory should be flat: within 1.2× of the
# 2,000-unit peak at every size.
#
#   bench/report_volumes.sh [UNITS...]      (default 2000 10000 50000)
set -eu
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 2000 10000 50000
make -s build/gongkai build/bench/gen_province >/dev/null
W=${BENCH_DIR:-/tmp/gongkai-bench-volumes}
mkdir -p "$W"
LABEL_WIDTH=30
. bench/lib.sh
for u in "$@"; do
	p=$W/p$u
	if [ ! -f "$p/scored" ]; then
		rm -rf "$p"
		build/bench/gen_province "$p" "$u" 100 >/dev/null
		build/gongkai -q --config "$p/config.ini" collect >/dev/null 2>&1 || [ $? -eq 1 ]
		build/gongkai -q --config "$p/config.ini" score >/dev/null 2>&1
		touch "$p/scored"
	fi
	rm -f "$p"/report*.pdf
	measure "report, $u units (load $(cut -d' ' -f1 /proc/loadavg))" build/gongkai -q --config "$p/config.ini" report -o "$p/report.pdf"
	pages=0
	for f in "$p"/report*.pdf; do
		pages=$((pages + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }')))
	done
	echo "  files: $(ls "$p"/report*.pdf | wc -l), pages: $pages, report.pdf: $(pdfinfo "$p/report.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }') pages, $(du -ch "$p"/report*.pdf | tail -n 1 | cut -f1) in all"
done
