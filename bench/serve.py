#!/usr/bin/env python3
"""loa serve (and Hugo's and Zola's servers) on the same content: how long
from saving an edit to the first byte of the updated page, how long to
start, how much memory.

    python3 bench/serve.py [--sites sample,10000] [--runs 5] [--tools loa,hugo,zola]
                           [--loa PATH] [--hugo PATH] [--zola PATH]

For each site and tool: starts the server on a free port (start-up = spawn
to the first byte of a 200 answer for the home page; for loa also "all
rendered", spawn to the 404 answer for an address nothing makes, which
loa gives once its whole first render has ended), then for each kind of
edit, `--runs` times: writes the file with a new marker and asks for the
page that shows it every 2 ms until an answer holds the marker; the latency
is from the end of the write to the first byte of that answer. The load
average (1 minute) is recorded before and after each server's run. Then the
server's peak memory (VmHWM), against a `loa build` of the same site
(ru_maxrss). Kinds of edit:

- page: a paragraph added to one page's text (the page is fetched);
- report (loa only): a report's figure, which the plan's indicator page
  shows (the indicator page is fetched);
- template: a line added to the page template (the page is fetched).

Sites: `sample` is the repository's sample site (27 portals); N is the
benchmark corpus of N pages (bench/corpus.py, as bench/run.py makes it)
with, for loa's report edit, the plan fixture of the tests added and the
default theme (tests/fixtures/plan); Hugo and Zola serve the corpus with
their equivalent minimal themes (for Zola, bench/zola/ and front matter
with `taxonomies:`). Hugo's server runs in its default (fast render) mode,
Zola's with `--fast`. Results go to stdout and bench/work/serve-results.md.

Python 3.11 standard library only. Zola is not installed by this script:
build it from its source (see bench/README.md) and pass --zola.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
import run as bench_run  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "bench" / "work"
TODAY = "2026-11-21"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port: int, path: str, timeout: float = 30.0) -> tuple[int, bytes, float]:
    """(status, body, time of the first byte) of GET path."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        first = s.recv(65536)
        t = time.perf_counter()
        chunks = [first]
        while True:
            b = s.recv(65536)
            if not b:
                break
            chunks.append(b)
    raw = b"".join(chunks)
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split()[1]) if head else 0
    return status, body, t


def wait_ok(port: int, path: str, deadline: float) -> float:
    while time.perf_counter() < deadline:
        try:
            status, _, t = get(port, path, timeout=5)
            if status == 200:
                return t
        except OSError:
            pass
        time.sleep(0.01)
    raise SystemExit(f"bench: the server never answered {path}")


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def build_rss_mib(loa: Path, site: Path) -> float:
    out = WORK / "serve-build-out"
    shutil.rmtree(out, ignore_errors=True)
    p = subprocess.Popen([str(loa), "build", "--root", str(site), "--output", str(out), "--today", TODAY],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(p.pid, 0)
    shutil.rmtree(out, ignore_errors=True)
    return usage.ru_maxrss / 1024


class Edit:
    """One kind of edit: the file, how to put marker i in it, the page to fetch."""

    def __init__(self, name: str, file: Path, put, path: str, shows):
        self.name, self.file, self.put, self.path, self.shows = name, file, put, path, shows
        self.original = file.read_text(encoding="utf-8")

    def apply(self, i: int) -> str:
        text, marker = self.put(self.original, i)
        with open(self.file, "w", encoding="utf-8") as f:
            f.write(text)
        return marker

    def restore(self) -> None:
        self.file.write_text(self.original, encoding="utf-8")


def measure(port: int, edit: Edit, runs: int) -> list[float]:
    out = []
    for i in range(1, runs + 1):
        get(port, edit.path)
        time.sleep(0.3)
        marker = edit.apply(i)
        written = time.perf_counter()
        deadline = written + 60
        while True:
            status, body, t = get(port, edit.path)
            if status == 200 and edit.shows(body, marker):
                out.append((t - written) * 1000)
                break
            if time.perf_counter() > deadline:
                raise SystemExit(f"bench: {edit.name}: the change never showed at {edit.path}")
            time.sleep(0.002)
        time.sleep(0.5)
    edit.restore()
    time.sleep(1.0)
    return out


def marker_paragraph(text: str, i: int) -> tuple[str, str]:
    m = f"BENCH-EDIT-{i}-{time.time_ns()}"
    return text.rstrip("\n") + f"\n\nĐoạn sửa {m}.\n", m


def in_body(body: bytes, marker: str) -> bool:
    return marker.encode() in body


def template_put(anchor: str):
    def put(text: str, i: int) -> tuple[str, str]:
        m = f"BENCH-TEMPLATE-{i}-{time.time_ns()}"
        assert anchor in text, anchor
        return text.replace(anchor, f"<p>{m}</p>{anchor}", 1), m
    return put


def report_put(text: str, i: int) -> tuple[str, str]:
    value = 22400 + 7 * i
    return text.replace("total: 22400", f"total: {value}", 1), f"{value // 1000}.{value % 1000:03d}"


# ------------------------------------------------------------------ sites

def sample_site() -> Path:
    dest = WORK / "serve-sample"
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for name in ["loa.yaml", "content", "themes"]:
        src = REPO / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, dest / name)
    return dest


