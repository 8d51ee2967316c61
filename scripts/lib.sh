# Shared by the scripts in this folder: the build directory and timed steps.
# Sourced, not run.

# One persistent build directory outside the clone, so later runs (and CI) reuse it.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/cvimprover-target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"

# step NAME COMMAND...: runs COMMAND and prints how long it took.
step() {
  local name=$1 start end
  shift
  printf '\n== %s\n' "$name"
  start=$(date +%s)
  "$@"
  end=$(date +%s)
  printf '== %s: done in %ss\n' "$name" "$((end - start))"
}

# as_root COMMAND...: runs COMMAND as root (directly, or through sudo when there is one).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "setup: need root to run: $*" >&2; return 1
  fi
}

# apt_install_missing PACKAGE...: installs, without recommends, the Debian packages not installed.
apt_install_missing() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # apt can fail once when /tmp is cleaned under it; one retry is enough.
  as_root apt-get update -qq || as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm_ci DIR: `npm ci` in DIR, only when its lock file changed since the last install (a stamp
# in node_modules holds the lock file's hash).
npm_ci() {
  local dir=$1 stamp="$1/node_modules/.lock-sha256" hash
  [ -f "$dir/package-lock.json" ] || return 0
  hash=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$hash" ]; then
    echo "setup: installing $dir (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$hash" >"$stamp"
  fi
}
