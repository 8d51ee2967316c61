#!/usr/bin/env bash
# Installs what building and testing CV Improver needs and is missing, on Debian or Ubuntu.
# Safe to run again: it only installs what is not there.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

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

apt_install_missing "${APT_PACKAGES[@]}"

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

# The JSON Resume schema checker's packages, exactly as locked.
npm_ci tools/schema-check

# The desktop app: WebKitGTK, the Tauri CLI, the UI's packages, tauri-driver.
scripts/setup-desktop.sh