def corpus_site(n: int) -> Path:
    src = WORK / f"corpus-{n}"
    corpus.generate(n, src)
    return src


def loa_corpus_with_plan(n: int) -> Path:
    """The corpus with the plan fixture and the default theme, for loa."""
    dest = WORK / f"serve-loa-{n}"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(corpus_site(n), dest, ignore=shutil.ignore_patterns("layouts", "hugo.yaml"))
    plan = REPO / "tests" / "fixtures" / "plan" / "content"
    for part in ["van-ban/kh-1", "bao-cao/nam-2022.md", "bao-cao/nam-2023.md", "don-vi"]:
        s, d = plan / part, dest / "content" / "plan" / part
        d.parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if s.is_dir() else shutil.copy)(s, d)
    shutil.copytree(REPO / "themes" / "default", dest / "themes" / "default")
    cfg = (dest / "loa.yaml").read_text(encoding="utf-8").replace("theme: bench", "theme: default")
    (dest / "loa.yaml").write_text(cfg, encoding="utf-8")
    return dest


def zola_corpus(n: int) -> Path:
    """The corpus for Zola: tags under `taxonomies:`, its config and templates."""
    src, dest = corpus_site(n), WORK / f"serve-zola-{n}"
    if (dest / "config.toml").exists():
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    for f in (src / "content").rglob("*.md"):
        rel = f.relative_to(src / "content")
        text = f.read_text(encoding="utf-8")
        text = re.sub(r"^tags:\n((?:  - .*\n)+)", lambda m: "taxonomies:\n  tags:\n" + m.group(1).replace("  - ", "    - "),
                      text, count=1, flags=re.M)
        out = dest / "content" / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    shutil.copytree(REPO / "bench" / "zola", dest, dirs_exist_ok=True)
    return dest


def first_page(site: Path, content: str = "content") -> tuple[Path, str]:
    """A page of the corpus and its address (its slug under its folders)."""
    files = sorted((site / content / "tin-tuc").rglob("bai-*.md"))
    f = files[len(files) // 2]
    slug = re.search(r"^slug: (.+)$", f.read_text(encoding="utf-8"), re.M).group(1).strip()
    rel = f.parent.relative_to(site / content).as_posix()
    return f, f"/{rel}/{slug}/"


# ------------------------------------------------------------------ tools

def start(cmd: list[str], cwd: Path, port: int, home: str) -> tuple[subprocess.Popen, float]:
    log(f"bench: {' '.join(cmd)}")
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=open(WORK / "serve-server.log", "w"))
    t = wait_ok(port, home, t0 + 600)
    p.t0 = t0
    return p, (t - t0) * 1000


def stop(p: subprocess.Popen) -> None:
    p.terminate()
    try:
        p.wait(10)
    except subprocess.TimeoutExpired:
        p.kill()


def load_avg() -> float:
    """The 1-minute load average (the machine is shared: read ratios)."""
    return os.getloadavg()[0]


def bench_loa(loa: Path, site: Path, edits: list[Edit], runs: int, prefix: str) -> dict:
    port = free_port()
    load = load_avg()
    p, startup = start([str(loa), "serve", "--root", str(site), "--port", str(port), "--today", TODAY],
                       site, port, prefix)
    res = {"startup_ms": startup, "load": [load]}
    try:
        # An address nothing makes is answered (404) once the whole first
        # render has ended: edits are measured from then on.
        status, _, t = get(port, prefix + "loa-bench-no-such-page/", timeout=600)
        res["all_ms"] = (t - p.t0) * 1000 if status == 404 else 0
        res["rss_after"] = {"start": round(peak_rss_mib(p.pid))}
        for e in edits:
            res[e.name] = measure(port, e, runs)
            res["rss_after"][e.name] = round(peak_rss_mib(p.pid))
        res["rss_mib"] = peak_rss_mib(p.pid)
    finally:
        stop(p)
    res["build_rss_mib"] = build_rss_mib(loa, site)
    res["load"].append(load_avg())
    return res


def bench_other(cmd: list[str], cwd: Path, port: int, edits: list[Edit], runs: int) -> dict:
    load = load_avg()
    p, startup = start(cmd, cwd, port, "/")
    res = {"startup_ms": startup, "load": [load]}
    try:
        for e in edits:
            res[e.name] = measure(port, e, runs)
        res["rss_mib"] = peak_rss_mib(p.pid)
    finally:
        stop(p)
    res["load"].append(load_avg())
    return res


