#!/usr/bin/env python3
"""Turn a CV Improver view model (/view.json, see crates/cv-core/templates/README.md) into a
single-column HTML CV, for rendering with WeasyPrint as a peer in bench/render-peers.sh.

The HTML carries the same content as our Typst templates receive: header with contacts, every
section in the order given, `text`, `entries` and `tags` layouts with every field. All text is
HTML-escaped; links keep only http(s), mailto and tel targets. Only the standard library is used.

Usage: view_to_html.py VIEW.json OUT.html [--fonts DIR] [--attach CV.json] [--default-font NAME]
  --fonts DIR    declare @font-face rules for the bundled fonts in DIR (crates/cv-core/fonts),
                 so WeasyPrint sets the CV in the same faces as our renderer
  --attach FILE  attach FILE to the PDF (as our renderer attaches cv.json)
  --default-font the family used when font.family[0] is null ("the template's own font"); Inter
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:")
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_FAMILY = "Inter"
DEFAULT_ACCENT = "#1f5fae"
PAPERS = {"a4": "A4", "us-letter": "letter", "letter": "letter"}

# File-name stem suffix -> (font-weight, font-style)
FACE_STYLES = {
    "Regular": (400, "normal"),
    "Italic": (400, "italic"),
    "Semibold": (600, "normal"),
    "SemiBold": (600, "normal"),
    "SemiBoldItalic": (600, "italic"),
    "Bold": (700, "normal"),
    "BoldItalic": (700, "italic"),
}
FAMILY_NAMES = {
    "Inter": "Inter",
    "LibertinusSerif": "Libertinus Serif",
    "DejaVuSansMono": "DejaVu Sans Mono",
    "NotoSansArabic": "Noto Sans Arabic",
    "NotoSansHebrew": "Noto Sans Hebrew",
}


def esc(value) -> str:
    """Escape any value for HTML text or a double-quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


def safe_href(href):
    if isinstance(href, str) and href.strip().lower().startswith(SAFE_SCHEMES):
        return href.strip()
    return None


def css_string(name: str) -> str:
    """A font family name as a CSS string; nothing that could close the string or the <style>."""
    cleaned = re.sub(r"[\"'\\<>\n\r\t;{}]", "", str(name))
    return f'"{cleaned}"'


