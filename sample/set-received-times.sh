#!/bin/sh
# Git does not keep file times, and gongkai takes a package's received time from
# the newest modification time of its files. This sets every file of each
# package to the time in received.csv (the time the district office received it),
# so that days late come out as intended. Run it after every checkout or copy.
# Both years: 2025 (received.csv, inbox/) and 2024 (2024/received.csv, 2024/inbox/).
cd "$(dirname "$0")" || exit 1
for year in . 2024; do
  tail -n +2 "$year/received.csv" | while IFS=, read -r code when; do
    [ -d "$year/inbox/$code" ] || { echo "set-received-times: no folder $year/inbox/$code" >&2; continue; }
    for f in "$year/inbox/$code"/*; do
      touch -h -d "$when" "$f" || exit 1
    done
  done || exit 1
done
