#!/bin/sh
# Benchmark: ten years of a province in one database (years.md, issue 9).
#
#   bench/years.sh [UNITS [YEARS [ROWS [SUMMARY_CHARS]]]]   (defaults 10000 10 100 1500)
#
# One province from build/bench/gen_province (its summaries rewritten by
# build/bench/score_summaries, as in bench/score.sh) is collected and scored
# for YEARS years, 2025−YEARS+1 … 2025, into one database (the same packages
# each year, their submission.ini and file times moved to the year), and for
# 2025 alone into another.  Printed:
#   - the database's size after each year (it should grow linearly);
#   - `gongkai score` of 2025 on the one-year database and on the YEARS-year
#     database, in pairs run one after the other (single, multi, single,
#     multi, …), with the ratio of each pair; the goal is multi ≤ 1.2 × single.
#     On the YEARS-year database every unit has last year's package, so the
#     cross-year checks (previous.c, rules_years.c) run for every unit; on
#     the one-year database they find nothing;
#   - the load average before and after, since the machine is shared.
# Each score is timed for wall time and for user CPU time (the machine is
# shared: the CPU time is the steadier figure).  BENCH_REUSE=1 measures
# again on the databases of the last run.
# Record the figures in bench/README.md, section "years".
set -eu
cd "$(dirname "$0")/.."
UNITS=${1:-10000}
YEARS=${2:-10}
ROWS=${3:-100}
CHARS=${4:-1500}
PAIRS=${PAIRS:-3}
make -s build/gongkai build/bench/gen_province build/bench/score_summaries
W=${BENCH_DIR:-/tmp/gongkai-bench-years}
# a copy of the binary: rebuilding the tree while this runs does not change what is measured
mkdir -p "$W.bin"
cp build/gongkai "$W.bin/gongkai"
rm -rf "$W.bin/locale" && cp -r build/locale "$W.bin/locale" # the catalogues beside the executable (common/msg.c)
GK=$W.bin/gongkai
LABEL_INDENT="  " LABEL_WIDTH=34
. bench/lib.sh

echo "years: $UNITS units × $ROWS catalogue rows, summaries of ~$CHARS characters, $YEARS years; $(nproc) cores"
echo "  load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# config_for YEAR DB: a config of the province for YEAR writing to DB
config_for() {
	sed -e "s/^year = .*/year = $1/" -e "s/^deadline = .*/deadline = $1-11-20/" \
		-e "s#^database = .*#database = $2#" "$W/p/config.ini" >"$W/p/config-$1-$(basename "$2" .db).ini"
	grep -q "^database = $2" "$W/p/config-$1-$(basename "$2" .db).ini" || {
		echo "years.sh: gen_province's config.ini has no database line" >&2
		exit 1
	}
}

# move_inbox YEAR: the packages say YEAR and arrive the day before its deadline
move_inbox() {
	find "$W/p/inbox" -name submission.ini -exec sed -i "s/^year = .*/year = $1/" {} +
	find "$W/p/inbox" -type f -exec touch -d "$1-11-19 10:00" {} +
}

first=$((2025 - YEARS + 1))
y=$first
if [ -n "${BENCH_REUSE:-}" ] && [ -f "$W/multi.db" ] && [ -f "$W/single.db" ]; then
	echo "  (the databases of the last run, kept in $W: BENCH_REUSE)"
	y=2026
else
	rm -rf "$W/p" "$W/multi.db" "$W/single.db"
	mkdir -p "$W"
	build/bench/gen_province "$W/p" "$UNITS" "$ROWS" "$CHARS" >/dev/null
	build/bench/score_summaries "$W/p/inbox" "$CHARS" 50 2>/dev/null
fi
while [ "$y" -le 2025 ]; do
	move_inbox "$y"
	config_for "$y" "$W/multi.db"
	"$GK" -q --config "$W/p/config-$y-multi.ini" collect >/dev/null 2>&1 || [ $? -eq 1 ]
	"$GK" -q --config "$W/p/config-$y-multi.ini" score >/dev/null 2>&1
	printf "  after %d: database %d bytes (%d years)\n" "$y" "$(stat -c %s "$W/multi.db")" $((y - first + 1))
	y=$((y + 1))
done
if [ -z "${BENCH_REUSE:-}" ] || [ ! -f "$W/single.db" ]; then
	config_for 2025 "$W/single.db"
	"$GK" -q --config "$W/p/config-2025-single.ini" collect >/dev/null 2>&1 || [ $? -eq 1 ]
	"$GK" -q --config "$W/p/config-2025-single.ini" score >/dev/null 2>&1
fi
printf "  one year only: database %d bytes\n" "$(stat -c %s "$W/single.db")"

i=1
while [ "$i" -le "$PAIRS" ]; do
	timed "score 2025, 1-year database" "$GK" -q --config "$W/p/config-2025-single.ini" score
	sw=$wall su=$user
	timed "score 2025, $YEARS-year database" "$GK" -q --config "$W/p/config-2025-multi.ini" score
	echo "  pair $i: ratio $(echo "scale=3; $wall / $sw" | bc) wall, $(echo "scale=3; $user / $su" | bc) user; load $(cut -d' ' -f1 /proc/loadavg)"
	i=$((i + 1))
done
echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# the two 2025 scores agree, apart from what last year adds
sqlite3 "$W/multi.db" "SELECT count(*) FROM score WHERE year = 2025" | sed "s/^/  units scored in 2025 ($YEARS years): /"
