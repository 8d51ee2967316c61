#!/usr/bin/env python3
"""In-process timings of the Python peers: only the render call is timed, not interpreter
start-up or imports.

  inprocess.py typst --main ROOT/modern.typ --root ROOT --fonts DIR --out OUT.pdf [--runs 20]
  inprocess.py weasyprint --html CV.html --out OUT.pdf [--runs 10] [--pdf-tags]
  (inprocess.py typst-once ...: one timed compile, used by `typst` for its first-call figure)

Prints one tab-separated line per measurement: label, median ms, min ms, runs.
One untimed warm-up call precedes each loop.
"""

import argparse
import statistics
import subprocess
import sys
import time


def measure(fn, runs: int):
    fn()  # warm-up: imports, font scanning, first-call caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, min(times) * 1000


def report(label: str, runs: int, result) -> None:
    median, best = result
    print(f"{label}\t{median:.1f}\t{best:.1f}\t{runs}")


def typst_compile(args):
    import typst

    typst.compile(args.main, output=args.out, root=args.root, font_paths=[args.fonts],
                  ignore_system_fonts=True)


def bench_typst(args) -> None:
    # First compile in a fresh process: fonts are loaded and nothing is memoised yet, the same
    # work as one CLI render minus interpreter start-up and `import typst`. One process per run.
    once = [sys.executable, __file__, "typst-once", "--main", args.main, "--root", args.root,
            "--fonts", args.fonts, "--out", args.out]
    subprocess.run(once, check=True, capture_output=True)  # warm-up (page cache)
    times = [float(subprocess.run(once, check=True, capture_output=True, text=True).stdout)
             for _ in range(args.runs)]
    report("typst.compile, first call in a new process", args.runs,
           (statistics.median(times), min(times)))
    # Repeated in one process: Typst memoises (comemo) across calls, so with unchanged input
    # most of the work is cache hits. A lower bound, not a like-for-like render.
    import typst  # noqa: F401  (import outside the timed calls)
    report("typst.compile, repeated (memoised)", args.runs,
           measure(lambda: typst_compile(args), args.runs))


def typst_once(args) -> None:
    import typst  # noqa: F401

    start = time.perf_counter()
    typst_compile(args)
    print(f"{(time.perf_counter() - start) * 1000:.3f}")


def bench_weasyprint(args) -> None:
    from weasyprint import HTML

    options = {"pdf_tags": True} if args.pdf_tags else {}
    report("weasyprint HTML().write_pdf()", args.runs,
           measure(lambda: HTML(filename=args.html).write_pdf(args.out, **options), args.runs))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="peer", required=True)
    for name in ("typst", "typst-once"):
        t = sub.add_parser(name)
        t.add_argument("--main", required=True)
        t.add_argument("--root", required=True)
        t.add_argument("--fonts", required=True)
        t.add_argument("--out", required=True)
        t.add_argument("--runs", type=int, default=20)
    w = sub.add_parser("weasyprint")
    w.add_argument("--html", required=True)
    w.add_argument("--out", required=True)
    w.add_argument("--runs", type=int, default=10)
    w.add_argument("--pdf-tags", action="store_true")
    args = ap.parse_args()
    {"typst": bench_typst, "typst-once": typst_once, "weasyprint": bench_weasyprint}[args.peer](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
