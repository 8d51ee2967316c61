#!/usr/bin/env bash
# The desktop figures (issue 5) on a release build with the UI embedded, under Xvfb:
# cold start, typing → preview (end to end and Rust side), memory, binary size. Several minutes
# for the release build. HOME and XDG_* point at a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh

[ -f ui/package.json ] && step "build the UI" npm --prefix ui run build --silent
step "release build" nice -n 5 cargo build --release --locked -p cvimprover-desktop --features custom-protocol
app="$CARGO_TARGET_DIR/release/cvimprover-desktop"
driver=$(command -v tauri-driver || echo "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver")
example="$PWD/examples/software-engineer.json"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
TAURI_DRIVER="$driver" xvfb-run -a -s "-screen 0 1440x900x24" node bench/desktop/figures.mjs "$app" "$example"
