# Shared by the benchmark scripts (sourced).  Needs $W, the work folder.

# run_timed COMMAND...: run COMMAND under /usr/bin/time (its output thrown
# away; its error output shown if it fails, and the script stops); sets
# $wall, $user, $sys, $cpu (user + system, all threads) and $kb (peak
# memory, max RSS).  $W/time holds "wall user system kb".
run_timed() {
	/usr/bin/time -f "%e %U %S %M" -o "$W/time" "$@" >/dev/null 2>"$W/err" || {
		cat "$W/err" >&2
		exit 1
	}
	read -r wall user sys kb <"$W/time"
	cpu=$(echo "$user + $sys" | bc)
}

# measure LABEL COMMAND...: print its wall time and peak memory; the label
# column is $LABEL_WIDTH wide (default 34).
measure() {
	label=$1
	shift
	run_timed "$@"
	printf "%s%-${LABEL_WIDTH:-34}s %8.2f s %9d KB peak\n" "${LABEL_INDENT:-}" "$label" "$wall" "$kb"
}

# timed LABEL COMMAND...: print its wall time, user CPU time, CPU time of all
# its threads and peak memory.
timed() {
	label=$1
	shift
	run_timed "$@"
	printf "%s%-${LABEL_WIDTH:-34}s %8.2f s wall %8.2f s user %8.2f s CPU %9d KB peak\n" "${LABEL_INDENT:-}" "$label" \
		"$wall" "$user" "$cpu" "$kb"
}
