#!/usr/bin/env python3
"""Turn a CV Improver view model (/view.json, see crates/cv-core/templates/README.md) into a
LaTeX CV in the moderncv class (Debian's texlive-latex-extra), for the import-accuracy corpus.

It writes what a person writing moderncv by hand would: `\\name`, `\\title` and the contact
commands in the preamble, one `\\section` per section, `\\cventry{dates}{title}{org}{location}{}`
with the summary and an itemize of bullets for entries, `\\cvitem{name}{items}` for skill-like
lists and `\\cvitem{}{text}` for paragraphs. Every piece of user text is escaped. Right-to-left
documents (Arabic, Hebrew) are set with XeLaTeX and polyglossia; the others with pdfLaTeX.

Usage: view_to_moderncv.py VIEW.json OUT.tex   (prints the engine to use: pdflatex or xelatex)
"""

from __future__ import annotations

import json
import re
import sys

SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
    "^": r"\textasciicircum{}", "_": r"\_", "%": r"\%", "~": r"\textasciitilde{}",
}
# Characters pdfLaTeX's T1 + utf8 setup cannot set; a document holding one goes to XeLaTeX.
PDFLATEX_SAFE = re.compile(r"^[\u0000-\u024F\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u00B7\u20AC]*$")


# Set by `document` for right-to-left CVs: Latin and digit runs are wrapped in \LR{} (bidi),
# as an author of an Arabic LaTeX CV writes e-mail addresses, URLs and product names.
RTL = False
LTR_RUN = re.compile(r"[A-Za-z0-9@+][^\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]*[A-Za-z0-9)]|[A-Za-z0-9]")


def escape(text: str) -> str:
    return "".join(SPECIAL.get(c, c) for c in text)


def tex(value) -> str:
    """User text as LaTeX text."""
    text = "" if value is None else str(value)
    if not RTL:
        return escape(text)
    out, at = [], 0
    for m in LTR_RUN.finditer(text):
        out.append(escape(text[at:m.start()]))
        out.append(r"\LR{" + escape(m.group(0)) + "}")
        at = m.end()
    return "".join(out) + escape(text[at:])


def url_arg(href: str) -> str:
    """A URL inside \\url{} / \\href{}: only the characters that break the argument escaped."""
    return href.replace("\\", "").replace("{", "%7B").replace("}", "%7D").replace("%", "\\%").replace("#", "\\#")


def header(view: dict) -> list[str]:
    h = view.get("header") or {}
    name = (h.get("name") or "").split()
    first, last = (" ".join(name[:-1]), name[-1]) if len(name) > 1 else ("", " ".join(name))
    out = [rf"\name{{{tex(first)}}}{{{tex(last)}}}"]
    if h.get("label"):
        out.append(rf"\title{{{tex(h['label'])}}}")
    extra = []
    for c in h.get("contacts") or []:
        kind, text = c.get("kind"), c.get("text") or ""
        if kind == "email":
            out.append(rf"\email{{{tex(text)}}}")
        elif kind == "phone" and not RTL:
            out.append(rf"\phone[mobile]{{{tex(text)}}}")
        elif kind == "location":
            out.append(rf"\address{{{tex(text)}}}{{}}{{}}")
        elif kind == "url" and not any(l.startswith(r"\homepage") for l in out):
            out.append(rf"\homepage{{{tex(text)}}}")
        else:  # profiles; under bidi also the phone (moderncv's \phone breaks there)
            href = c.get("href") or ""
            extra.append(rf"\href{{{url_arg(href)}}}{{{tex(text)}}}" if href else tex(text))
    if extra:
        out.append(r"\extrainfo{" + r"\\ ".join(extra) + "}")
    return out


def entry(e: dict) -> list[str]:
    desc = []
    meta = []
    url = e.get("url")
    if isinstance(url, dict) and (url.get("text") or url.get("href")):
        text = url.get("text") or url.get("href")
        meta.append(rf"\href{{{url_arg(url.get('href') or text)}}}{{{tex(text)}}}" if url.get("href") else tex(text))
    if e.get("note"):
        meta.append(rf"\emph{{{tex(e['note'])}}}")
    if meta:
        desc.append(" -- ".join(meta) + r"\newline{}")
    if e.get("summary"):
        desc.append(tex(e["summary"]))
    bullets = e.get("bullets") or []
    if bullets:
        desc.append(r"\begin{itemize}" + "".join(rf"\item {tex(b)}" for b in bullets) + r"\end{itemize}")
    if e.get("tags"):
        desc.append(tex(", ".join(e["tags"])))
    return [
        rf"\cventry{{{tex(e.get('date'))}}}{{{tex(e.get('title'))}}}{{{tex(e.get('org'))}}}"
        rf"{{{tex(e.get('location'))}}}{{}}{{{' '.join(desc)}}}"
    ]


def tags_row(e: dict) -> str:
    name = tex(e.get("name"))
    items = e.get("items") or []
    if items:
        if e.get("level"):
            name += rf" \textit{{({tex(e['level'])})}}"
        return rf"\cvitem{{{name}}}{{{tex(', '.join(items))}}}"
    return rf"\cvitem{{{name}}}{{{tex(e.get('level'))}}}"


def body(view: dict) -> list[str]:
    out = []
    for s in view.get("sections") or []:
        out.append(rf"\section{{{tex(s.get('title'))}}}")
        layout = s.get("layout")
        if layout == "text":
            out.append(rf"\cvitem{{}}{{{tex(s.get('text'))}}}")
        for e in s.get("entries") or []:
            out += entry(e) if layout == "entries" else [tags_row(e)]
    return out


def document(view: dict) -> tuple[str, str]:
    global RTL
    rtl = RTL = view.get("dir") == "rtl"
    text = json.dumps(view, ensure_ascii=False)
    engine = "pdflatex" if not rtl and PDFLATEX_SAFE.match(text) else "xelatex"
    pre = [r"\documentclass[11pt,a4paper,sans]{moderncv}",
           # Letters, not Font Awesome icons: fontawesome5 lives in the 500 MB texlive-fonts-extra.
           r"\moderncvstyle[nosymbols]{classic}",
           r"\moderncvcolor{blue}", r"\usepackage[scale=0.77]{geometry}"]
    if engine == "pdflatex":
        pre += [r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}", r"\usepackage{lmodern}"]
    else:
        pre += [r"\usepackage{fontspec}", r"\setsansfont{DejaVu Sans}"]
    if rtl:
        lang = {"ar": "arabic", "he": "hebrew"}.get(view.get("lang"), "arabic")
        # Amiri comes with texlive-lang-arabic (fonts-hosny-amiri); Hebrew falls back to DejaVu.
        font = "Amiri" if lang == "arabic" else "DejaVu Sans"
        script = lang.capitalize()
        # bidi (under polyglossia) must come after hyperref, which moderncv loads late.
        pre += [r"\usepackage[unicode]{hyperref}", r"\usepackage{polyglossia}", rf"\setmainlanguage{{{lang}}}",
                r"\setotherlanguage{english}",
                rf"\newfontfamily\{lang}font[Script={script}]{{{font}}}",
                rf"\newfontfamily\{lang}fontsf[Script={script}]{{{font}}}"]
    lines = pre + header(view) + [r"\begin{document}", r"\makecvtitle"] + body(view) + [r"\end{document}"]
    return "\n".join(lines) + "\n", engine


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    view = json.load(open(argv[1], encoding="utf-8"))
    source, engine = document(view)
    with open(argv[2], "w", encoding="utf-8") as f:
        f.write(source)
    print(engine)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
