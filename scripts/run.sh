#!/usr/bin/env bash
# The main job until the desktop app exists: render every example with its own template, and
# the engineer example with every template, then say where the PDFs are.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

step "build" cargo build --workspace --locked
cli="$CARGO_TARGET_DIR/debug/cvimprover"
out="$PWD/out"
mkdir -p "$out"
for cv in examples/*.json; do
  name=$(basename "$cv" .json)
  "$cli" render "$cv" -o "$out/$name.pdf"
done
"$cli" templates | while read -r template _; do
  "$cli" render examples/software-engineer.json -o "$out/software-engineer-$template.pdf" --template "$template"
done
printf '\nRendered %s PDFs into %s:\n' "$(ls "$out"/*.pdf | wc -l)" "$out"
ls -1 "$out"/*.pdf | sed 's/^/  /'
printf '\nTry your own: %s render your-cv.json -o your-cv.pdf (JSON Resume works as it is)\n' "$cli"
