#!/bin/sh
# Benchmark: `gongkai score` (and `export`) on a province-size district.
#
#   bench/score.sh [UNITS [ROWS [SUMMARY_CHARS]]]    (defaults 10000 100 1500)
#
# Generates the province with build/bench/gen_province, gives it realistic
# summaries with build/bench/score_summaries (one unit in fifty copying
# another's), collects it (not measured here: see bench/collect.sh), then
# prints wall time and peak memory (max RSS) of `score` and `export`, and how
# many copied summaries and deductions the run found.  Record the figures in
# bench/README.md, section "score".
set -eu
cd "$(dirname "$0")/.."
UNITS=${1:-10000}
ROWS=${2:-100}
CHARS=${3:-1500}
make -s build/gongkai build/bench/gen_province build/bench/score_summaries
W=${BENCH_DIR:-/tmp/gongkai-bench-score}
rm -rf "$W"
mkdir -p "$W"
build/bench/gen_province "$W/p" "$UNITS" "$ROWS" "$CHARS" >/dev/null
build/bench/score_summaries "$W/p/inbox" "$CHARS" 50 2>/dev/null
build/gongkai -q --config "$W/p/config.ini" collect >/dev/null 2>&1 || [ $? -eq 1 ]

measure() { # label command...
	label=$1
	shift
	/usr/bin/time -f "%e %M" -o "$W/time" "$@" >/dev/null 2>"$W/err" || {
		cat "$W/err" >&2
		exit 1
	}
	read -r secs kb <"$W/time"
	printf '%-30s %8.2f s %9d KB peak\n' "$label" "$secs" "$kb"
}

db=$W/p/gongkai.db
echo "district: $UNITS units, $(sqlite3 "$db" 'SELECT count(*) FROM catalog') catalogue rows," \
	"summaries of ~$CHARS characters; $(nproc) cores"
measure "gongkai score" build/gongkai -q --config "$W/p/config.ini" score
measure "gongkai score (again)" build/gongkai -q --config "$W/p/config.ini" score
measure "gongkai export" build/gongkai -q --config "$W/p/config.ini" export
echo "copied summaries: $(sqlite3 "$db" "SELECT count(*) FROM deduction WHERE reason = 'copied_summary'");" \
	"deductions stored: $(sqlite3 "$db" 'SELECT count(*) FROM deduction')"
