# Shared by the benchmark scripts (sourced).  Needs $W, the work folder.
# measure LABEL COMMAND...: run COMMAND, print its wall time and peak memory
# (max RSS) from /usr/bin/time; the label column is $LABEL_WIDTH wide (default 34).
measure() {
	label=$1
	shift
	/usr/bin/time -f "%e %M" -o "$W/time" "$@" >/dev/null 2>"$W/err" || {
		cat "$W/err" >&2
		exit 1
	}
	read -r secs kb <"$W/time"
	printf "%s%-${LABEL_WIDTH:-34}s %8.2f s %9d KB peak\n" "${LABEL_INDENT:-}" "$label" "$secs" "$kb"
}

# timed LABEL COMMAND...: run COMMAND, print its wall time, user CPU time, CPU
# time of all its threads (user + system) and peak memory; sets $wall, $user
# and $cpu.  The label column is $LABEL_WIDTH wide (default 34).
timed() {
	label=$1
	shift
	/usr/bin/time -f "%e %U %S %M" -o "$W/time" "$@" >/dev/null 2>"$W/err" || {
		cat "$W/err" >&2
		exit 1
	}
	read -r wall user sys kb <"$W/time"
	cpu=$(echo "$user + $sys" | bc)
	printf "%s%-${LABEL_WIDTH:-34}s %8.2f s wall %8.2f s user %8.2f s CPU %9d KB peak\n" "${LABEL_INDENT:-}" "$label" \
		"$wall" "$user" "$cpu" "$kb"
}
