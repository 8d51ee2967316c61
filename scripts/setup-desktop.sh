#!/usr/bin/env bash
# What the desktop app needs to build, run and be tested, on Debian or Ubuntu; called by setup.sh.
# Safe to run again: it only installs what is missing.
#   - WebKitGTK and friends (Tauri's Linux webview), Xvfb and WebKitWebDriver for the e2e test;
#   - the Tauri CLI from npm (tools/desktop: `make run` uses `tauri dev`, no cargo-installed CLI);
#   - the UI's npm packages (ui/package-lock.json), when the UI is there;
#   - tauri-driver from crates.io (the e2e test's WebDriver proxy), pinned to 2.x.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

APT_PACKAGES=(libwebkit2gtk-4.1-dev build-essential libssl-dev libayatana-appindicator3-dev
  librsvg2-dev libxdo-dev pkg-config xvfb xauth webkit2gtk-driver poppler-utils)

apt_install_missing "${APT_PACKAGES[@]}"
npm_ci tools/desktop
npm_ci ui

if ! command -v tauri-driver >/dev/null && [ ! -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ]; then
  echo "setup-desktop: installing tauri-driver 2.x (about a minute)"
  cargo install tauri-driver --version "^2" --locked --quiet
fi
