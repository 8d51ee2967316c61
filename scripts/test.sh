#!/usr/bin/env bash
# Every check CI runs, in order, each timed: formatting, lints, tests, docs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

started=$(date +%s)
# The server's tests need PostgreSQL: a throwaway local cluster unless DATABASE_URL is set.
# (Assigned first: `eval "$(…)"` alone would hide the script's failure.)
if [ -z "${DATABASE_URL:-}" ]; then pg_env=$(scripts/server-pg.sh start); eval "$pg_env"; fi
step "format" cargo fmt --all --check
step "clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
log=$(mktemp)
trap 'rm -f "$log"' EXIT
step "tests" bash -o pipefail -c 'cargo test --workspace --all-targets --locked 2>&1 | tee "$0"' "$log"
# Import accuracy over the committed corpus: floors against regressions, just under today's
# figures (bench/import-accuracy/README.md).
step "import accuracy" python3 bench/import-accuracy/score.py bench/import-accuracy/corpus \
  --importer "${CARGO_TARGET_DIR:-/var/tmp/cvimprover-target}/debug/cvimprover" --fail-below 0.95 \
  --floor libreoffice=0.86 --fail-below-all 0.945
# The server fuzzed through its own OpenAPI document: zero 5xx, every answer documented.
step "server API fuzz" scripts/server-schemathesis.sh 60
# The desktop app in a real window under Xvfb through WebDriver (builds it with the UI embedded).
step "desktop e2e" scripts/test-desktop-e2e.sh
# The React UI: typecheck, Vitest, build, Playwright flows in Debian's Chromium (IPC mocked).
step "ui" scripts/test-ui.sh
step "docs" env RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked
printf '\nAll checks passed in %ss.\n' "$(($(date +%s) - started))"
# One closing line with the totals of every test binary.
awk '/^test result:/ { p += $4; f += $6 } END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
