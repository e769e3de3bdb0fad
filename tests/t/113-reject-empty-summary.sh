# An empty summary, and one of only spaces, ideographic spaces and CRLFs.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
baseline
: >inbox/czj/summary.txt
reject czj \
	'error: ./inbox/czj/summary.txt: the summary is empty; write the year'"'"'s work summary (年度工作总结) in it'
printf '  \r\n\343\200\200\t\r\n' >inbox/czj/summary.txt
expect_exit 1 "$GK" --lang en check inbox/czj
want err <<'X'
error: inbox/czj/summary.txt: the summary is empty; write the year's work summary (年度工作总结) in it
X
expect_exit 1 "$GK" --lang zh_CN check inbox/czj
want err <<'X'
错误：inbox/czj/summary.txt: 工作总结为空；请写入本年度工作总结
X
unchanged_but_rejections
