# The README's config.ini sample runs as printed: it is taken out of
# README.md (the ```ini block under "### config.ini") and used as it is with
# the sample district's roster, inbox, findings and narrative, and `run`
# writes the report and the scores (exit 1: the sample has rejected and
# missing units on purpose).
. "$ROOT/tests/lib.sh"
sample s
cd s
awk '/^### config.ini/ { sec = 1 } sec && /^```ini$/ { on = 1; next } on && /^```$/ { exit } on { print }' \
	"$ROOT/README.md" >config.ini
[ "$(grep -c '^\[' config.ini)" -ge 5 ] || { cat config.ini; fail "no config.ini sample in README.md"; }
rm -f gongkai.db report.pdf scores.csv
expect_exit 1 "$GK" --lang en run
hasnt err "config.ini"
hasnt err "[report]"
has err "report: "
[ "$(head -c 5 report.pdf)" = "%PDF-" ] || fail "no report"
[ -s scores.csv ] || fail "no scores"
pdftotext report.pdf - 2>/dev/null | tr -d '\n' >r.txt
has r.txt "本报告在明川区人民政府门户网站（www.mingchuan.gov.cn）公开。"
has r.txt "区政府办公室年初印发《明川区2025年政务公开工作要点》"
