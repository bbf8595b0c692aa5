#!/usr/bin/env python3
"""page_heights: how tall a ward's home page and plan page are on a phone.

    bench/page_heights.py LOA_BINARY[:THEMES_DIR] ...

Writes a ward site (a ward formed in 2025 with its own plan of 10 indicators
and 20 tasks in 4 groups, assigned to its offices, and two yearly and two
quarterly reports), builds it with each binary (`--today 2026-11-21`), serves
each build on 127.0.0.1 and prints the height of the home page and of the
plan page at 360 px wide (bench/page_heights.mjs, Debian's Chromium through
tests/browser's playwright-core). A binary of another version is given the
themes folder of its version (default: this checkout's `themes/`), e.g.
`git archive <rev> themes | tar -x -C /tmp/old` then `/path/loa:/tmp/old/themes`. The site is written in the plan format both
before and after issue 10 accept, so the figures compare the same content.
"""

import http.server
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent

INDICATORS = [
    ("ho-so-truc-tuyen", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình", "%", "percent", 80, [61.5, 69.1]),
    ("thanh-toan-so", "Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại chợ và cửa hàng", "%", "percent", 70, [48.0, 57.2]),
    ("ho-tai-khoan", "Số hộ gia đình có tài khoản thanh toán điện tử", "hộ", "count", 2400, [1820, 2050]),
    ("cong-dan-so", "Số người dân đã kích hoạt tài khoản định danh điện tử mức 2", "người", "count", 9000, [7100, 7900]),
    ("camera", "Số camera giám sát an ninh kết nối trung tâm điều hành", "camera", "count", 120, [64, 81]),
    ("diem-wifi", "Số điểm truy cập Internet miễn phí tại nơi công cộng", "điểm", "count", 15, [6, 9]),
    ("ho-so-dien-tu", "Tỷ lệ hồ sơ công việc của phường được xử lý trên môi trường mạng", "%", "percent", 95, [82.0, 88.5]),
    ("ky-so", "Tỷ lệ văn bản đi được ký số", "%", "percent", 100, [91.0, 96.3]),
    ("to-cong-nghe", "Số tổ công nghệ số cộng đồng hoạt động thường xuyên", "tổ", "count", 12, [8, 12]),
    ("hoc-ky-nang-so", "Số lượt người dân được hướng dẫn kỹ năng số", "lượt", "count-per-year", 3000, [1400, 1650]),
]
GROUPS = [
    ("1", "Hoàn thiện thể chế và nâng cao nhận thức về chuyển đổi số"),
    ("2", "Phát triển hạ tầng số và dữ liệu số"),
    ("3", "Phát triển chính quyền số"),
    ("4", "Phát triển xã hội số và công dân số"),
]


def site(root: Path) -> None:
    def w(rel, text):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")

    w("loa.yaml", 'title: "Cổng thông tin phường Hòa Bình"\nbase_url: "http://127.0.0.1/"\nportals:\n  - id: "phuong-hoa-binh"\n    title: "Cổng thông tin phường Hòa Bình"\n    unit: "phuong-hoa-binh"\n')
    w("content/_index.md", '---\ntitle: "Cổng thông tin phường Hòa Bình"\n---\nTrang thông tin về kế hoạch chuyển đổi số của phường.\n')
    w("content/don-vi/_index.md", '---\ntitle: "Đơn vị"\n---\n')
    w("content/bao-cao/_index.md", '---\ntitle: "Báo cáo"\n---\n')
    units = ['- id: tp\n  name: Thành phố\n  kind: tinh', '- id: phuong-hoa-binh\n  name: Phường Hòa Bình\n  kind: phuong\n  parent: tp\n  from: 2025-07-01']
    offices = ["van-phong", "phong-kinh-te", "phong-van-hoa", "cong-an-phuong"]
    for o in offices:
        units.append(f"- id: {o}\n  name: {o.replace('-', ' ').title()} phường Hòa Bình\n  kind: phong-ban\n  parent: phuong-hoa-binh")
    w("content/don-vi/don-vi.yaml", "\n".join(units) + "\n")
    w("content/van-ban/kh/index.md", '---\ntitle: "Kế hoạch chuyển đổi số phường Hòa Bình năm 2026"\ndate: 2026-01-15\ndocument:\n  kind: kế hoạch\n  number: 25/KH-UBND\n  issued: 2026-01-15\n  issuer: UBND phường Hòa Bình\n---\n'
      + "\n\n".join(f"## {i}. Mục {i}\n\n" + "Nội dung kế hoạch. " * 40 for i in range(1, 6)) + "\n")
    plan = ["area: phuong-hoa-binh", "start: 2025", "end: 2027", "illustrative: true", "reporting:", "  - cadence: yearly", "    by: van-phong", "indicators:"]
    for (i, name, measure, kind, target, _) in INDICATORS:
        plan += [f"  - id: {i}", f'    name: "{name}"', f'    measure: "{measure}"', f"    kind: {kind}", "    targets:", f"      - {{year: 2026, value: {target}}}"]
    plan.append("groups:")
    plan += [f'  - number: "{n}"\n    title: "{t}"' for n, t in GROUPS]
    plan.append("tasks:")
    for k in range(20):
        g = GROUPS[k % 4][0]
        due = f"\n    due: 2026-{3 + k % 9:02d}-30" if k % 3 == 0 else "\n    cadence: quarterly"
        plan.append(f'  - number: "{g}.{k // 4 + 1}"\n    summary: "Nhiệm vụ số {k + 1}: triển khai các nội dung của kế hoạch tại các tổ dân phố và bộ phận một cửa của phường"\n    lead: [{offices[k % 4]}]\n    support: [{offices[(k + 1) % 4]}]{due}')
    w("content/van-ban/kh/ke-hoach.yaml", "\n".join(plan) + "\n")
    for n, (period, date) in enumerate([("2025", "2026-01-10"), ("2026-Q1", "2026-04-08"), ("2026-Q2", "2026-07-08"), ("2026-Q3", "2026-10-08")]):
        values = "\n".join(f"    {i}: {vals[min(n, 1)]}" for (i, _, _, _, _, vals) in INDICATORS)
        tasks = "\n".join(f'    "{GROUPS[k % 4][0]}.{k // 4 + 1}": {{status: {"done" if k % 2 else "in-progress"}}}' for k in range(20))
        w(f"content/bao-cao/bc-{n}.md", f'---\ntitle: "Báo cáo {period}"\ndate: {date}\nreport:\n  plan: 25/KH-UBND\n  period: "{period}"\n  unit: van-phong\n  illustrative: true\n  values:\n{values}\n  tasks:\n{tasks}\n---\nBáo cáo kết quả thực hiện.\n')


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path):
    handler = lambda *a, **k: Quiet(*a, directory=str(folder), **k)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        site(root)
        for arg in sys.argv[1:]:
            binary, _, themes = arg.partition(":")
            subprocess.run(["rm", "-rf", str(root / "themes")], check=True)
            subprocess.run(["cp", "-r", themes or str(HERE.parent / "themes"), str(root / "themes")], check=True)
            out = Path(tmp) / f"out-{abs(hash(arg))}"
            subprocess.run([binary, "build", "--root", str(root), "--output", str(out), "--today", "2026-11-21"], check=True, capture_output=True)
            httpd = serve(out / "phuong-hoa-binh")
            base = f"http://127.0.0.1:{httpd.server_address[1]}/"
            print(f"# {binary}")
            subprocess.run(["node", str(HERE / "page_heights.mjs"), base, "", "van-ban/ke-hoach-25-kh-ubnd/", "bao-cao/bao-cao-2026-q3/"], check=True)
            httpd.shutdown()


if __name__ == "__main__":
    main()
