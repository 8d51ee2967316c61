#!/usr/bin/env python3
"""Field-level precision, recall and F1 of imported CVs against ground truth.

Usage: score.py CORPUS_DIR [--importer PATH] [--verbose] [--explain PART] [--fail-below F1]
                [--floor GENERATOR=F1 ...]
                [--fail-below-all F1]

CORPUS_DIR holds <generator>/<name>.pdf with the ground truth in truth/<name>.json. Each PDF is
imported with `cvimprover import` (built in release mode unless --importer is given) and
compared field by field; the field set and matching rules are in README.md. Prints one line per
generator and the total; exits 0 (it measures, it does not judge).
"""

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")
QUOTES = {ord("’"): "'", ord("‘"): "'", ord("“"): '"', ord("”"): '"'}


def norm(text):
    """Lowercase, NFKC, one kind of dash and quote, single spaces, no edge punctuation."""
    t = unicodedata.normalize("NFKC", str(text)).translate(DASHES).translate(QUOTES).lower()
    t = re.sub(r"\s+", " ", t).strip()
    return t.strip(" .,;:·|•-")


def norm_url(url):
    u = norm(url)
    u = re.sub(r"^(https?://)?(www\.)?", "", u)
    return u.rstrip("/")


def norm_phone(phone):
    return re.sub(r"[^\d+]", "", str(phone))


def norm_date(date):
    m = re.match(r"^(\d{4})(?:-(\d{2}))?", str(date))
    return (m.group(1), m.group(2)) if m else (norm(date), None)


# section -> {field: kind}; kind: text, long (90% similarity), date, url, list (one fact per item)
SECTIONS = {
    "work": {"position": "text", "name": "text", "location": "text", "url": "url",
             "startDate": "date", "endDate": "date", "summary": "long", "highlights": "list"},
    "volunteer": {"organization": "text", "position": "text", "url": "url", "startDate": "date",
                  "endDate": "date", "summary": "long", "highlights": "list"},
    "education": {"institution": "text", "studyType": "text", "area": "text", "url": "url",
                  "startDate": "date", "endDate": "date", "score": "text", "courses": "list"},
    "awards": {"title": "text", "awarder": "text", "date": "date", "summary": "long"},
    "certificates": {"name": "text", "issuer": "text", "date": "date", "url": "url"},
    "publications": {"name": "text", "publisher": "text", "releaseDate": "date", "url": "url",
                     "summary": "long"},
    "skills": {"name": "text", "level": "text", "keywords": "list"},
    "languages": {"language": "text", "fluency": "text"},
    "interests": {"name": "text", "keywords": "list"},
    "references": {"name": "text", "reference": "long"},
    "projects": {"name": "text", "entity": "text", "description": "long", "url": "url",
                 "startDate": "date", "endDate": "date", "highlights": "list", "keywords": "list",
                 "roles": "list"},
}
CUSTOM = {"title": "text", "subtitle": "text", "location": "text", "url": "url", "date": "date",
          "startDate": "date", "endDate": "date", "summary": "long", "highlights": "list"}


def value(kind, v):
    if kind == "url":
        return norm_url(v)
    if kind == "date":
        return norm_date(v)
    return norm(v)


def entry_facts(entry, fields):
    """The facts of one entry: (field, normalised value), list items one fact each."""
    facts = []
    for field, kind in fields.items():
        v = entry.get(field)
        if v in (None, "", []):
            continue
        if kind == "list":
            facts += [(field, norm(i)) for i in v if norm(i)]
        else:
            facts.append((field, kind, value(kind, v)))
    return facts


def same(a, b):
    """Two facts match: same field and equal value (dates at the coarser precision, long texts
    at 90% similarity)."""
    if a[0] != b[0]:
        return False
    if len(a) == 2 or len(b) == 2:
        return len(a) == len(b) and a[1] == b[1]
    kind = a[1]
    if kind == "date":
        (ya, ma), (yb, mb) = a[2], b[2]
        return ya == yb and (ma is None or mb is None or ma == mb)
    if kind == "long" and len(a[2]) > 40:
        return difflib.SequenceMatcher(None, a[2], b[2]).ratio() >= 0.9
    return a[2] == b[2]


def overlap(truth, pred):
    """How many facts of `pred` match distinct facts of `truth`."""
    left = list(truth)
    hits = 0
    for p in pred:
        for i, t in enumerate(left):
            if same(t, p):
                hits += 1
                del left[i]
                break
    return hits


def match_lists(truth_entries, pred_entries):
    """Pairs entries greedily by overlap; returns true positives."""
    pairs = sorted(
        ((overlap(t, p), i, j) for i, t in enumerate(truth_entries) for j, p in enumerate(pred_entries)),
        reverse=True,
    )
    used_t, used_p, tp = set(), set(), 0
    for hits, i, j in pairs:
        if hits == 0 or i in used_t or j in used_p:
            continue
        used_t.add(i)
        used_p.add(j)
        tp += hits
    return tp


def basics_facts(cv):
    b = cv.get("basics") or {}
    facts = []
    for field in ("name", "label", "email"):
        if b.get(field):
            facts.append((field, "text", norm(b[field])))
    if b.get("phone"):
        facts.append(("phone", "text", norm_phone(b["phone"])))
    if b.get("url"):
        facts.append(("url", "text", norm_url(b["url"])))
    if b.get("summary"):
        facts.append(("summary", "long", norm(b["summary"])))
    loc = b.get("location") or {}
    for field in ("city", "region", "countryCode"):
        if loc.get(field):
            facts.append(("location." + field, "text", norm(loc[field])))
    for p in b.get("profiles") or []:
        if p.get("url"):
            facts.append(("profile", "text", norm_url(p["url"])))
    return facts


