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
