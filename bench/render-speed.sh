#!/usr/bin/env bash
# Rendering figures of the foundation issue, on the two-page engineer example:
#   in-process (criterion): warm render to PDF, re-render after one edit, page 1 to SVG;
#   whole process: `cvimprover render` median time (hyperfine) and peak memory (GNU time).
# Release builds; run on an otherwise idle machine. Usage: bench/render-speed.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

runs=30
[ "${1:-}" = "--runs" ] && runs=$2
cv=examples/software-engineer.json
mkdir -p bench/out

step "criterion (in-process)" cargo bench --locked -p cv-core --bench render -- --noplot 2>&1 \
  | grep -E "^[a-z].*|time:" | sed 's/^/  /'

step "release build" cargo build --locked --release -p cv-cli
cli="$CARGO_TARGET_DIR/release/cvimprover"
pages=$("$cli" render "$cv" -o bench/out/speed.pdf && pdfinfo bench/out/speed.pdf 2>/dev/null | awk '/^Pages:/ {print $2}')

step "whole process" hyperfine -N --warmup 3 --runs "$runs" --export-json bench/out/speed.json \
  "$cli render $cv -o bench/out/speed.pdf"
median_ms=$(python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["results"][0]["median"]*1000, 1))' bench/out/speed.json)

peak_kb=0
for _ in 1 2 3 4 5; do
  kb=$(/usr/bin/time -f %M "$cli" render "$cv" -o bench/out/speed.pdf 2>&1 >/dev/null | tail -1)
  [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb
done

printf '\n%-44s %s\n' "cvimprover render ($pages pages), median" "$median_ms ms   (target <= 80 ms)"
printf '%-44s %s\n' "peak resident memory, worst of 5" "$((peak_kb / 1024)) MB   (target <= 60 MB)"
