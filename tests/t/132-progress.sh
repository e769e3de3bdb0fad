# On a terminal collect shows a progress bar on stderr, and every unit's
# line (stdout) and message (stderr) starts on a clean line instead of being
# glued to the bar; with -q, or when stderr is not a terminal, no bar at all.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"
command -v script >/dev/null || { echo "SKIP: no script(1) for a terminal" >&2; exit 0; }
district
for u in z-a jd-b czj sfj; do pkg $u; done
sed -i 's/^year    = 2015/year    = 2014/' inbox/sfj/submission.ini
script -qec "\"$GK\" --lang en collect" /dev/null >tty.out 2>&1 </dev/null
has tty.out 'collect [##############################] 100% (4/4)'
# the bar never runs into text: after "(n/4)" comes a carriage return, always
if LC_ALL=C grep -aE '\([0-9]/4\)[^'"$(printf '\r')"']' tty.out >glued; then
	cat -v glued
	fail "text glued to the progress bar"
fi
# every unit's line and the rejection start a line (after the erase sequence)
tr '\r' '\n' <tty.out | sed "s/$(printf '\033')\[K//g" >lines
for l in 'czj 区财政局: accepted as version 1, 0 days late' \
	'error: ./inbox/sfj/submission.ini: [submission] year: the package is for 2014 but this collection is for 2015; send the 2015 package' \
	'sfj 区司法局: rejected, 1 problem (see above)'; do
	grep -qxF "$l" lines || { cat -v tty.out; fail "not on its own line: $l"; }
done
rm gongkai.db
script -qec "\"$GK\" --lang en -q collect" /dev/null >tty.out 2>&1 </dev/null
hasnt tty.out 'collect ['
