#!/usr/bin/env bash
# Compare our renderer with peers on the same CV, whole process, in one run:
#   ours        cvimprover render CV.json -o bench/out/ours.pdf
#   typst-py    Typst's Python binding compiling our template with our view model
#   weasyprint  WeasyPrint on an HTML CV made from the same view model
# and print our median time as a ratio of each peer's, with page counts to show the output is
# comparable. Also prints in-process times for the Python peers. See bench/README.md.
#
# Usage: bench/render-peers.sh [--no-build] [--runs N] [--template NAME] [CV.json]
#   CV.json          input document (default: examples/software-engineer.json)
#   --no-build       do not run cargo; use the binary already in $CARGO_TARGET_DIR/release. If it
#                    is missing, ours is skipped and the peers render bench/peers/sample-view.json
#                    (the view model of examples/software-engineer.json) instead.
#   --runs N         timed runs per peer (default and minimum for a fair comparison: 20)
#   --template NAME  template for ours and typst-py (default: the document's design.template)
#
# Environment: CARGO_TARGET_DIR (default /var/tmp/cvimprover-target).
# Needs: Debian 12 (or similar) with python3; installs with apt-get when run as root (or with
# passwordless sudo): python3-venv, Pango/HarfBuzz libraries for WeasyPrint, poppler-utils,
# hyperfine. Installs weasyprint and typst from PyPI into bench/.venv. Outputs go to bench/out/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
OUT="$BENCH/out"
VENV="$BENCH/.venv"
PEERS="$BENCH/peers"
TEMPLATES="$ROOT/crates/cv-core/templates"
FONTS="$ROOT/crates/cv-core/fonts"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/cvimprover-target}"
BIN="$CARGO_TARGET_DIR/release/cvimprover"
DEFAULT_INPUT="$ROOT/examples/software-engineer.json"

BUILD=1
RUNS=20
WARMUP=3
TEMPLATE=""
INPUT="$DEFAULT_INPUT"

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --runs) RUNS="${2:-}"; shift ;;
    --template) TEMPLATE="${2:-}"; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option: $1" ;;
    *) INPUT="$1" ;;
  esac
  shift
done

case "$RUNS" in '' | *[!0-9]*) die "--runs needs a positive number" ;; esac
[ "$RUNS" -ge 1 ] || die "--runs needs a positive number"
[ "$RUNS" -ge 20 ] || warn "only $RUNS runs per peer; use at least 20 for figures worth quoting"
case "$TEMPLATE" in *[!a-z0-9_-]*) die "bad template name: $TEMPLATE" ;; esac
[ -f "$INPUT" ] || die "no such input: $INPUT"
INPUT="$(cd "$(dirname "$INPUT")" && pwd)/$(basename "$INPUT")"

# ---------------------------------------------------------------------------------------------
# System packages (Debian): only what is missing, only with root or passwordless sudo.
SUDO=()
can_apt() {
  command -v apt-get >/dev/null || return 1
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); return 0; fi
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=(sudo); return 0; fi
  return 1
}
apt_install() {
  can_apt || { warn "cannot install $* (needs apt-get and root or passwordless sudo)"; return 1; }
  local apt=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get)
  log "apt-get install -y $*"
  if ! "${apt[@]}" install -y -qq --no-install-recommends "$@" >/dev/null; then
    log "apt-get update, then retry"   # a fresh image has empty package lists
    "${apt[@]}" update -qq >/dev/null && "${apt[@]}" install -y -qq --no-install-recommends "$@" >/dev/null
  fi
}
deb_installed() { dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null | grep -qx installed; }

need=()
command -v python3 >/dev/null || need+=(python3)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
command -v hyperfine >/dev/null || need+=(hyperfine)
if command -v dpkg-query >/dev/null; then
  # venv's ensurepip; Pango for WeasyPrint; HarfBuzz subsetting (without it WeasyPrint falls
  # back to fontTools, warns and runs several times slower, which would flatter us).
  for p in python3-venv libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0; do
    deb_installed "$p" || need+=("$p")
  done
