# config.ini as a newcomer writes it: a comment after a section header is
# accepted; a syntax error quotes the line the user wrote and its number
# (never iniparser's text or a memfd path); a section or a key given twice,
# and a key before any section, are errors naming it and both lines; every
# problem of the file is reported at once; the database is left alone.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
sum=$(dbsum gongkai.db)
cp config.ini good.ini
# a comment after [paths] and after a value
sed -i 's/^\[paths\]$/[paths]   ; 相对路径相对于 config.ini 所在目录/; s/^\[collect\]$/[collect] # deadline/' config.ini
expect_exit 0 "$GK" --lang en status
# syntax errors, quoted as written, with their lines
cp good.ini bad.ini
printf 'this is not a setting\n[report] language = en\n[]\n' >>bad.ini
n=$(wc -l <good.ini)
expect_exit 2 "$GK" --lang en --config bad.ini status
want err <<X
error: bad.ini:$((n + 1)): cannot understand "this is not a setting"; a line must be [section], key = value, or a comment starting with ;
error: bad.ini:$((n + 2)): cannot understand "[report] language = en"; a section is written [name], and only a comment starting with ; may follow it
error: bad.ini:$((n + 3)): cannot understand "[]"; a section is written [name], and only a comment starting with ; may follow it
X
hasnt err memfd
hasnt err iniparser
expect_exit 2 "$GK" --lang zh_CN --config bad.ini status
has err "错误：bad.ini:$((n + 1)): 看不懂“this is not a setting”；每行应是 [节名]、键 = 值，或以 ; 开头的注释"
has err "错误：bad.ini:$((n + 2)): 无法理解“[report] language = en”；节名应写成 [名称]，后面只能跟以 ; 开头的注释"
# a section twice, a key twice (any case), a key before any section
{ echo 'year = 2015'; cat good.ini; printf '[District]\nname = 另一个区\n[collect]\nDeadline = 2015-11-21\n'; } >dup.ini
d1=$(grep -n '^\[district\]' dup.ini | cut -d: -f1) c1=$(grep -n '^deadline' dup.ini | cut -d: -f1)
m=$(wc -l <dup.ini)
expect_exit 2 "$GK" --lang en --config dup.ini status
want err <<X
error: dup.ini:1: the setting "year" comes before any [section]; put it under the section it belongs to
error: dup.ini:$((m - 3)): the section [district] appears a second time (first on line $d1); put all its settings under one [district]
error: dup.ini:$((m - 2)): [district] name is set a second time (first on line $((d1 + 1))); keep one of the two lines
error: dup.ini:$((m - 1)): the section [collect] appears a second time (first on line $((c1 - 1))); put all its settings under one [collect]
error: dup.ini:$m: [collect] deadline is set a second time (first on line $c1); keep one of the two lines
X
expect_exit 2 "$GK" --lang zh_CN --config dup.ini status
has err "错误：dup.ini:1: 设置项“year”写在了所有节之前；请把它移到所属的节下面"
has err "错误：dup.ini:$m: [collect] deadline 设置了两次（第一次在第 $c1 行）；请只保留其中一行"
has err "错误：dup.ini:$((m - 3)): 节 [district] 出现了第二次（第一次在第 $d1 行）；请把它的设置项都写在同一个 [district] 下"
# the same rules for a unit's submission.ini: a key twice is named
cp -r inbox/czj czj2
printf 'phone = 0000-7654321\n' >>inbox/czj/submission.ini
expect_exit 1 "$GK" --lang en check inbox/czj
has err "inbox/czj/submission.ini:"
has err ": [submission] phone is set a second time (first on line"
[ "$(dbsum gongkai.db)" = "$sum" ] || fail "a bad config changed the database"
