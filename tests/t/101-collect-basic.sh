# The plain case: four good packages collected, one line per unit on stdout
# (in both languages), the summary on stderr, exit 0; what is stored: one
# version per unit with 4 files, 206 figures and the catalogue rows; the
# schema is versioned, STRICT, with foreign keys; one journal-free file.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
district
for u in z-a jd-b czj sfj; do pkg $u; done
cp -rp inbox inbox-zh
expect_exit 0 "$GK" --lang en collect
want out <<'X'
czj 区财政局: accepted as version 1, 0 days late
jd-b 乙街道办事处: accepted as version 1, 0 days late
sfj 区司法局: accepted as version 1, 0 days late
z-a 甲镇人民政府: accepted as version 1, 0 days late
X
want err <<'X'
collect: 4 accepted, 0 unchanged, 0 rejected, 0 missing
X
q() { sqlite3 gongkai.db "$1"; }
[ "$(q 'SELECT count(*) FROM package')" -eq 4 ] || fail packages
[ "$(q 'SELECT count(*) FROM package_file')" -eq 16 ] || fail files
[ "$(q 'SELECT count(*) FROM stat')" -eq 824 ] || fail stats
[ "$(q 'SELECT count(*) FROM catalog')" -eq 16 ] || fail catalogue
[ "$(q "SELECT count(*) FROM attempt WHERE outcome = 'accepted'")" -eq 4 ] || fail attempts
[ "$(q "SELECT contact || ' ' || phone FROM package WHERE unit = 'czj'")" = '王芳 0439-3371753' ] || fail contact
[ "$(q "SELECT group_concat(code || ':' || type, ' ') FROM (SELECT * FROM unit ORDER BY seq)")" = 'z-a:town jd-b:street czj:dept sfj:dept' ] || fail roster
[ "$(q 'PRAGMA user_version')" -ge 1 ] || fail user_version
q "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%STRICT%'" >not-strict
[ -s not-strict ] && fail "tables not STRICT: $(cat not-strict)"
[ -z "$(q 'PRAGMA foreign_key_check')" ] || fail "foreign keys"
[ "$(q 'PRAGMA journal_mode')" = delete ] || fail "journal mode"
[ ! -e gongkai.db-wal ] && [ ! -e gongkai.db-journal ] || fail "extra database files"
# values the schema itself must refuse (a copy, not to touch the real one)
cp gongkai.db probe.db
sqlite3 probe.db "UPDATE package SET version = 0 WHERE unit = 'czj'" 2>/dev/null && fail "CHECK (version >= 1) missing"
sqlite3 probe.db "UPDATE package SET days_late = -1 WHERE unit = 'czj'" 2>/dev/null && fail "CHECK (days_late >= 0) missing"
sqlite3 probe.db "PRAGMA foreign_keys = ON; INSERT INTO package_file (package_id, name, sha256, encoding, mtime, bytes) VALUES (999, 'x', 'x', 'x', 0, x'00')" 2>/dev/null && fail "foreign key not declared"
sqlite3 probe.db "UPDATE package SET received = 'yesterday' WHERE unit = 'czj'" 2>/dev/null && fail "not STRICT"
rm probe.db
# Chinese by default (LANG=C.UTF-8 names no language)
rm gongkai.db
rm -r inbox; mv inbox-zh inbox
expect_exit 0 "$GK" collect
want out <<'X'
czj 区财政局：已接收，第 1 版，逾期 0 天
jd-b 乙街道办事处：已接收，第 1 版，逾期 0 天
sfj 区司法局：已接收，第 1 版，逾期 0 天
z-a 甲镇人民政府：已接收，第 1 版，逾期 0 天
X
want err <<'X'
收取完毕：接收 4 个，未变化 0 个，退回 0 个，未报送 0 个
X
