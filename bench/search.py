#!/usr/bin/env python3
"""Search on the 10,000-page benchmark corpus: what the index costs the
build, and what a query costs a phone, for loa and for Pagefind.

    python3 bench/search.py [--n 10000] [--runs 5] [--loa PATH] [--pagefind] [--queries "cong doan,..."]

1. Build cost. The corpus of bench/corpus.py (bench/work/corpus-N/) built
   with loa's default theme, twice over: as it is (with the search page and
   index) and with a copy of the theme without `search.html` (no index).
   Builds alternate between the two, so both meet the same machine load;
   per build: wall time, CPU time (user + sys) and peak RSS of the child
   (run.py's `measure`), and the search stage's wall time (LOA_TIMINGS).
   Reported as medians and as with/without ratios: on a shared machine the
   ratio within one run is the figure to read.
2. A query. `bench/search.mjs` in Chromium at phone size, unthrottled and
   under Lighthouse's mobile throttling, for each query: requests and bytes
   (page, and what search adds: script and index files) and the time from
   the last key to the first result. With --pagefind, the same for Pagefind
   1.6.0 (the `pagefind` crate, default features off, bench/pagefind/) on
   the same built site.

Everything goes under bench/work/search/; results in results.md there.
Python 3.11 standard library, cargo, node with tests/browser's packages.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
import run  # noqa: E402

REPO = run.REPO
WORK = run.WORK / "search"
# As residents type them: a phrase, a long phrase, a document's kind and
# number, a word in a page out of three, a number as written (the corpus
# has no numbered documents: its words match apart), a whole date (the
# pages of that day), short words on which typing pauses (a second word of
# two letters, of one, a first word of two), a word in nearly every page.
QUERIES = ["cong doan", "ke hoach trien khai", "ke hoach 10", "duong", "10/KH-UBND", "11/01/2022", "ke ho",
           "cong d", "ho", "phuong"]


def site_variant(src: Path, dest: Path, search: bool) -> None:
    """`dest`: the corpus's content (hard-linked) with the default theme, with or
    without its search page."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    # Hard links, not a symbolic link: loa publishes nothing through a
    # link that leads out of the site.
    shutil.copytree(src / "content", dest / "content", copy_function=os.link)
    (dest / "loa.yaml").write_text("title: Bench\nbase_url: https://bench.example/\nlanguage: vi\n"
                                   "theme: default\nportals:\n  - id: main\n")
    shutil.copytree(REPO / "themes" / "default", dest / "themes" / "default")
    if not search:
        (dest / "themes" / "default" / "templates" / "search.html").unlink()


def build_cost(loa: run.Tool, sites: dict[str, Path], runs: int) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {k: [] for k in sites}
    logs = WORK / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    os.environ["LOA_TIMINGS"] = "1"
    for i in range(runs + 1):
        order = list(sites) if i % 2 == 0 else list(reversed(sites))
        for name in order:
            dest = WORK / "out" / name
            run.clean(dest)
            os.sync()
            log = logs / f"{name}-{i}.log"
            r, code = run.measure([str(loa.exe), "build", "--root", str(sites[name]), "--output", str(dest)],
                                  log, 3600)
            if code != 0:
                run.die(f"loa build failed ({name}):\n{log.read_text()[-2000:]}")
            stage = next((float(l.split()[2]) for l in log.read_text().splitlines()
                          if l.startswith("timing: lists+search")), 0.0)
            if i == 0:
                continue  # warm-up
            out[name].append({"wall": r.wall, "cpu": r.cpu, "rss": r.rss_mib, "search_ms": stage,
                              "others": r.foreign})
            run.log(f"bench: {name} run {i}: {r.wall:.2f} s wall, {r.cpu:.2f} s CPU, {r.rss_mib:.0f} MiB")
    return out


def pagefind(site: Path) -> Path:
    """A copy of the site built by loa, indexed by the pagefind crate."""
    pf = WORK / "pf"
    if (pf / "pagefind" / "pagefind-entry.json").exists():
        return pf
    if pf.exists():
        shutil.rmtree(pf)
    shutil.copytree(site, pf)
    manifest = REPO / "bench" / "pagefind" / "Cargo.toml"
    target = WORK / "pagefind-target"
    subprocess.run(["cargo", "build", "--release", "--manifest-path", str(manifest)],
                   env={**os.environ, "CARGO_TARGET_DIR": str(target)}, check=True)
    subprocess.run([str(target / "release" / "loa-bench-pagefind"), str(pf)], check=True)
    return pf


