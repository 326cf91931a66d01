#!/usr/bin/env bash
# Prints the raw and gzip (-9) size of every file in dist/ and the totals.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-dist}"
[ -d "$dir" ] || { echo "no $dir/ to report on: run trunk build --release first" >&2; exit 1; }
total_raw=0; total_gz=0
printf '%-48s %10s %10s\n' "file" "raw (B)" "gzip (B)"
while IFS= read -r -d '' f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${f#$dir/}" "$raw" "$gz"
done < <(find "$dir" -type f -not -path '*/.stage/*' -print0 | sort -z)
printf '%-48s %10d %10d\n' "TOTAL" "$total_raw" "$total_gz"
