#!/usr/bin/env bash
# Every check CI runs, in order, each timed: formatting, lints, tests, docs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

started=$(date +%s)
step "format" cargo fmt --all --check
step "clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
log=$(mktemp)
trap 'rm -f "$log"' EXIT
step "tests" bash -o pipefail -c 'cargo test --workspace --all-targets --locked 2>&1 | tee "$0"' "$log"
# Import accuracy over the committed corpus: a floor against regressions (bench/import-accuracy).
step "import accuracy" python3 bench/import-accuracy/score.py bench/import-accuracy/corpus \
  --importer "${CARGO_TARGET_DIR:-/var/tmp/cvimprover-target}/debug/cvimprover" --fail-below 0.78 --fail-below-all 0.915
step "docs" env RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked
printf '\nAll checks passed in %ss.\n' "$(($(date +%s) - started))"
# One closing line with the totals of every test binary.
awk '/^test result:/ { p += $4; f += $6 } END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
