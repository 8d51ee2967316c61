#!/usr/bin/env bash
# The desktop UI's checks (ui/): npm packages, typecheck, Vitest, the app build, and the Playwright
# flows against the built UI with Tauri's IPC mocked, in Debian's Chromium (installed if missing;
# browser downloads do not work in CI). Screenshots land in $UI_E2E_OUT (default
# /tmp/cvimprover-ui-e2e). Called by scripts/test.sh; runs on its own too.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

if ! command -v chromium >/dev/null && [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  step "apt: chromium" sudo_if_needed env DEBIAN_FRONTEND=noninteractive \
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends chromium
fi

cd ui
# npm ci only when the lock file changed since the last install (node_modules/.package-lock.json).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci" npm ci --no-audit --no-fund
fi
step "ui typecheck" npm run --silent typecheck
step "ui unit tests" npx vitest run
step "ui build" npm run --silent build
step "ui e2e" npm run --silent e2e
