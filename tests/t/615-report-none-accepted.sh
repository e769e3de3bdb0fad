# A report in which no unit's package was accepted (all missing or
# rejected) never says that every unit submitted on time.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
district
pkg czj && echo 'bad' >inbox/czj/stats.csv && received inbox/czj '2015-11-18 10:00'
expect_exit 1 "$GK" -q collect
expect_exit 0 "$GK" -q score
expect_exit 0 "$GK" -q report -o r.pdf
pdftotext -layout r.pdf - | tr -d ' \n' >r.txt
hasnt r.txt '各单位均按时报送'
has r.txt '（五）逾期报送问题。没有单位的报送包被接收，因此没有单位按时报送。'
printf '\n[report]\nlanguage = en\n' >>config.ini
expect_exit 0 "$GK" -q report -o en.pdf
pdftotext en.pdf - | tr '\n' ' ' | tr -s ' ' >en.txt
hasnt en.txt 'No unit submitted late.'
has en.txt "No unit's package was accepted, so no unit submitted on time."
