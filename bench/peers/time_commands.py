#!/usr/bin/env python3
"""Whole-process timing when hyperfine is not installed: run each command (warm-up runs first),
time every run with a monotonic clock, and write a JSON file shaped like `hyperfine --export-json`
(results[].command/median/mean/min/max/times, in seconds) so render-peers.sh reads either.

Usage: time_commands.py --warmup 3 --runs 20 --export-json OUT.json NAME=ARGV_FILE...
  ARGV_FILE holds one command's argv, NUL-separated (no shell is involved).

Unlike hyperfine this includes Python's fork/exec cost (well under 1 ms), which is noise next to
the 100 ms+ renders measured here.
"""

import argparse
import json
import statistics
import subprocess
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--export-json", required=True)
    ap.add_argument("commands", nargs="+", metavar="NAME=ARGV_FILE")
    args = ap.parse_args()

    results = []
    for spec in args.commands:
        name, _, argv_file = spec.partition("=")
        with open(argv_file, "rb") as f:
            argv = [a.decode() for a in f.read().split(b"\0") if a]
        for _ in range(args.warmup):
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        print(f"  {name:<12} median {median * 1000:8.1f} ms  (min {min(times) * 1000:.1f}, "
              f"max {max(times) * 1000:.1f}, {args.runs} runs)", file=sys.stderr)
        results.append({
            "command": name,
            "mean": statistics.fmean(times),
            "stddev": statistics.stdev(times) if len(times) > 1 else 0.0,
            "median": median,
            "min": min(times),
            "max": max(times),
            "times": times,
        })
    with open(args.export_json, "w") as f:
        json.dump({"results": results}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
