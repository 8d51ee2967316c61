#!/usr/bin/env bash
# `make run`: the desktop app in development mode. This script starts the UI's Vite dev server;
# the Tauri CLI (from npm, tools/desktop) then builds src-tauri and opens the window; edits to
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
# The Vite dev server is started here, not as a beforeDevCommand in tauri.conf.json: the npm Tauri
# CLI runs that command from the folder of the first package.json it finds (tools/desktop/),
# where `npm --prefix ui` does not exist.
npm --prefix ui run dev &
vite=$!
trap 'kill "$vite" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  curl -sf http://localhost:5173/ >/dev/null && break
  kill -0 "$vite" 2>/dev/null || { echo "run: the UI's dev server (vite) did not start" >&2; exit 1; }
  sleep 0.2
done
tools/desktop/node_modules/.bin/tauri dev "$@"
