#!/bin/sh
# Runs every fuzz target of BUILD/fuzz/ for SECONDS each on its corpus
# (tests/fuzz/corpus/NAME/), one after the other, and prints PASS or FAIL
# per target: FAIL when libFuzzer found a crash, a leak, a timeout or a
# sanitizer report (its log and the input that did it are kept in
# BUILD/fuzz-logs/ and BUILD/crashes/).
# Usage: tests/fuzz/run.sh BUILD SECONDS [keep]
#   keep: new inputs libFuzzer finds are kept in BUILD/corpus/NAME/ for the next
#   run (make fuzz); without it they go to a temporary folder (make check).
set -u
cd "$(dirname "$0")/../.." || exit 2
BUILD=$1 SECONDS_EACH=$2 KEEP=${3:-}
logs=$BUILD/fuzz-logs crashes=$BUILD/crashes
rm -rf "$logs"; mkdir -p "$logs" "$crashes"
pass=0 fail=0 failed=""
for bin in "$BUILD"/fuzz/fuzz_*; do
	[ -x "$bin" ] || continue
	name=${bin##*/fuzz_}
	seeds=tests/fuzz/corpus/$name
	[ -d "$seeds" ] || { echo "FAIL fuzz_$name (no corpus $seeds)"; fail=$((fail + 1)); failed="$failed fuzz_$name"; continue; }
	if [ -n "$KEEP" ]; then
		new=$BUILD/corpus/$name; mkdir -p "$new"
	else
		new=$(mktemp -d "${TMPDIR:-/tmp}/gongkai-fuzz.XXXXXX")
	fi
	log=$logs/fuzz_$name.log
	if env ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		"$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
		-artifact_prefix="$crashes/fuzz_$name-" -print_final_stats=1 "$new" "$seeds" >"$log" 2>&1; then
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
		echo "PASS fuzz_$name (${runs:-?} inputs in ${SECONDS_EACH}s)"; pass=$((pass + 1))
	else
		echo "FAIL fuzz_$name (log: $log)"; fail=$((fail + 1)); failed="$failed fuzz_$name"
		grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -10 | sed 's/^/    | /'
	fi
	[ -n "$KEEP" ] || rm -rf "$new"
done
echo "fuzz: passed: $pass, failed: $fail${failed:+ ($failed )}"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
