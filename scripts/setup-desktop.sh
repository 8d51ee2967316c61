#!/usr/bin/env bash
# What the desktop app needs to build, run and be tested, on Debian or Ubuntu; called by setup.sh.
# Safe to run again: it only installs what is missing.
#   - WebKitGTK and friends (Tauri's Linux webview), Xvfb and WebKitWebDriver for the e2e test;
#   - the Tauri CLI from npm (tools/desktop: `make run` uses `tauri dev`, no cargo-installed CLI);
#   - the UI's npm packages (ui/package-lock.json), when the UI is there;
#   - tauri-driver from crates.io (the e2e test's WebDriver proxy), pinned to 2.x.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(libwebkit2gtk-4.1-dev build-essential libssl-dev libayatana-appindicator3-dev
  librsvg2-dev libxdo-dev pkg-config xvfb xauth webkit2gtk-driver poppler-utils)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "setup-desktop: need root to run: $*" >&2; return 1
  fi
}

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-desktop: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq || as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci for a package folder, only when its lock file changed since the last install.
npm_ci() {
  local dir=$1 stamp="$1/node_modules/.lock-sha256" hash
  [ -f "$dir/package-lock.json" ] || return 0
  hash=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$hash" ]; then
    echo "setup-desktop: installing $dir (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$hash" >"$stamp"
  fi
}
npm_ci tools/desktop
npm_ci ui

if ! command -v tauri-driver >/dev/null && [ ! -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ]; then
  echo "setup-desktop: installing tauri-driver 2.x (about a minute)"
  cargo install tauri-driver --version "^2" --locked --quiet
fi
