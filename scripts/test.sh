#!/usr/bin/env bash
# Every check CI runs, in order, each timed: formatting, lints, tests, docs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

started=$(date +%s)
step "format" cargo fmt --all --check
step "clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
step "tests" cargo test --workspace --locked
step "docs" env RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked
printf '\nAll checks passed in %ss.\n' "$(($(date +%s) - started))"