def median(xs: list[float]) -> str:
    return f"{statistics.median(xs):.0f}" if xs else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sites", default="sample,10000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tools", default="loa,hugo,zola")
    ap.add_argument("--loa")
    ap.add_argument("--hugo")
    ap.add_argument("--zola", help="a zola executable (built from its source)")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    tools = args.tools.split(",")
    loa = Path(args.loa).resolve() if args.loa else bench_run.prepare_loa(None, None).exe
    rows = []
    for name in args.sites.split(","):
        if name == "sample":
            site = sample_site()
            page_file = site / "content/van-ban/chi-thi-37-ct-tw.md"
            edits = [
                Edit("page", page_file, marker_paragraph, "/quan-ba-dinh/van-ban/chi-thi-37-ct-tw/", in_body),
                Edit("report", site / "content/bao-cao/ke-hoach-10-nam-2023.md", sample_report_put,
                     "/quan-ba-dinh/van-ban/ke-hoach-10-kh-ubnd/doan-vien/", in_body),
                Edit("template", site / "themes/default/templates/page.html", template_put("</article>"),
                     "/quan-ba-dinh/van-ban/chi-thi-37-ct-tw/", in_body),
            ]
            rows.append((name, "loa", bench_loa(loa, site, edits, args.runs, "/quan-ba-dinh/")))
            continue
        n = int(name)
        if "loa" in tools:
            site = loa_corpus_with_plan(n)
            f, url = first_page(site)
            edits = [
                Edit("page", f, marker_paragraph, "/main" + url, in_body),
                Edit("report", site / "content/plan/bao-cao/nam-2023.md", report_put,
                     "/main/plan/van-ban/ke-hoach-1-kh-ubnd/doan-vien/", in_body),
                Edit("template", site / "themes/default/templates/page.html", template_put("</article>"),
                     "/main" + url, in_body),
            ]
            rows.append((f"{n} (default theme, plan)", "loa", bench_loa(loa, site, edits, args.runs, "/main/")))
            site = corpus_site(n)
            f, url = first_page(site)
            edits = [
                Edit("page", f, marker_paragraph, "/main" + url, in_body),
                Edit("template", site / "themes/bench/templates/page.html", template_put("</article>"),
                     "/main" + url, in_body),
            ]
            rows.append((f"{n} (bench theme)", "loa", bench_loa(loa, site, edits, args.runs, "/main/")))
        if "hugo" in tools:
            hugo = bench_run.prepare_hugo(args.hugo).exe
            site = corpus_site(n)
            f, url = first_page(site)
            port = free_port()
            edits = [Edit("page", f, marker_paragraph, url, in_body),
                     Edit("template", site / "layouts/page.html", template_put("</article>"), url, in_body)]
            cmd = [str(hugo), "server", "--source", str(site), "--port", str(port), "--bind", "127.0.0.1",
                   "--disableLiveReload", "--quiet"]
            rows.append((f"{n} (bench theme)", "Hugo", bench_other(cmd, site, port, edits, args.runs)))
        if "zola" in tools and args.zola:
            site = zola_corpus(n)
            f, url = first_page(site)
            port = free_port()
            edits = [Edit("page", f, marker_paragraph, url, in_body),
                     Edit("template", site / "templates/page.html", template_put("</article>"), url, in_body)]
            cmd = [args.zola, "serve", "--port", str(port), "--interface", "127.0.0.1", "--fast"]
            rows.append((f"{n} (bench theme)", "Zola", bench_other(cmd, site, port, edits, args.runs)))
    lines = [f"# loa serve: edit to first byte, {dt.datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} CPUs, "
             f"loa {bench_run.git('rev-parse', '--short', 'HEAD')}, medians of {args.runs} edits (ms)", "",
             "| site | tool | page edit | report edit | template edit | start-up | all rendered | peak RSS MiB | "
             "build's peak RSS MiB | load average (start, end) |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for site, tool, r in rows:
        build = f"{r['build_rss_mib']:.0f}" if r.get("build_rss_mib") else ""
        whole = f"{r['all_ms']:.0f}" if r.get("all_ms") else ""
        load = ", ".join(f"{x:.1f}" for x in r["load"])
        lines.append(f"| {site} | {tool} | {median(r.get('page', []))} | {median(r.get('report', []))} | "
                     f"{median(r.get('template', []))} | {r['startup_ms']:.0f} | {whole} | "
                     f"{r.get('rss_mib', 0):.0f} | {build} | {load} |")
    lines.append("")
    lines.append("All runs (ms): " + "; ".join(
        f"{s} {t}: " + ", ".join(f"{k} {[round(x) for x in v]}" for k, v in r.items()
                                 if isinstance(v, list) and k != "load")
        for s, t, r in rows))
    lines.append("")
    lines.append("Peak RSS MiB after start-up and after each kind of edit: " + "; ".join(
        f"{s} {t}: " + ", ".join(f"{k} {v}" for k, v in r["rss_after"].items())
        for s, t, r in rows if r.get("rss_after")))
    text = "\n".join(lines) + "\n"
    print(text)
    (WORK / "serve-results.md").write_text(text, encoding="utf-8")


def sample_report_put(text: str, i: int) -> tuple[str, str]:
    m = re.search(r"^    doan-vien:\n      total: (\d+)", text, re.M)
    old = int(m.group(1))
    new = old + 7 * i
    text = text[:m.start(1)] + str(new) + text[m.end(1):]
    return text, f"{new // 1000}.{new % 1000:03d}"


if __name__ == "__main__":
    main()
