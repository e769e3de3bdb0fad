#!/bin/sh
# Git does not keep file times, and gongkai takes a package's received time from
# the newest modification time of its files. This sets every file of each
# package to the time in received.csv (the time the district office received it),
# so that days late come out as intended. Run it after every checkout or copy.
cd "$(dirname "$0")" || exit 1
tail -n +2 received.csv | while IFS=, read -r code when; do
  [ -d "inbox/$code" ] || { echo "set-received-times: no folder inbox/$code" >&2; continue; }
  for f in inbox/"$code"/*; do
    touch -h -d "$when" "$f" || exit 1
  done
done
