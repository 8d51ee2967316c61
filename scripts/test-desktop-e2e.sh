#!/usr/bin/env bash
# The desktop app end to end in a real window: builds it with the real UI embedded
# (feature custom-protocol), starts it under Xvfb through tauri-driver + WebKitWebDriver, and
# runs tests/e2e/desktop.mjs. HOME and XDG_* point at a temporary folder, so the test never
# touches your CVs. The screenshot lands in $OUT (default out/e2e).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

out="${OUT:-$PWD/out/e2e}"
mkdir -p "$out"
if [ -f ui/package.json ]; then
  step "desktop: build the UI" npm --prefix ui run build --silent
fi
step "desktop: build the app" cargo build --workspace --locked --features cvimprover-desktop/custom-protocol
app="$CARGO_TARGET_DIR/debug/cvimprover-desktop"

driver=$(command -v tauri-driver || echo "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver")
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
step "desktop: end-to-end" env TAURI_DRIVER="$driver" xvfb-run -a -s "-screen 0 1440x900x24" node tests/e2e/desktop.mjs "$app" "$out"
echo "screenshot: $out/e2e-window.png"