def queries(engine: str, site: Path, qs: list[str], runs: int) -> list[dict]:
    cmd = ["node", str(REPO / "bench" / "search.mjs"), engine, str(site), *qs, "--runs", str(runs)]
    r = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return [json.loads(l) for l in r.stdout.splitlines() if l.startswith("{")]


def report(cost: dict[str, list[dict]], results: list[dict], machine: str, loa: run.Tool, n: int,
           load: tuple[str, str]) -> str:
    med = lambda k, f: statistics.median(x[f] for x in cost[k])  # noqa: E731
    lines = [f"# Search benchmark, {n:,} pages", "", f"- machine: {machine}", f"- loa: {loa.source}", ""]
    if cost["with"]:
        lines += build_lines(cost, med)
    lines += ["## One query (as served, no server compression)", "",
              "| engine | query | throttled | search requests | search KB | all requests | all KB "
              "| first result after last key, ms | runs, ms | first shown is first |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        runs = " ".join(str(x) for x in r.get("runs_ms", []))
        lines.append(f"| {r['engine']} | {r['query']} | {'mobile' if r['throttled'] else 'no'} "
                     f"| {r['search']['requests']} | {r['search']['bytes'] / 1024:.1f} | {r['all']['requests']} "
                     f"| {r['all']['bytes'] / 1024:.1f} | {r['first_result_after_last_key_ms']} | {runs} "
                     f"| {'yes' if r.get('first_is_final') else 'no'} |")
    lines += ["", f"Load average (1, 5, 15 min) before the queries: {load[0]}; after: {load[1]}"]
    return "\n".join(lines) + "\n"


def build_lines(cost: dict[str, list[dict]], med) -> list[str]:
    lines = ["## Build cost (default theme, medians)", "",
              "| build | wall s | CPU s | peak RSS MiB | search stage ms | others max |", "|---|---|---|---|---|---|"]
    for k in cost:
        others = max(x["others"] for x in cost[k])
        lines.append(f"| {k} | {med(k, 'wall'):.2f} | {med(k, 'cpu'):.2f} | {max(x['rss'] for x in cost[k]):.0f} "
                     f"| {med(k, 'search_ms'):.0f} | {others:.0%} |")
    lines += ["", f"Ratios with/without search: wall {med('with', 'wall') / med('without', 'wall'):.2f}, "
              f"CPU {med('with', 'cpu') / med('without', 'cpu'):.2f}, "
              f"RSS {max(x['rss'] for x in cost['with']) / max(x['rss'] for x in cost['without']):.2f}", ""]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000, help="pages in the corpus")
    ap.add_argument("--runs", type=int, default=5, help="measured builds of each variant")
    ap.add_argument("--query-runs", type=int, default=3, help="throttled runs per query (median)")
    ap.add_argument("--loa", help="loa executable (default: cargo build --release in this repo)")
    ap.add_argument("--pagefind", action="store_true", help="measure Pagefind too")
    ap.add_argument("--queries", default=",".join(QUERIES), help="comma-separated")
    ap.add_argument("--no-build-cost", action="store_true", help="skip part 1")
    args = ap.parse_args()
    loa = run.prepare_loa(args.loa, None if args.loa else str(REPO))
    src = run.WORK / f"corpus-{args.n}"
    corpus.generate(args.n, src, force=False, links="abs")
    sites = {"with": WORK / "site-with", "without": WORK / "site-without"}
    site_variant(src, sites["with"], True)
    site_variant(src, sites["without"], False)
    cost = {"with": [], "without": []}
    if args.no_build_cost:
        dest = WORK / "out" / "with"
        run.clean(dest)
        subprocess.run([str(loa.exe), "build", "--root", str(sites["with"]), "--output", str(dest)], check=True)
    else:
        cost = build_cost(loa, sites, args.runs)
    built = WORK / "out" / "with" / "main"
    qs = [q.strip() for q in args.queries.split(",") if q.strip()]
    avg = lambda: " ".join(f"{x:.2f}" for x in os.getloadavg())  # noqa: E731
    before = avg()
    results = queries("loa", built, qs, args.query_runs)
    if args.pagefind:
        results += queries("pagefind", pagefind(built), qs, args.query_runs)
    text = report(cost, results, run.machine(), loa, args.n, (before, avg()))
    (WORK / "results.md").write_text(text)
    (WORK / "results.json").write_text(json.dumps({"cost": cost, "queries": results}, indent=1))
    print(text)


if __name__ == "__main__":
    main()
