# A database scored before the one vocabulary (here of schema 2) keeps its
# scorecards: each old deduction becomes a legacy row holding its sentence,
# shown as it was, with the problem kind its reason code meant (report 五
# counts it).  Scoring the year again replaces them by rows of data.
. "$ROOT/tests/lib.sh"
FX=$ROOT/tests/fixtures/schema2
cp "$FX"/config.ini "$FX"/units.csv "$FX"/findings.csv .
sqlite3 gongkai.db <"$FX/gongkai.sql"
expect_exit 0 "$GK" -q report -o old.pdf
[ "$(sqlite3 gongkai.db "SELECT reason, kind, a1 FROM deduction WHERE unit = 'z-lh' AND criterion = 1")" = "legacy|nondisclosed|应公开类别“三公经费预决算”（sangong）本年度没有有效条目：不公开" ] ||
	fail "legacy row"
pdftotext old.pdf - 2>/dev/null | tr -d '\n' > old.txt
has old.txt "应公开类别“三公经费预决算”（sangong）本年度没有有效条目：不公开"
has old.txt "依申请公开超过法定期限答复 2 件"
has old.txt "（一）不公开问题。1个单位共有2项应公开信息未公开（缺少必须公开的类别或抽查发现）：柳河镇人民政府（2项）。"
# scored again: data, and the new words
expect_exit 0 "$GK" -q score
[ "$(sqlite3 gongkai.db "SELECT count(*) FROM deduction WHERE reason LIKE 'legacy%'")" = 0 ] || fail "legacy rows left"
[ "$(sqlite3 gongkai.db "SELECT reason, kind, a1 FROM deduction WHERE unit = 'z-lh' AND criterion = 1")" = "not_disclosed|nondisclosed|sangong" ] ||
	fail "rescored row"
expect_exit 0 "$GK" -q report -o new.pdf
pdftotext new.pdf - 2>/dev/null | tr -d '\n' > new.txt
has new.txt "应公开类别“三公经费预决算”本年度没有有效条目（不公开）"
hasnt new.txt "sangong"
