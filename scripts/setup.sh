#!/usr/bin/env bash
# Installs what building and testing CV Improver needs and is missing, on Debian or Ubuntu.
# Safe to run again: it only installs what is not there.
set -euo pipefail

# Debian packages: poppler-utils reads our PDFs back in tests; hyperfine and time measure the
# benchmarks; fontconfig lets the renderer find installed fonts for CJK text; qpdf makes the
# encrypted PDF fixtures of the import tests (crates/cv-core/tests/fixtures/make-fixtures.sh);
# libreoffice-writer-nogui converts exported DOCX files to PDF in tests (about 250 MB, half a
# minute to install). Node runs the official JSON Resume schema check (tools/schema-check); any
# Node 18 or newer will do, so Debian's is installed only when there is none.
# postgresql provides the server binaries scripts/server-pg.sh runs a throwaway cluster with;
# python3-venv and curl let scripts/server-schemathesis.sh install schemathesis and reach the server.
APT_PACKAGES=(poppler-utils hyperfine time fontconfig qpdf libreoffice-writer-nogui postgresql python3-venv curl)
command -v node >/dev/null && command -v npm >/dev/null || APT_PACKAGES+=(nodejs npm)
MIN_RUST=1.94

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "setup: need root to run: $*" >&2; return 1
  fi
}

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # apt can fail once when /tmp is cleaned under it; one retry is enough.
  as_root apt-get update -qq || as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null; then
  [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null; then
  echo "setup: Rust $MIN_RUST or newer is needed: install it with rustup (https://rustup.rs)" >&2
  exit 1
fi
have=$(rustc --version | awk '{print $2}')
if [ "$(printf '%s\n%s\n' "$MIN_RUST" "$have" | sort -V | head -1)" != "$MIN_RUST" ]; then
  echo "setup: Rust $have is too old, $MIN_RUST or newer is needed: rustup update" >&2
  exit 1
fi
for component in rustfmt clippy; do
  if ! cargo "${component/rustfmt/fmt}" --version >/dev/null 2>&1; then
    rustup component add "$component"
  fi
done

# The JSON Resume schema checker's packages, exactly as locked. `npm ci` only when they are
# missing or the lock file changed since the last install (a stamp holds its hash).
schema_check="$(dirname "$0")/../tools/schema-check"
stamp="$schema_check/node_modules/.lock-sha256"
lock_hash=$(sha256sum "$schema_check/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  echo "setup: installing tools/schema-check (npm ci)"
  (cd "$schema_check" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" >"$stamp"
fi

# The desktop app: WebKitGTK, the Tauri CLI, the UI's packages, tauri-driver.
"$(dirname "$0")/setup-desktop.sh"