def printed(cv):
    """The document without the sections it hides: they are not in the PDF."""
    cv = dict(cv)
    settings = cv.get("cvimprover") or {}
    hidden = set((settings.get("sections") or {}).get("hidden") or [])
    for key in hidden:
        if key == "summary":
            cv["basics"] = {k: v for k, v in (cv.get("basics") or {}).items() if k != "summary"}
        cv.pop(key, None)
    customs = [c for c in settings.get("customSections") or [] if "custom:" + c.get("id", "") not in hidden]
    cv["cvimprover"] = dict(settings, customSections=customs)
    return cv


def groups(cv):
    """(group name, list of entries' facts) for every section, custom sections by title."""
    cv = printed(cv)
    out = [("basics", [basics_facts(cv)])]
    for section, fields in SECTIONS.items():
        out.append((section, [entry_facts(e, fields) for e in cv.get(section) or []]))
    for c in (cv.get("cvimprover") or {}).get("customSections") or []:
        title = norm(c.get("title") or "")
        entries = [entry_facts(e, CUSTOM) for e in c.get("entries") or []]
        out.append(("custom:" + title, [[("title", "text", title)]] + entries))
    return out


def score(truth, pred):
    """(true positives, truth facts, predicted facts)."""
    t_groups, p_groups = dict(), dict()
    for name, entries in groups(truth):
        t_groups.setdefault(name, []).extend(entries)
    for name, entries in groups(pred):
        p_groups.setdefault(name, []).extend(entries)
    tp = sum(match_lists(t_groups[n], p_groups.get(n, [])) for n in t_groups)
    n_truth = sum(len(f) for es in t_groups.values() for f in es)
    n_pred = sum(len(f) for es in p_groups.values() for f in es)
    return tp, n_truth, n_pred


def explain(truth, pred):
    """Prints the facts of each group that found no equal on the other side."""
    t_groups, p_groups = dict(), dict()
    for name, entries in groups(truth):
        t_groups.setdefault(name, []).extend(entries)
    for name, entries in groups(pred):
        p_groups.setdefault(name, []).extend(entries)
    for name in sorted(set(t_groups) | set(p_groups)):
        t = [f for e in t_groups.get(name, []) for f in e]
        p = [f for e in p_groups.get(name, []) for f in e]
        missing = [f for f in t if not any(same(f, q) for q in p)]
        extra = [f for f in p if not any(same(q, f) for q in t)]
        for f in missing:
            print(f"    - {name}.{f[0]}: {f[-1]}")
        for f in extra:
            print(f"    + {name}.{f[0]}: {f[-1]}")


def f1(tp, n_truth, n_pred):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_truth if n_truth else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--importer", default=None)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--explain", help="list unmatched facts of PDFs whose path contains this")
    ap.add_argument("--fail-below", type=float, default=None,
                    help="exit 1 when any generator's F1 is below this (for CI)")
    ap.add_argument("--floor", action="append", default=[], metavar="GENERATOR=F1",
                    help="a generator's own floor instead of --fail-below (repeatable)")
    ap.add_argument("--fail-below-all", type=float, default=None,
                    help="exit 1 when the F1 over all PDFs is below this (for CI)")
    args = ap.parse_args()
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/cvimprover-target")
    importer = args.importer or str(Path(target) / "release" / "cvimprover")
    totals = {}
    for pdf in sorted(args.corpus.glob("*/*.pdf")):
        generator = pdf.parent.name
        truth_path = args.corpus / "truth" / (pdf.stem.split("@")[0] + ".json")
        truth = json.loads(truth_path.read_text())
        out = subprocess.run([importer, "import", str(pdf), "-o", "-"], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"{pdf}: import failed: {out.stderr.strip()}", file=sys.stderr)
            pred = {}
        else:
            pred = json.loads(out.stdout)
        tp, nt, np_ = score(truth, pred)
        t = totals.setdefault(generator, [0, 0, 0, 0])
        t[0] += tp; t[1] += nt; t[2] += np_; t[3] += 1
        if args.verbose:
            p, r, f = f1(tp, nt, np_)
            print(f"  {generator:<12} {pdf.stem:<28} P {p:.3f} R {r:.3f} F1 {f:.3f}")
        if args.explain and args.explain in str(pdf):
            explain(truth, pred)
    print(f"{'generator':<14}{'PDFs':>5}{'precision':>11}{'recall':>8}{'F1':>7}")
    all_t = [0, 0, 0, 0]
    floors = dict(item.split("=", 1) for item in args.floor)
    below = []
    for g, t in sorted(totals.items()):
        p, r, f = f1(*t[:3])
        floor = float(floors.get(g, args.fail_below if args.fail_below is not None else 0))
        if f < floor:
            below.append(f"{g} {f:.3f} < {floor}")
        print(f"{g:<14}{t[3]:>5}{p:>11.3f}{r:>8.3f}{f:>7.3f}")
        all_t = [a + b for a, b in zip(all_t, t)]
    p, r, f = f1(*all_t[:3])
    print(f"{'all':<14}{all_t[3]:>5}{p:>11.3f}{r:>8.3f}{f:>7.3f}")
    if below or (args.fail_below is not None and not totals):
        print(f"import accuracy below its floor: {', '.join(below) or 'no PDFs'}", file=sys.stderr)
        sys.exit(1)
    if args.fail_below_all is not None and f < args.fail_below_all:
        print(f"import accuracy: the overall F1 is below {args.fail_below_all}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
