#!/bin/sh
# Benchmark: copied-summary detection alone (score/copies.c) on the
# boilerplate province at two sizes and on the realistic one, timed by
# build/bench/copies_time (bench/copies_time.c) in alternating runs.
#
#   bench/copies.sh [SMALL [LARGE [RUNS]]]         (defaults 10000 50000 3)
#   BASE=/path/to/old/build/bench/copies_time bench/copies.sh   also times an
#        older build on the same inboxes, alternating with this one
#
# Inboxes come from build/bench/gen_province (one catalogue row a unit: only
# the summaries matter here); the realistic one is rewritten by
# build/bench/score_summaries as in bench/score.sh.  Prints, per run, the
# load average, wall and CPU seconds, the pairs found and their digest (two
# builds must print the same digest).  Record medians in bench/README.md.
set -eu
cd "$(dirname "$0")/.."
SMALL=${1:-10000}
LARGE=${2:-50000}
RUNS=${3:-3}
make -s build/bench/copies_time build/bench/gen_province build/bench/score_summaries
W=${BENCH_DIR:-/tmp/gongkai-bench-copies}
mkdir -p "$W"
for u in "$SMALL" "$LARGE"; do
	[ -d "$W/bp$u" ] || build/bench/gen_province "$W/bp$u" "$u" 1 1500 >/dev/null
done
if [ ! -d "$W/re$SMALL" ]; then
	build/bench/gen_province "$W/re$SMALL" "$SMALL" 1 1500 >/dev/null
	build/bench/score_summaries "$W/re$SMALL/inbox" 1500 50 2>/dev/null
fi
run() { # LABEL BINARY INBOX
	printf "%-26s load %s  " "$1" "$(cut -d' ' -f1 /proc/loadavg)"
	"$2" "$3" | head -n 1
}
i=0
while [ $i -lt "$RUNS" ]; do
	i=$((i + 1))
	for set in "boilerplate $SMALL:bp$SMALL" "boilerplate $LARGE:bp$LARGE" "realistic $SMALL:re$SMALL"; do
		label=${set%%:*}
		dir=${set#*:}
		run "$label" build/bench/copies_time "$W/$dir/inbox"
		[ -z "${BASE:-}" ] || run "$label (BASE)" "$BASE" "$W/$dir/inbox"
	done
done
