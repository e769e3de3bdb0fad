#!/bin/sh
# The README's test command: installs what the tests need, builds, runs the
# whole suite, then builds again with AddressSanitizer and
# UndefinedBehaviorSanitizer and runs the suite again.  Fails on any failure
# or sanitizer report.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh --test
make -j"$(nproc)" all
make check
