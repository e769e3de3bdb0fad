# No output can overwrite an input: report, export and template refuse
# (exit 2, nothing written) a target that is the database (by any name, a
# hard link too), its journal or lock, the config, the roster, the findings,
# anything inside the inbox, a folder, a device or a symbolic link.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/faults-lib.sh"
baseline
expect_exit 0 "$GK" -q score
echo 'code,kind,note' >findings.csv
sum=$(archive_sum gongkai.db)
inputs_sum() { cat config.ini units.csv findings.csv | sha256sum; find inbox -type f | sort | xargs sha256sum; }
isum=$(inputs_sum)
refused() { # TARGET WHAT: report and export refuse TARGET with the sentence naming WHAT
	for cmd in report export; do
		expect_exit 2 "$GK" --lang en $cmd -o "$1"
		want err <<X
error: will not write $1: it is $2; nothing was written: choose another path (-o)
X
	done
}
refused gongkai.db 'the database ([paths] database)'
mkdir sub && refused ./sub/../gongkai.db 'the database ([paths] database)'
refused "$T/gongkai.db" 'the database ([paths] database)'
ln gongkai.db same-inode.db
refused same-inode.db 'the database ([paths] database)'
rm same-inode.db
refused gongkai.db-journal 'a file the database needs (its journal or lock file)'
refused gongkai.db.lock 'a file the database needs (its journal or lock file)'
refused config.ini 'the configuration file'
refused units.csv 'the roster ([paths] roster)'
refused findings.csv 'the findings ([paths] findings)'
refused inbox/czj/summary.txt 'inside the inbox ([paths] inbox), which holds what the units sent'
refused inbox/report.pdf 'inside the inbox ([paths] inbox), which holds what the units sent'
refused inbox/new/deeper/report.pdf 'inside the inbox ([paths] inbox), which holds what the units sent'
refused inbox 'a folder'
mkdir outdir
refused outdir 'a folder'
refused /dev/null 'a device or other special file'
ln -s gongkai.db link.pdf
refused link.pdf 'a symbolic link'
ln -s elsewhere.pdf dangling.pdf
refused dangling.pdf 'a symbolic link'
[ ! -e elsewhere.pdf ] || fail "wrote through a dangling link"
# findings absent: still refused by its configured name
mv findings.csv findings.bak
refused findings.csv 'the findings ([paths] findings)'
[ ! -e findings.csv ] || fail "findings written"
mv findings.bak findings.csv
# in Chinese
expect_exit 2 "$GK" --lang zh_CN report -o gongkai.db
want err <<'X'
错误：不写入 gongkai.db：它是数据库（[paths] database）；什么也没有写：请另选一个路径（-o）
X
# template: never into the inbox, never through a link
expect_exit 2 "$GK" --lang en template -o inbox
want err <<'X'
error: will not write inbox: it is inside the inbox ([paths] inbox), which holds what the units sent; nothing was written: choose another path (-o)
X
expect_exit 2 "$GK" --lang en template -o inbox/blank
has err 'it is inside the inbox'
ln -s inbox tlink
expect_exit 2 "$GK" --lang en template -o tlink
want err <<'X'
error: will not write tlink: it is a symbolic link; nothing was written: choose another path (-o)
X
expect_exit 2 "$GK" --lang en template -o units.csv
want err <<'X'
error: will not write units.csv: it is not a folder; nothing was written: choose another path (-o)
X
[ "$(archive_sum gongkai.db)" = "$sum" ] || fail "the archive changed"
[ "$(inputs_sum)" = "$isum" ] || fail "an input changed"
[ -z "$(find . -name '.*.??????' -newer gongkai.db)" ] || fail "temporary files left"
# a good target is still written, the export replaced as a whole
echo old >scores-out.csv
expect_exit 0 "$GK" --lang en export -o scores-out.csv
head -c 3 scores-out.csv | od -An -tx1 | grep -q 'ef bb bf' || fail "export not written"
expect_exit 0 "$GK" --lang en template -o blank
[ -f blank/czj/报送表.xlsx ] || fail "template not written"  # the workbook form is the default (template --csv for the CSV form)
