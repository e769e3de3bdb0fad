# The report and the export are written beside the target and renamed: when
# the disk fills up (here: a file-size limit) the old file is left intact and
# no temporary file stays behind; two reports to one file at once both
# succeed and leave one whole report.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q report -o good.pdf
expect_exit 0 "$GK" -q export -o good.csv
echo 'the old report' >report.pdf
echo 'the old export' >scores.csv
cp report.pdf old.pdf && cp scores.csv old.csv
(trap '' XFSZ; ulimit -f 100; exec "$GK" --lang en report -o report.pdf) >out 2>err
[ $? -eq 2 ] || { cat err; fail "report under a full disk did not exit 2"; }
has err 'error: cannot write report.pdf'
same old.pdf report.pdf
(trap '' XFSZ; ulimit -f 1; exec "$GK" --lang en export -o scores.csv) >out 2>err
[ $? -eq 2 ] || { cat err; fail "export under a full disk did not exit 2"; }
want err <<'X'
error: cannot write scores.csv: File too large
X
same old.csv scores.csv
[ -z "$(ls -A | grep '^\.')" ] || { ls -A; fail "temporary files left"; }
# two reports and two exports to the same files at once
"$GK" -q report -o report.pdf & a=$!
"$GK" -q report -o report.pdf & b=$!
"$GK" -q export -o scores.csv & c=$!
"$GK" -q export -o scores.csv & d=$!
for p in $a $b $c $d; do wait $p || fail "a concurrent write failed"; done
same good.pdf report.pdf
same good.csv scores.csv
[ -z "$(ls -A | grep '^\.')" ] || { ls -A; fail "temporary files left"; }
# the new files are readable by others, as before
[ "$(stat -c %a report.pdf)" = "$(stat -c %a good.csv)" ] || fail "mode"
