#!/bin/sh
# Benchmark: a nation on one machine — collect, score and report (scorecards
# in volumes) of UNITS units (default 200,000: ~2,800 counties × ~70 units),
# each stage timed with its peak memory (max RSS).  The province comes from
# build/bench/gen_province (ROWS catalogue rows a unit, default 100) with
# realistic summaries (build/bench/score_summaries; the boilerplate-only
# summaries make copy detection quadratic, bench/README.md "copies").
#
#   bench/national.sh [UNITS [ROWS]]
#
# Needs about 100 KB of disk a unit for the inbox, as much again for the
# database and 10 KB for the PDFs: it prints `df` first and stops when the
# disk holding $BENCH_DIR has less than 250 KB a unit free.  Kept in
# $BENCH_DIR (default /tmp/gongkai-bench-national) for reruns of a stage:
# STAGES="score report" bench/national.sh 200000.
set -eu
cd "$(dirname "$0")/.."
UNITS=${1:-200000}
ROWS=${2:-100}
STAGES=${STAGES:-generate collect score report}
make -s build/gongkai build/bench/gen_province build/bench/score_summaries >/dev/null
W=${BENCH_DIR:-/tmp/gongkai-bench-national}
mkdir -p "$W"
LABEL_WIDTH=30
. bench/lib.sh
df -h "$W" | tail -n 1
free_kb=$(df -Pk "$W" | awk 'NR == 2 { print $4 }')
case " $STAGES " in *" generate "*)
	[ "$free_kb" -ge $((UNITS * 250)) ] || { echo "not enough disk for $UNITS units: ${free_kb} KB free" >&2; exit 2; }
	rm -rf "$W/p"
	measure "generate $UNITS units" build/bench/gen_province "$W/p" "$UNITS" "$ROWS"
	measure "realistic summaries" build/bench/score_summaries "$W/p/inbox" 1500 50
	echo "  inbox: $(du -sh "$W/p/inbox" | cut -f1)"
	;;
esac
for s in collect score report; do
	case " $STAGES " in *" $s "*) ;; *) continue ;; esac
	sync
	label="$s (load $(cut -d' ' -f1 /proc/loadavg))"
	case $s in
	collect) /usr/bin/time -f "%e %M" -o "$W/time" build/gongkai -q --config "$W/p/config.ini" collect >/dev/null 2>"$W/err" || [ $? -eq 1 ] || { cat "$W/err"; exit 1; }
		read -r secs kb <"$W/time"
		printf "%-30s %8.2f s %9d KB peak\n" "$label" "$secs" "$kb"
		echo "  database: $(du -h "$W/p/gongkai.db" | cut -f1), $(sqlite3 "$W/p/gongkai.db" 'SELECT count(*) FROM catalog') catalogue rows" ;;
	score) measure "$label" build/gongkai -q --config "$W/p/config.ini" score
		echo "  copied summaries: $(sqlite3 "$W/p/gongkai.db" "SELECT count(*) FROM deduction WHERE reason = 'copied_summary'")" ;;
	report) rm -f "$W/p"/report*.pdf
		measure "$label" build/gongkai -q --config "$W/p/config.ini" report -o "$W/p/report.pdf"
		echo "  files: $(ls "$W/p"/report*.pdf | wc -l), $(du -ch "$W/p"/report*.pdf | tail -n 1 | cut -f1) in all; report.pdf $(pdfinfo "$W/p/report.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }') pages" ;;
	esac
done
df -h "$W" | tail -n 1
