#!/usr/bin/env python3
"""Cost of many portals: builds the sample site's portals all at once and
one alone (alternating runs), and prints median wall time, CPU time and
peak memory of each, and the ratio all/one. Issue 5 asks for all < 5x one.

    python3 bench/portals.py [--runs 7] [--portal quan-ba-dinh] [--loa PATH]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd):
    """Runs cmd; returns (wall s, cpu s, peak RSS MiB) of the child."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode()
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"build failed: {' '.join(cmd)}\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--portal", default="quan-ba-dinh")
    ap.add_argument("--loa", default=os.path.join(ROOT, "target/release/loa"))
    args = ap.parse_args()
    if args.loa == os.path.join(ROOT, "target/release/loa"):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    out = tempfile.mkdtemp(prefix="loa-portals-")
    base = [args.loa, "build", "--root", ROOT, "--today", "2026-11-21"]
    cases = {
        "one": base + ["--portal", args.portal, "--output", os.path.join(out, "one")],
        "all": base + ["--output", os.path.join(out, "all")],
    }
    results = {k: [] for k in cases}
    for name, cmd in cases.items():  # warm the page cache
        run(cmd)
    for _ in range(args.runs):
        for name, cmd in cases.items():
            results[name].append(run(cmd))
    portals = len(os.listdir(os.path.join(out, "all")))
    files = {k: sum(len(f) for _, _, f in os.walk(os.path.join(out, k))) for k in cases}
    shutil.rmtree(out)
    med = {k: [statistics.median(x[i] for x in v) for i in range(3)] for k, v in results.items()}
    print(f"sample site, {args.runs} alternating runs, medians")
    print(f"{'build':<16}{'files':>7}{'wall s':>9}{'cpu s':>9}{'RSS MiB':>9}")
    print(f"{'one (' + args.portal + ')':<16}{files['one']:>7}{med['one'][0]:>9.3f}{med['one'][1]:>9.3f}{med['one'][2]:>9.1f}")
    print(f"{f'all ({portals})':<16}{files['all']:>7}{med['all'][0]:>9.3f}{med['all'][1]:>9.3f}{med['all'][2]:>9.1f}")
    print(f"ratio all/one: wall {med['all'][0] / med['one'][0]:.2f}x, cpu {med['all'][1] / med['one'][1]:.2f}x")


if __name__ == "__main__":
    main()
