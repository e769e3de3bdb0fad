#!/bin/sh
# Runs the whole suite against $GONGKAI_BUILD (default: build): the C unit
# tests in $GONGKAI_BUILD/tests/, then every tests/t/*.sh in order.
# Each test runs under env -i with a C.UTF-8 locale and a fixed time zone,
# prints PASS or FAIL, and keeps its log only when it fails.
# Usage: tests/run.sh [PATTERN]   (run only tests whose name contains PATTERN)
set -u
cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd)
BUILD=${GONGKAI_BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
PATTERN=${1:-}
LOGDIR=$ROOT/$(basename "$BUILD")/test-logs
rm -rf "$LOGDIR"; mkdir -p "$LOGDIR"
pass=0; fail=0; failed=""

run_one() { # name command...
	name=$1; shift
	case $name in *"$PATTERN"*) ;; *) return ;; esac
	log=$LOGDIR/$(echo "$name" | tr '/' '_').log
	if env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp LANG=C.UTF-8 TZ=CST-8 \
		ROOT="$ROOT" BUILD="$BUILD" GK="$BUILD/gongkai" GONGKAI_LOCALEDIR="$BUILD/locale" \
		GONGKAI_SANITIZED="${GONGKAI_SANITIZED:-}" \
		ASAN_OPTIONS=detect_leaks=1:exitcode=86:abort_on_error=0 LSAN_OPTIONS=exitcode=86:print_suppressions=0:suppressions="$ROOT/tests/lsan.supp" \
		UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=87 \
		"$@" >"$log" 2>&1 && ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$log"; then
		echo "PASS $name"; pass=$((pass + 1)); rm -f "$log"
	else
		echo "FAIL $name (log: $log)"; fail=$((fail + 1)); failed="$failed $name"
		sed 's/^/    | /' "$log" | tail -40
	fi
}

for t in "$BUILD"/tests/*; do
	[ -f "$t" ] && [ -x "$t" ] || continue
	run_one "unit/$(basename "$t")" "$t"
done
for t in tests/t/*.sh; do
	[ -f "$t" ] || continue
	run_one "$(basename "$t" .sh)" sh "$t"
done
echo "passed: $pass, failed: $fail${failed:+ ($failed )}"
[ "$fail" -eq 0 ] && [ $((pass + fail)) -gt 0 ]