def num(value, default: float, lo: float, hi: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return default
    return min(max(v, lo), hi) if v == v else default


def font_faces(font_dir: Path) -> str:
    rules = []
    for path in sorted(font_dir.iterdir()):
        if path.suffix.lower() not in (".otf", ".ttf"):
            continue
        stem = path.stem
        family_key, _, style_key = stem.partition("-")
        family = FAMILY_NAMES.get(family_key)
        weight, style = FACE_STYLES.get(style_key or "Regular", (400, "normal"))
        if family is None:
            continue
        rules.append(
            "@font-face { font-family: %s; src: url(%s); font-weight: %d; font-style: %s; }"
            % (css_string(family), css_string(path.resolve().as_uri()), weight, style)
        )
    return "\n".join(rules)


def link(text, href) -> str:
    target = safe_href(href)
    if target is None:
        return esc(text)
    return f'<a href="{esc(target)}">{esc(text)}</a>'


def render_header(header: dict) -> str:
    out = ['<header class="cv-header">', f'<h1 class="name">{esc(header.get("name"))}</h1>']
    if header.get("label"):
        out.append(f'<p class="label">{esc(header["label"])}</p>')
    contacts = header.get("contacts") or []
    if contacts:
        items = [
            f'<li class="contact contact-{esc(c.get("kind"))}"><span class="contact-text">'
            f'{link(c.get("text"), c.get("href"))}</span></li>'
            for c in contacts
        ]
        out.append('<ul class="contacts">' + "".join(items) + "</ul>")
    out.append("</header>")
    return "\n".join(out)


def render_entry(e: dict) -> str:
    out = ['<article class="entry">', '<div class="entry-top">', '<div class="entry-head">']
    heading = []
    if e.get("title"):
        heading.append(f'<span class="title">{esc(e["title"])}</span>')
    if e.get("org"):
        sep = '<span class="sep"> · </span>' if heading else ""
        heading.append(f'{sep}<span class="org">{esc(e["org"])}</span>')
    out.append('<div class="entry-line1"><h3>' + "".join(heading) + "</h3>")
    if e.get("date"):
        out.append(f'<span class="date">{esc(e["date"])}</span>')
    out.append("</div>")
    meta = []
    if e.get("location"):
        meta.append(f'<span class="location">{esc(e["location"])}</span>')
    url = e.get("url")
    if isinstance(url, dict) and (url.get("text") or url.get("href")):
        meta.append(f'<span class="url">{link(url.get("text") or url.get("href"), url.get("href"))}</span>')
    if e.get("note"):
        meta.append(f'<span class="note">{esc(e["note"])}</span>')
    if meta:
        out.append('<div class="entry-meta">' + '<span class="sep"> · </span>'.join(meta) + "</div>")
    out.append("</div>")  # entry-head
    if e.get("summary"):
        out.append(f'<p class="summary">{esc(e["summary"])}</p>')
    out.append("</div>")  # entry-top: heading and summary never split across pages
    bullets = e.get("bullets") or []
    if bullets:
        out.append('<ul class="bullets">' + "".join(f"<li>{esc(b)}</li>" for b in bullets) + "</ul>")
    tags = e.get("tags") or []
    if tags:
        out.append('<ul class="tags">' + "".join(f"<li>{esc(t)}</li>" for t in tags) + "</ul>")
    out.append("</article>")
    return "\n".join(out)


def render_tags(e: dict) -> str:
    name = esc(e.get("name"))
    level = f'<span class="level"> – {esc(e["level"])}</span>' if e.get("level") else ""
    items = e.get("items") or []
    if not items:  # e.g. languages: name and level only, across the whole row
        return f'<div class="tag-only">{name}{level}</div>'
    items_html = '<span class="sep"> · </span>'.join(f"<span>{esc(i)}</span>" for i in items)
    return (
        f'<div class="tag-row"><div class="tag-name">{name}{level}</div>'
        f'<div class="tag-items">{items_html}</div></div>'
    )


def render_section(s: dict) -> str:
    layout = s.get("layout")
    key = re.sub(r"[^a-zA-Z0-9_-]", "-", str(s.get("key", "")))
    out = [f'<section class="section section-{esc(key)} layout-{esc(layout)}">']
    entries = s.get("entries") or []
    body = []
    if layout == "text":
        if s.get("text"):
            body.append(f'<p class="text">{esc(s["text"])}</p>')
    elif layout == "tags":
        body.append('<div class="tag-table">' + "".join(render_tags(e) for e in entries) + "</div>")
    else:  # "entries" and anything unknown: never drop content
        if s.get("text"):
            body.append(f'<p class="text">{esc(s["text"])}</p>')
        body.extend(render_entry(e) for e in entries)
    out.append(f'<h2>{esc(s.get("title"))}</h2>')
    out.extend(body)
    out.append("</section>")
    return "\n".join(out)


def stylesheet(view: dict, fonts: str, default_family: str = DEFAULT_FAMILY) -> str:
    page = view.get("page") or {}
    margin = page.get("margin") or {}
    paper = PAPERS.get(str(page.get("paper", "a4")).lower(), "A4")
    m = {k: num(margin.get(k), 16, 0, 60) for k in ("top", "right", "bottom", "left")}
    font = view.get("font") or {}
    size = num(font.get("size"), 10.5, 6, 24)
    families = [f for f in (font.get("family") or []) if isinstance(f, str) and f]
    if not (font.get("family") or [None])[0]:
        families.insert(0, default_family)
    family_css = ", ".join(css_string(f) for f in families + [default_family]) + ", sans-serif"
    accent = view.get("accent")
    accent = accent if isinstance(accent, str) and HEX_COLOUR.match(accent) else DEFAULT_ACCENT
    rtl = view.get("dir") == "rtl"
    date_side = "left" if rtl else "right"
    return f"""
{fonts}
@page {{ size: {paper}; margin: {m['top']}mm {m['right']}mm {m['bottom']}mm {m['left']}mm; }}
html {{ font-family: {family_css}; font-size: {size}pt; line-height: 1.3; color: #1d1d1f; }}
body {{ margin: 0; }}
a {{ color: inherit; text-decoration: none; }}
.cv-header {{ margin-bottom: 0.9em; }}
.name {{ font-size: 2.1em; font-weight: 700; margin: 0; line-height: 1.1; color: {accent}; }}
.label {{ font-size: 1.15em; margin: 0.15em 0 0.35em; color: #333; }}
.contacts {{ list-style: none; padding: 0; margin: 0; font-size: 0.92em; color: #444; }}
.contacts li {{ display: inline; }}
/* a phone number, e-mail or link keeps left-to-right order inside right-to-left text
   (WeasyPrint ignores <bdi> and isolate characters; an inline-block gets its own direction) */
.contact-email .contact-text, .contact-phone .contact-text, .contact-url .contact-text,
.contact-profile .contact-text {{ display: inline-block; direction: ltr; }}
.contacts li + li::before {{ content: "  ·  "; color: {accent}; white-space: pre; }}
h2 {{ font-size: 1.1em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em;
      color: {accent}; border-bottom: 0.6pt solid {accent}; padding-bottom: 0.15em;
      margin: 0.9em 0 0.4em; break-after: avoid; }}
.section {{ break-before: auto; }}
.text {{ margin: 0; }}
.entry {{ margin: 0 0 0.6em; }}
.entry-top {{ break-inside: avoid; }}
.entry-line1 {{ display: table; width: 100%; }}
.entry-line1 h3 {{ display: table-cell; font-size: 1em; font-weight: 600; margin: 0; }}
.entry-line1 .org {{ font-weight: 400; }}
.entry-line1 .date {{ display: table-cell; width: 1%; white-space: nowrap; color: #555; font-size: 0.95em;
                     text-align: {date_side}; padding-{'right' if rtl else 'left'}: 1em; }}
.entry-meta {{ color: #555; font-size: 0.92em; }}
.entry-meta .note {{ font-style: italic; }}
.summary {{ margin: 0.2em 0 0; }}
.bullets {{ margin: 0.2em 0 0; padding-{'right' if rtl else 'left'}: 1.2em; }}
.bullets li {{ margin: 0.1em 0; }}
.tags {{ list-style: none; padding: 0; margin: 0.3em 0 0; font-size: 0.88em; }}
.tags li {{ display: inline-block; border: 0.5pt solid {accent}; border-radius: 3pt;
            padding: 0 0.35em; margin: 0 0.3em 0.2em 0; color: #333; }}
.tag-row {{ display: table; table-layout: fixed; width: 100%; break-inside: avoid; }}
.tag-name, .tag-items {{ display: table-cell; padding: 0.08em 0; }}
.tag-name {{ width: 32%; padding-{'left' if rtl else 'right'}: 1em; }}
.tag-name, .tag-only {{ font-weight: 600; }}
.tag-only {{ padding: 0.08em 0; }}
.level {{ font-weight: 400; color: #555; }}
.sep {{ color: #888; }}
"""


def render(view: dict, fonts: str = "", attach: str | None = None, default_family: str = DEFAULT_FAMILY) -> str:
    lang = esc(view.get("lang") or "en")
    direction = "rtl" if view.get("dir") == "rtl" else "ltr"
    doc = view.get("document") or {}
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}" dir="{direction}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(doc.get('title'))}</title>",
    ]
    if doc.get("author"):
        head.append(f'<meta name="author" content="{esc(doc["author"])}">')
    if doc.get("keywords"):
        head.append(f'<meta name="keywords" content="{esc(", ".join(map(str, doc["keywords"])))}">')
    if attach:
        head.append(f'<link rel="attachment" href="{esc(Path(attach).resolve().as_uri())}" title="cv.json">')
    head.append(f"<style>{stylesheet(view, fonts, default_family)}</style>")
    head.append("</head>")
    body = ["<body>", render_header(view.get("header") or {})]
    body.extend(render_section(s) for s in view.get("sections") or [])
    body.append("</body></html>")
    return "\n".join(head + body) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("view", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--fonts", type=Path, help="directory of bundled fonts to declare with @font-face")
    ap.add_argument("--attach", help="file to attach to the PDF (cv.json)")
    ap.add_argument("--default-font", default=DEFAULT_FAMILY, help="family for a null font.family[0]")
    args = ap.parse_args(argv)
    view = json.loads(args.view.read_text(encoding="utf-8"))
    fonts = font_faces(args.fonts) if args.fonts else ""
    args.out.write_text(render(view, fonts, args.attach, args.default_font), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
