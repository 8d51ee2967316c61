#!/usr/bin/env bash
# `make run`: the desktop app in development mode. The Tauri CLI (from npm, tools/desktop) starts
# the UI's Vite dev server (beforeDevCommand), builds src-tauri and opens the window; edits to
# the UI reload at once, edits to Rust rebuild and restart. The first build takes minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

if [ ! -f ui/package.json ]; then
  echo "run: ui/ is missing; the desktop app needs its UI (branch desktop-ui)" >&2
  exit 1
fi
# The repository root is the frontend project (tauri.conf.json's commands use `npm --prefix ui`).
export TAURI_FRONTEND_PATH="$PWD"
export TAURI_APP_PATH="$PWD/src-tauri"
exec tools/desktop/node_modules/.bin/tauri dev "$@"
