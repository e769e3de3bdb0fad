#!/bin/sh
# The README's test command: installs what the tests need, builds, runs the
# whole suite, then builds again with AddressSanitizer and
# UndefinedBehaviorSanitizer and runs the suite again, then runs each fuzz
# target (tests/fuzz/) for 10 seconds.  Fails on any failure, sanitizer
# report or fuzzer crash.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh --test
make -j"$(nproc)" all
make check
