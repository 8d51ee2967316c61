#!/usr/bin/env bash
# Runs bench/desktop/breakdown.mjs on the release app that bench/desktop/figures.sh built.
# CSS='…' RUNS=… are passed through.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
app="$CARGO_TARGET_DIR/release/cvimprover-desktop"
[ -x "$app" ] || { echo "build it first: bench/desktop/figures.sh" >&2; exit 1; }
driver=$(command -v tauri-driver || echo "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver")
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
TAURI_DRIVER="$driver" xvfb-run -a -s "-screen 0 1440x900x24" node bench/desktop/breakdown.mjs "$app" "$PWD/examples/software-engineer.json"