fi
if [ ${#need[@]} -gt 0 ]; then
  apt_install "${need[@]}" || warn "continuing without: ${need[*]}"
fi
command -v python3 >/dev/null || die "python3 is required"

# ---------------------------------------------------------------------------------------------
# Python peers in bench/.venv.
if [ ! -x "$VENV/bin/python" ]; then
  log "creating $VENV"
  python3 -m venv "$VENV" || die "python3 -m venv failed (on Debian: apt-get install python3-venv)"
fi
PY="$VENV/bin/python"
if ! "$PY" -c 'import weasyprint, typst' 2>/dev/null; then
  log "pip install weasyprint typst (into $VENV)"
  # typst-py 0.15.x embeds Typst 0.15.x, the version cv-core pins.
  "$VENV/bin/pip" install --quiet --disable-pip-version-check weasyprint 'typst>=0.15,<0.16'
fi
"$PY" -c 'import weasyprint, typst' ||
  die "weasyprint or typst does not import from $VENV (WeasyPrint needs Pango: apt-get install libpango-1.0-0 libpangoft2-1.0-0)"

# ---------------------------------------------------------------------------------------------
# Our CLI.
if [ "$BUILD" -eq 1 ]; then
  command -v cargo >/dev/null || die "cargo not found (install Rust with rustup), or pass --no-build"
  log "cargo build --release -p cv-cli   (CARGO_TARGET_DIR=$CARGO_TARGET_DIR)"
  (cd "$ROOT" && cargo build --release -p cv-cli)
  [ -x "$BIN" ] || die "the build finished but $BIN is missing"
fi
HAVE_OURS=1
if [ ! -x "$BIN" ]; then
  HAVE_OURS=0
  warn "cvimprover is not built yet ($BIN missing)."
  warn "  Build it with: cargo build --release -p cv-cli   (or run this script without --no-build)"
  warn "  Skipping ours; peers use bench/peers/sample-view.json, the view model of"
  warn "  examples/software-engineer.json, so the input argument is ignored."
fi

mkdir -p "$OUT"
rm -rf "$OUT/typst-root"
rm -f "$OUT"/ours.pdf "$OUT"/typst.pdf "$OUT"/weasy.pdf "$OUT"/*-inproc.pdf "$OUT"/cmd-*.argv \
  "$OUT"/timings.json "$OUT"/summary.txt "$OUT"/view.json
cp "$INPUT" "$OUT/cv.json"

TEMPLATE_ARGS=()
if [ -n "$TEMPLATE" ]; then
  TEMPLATE_ARGS=(--template "$TEMPLATE")
else
  TEMPLATE="$("$PY" -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
print(((d.get("cvimprover") or {}).get("design") or {}).get("template") or "classic")' "$OUT/cv.json")"
  case "$TEMPLATE" in '' | *[!a-z0-9_-]*) die "bad design.template in $INPUT: $TEMPLATE" ;; esac
fi

OURS_ARGS=(render "$INPUT" -o "$OUT/ours.pdf" "${TEMPLATE_ARGS[@]}")
if [ "$HAVE_OURS" -eq 1 ]; then
  log "cvimprover ${OURS_ARGS[*]} --dump-view $OUT/view.json"
  "$BIN" "${OURS_ARGS[@]}" --dump-view "$OUT/view.json"
  VIEW="$OUT/view.json"
else
  VIEW="$PEERS/sample-view.json"
  cp "$DEFAULT_INPUT" "$OUT/cv.json"
fi

# typst-py: our template, our view model, our fonts, nothing from the system.
TYPST_CODE='import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2], root=sys.argv[3], font_paths=[sys.argv[4]], ignore_system_fonts=True)'
TYPST_ROOT="$OUT/typst-root"
TYPST_MAIN="$TYPST_ROOT/$TEMPLATE.typ"
HAVE_TYPST=0
if [ -f "$TEMPLATES/$TEMPLATE.typ" ]; then
  mkdir -p "$TYPST_ROOT"
  cp "$TEMPLATES"/*.typ "$TYPST_ROOT/"
  cp "$VIEW" "$TYPST_ROOT/view.json"
  cp "$OUT/cv.json" "$TYPST_ROOT/cv.json"
  if "$PY" -c "$TYPST_CODE" "$TYPST_MAIN" "$OUT/typst.pdf" "$TYPST_ROOT" "$FONTS"; then
    HAVE_TYPST=1
  else
    warn "typst-py could not compile $TYPST_MAIN; skipping typst-py"
  fi
else
  warn "no template $TEMPLATES/$TEMPLATE.typ yet; skipping typst-py"
fi

# WeasyPrint: the same view model as a styled HTML CV, in the same bundled fonts, with cv.json
# attached and a tagged PDF, as ours produces.
DEFAULT_FONT="Inter"
if [ -f "$TEMPLATES/$TEMPLATE.typ" ]; then
  # The template's own font, used when the CV does not choose one: the first bundled family
  # the template names.
  f="$(grep -o -m1 -E '"(Inter|Libertinus Serif|DejaVu Sans Mono)"' "$TEMPLATES/$TEMPLATE.typ" | head -n1 | tr -d '"' || true)"
  [ -z "$f" ] || DEFAULT_FONT="$f"
fi
"$PY" "$PEERS/view_to_html.py" "$VIEW" "$OUT/cv.html" --fonts "$FONTS" --attach "$OUT/cv.json" \
  --default-font "$DEFAULT_FONT"
WEASY_ARGS=("$VENV/bin/weasyprint" -q --pdf-tags "$OUT/cv.html" "$OUT/weasy.pdf")
"${WEASY_ARGS[@]}"

# ---------------------------------------------------------------------------------------------
# Whole-process timing.
NAMES=()
CMDS=()
add_cmd() {
  local name="$1"
  shift
  NAMES+=("$name")
  printf '%s\0' "$@" >"$OUT/cmd-$name.argv"
  local quoted
  quoted="$(printf '%q ' "$@")"
  CMDS+=("${quoted% }")
}
[ "$HAVE_OURS" -eq 0 ] || add_cmd ours "$BIN" "${OURS_ARGS[@]}"
[ "$HAVE_TYPST" -eq 0 ] || add_cmd typst-py "$PY" -c "$TYPST_CODE" "$TYPST_MAIN" "$OUT/typst.pdf" "$TYPST_ROOT" "$FONTS"
add_cmd weasyprint "${WEASY_ARGS[@]}"

TIMER="hyperfine"
if command -v hyperfine >/dev/null; then
  hf=(hyperfine --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$OUT/timings.json")
  # --shell=none (hyperfine >= 1.13) runs each command directly, no shell start-up to subtract.
  if hyperfine -N --runs 1 true >/dev/null 2>&1; then hf+=(-N); else hf+=(--shell bash); fi
  for i in "${!NAMES[@]}"; do hf+=(-n "${NAMES[$i]}" "${CMDS[$i]}"); done
  log "timing with hyperfine: ${NAMES[*]}"
  "${hf[@]}" >&2
else
  TIMER="python loop (hyperfine not installed)"
  specs=()
  for n in "${NAMES[@]}"; do specs+=("$n=$OUT/cmd-$n.argv"); done
  log "hyperfine not found; timing with bench/peers/time_commands.py: ${NAMES[*]}"
  "$PY" "$PEERS/time_commands.py" --warmup "$WARMUP" --runs "$RUNS" --export-json "$OUT/timings.json" "${specs[@]}"
fi

# In-process timing of the Python peers (ours: criterion, see the report).
log "in-process timing"
: >"$OUT/inprocess.tsv"
if [ "$HAVE_TYPST" -eq 1 ]; then
  "$PY" "$PEERS/inprocess.py" typst --main "$TYPST_MAIN" --root "$TYPST_ROOT" --fonts "$FONTS" \
    --out "$OUT/typst-inproc.pdf" --runs 20 >>"$OUT/inprocess.tsv"
fi
"$PY" "$PEERS/inprocess.py" weasyprint --html "$OUT/cv.html" --out "$OUT/weasy-inproc.pdf" \
  --runs 10 --pdf-tags >>"$OUT/inprocess.tsv"

# ---------------------------------------------------------------------------------------------
# Report.
OURS_VERSION="not built"
[ "$HAVE_OURS" -eq 0 ] || OURS_VERSION="$("$BIN" --version 2>/dev/null || echo "version unknown")"
HF_VERSION="$(hyperfine --version 2>/dev/null || echo none)"
CPU="$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n1)"
INPUT_LABEL="${INPUT#"$ROOT"/}"
[ "$HAVE_OURS" -eq 1 ] || INPUT_LABEL="bench/peers/sample-view.json (view of examples/software-engineer.json)"

"$PY" - "$OUT" "$TIMER" "$RUNS" "$WARMUP" "$INPUT_LABEL" "$TEMPLATE" "$OURS_VERSION" "$HF_VERSION" \
  "${CPU:-unknown CPU}" <<'PYEOF' | tee "$OUT/summary.txt"
import json, os, platform, shutil, subprocess, sys
out, timer, runs, warmup, input_label, template, ours_version, hf_version, cpu = sys.argv[1:]
pdfs = {"ours": "ours.pdf", "typst-py": "typst.pdf", "weasyprint": "weasy.pdf"}

def pages(pdf):
    path = os.path.join(out, pdf)
    if not shutil.which("pdfinfo") or not os.path.exists(path):
        return "?"
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return next((l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")), "?")

results = {r["command"]: r for r in json.load(open(os.path.join(out, "timings.json")))["results"]}
ours = results.get("ours")
print()
print(f"input: {input_label}   template: {template}")
print(f"whole process, median of {runs} runs after {warmup} warm-up ({timer})")
print()
print(f"{'peer':<12} {'median ms':>10} {'ours/peer':>10} {'pages':>6}")
for name in ("ours", "typst-py", "weasyprint"):
    r = results.get(name)
    if r is None:
        print(f"{name:<12} {'skipped':>10} {'':>10} {'':>6}")
        continue
    median = r["median"] * 1000
    ratio = f"{ours['median'] / r['median']:.2f}x" if ours else "n/a"
    print(f"{name:<12} {median:>10.1f} {ratio:>10} {pages(pdfs[name]):>6}")
print()
print("in process, one Python process, median (min) ms:")
with open(os.path.join(out, "inprocess.tsv")) as f:
    for line in f:
        label, median, best, n = line.rstrip("\n").split("\t")
        print(f"  {label:<44} {float(median):8.1f}  ({float(best):.1f}, {n} runs)")
print("  ours: run `cargo bench -p cv-core` (criterion) for our in-process render time")
print()
try:
    import typst, weasyprint, pydyf
    peers = f"typst-py {typst.__version__}, WeasyPrint {weasyprint.__version__}, pydyf {pydyf.__version__}"
except Exception as e:  # versions are informative only
    peers = f"peer versions unavailable ({e})"
print(f"ours: {ours_version}; {peers}; hyperfine: {hf_version}")
load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
print(f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, load average {load:.2f}")
if load > 0.5 * (os.cpu_count() or 1):
    print("warning: the machine was busy during this run; timings are noisy")
made = [f for f in ("ours.pdf", "typst.pdf", "weasy.pdf", "cv.html", "view.json", "timings.json")
        if os.path.exists(os.path.join(out, f))]
print(f"outputs in {out}/: {', '.join(made)}")
PYEOF
