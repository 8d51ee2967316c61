#!/usr/bin/env bash
# Regenerates the accuracy corpus in bench/import-accuracy/corpus/ from examples/*.json:
#   truth/<name>.json              the ground truth (the example itself)
#   ours-<template>/<name>.pdf     our four templates, rendered, cv.json attachment removed (qpdf)
#   weasyprint/<name>.pdf          our view model as HTML (bench/peers/view_to_html.py), WeasyPrint
#   libreoffice/<name>.pdf         the same HTML converted by LibreOffice Writer (soffice)
#   latex-moderncv/<name>.pdf      the view model as a moderncv LaTeX CV (view_to_moderncv.py),
#                                  pdfLaTeX, or XeLaTeX + polyglossia for right-to-left CVs
# Generators that are not installed are skipped with a note. Needs: a release build of
# cvimprover (or CVIMPROVER=path), qpdf; optional: bench/.venv with weasyprint, soffice,
# texlive-latex-extra + texlive-fonts-recommended + lmodern (+ texlive-xetex, texlive-lang-arabic).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${CORPUS:-$here/corpus}"
bin="${CVIMPROVER:-${CARGO_TARGET_DIR:-/var/tmp/cvimprover-target}/release/cvimprover}"
export SOURCE_DATE_EPOCH=1767225600 FORCE_SOURCE_DATE=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out/truth"
python_bin="$root/bench/.venv/bin/python"
[ -x "$python_bin" ] || python_bin=python3
for src in "$root"/examples/*.json; do
  name=$(basename "$src" .json)
  cp "$src" "$out/truth/$name.json"
  for t in classic modern sidebar compact; do
    mkdir -p "$out/ours-$t"
    "$python_bin" - "$src" "$tmp/$name-$t.json" "$t" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d.setdefault("cvimprover", {"schemaVersion": 1}).setdefault("design", {})["template"] = sys.argv[3]
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
    "$bin" render "$tmp/$name-$t.json" -o "$tmp/$name-$t.pdf" --force 2>/dev/null
    qpdf --remove-attachment=cv.json "$tmp/$name-$t.pdf" "$out/ours-$t/$name.pdf"
  done
  "$bin" render "$src" -o "$tmp/$name.pdf" --force --dump-view "$tmp/$name.view.json" 2>/dev/null
  if command -v pdflatex >/dev/null && kpsewhich moderncv.cls >/dev/null 2>&1; then
    mkdir -p "$out/latex-moderncv" "$tmp/tex"
    engine=$(python3 "$here/view_to_moderncv.py" "$tmp/$name.view.json" "$tmp/tex/$name.tex")
    if (cd "$tmp/tex" && "$engine" -interaction=nonstopmode -halt-on-error "$name.tex" >/dev/null 2>&1); then
      cp "$tmp/tex/$name.pdf" "$out/latex-moderncv/$name.pdf"
    else
      echo "make-corpus: $engine failed on $name (see $name.log)" >&2
    fi
  fi
  "$python_bin" "$root/bench/peers/view_to_html.py" "$tmp/$name.view.json" "$tmp/$name.html" \
    --fonts "$root/crates/cv-core/fonts" >/dev/null 2>&1 || continue
  if "$python_bin" -c "import weasyprint" 2>/dev/null; then
    mkdir -p "$out/weasyprint"
    "$python_bin" -c "import sys, weasyprint; weasyprint.HTML(sys.argv[1]).write_pdf(sys.argv[2])" \
      "$tmp/$name.html" "$out/weasyprint/$name.pdf" 2>/dev/null
  fi
  if command -v soffice >/dev/null; then
    mkdir -p "$out/libreoffice"
    soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir "$tmp/lo" "$tmp/$name.html" >/dev/null 2>&1 || true
    [ -f "$tmp/lo/$name.pdf" ] && cp "$tmp/lo/$name.pdf" "$out/libreoffice/$name.pdf"
  fi
done
command -v pdflatex >/dev/null || echo "make-corpus: pdflatex not installed, latex-moderncv/ skipped" >&2
command -v soffice >/dev/null || echo "make-corpus: soffice not installed, libreoffice/ skipped" >&2
"$python_bin" -c "import weasyprint" 2>/dev/null || echo "make-corpus: weasyprint not installed, weasyprint/ skipped" >&2
du -sh "$out"
