# Scores do not depend on the form: the sample district scored once as
# shipped and once with every readable CSV package converted to the
# workbook form (报送表.xlsx with the same figures and rows, the summary as
# a .docx, the same received time) gives the same export, cell for cell,
# and every converted unit's stored files are its two files, byte for byte.
. "$ROOT/tests/lib.sh"
sample csv
cp -a csv wb
n=0
for d in wb/inbox/*/; do
	d=${d%/}
	[ -f "$d/stats.csv" ] || continue
	# packages that are themselves rejected (or not in the roster) cannot be converted: they stay as they are
	if sh "$ROOT/tests/tools/to-workbook.sh" "$BUILD" wb/config.ini "$d" >/dev/null 2>&1; then n=$((n + 1)); fi
	rm -f "$d"/*.tmp
done
[ $n -ge 25 ] || fail "only $n packages converted"
for v in csv wb; do
	(cd $v && "$GK" --lang en collect >collect.out 2>collect.err; "$GK" --lang en score >/dev/null 2>&1 && "$GK" --lang en export -o scores.csv) || fail "$v: run"
done
same csv/scores.csv wb/scores.csv
# the same outcome per unit (accepted, rejected, missing), whatever the form
same csv/collect.out wb/collect.out
grep -c ': accepted as version 1' wb/collect.out >/dev/null || fail "nothing accepted"
# what is stored for a converted unit: its two files, byte for byte
for u in $(cd wb/inbox && ls); do
	[ -f "wb/inbox/$u/报送表.xlsx" ] || continue
	sqlite3 wb/gongkai.db "SELECT name || ' ' || sha256 FROM package_file JOIN package ON package.id = package_id WHERE unit = '$u' ORDER BY name" >stored
	(cd "wb/inbox/$u" && for f in *; do echo "$f $(sha256sum <"$f" | cut -d' ' -f1)"; done | sort) >files
	sort stored >stored.s
	same files stored.s
done
# and the same scorecard, evidence included: a catalogue row is "公开目录第 N 行" in both forms (N the
# row on the sheet 公开目录, as it is the line of catalog.csv)
rows=0
for u in $(cd wb/inbox && ls); do
	[ -f "wb/inbox/$u/报送表.xlsx" ] || continue
	for v in csv wb; do (cd $v && "$GK" --lang zh_CN -q score --unit "$u" >"../card.$v" 2>/dev/null) || fail "$v: score --unit $u"; done
	same card.csv card.wb
	rows=$((rows + $(grep -c '公开目录第 [0-9]* 行' card.wb)))
done
[ $rows -ge 1 ] || fail "no converted unit has a catalogue deduction: the evidence was not compared"
