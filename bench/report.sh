#!/bin/sh
# Benchmark: `gongkai report` on a province (UNITS units, one scorecard each)
# beside bench/pdf_floor, a minimal libharu program that writes the same
# number of pages with the same number of text operations, characters, rules
# and filled boxes, using the same fonts and compression: the library's own
# floor.  Same machine, same run.
#
#   bench/report.sh [UNITS]          (default 10000)
#
# The province is made by bench/gen_province, then collected and scored once
# (kept in $BENCH_DIR between runs).  The counts the floor reproduces are
# read from the report's own content streams (python3, zlib).  Prints wall
# time and peak memory (max RSS) of each; record them in bench/README.md.
set -eu
cd "$(dirname "$0")/.."
UNITS=${1:-10000}
make -s build/gongkai build/bench/gen_province build/bench/pdf_floor >/dev/null
W=${BENCH_DIR:-/tmp/gongkai-bench-report}
if [ ! -f "$W/p/gongkai.db" ] || [ "$(cat "$W/units" 2>/dev/null)" != "$UNITS" ]; then
	rm -rf "$W"
	mkdir -p "$W"
	build/bench/gen_province "$W/p" "$UNITS" 100 >/dev/null
	build/gongkai -q --config "$W/p/config.ini" collect >/dev/null 2>&1 || [ $? -eq 1 ]
	build/gongkai -q --config "$W/p/config.ini" score >/dev/null 2>&1
	echo "$UNITS" >"$W/units"
fi

LABEL_WIDTH=44
. bench/lib.sh

# pages, text-show operations, characters, line segments, filled rectangles of a PDF
counts() {
	python3 - "$1" <<'PY'
import re, sys, zlib
d = open(sys.argv[1], 'rb').read()
pages = len(re.findall(rb'/Type /Page\b', d))
runs = glyphs = rules = rects = 0
for m in re.finditer(rb'stream\r?\n', d):
    end = d.find(b'endstream', m.end())
    try:
        s = zlib.decompress(d[m.end():end])
    except zlib.error:
        continue
    if b' Tj' not in s and b' re\n' not in s and b' l\n' not in s:
        continue
    for h in re.findall(rb'<([0-9A-Fa-f]*)> Tj', s):
        runs += 1
        glyphs += len(h) // 4
    rules += len(re.findall(rb' l\n', s))
    rects += len(re.findall(rb' re\n', s))
print(pages, runs, glyphs, rules, rects)
PY
}

echo "province: $UNITS units; $(nproc) cores"
measure "gongkai report ($UNITS scorecards)" build/gongkai -q --config "$W/p/config.ini" report -o "$W/report.pdf"
set -- $(counts "$W/report.pdf")
echo "report: $1 pages, $2 text runs, $3 characters, $4 rules, $5 boxes, $(du -h "$W/report.pdf" | cut -f1)"
measure "pdf_floor (same pages, text, rules, fonts)" build/bench/pdf_floor "$W/floor.pdf" "$@"
set -- $(counts "$W/floor.pdf")
echo "floor:  $1 pages, $2 text runs, $3 characters, $4 rules, $5 boxes, $(du -h "$W/floor.pdf" | cut -f1)"
