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
