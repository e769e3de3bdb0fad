# The baseline file ([paths] baseline, years.md "Last year's figures"): every
# problem names file, line and column, the row is left out and the others are
# used (score exits 1 but scores); a unit that also has an archived package
# of last year: the archive wins, its rows are ignored with a warning.
. "$ROOT/tests/lib.sh"
. "$ROOT/tests/years-lib.sh"

year_folder 2024 2024 ../gongkai.db z-qs
year_folder 2025 2025 ../gongkai.db z-qs z-lh wjj
(cd 2024 && "$GK" -q collect) || fail "collect 2024"
cd 2025 || exit 1
sed -i 's/^\[paths\]$/[paths]\nbaseline = baseline.csv/' config.ini # one [paths]: a second is an error
# GB18030 with CRLF and Chinese headers, like the other inputs
printf '单位编码,编码,数值\r\nz-lh,t3.next_year.total,3\r\nz-lh,t1.rules.in_force,\r\nnobody,t3.new.total,1\r\nz-lh,t9.bogus,1\r\nz-lh,t3.new.total,-2\r\nz-lh,t1.license.decisions,2.5\r\nz-lh,t1.fees.amount,1.234\r\nz-lh,t1.penalty.decisions,十\r\nz-lh,t3.next_year.total,4\r\n,t3.new.total,1\r\nz-qs,t3.new.total,50\r\nz-qs,t3.next_year.total,2\r\nwjj,t1.fees.amount,12.5\r\n' |
	iconv -f UTF-8 -t GB18030 >baseline.csv
expect_exit 0 "$GK" --lang en -q collect
expect_exit 1 "$GK" --lang en score
cat >want <<'EOW'
error: baseline.csv:4: 单位编码: "nobody" is not a unit code in the roster; use a code from units.csv
error: baseline.csv:5: 编码: unknown stats code "t9.bogus"; use the codes in the template's stats.csv
error: baseline.csv:6: 数值: "-2" is negative; write a number 0 or more
error: baseline.csv:7: 数值: "2.5" is a fraction; a count is a whole number such as 12
error: baseline.csv:8: 数值: "1.234" has more than 2 decimals; write the amount in 万元 such as 12.50
error: baseline.csv:9: 数值: "十" is not a number; write last year's figure such as 12, or leave it blank for no figure
error: baseline.csv:11: 单位编码: the unit code is empty; give a roster code
error: baseline.csv:10: 编码: code "t3.next_year.total" of unit "z-lh" appears again (first on line 2); keep one row per unit and code
warning: baseline.csv:12: 单位编码: unit "z-qs" has an accepted package of 2024 in the archive: its figures are used and this file's rows for it are ignored
error: the baseline file has 8 problems (see above): those rows were left out
scored 3 units (0 without an accepted package)
EOW
same err want
expect_exit 0 "$GK" -q export -o s.csv
[ "$(wc -l <s.csv)" = 4 ] || fail "not every unit exported"

# in Chinese
expect_exit 1 "$GK" --lang zh_CN score
has err '错误：baseline.csv:4: 单位编码: “nobody”不是单位名单中的编码；请使用 units.csv 中的编码'
has err '警告：baseline.csv:12: 单位编码: 单位“z-qs”在档案中已有 2024 年度已接收的报送包：采用档案中的数据，本文件中该单位的各行不予采用'
has err 'z-qs'

# a missing baseline file is named; scoring goes on
sed -i 's/^baseline = baseline.csv/baseline = gone.csv/' config.ini
expect_exit 1 "$GK" --lang en score
has err 'error: gone.csv: the baseline file configured in [paths] baseline cannot be read: No such file or directory'
has err 'scored 3 units'
# a good file: exit 0, nothing said
printf 'unit,code,value\nz-lh,t3.next_year.total,3\nwjj,t1.fees.amount,12.5\n' >good.csv
sed -i 's/^baseline = gone.csv/baseline = good.csv/' config.ini
expect_exit 0 "$GK" --lang en -q score
[ ! -s err ] || { cat err; fail "a good baseline gave messages"; }
# a missing column is a structural error naming the column
printf 'unit,code\nz-lh,t3.next_year.total\n' >good.csv
expect_exit 1 "$GK" --lang en -q score
has err 'good.csv:1: '
has err 'value'
