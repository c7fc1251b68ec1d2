#!/usr/bin/env bash
# Runs `audit run` from one worktree on the sample quarter and a 200k export and compares
# every output file with a reference directory (byte for byte), to prove a speed change
# leaves results unchanged.  Usage: bench/compare_outputs.sh WORKTREE OUTROOT [REFROOT]
# Without REFROOT it only produces OUTROOT (use that to make the reference).
set -euo pipefail
wt=$1; out=$2; ref=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out" && mkdir -p "$out"  # a fresh casebook: review statuses start from "new"
inputs=("$wt/sample_data/quarter.csv" "${BENCH_200K:-/work/wtbase/bench/out/export_200000_11.csv}")
for f in "${inputs[@]}"; do
  name=$(basename "$f" .csv)
  /usr/bin/time -f "$name %e s %U user %S sys %M KB" "$wt/.venv/bin/audit" run "$f" --out "$out/$name" --force \
    > "$out/$name.log" 2>&1 || { echo "audit run failed on $f"; tail "$out/$name.log"; exit 1; }
  grep -E '^(time:|.* s .* user)' "$out/$name.log" || tail -3 "$out/$name.log"
done
[ -z "$ref" ] && exit 0
status=0
for f in "${inputs[@]}"; do
  name=$(basename "$f" .csv)
  while IFS= read -r rel; do
    if cmp -s "$ref/$name/$rel" "$out/$name/$rel"; then continue; fi
    # HTML, workbook and manifest carry the run time, the casebook path and file hashes:
    # compare them with those masked (the workbook cell by cell)
    if ! "$wt/.venv/bin/python" "$here/compare_masked.py" "$ref/$name/$rel" "$out/$name/$rel"; then
      echo "DIFFERS: $name/$rel"; status=1
    fi
  done < <(cd "$ref/$name" && find . -type f | sort)
  diff <(cd "$ref/$name" && find . -type f | sort) <(cd "$out/$name" && find . -type f | sort) || status=1
done
[ $status = 0 ] && echo "ALL OUTPUTS IDENTICAL"
exit $status
