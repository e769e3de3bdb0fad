#!/bin/sh
# All benchmarks, one after another (make bench).  Each prints its figures;
# record them in bench/README.md.  Needs /usr/bin/time (package time) and,
# for the report benchmark, python3.
set -eu
cd "$(dirname "$0")"
sh ./collect.sh
sh ./score.sh
sh ./report.sh
