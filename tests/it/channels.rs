//! Every channel a portal publishes besides its pages, checked by the
//! tools others will read them with: Atom feeds by Python's feedparser,
//! sitemaps by xmllint against the sitemaps.org schema, QR codes by
//! zbarimg (after librsvg draws them), open data by Python's csv and
//! jsonschema modules. `scripts/setup-test-deps` installs these tools.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Debian's Python, which has the feedparser and jsonschema packages.
const PYTHON: &str = "/usr/bin/python3";

/// Runs a tool, failing the test with a hint when it is missing.
pub(crate) fn run(cmd: &mut Command) -> std::process::Output {
    let name = cmd.get_program().to_string_lossy().into_owned();
    cmd.output().unwrap_or_else(|e| panic!("{name}: {e} (scripts/setup-test-deps installs the test tools)"))
}

/// Every file under `dir` whose name ends with `suffix`.
pub(crate) fn files(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else { return out };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p, suffix));
        } else if p.to_string_lossy().ends_with(suffix) {
            out.push(p);
        }
    }
    out.sort();
    out
}

const PORTALS: [&str; 5] = ["quan-a", "phuong-1", "phuong-2", "phuong-moi", "quan-b"];

const FEED_CHECK: &str = r#"
import json, sys, feedparser
out = []
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out.append({
        "path": path,
        "bozo": bool(d.bozo),
        "error": str(d.get("bozo_exception", "")),
        "version": d.version,
        "title": d.feed.get("title"),
        "updated": d.feed.get("updated"),
        "self": [l.href for l in d.feed.get("links", []) if l.rel == "self"],
        "entries": [{"title": e.title, "link": e.link, "id": e.id, "updated": e.updated,
                     "published": e.get("published"), "summary": e.get("summary")} for e in d.entries],
    })
print(json.dumps(out))
"#;

#[test]
fn atom_feeds_parse_and_carry_the_contents_dates() {
    let site = crate::portals::site();
    let mut all = Vec::new();
    for p in PORTALS {
        let feeds = files(&site.path("public").join(p), "atom.xml");
        assert!(feeds.len() >= 2, "{p}: the portal's feed and a section's: {feeds:?}");
        all.extend(feeds);
    }
    let out = run(Command::new(PYTHON).arg("-c").arg(FEED_CHECK).args(&all));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let parsed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for f in parsed.as_array().unwrap() {
        let path = f["path"].as_str().unwrap();
        assert_eq!(f["bozo"], false, "{path}: {}", f["error"]);
        assert_eq!(f["version"], "atom10", "{path}");
        let portal = PORTALS.iter().find(|p| path.contains(&format!("/public/{p}/"))).unwrap();
        let base = format!("https://example.gov.vn/{portal}/");
        let rel = path.split(&format!("/public/{portal}/")).nth(1).unwrap();
        assert_eq!(f["self"][0], format!("{base}{rel}"), "{path}");
        let entries = f["entries"].as_array().unwrap();
        assert!(!entries.is_empty(), "{path}");
        for e in entries {
            assert!(e["link"].as_str().unwrap().starts_with(&base), "{path}: {e}");
            assert_eq!(e["id"], e["link"]);
        }
        // Newest first, and the feed's date is its newest entry's.
        assert_eq!(f["updated"], entries[0]["updated"], "{path}");
        let dates: Vec<&str> = entries.iter().map(|e| e["updated"].as_str().unwrap()).collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{path}: {dates:?}");
    }
    // The report of 2022 (date: 2023-01-10 in its front matter) is in the
    // plan's feed with its own date, not the build's.
    let plan_feed = site.output("quan-a/van-ban/ke-hoach-1-kh-ubnd/atom.xml");
    let report = site.output("quan-a/bao-cao/bao-cao-nam-2022/index.html");
    let date = report.split("<time datetime=\"").nth(1).unwrap().split('"').next().unwrap();
    assert!(plan_feed.contains(&format!("<published>{date}T00:00:00+07:00</published>")), "{date}:\n{plan_feed}");
    // A ward portal's feeds link to the ward portal's own addresses.
    assert!(site.output("phuong-1/atom.xml").contains("https://example.gov.vn/phuong-1/bao-cao/"));
    // Every page of a portal links to the portal's feed in its head.
    assert!(site.output("phuong-1/index.html").contains("type=\"application/atom+xml\""));
}

#[test]
fn feeds_and_sitemaps_do_not_change_with_the_build_date() {
    let site = crate::portals::site();
    let before = [site.output("quan-a/atom.xml"), site.output("quan-a/sitemap.xml")];
    site.build(&["--today", "2027-03-04"]);
    let after = [site.output("quan-a/atom.xml"), site.output("quan-a/sitemap.xml")];
    assert_eq!(before, after);
    for text in &after {
        assert!(!text.contains("2027-03-04") && !text.contains("2026-11-21"));
    }
}

#[test]
fn sitemaps_are_valid_against_the_sitemaps_org_schema() {
    let site = crate::portals::site();
    let xsd = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/node_modules/sitemap/schema/sitemap.xsd");
    assert!(xsd.exists(), "{} is missing: run scripts/setup-test-deps", xsd.display());
    for p in PORTALS {
        let map = site.path("public").join(p).join("sitemap.xml");
        let out = run(Command::new("xmllint").arg("--noout").arg("--schema").arg(&xsd).arg(&map));
        assert!(out.status.success(), "{p}: {}", String::from_utf8_lossy(&out.stderr));
        // Every HTML page the portal has is listed (redirects excepted), once.
        let text = site.output(&format!("{p}/sitemap.xml"));
        let locs: Vec<&str> = text.split("<loc>").skip(1).map(|s| s.split("</loc>").next().unwrap()).collect();
        let mut unique = locs.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), locs.len(), "{p}: an address twice");
        for page in files(&site.path("public").join(p), "index.html") {
            let html = std::fs::read_to_string(&page).unwrap();
            if html.contains("http-equiv=\"refresh\"") {
                continue;
            }
            let rel =
                page.strip_prefix(site.path("public").join(p)).unwrap().to_string_lossy().replace("index.html", "");
            let url = format!("https://example.gov.vn/{p}/{rel}");
            assert!(locs.contains(&url.as_str()), "{p}: {url} is not in the sitemap");
        }
        let robots = site.output(&format!("{p}/robots.txt"));
        assert!(robots.contains(&format!("Sitemap: https://example.gov.vn/{p}/sitemap.xml")), "{robots}");
    }
}

/// The QR code in a page's print slot, decoded by zbarimg.
fn decode_qr(html: &str, scratch: &Path) -> Option<String> {
    let start = html.find("<svg class=\"qr\"")?;
    let end = start + html[start..].find("</svg>")? + "</svg>".len();
    let svg = scratch.join("qr.svg");
    let png = scratch.join("qr.png");
    std::fs::write(&svg, &html[start..end]).unwrap();
    let out = run(Command::new("rsvg-convert").args(["-w", "300", "-o"]).arg(&png).arg(&svg));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = run(Command::new("zbarimg").args(["--quiet", "--raw"]).arg(&png));
    Some(String::from_utf8_lossy(&out.stdout).trim_end().to_string())
}

#[test]
fn every_printed_page_carries_a_qr_code_of_its_own_address_on_every_portal() {
    let site = crate::portals::site();
    let scratch = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for p in PORTALS {
        for page in files(&site.path("public").join(p), ".html") {
            let html = std::fs::read_to_string(&page).unwrap();
            let Some(canonical) = html.split("<link rel=\"canonical\" href=\"").nth(1) else { continue };
            let canonical = canonical.split('"').next().unwrap();
            if html.contains("http-equiv=\"refresh\"") {
                continue;
            }
            let decoded = decode_qr(&html, scratch.path()).unwrap_or_else(|| panic!("{}: no QR code", page.display()));
            assert_eq!(decoded, canonical, "{}", page.display());
            checked += 1;
        }
    }
    assert!(checked > 50, "{checked}");
}

#[test]
fn articles_reports_and_plans_have_a_loudspeaker_script() {
    let site = crate::portals::site();
    site.write(
        "content/doc-loa.yaml",
        "abbreviations:\n  UBND: Ủy ban nhân dân\n  \"LĐ-TB&XH\": Lao động – Thương binh và Xã hội\n",
    );
    site.write(
        "content/tin-tuc/hoi-nghi.md",
        "---\ntitle: Hội nghị của UBND quận\ndate: 2022-01-11\n---\nPhòng LĐ-TB&XH báo cáo 22.000 đoàn viên, đạt 71,5% kế hoạch ngày 11/01/2022.\n",
    );
    site.build(&[]);
    let text = site.output("quan-a/tin-tuc/hoi-nghi-cua-ubnd-quan/doc-loa.txt");
    assert!(text.starts_with('\u{feff}'), "a byte-order mark, so browsers and Notepad read UTF-8");
    assert!(text.contains("\r\n"));
    assert!(text.contains("Hội nghị của Ủy ban nhân dân quận"), "{text}");
    assert!(text.contains("Đăng ngày mười một tháng một năm hai nghìn không trăm hai mươi hai."), "{text}");
    assert!(
        text.contains(
            "Phòng Lao động – Thương binh và Xã hội báo cáo hai mươi hai nghìn đoàn viên, đạt bảy mươi mốt phẩy năm phần trăm \
             kế hoạch ngày mười một tháng một năm hai nghìn không trăm hai mươi hai."
        ),
        "{text}"
    );
    let page = site.output("quan-a/tin-tuc/hoi-nghi-cua-ubnd-quan/index.html");
    assert!(page.contains("doc-loa.txt\" download="), "a download link");
    // Reports and plans have one too; a document that is neither does not.
    assert!(site.exists("quan-a/bao-cao/bao-cao-nam-2022/doc-loa.txt"));
    assert!(site.exists("quan-a/van-ban/ke-hoach-1-kh-ubnd/doc-loa.txt"));
    assert!(!site.exists("quan-b/van-ban/cong-van-9-ubnd-b/doc-loa.txt"));
    // A report's script reads its figures (21100 union members in 2022),
    // a plan's its indicators, both with the notice for invented figures.
    let report = site.output("quan-a/bao-cao/bao-cao-nam-2022/doc-loa.txt");
    assert!(report.contains("Kết quả các chỉ tiêu:") && report.contains("hai mươi mốt nghìn một trăm"), "{report}");
    assert!(report.contains("số liệu minh họa"), "{report}");
    let plan = site.output("quan-a/van-ban/ke-hoach-1-kh-ubnd/doc-loa.txt");
    assert!(plan.contains("Các chỉ tiêu của kế hoạch:") && plan.contains("mục tiêu"), "{plan}");
    assert!(!plan.contains(|c: char| c.is_ascii_digit()), "every number in words: {plan}");
    assert!(site.exists("quan-b/van-ban/cong-van-9-ubnd-b/index.html"));
}

/// The numbers of a page's progress table, in order.
fn table_numbers(html: &str) -> Vec<usize> {
    html.split("</th><td>").skip(1).map(|s| s.split('<').next().unwrap().trim().parse().unwrap()).collect()
}

#[test]
fn the_progress_summary_adds_up_to_each_plans_own_page() {
    let site = crate::portals::site();
    for p in ["quan-a", "phuong-1"] {
        let html = site.output(&format!("{p}/tinh-hinh-thuc-hien/index.html"));
        let n = table_numbers(&html);
        assert_eq!(n.len(), 8, "{p}: one plan, 4 indicator and 4 task rows");
        // The plan's own page says how many indicators and tasks it has.
        let plan = site.output(&format!("{p}/van-ban/ke-hoach-1-kh-ubnd/index.html"));
        let count = |what: &str| -> usize {
            let at = plan.find(what).unwrap_or_else(|| panic!("{what}"));
            let before = &plan[..at];
            let start = before.rfind("<span class=\"tt-so\">").unwrap() + "<span class=\"tt-so\">".len();
            before[start..].trim().parse().unwrap()
        };
        assert_eq!(n[..4].iter().sum::<usize>(), count(" chỉ tiêu:"), "{p}");
        assert_eq!(n[4..].iter().sum::<usize>(), count(" nhiệm vụ:"), "{p}");
        // The bars carry the same numbers in words, and no script.
        assert!(html.contains("<svg class=\"tien-do\"") && html.contains("role=\"img\""));
        assert!(!html.contains("<script"));
        assert!(site.output(&format!("{p}/sitemap.xml")).contains(&format!("/{p}/tinh-hinh-thuc-hien/</loc>")));
    }
}

const DATA_CHECK: &str = r#"
import csv, io, json, sys, zipfile, jsonschema
folder = sys.argv[1]
names = ["don-vi", "ke-hoach", "chi-tieu", "muc-tieu", "so-lieu", "nhiem-vu", "tinh-trang-nhiem-vu"]
out = {}
zf = zipfile.ZipFile(folder + "/du-lieu.zip")
for n in names:
    data = json.load(open(f"{folder}/{n}.json", encoding="utf-8"))
    schema = json.load(open(f"{folder}/schema/{n}.schema.json", encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    raw = open(f"{folder}/{n}.csv", "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf"), n
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(data["records"]), n
    for r, j in zip(rows, data["records"]):
        for k, v in j.items():
            shown = "" if v is None else (str(v).lower() if isinstance(v, bool) else str(v))
            assert r[k] == shown, (n, k, r[k], v)
    for suffix in [".json", ".csv"]:
        assert zf.read(n + suffix) == open(f"{folder}/{n}{suffix}", "rb").read(), n
    out[n] = rows
print(json.dumps(out))
"#;

#[test]
fn open_data_matches_its_schemas_opens_as_csv_and_carries_the_models_figures() {
    let site = crate::portals::site();
    let folder = site.path("public/quan-a/du-lieu");
    let out = run(Command::new(PYTHON).arg("-c").arg(DATA_CHECK).arg(&folder));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let data: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The 2022 report's union members (tests/fixtures/plan: total 21100,
    // phuong-1 12000, phuong-2 9100), as numbers, total and per ward.
    let values = data["so-lieu"].as_array().unwrap();
    let find = |level: &str, unit: &str| {
        values.iter().find(|r| {
            r["indicator"] == "doan-vien" && r["period"] == "2022" && r["level"] == level && r["unit"] == unit
        })
    };
    assert_eq!(find("unit", "phuong-1").unwrap()["value"], "12000");
    assert_eq!(find("unit", "phuong-2").unwrap()["value"], "9100");
    let total = values.iter().find(|r| r["indicator"] == "doan-vien" && r["period"] == "2022" && r["level"] == "total");
    assert_eq!(total.unwrap()["value"], "21100");
    assert_eq!(total.unwrap()["period_end"], "2022-12-31");
    // Tasks and their statuses per period, units, plans, targets.
    for n in ["nhiem-vu", "tinh-trang-nhiem-vu", "don-vi", "ke-hoach", "muc-tieu", "chi-tieu"] {
        assert!(!data[n].as_array().unwrap().is_empty(), "{n}");
    }
    // The page listing the files, and a ward portal's data at its address.
    let page = site.output("quan-a/du-lieu/index.html");
    assert!(page.contains("href=\"so-lieu.csv\"") && page.contains("schema/so-lieu.schema.json"));
    assert!(site.output("phuong-1/du-lieu/ke-hoach.json").contains("https://example.gov.vn/phuong-1/"));
    // Staff may link to these pages by their address.
    site.write(
        "content/tin-du-lieu.md",
        "---\ntitle: Dữ liệu mở\ndate: 2023-02-01\n---\nXem [dữ liệu](/du-lieu/) và [tình hình](/tinh-hinh-thuc-hien/).\n",
    );
    site.build(&[]);
    let page = files(&site.path("public/quan-a"), "index.html")
        .into_iter()
        .find(|p| {
            std::fs::read_to_string(p).unwrap().contains("<h1>Dữ liệu mở</h1>")
                && p.to_string_lossy().contains("du-lieu-mo")
        })
        .expect("the article");
    assert!(std::fs::read_to_string(page).unwrap().contains("du-lieu/\">dữ liệu</a>"));
}

#[test]
fn every_page_says_when_it_was_last_updated_and_plans_show_their_history() {
    let site = crate::portals::site();
    for page in files(&site.path("public/quan-a"), "index.html") {
        let html = std::fs::read_to_string(&page).unwrap();
        if html.contains("http-equiv=\"refresh\"") {
            continue;
        }
        let at = html.find("Cập nhật lần cuối: <time datetime=\"").unwrap_or_else(|| panic!("{}", page.display()));
        let date = &html[at + "Cập nhật lần cuối: <time datetime=\"".len()..][..10];
        // A date of the content, not the build's (--today 2026-11-21).
        assert!(date < "2026-11-21" && date > "2000-01-01", "{}: {date}", page.display());
    }
    let plan = site.output("quan-a/van-ban/ke-hoach-1-kh-ubnd/index.html");
    let history = plan.split("id=\"history-h\"").nth(1).expect("a history on the plan page");
    assert!(history.contains("bao-cao/bao-cao-nam-2022/") && history.contains("bao-cao/bao-cao-nam-2023/"));
    // Newest first.
    assert!(history.find("nam-2023").unwrap() < history.find("nam-2022").unwrap());
}

#[test]
fn long_lists_come_in_pages_of_ten_and_the_archive_lists_every_year() {
    let site = crate::portals::site();
    for i in 1..=23 {
        site.write(
            &format!("content/tin-tuc/tin-{i:02}.md"),
            &format!(
                "---\ntitle: Tin số {i}\ndate: 20{}-03-{i:02}\ntags: [tin]\n---\nNội dung {i}.\n",
                if i <= 12 { 24 } else { 25 }
            ),
        );
    }
    site.write("content/tin-tuc/_index.md", "---\ntitle: Tin tức\n---\nTin về [kế hoạch](../van-ban/kh-1/index.md).\n");
    site.build(&[]);
    let first = site.output("quan-a/tin-tuc/index.html");
    assert!(first.contains("Tin về <a href=\"../van-ban/ke-hoach-1-kh-ubnd/\">"), "{first}");
    // Its links are made for the first page: later pages list only.
    assert!(!site.output("quan-a/tin-tuc/trang/2/index.html").contains("Tin về"));
    assert_eq!(first.matches("class=\"muc\"").count(), 10);
    assert!(first.contains("href=\"../tin-tuc/trang/2/\" rel=\"next\""), "{first}");
    let third = site.output("quan-a/tin-tuc/trang/3/index.html");
    assert_eq!(third.matches("class=\"muc\"").count(), 3);
    assert!(third.contains("aria-current=\"page\">3<"));
    assert!(third.contains("<link rel=\"canonical\" href=\"https://example.gov.vn/quan-a/tin-tuc/trang/3/\">"));
    // Tags too, and the archive by year (newest first), each year paginated.
    assert!(site.exists("quan-a/chu-de/tin/trang/3/index.html"));
    let archive = site.output("quan-a/luu-tru/index.html");
    assert!(archive.find("luu-tru/2025/").unwrap() < archive.find("luu-tru/2024/").unwrap());
    let y2024 = site.output("quan-a/luu-tru/2024/index.html");
    assert_eq!(y2024.matches("class=\"muc\"").count(), 10);
    assert!(site.exists("quan-a/luu-tru/2024/trang/2/index.html"));
    assert!(site.output("quan-a/sitemap.xml").contains("/quan-a/luu-tru/2024/trang/2/</loc>"));
}

#[test]
fn an_empty_abbreviation_is_refused_where_it_is_written() {
    let site = crate::portals::site();
    // An empty abbreviation would stand before every word: refused, with
    // its line, and the site stays as it was (no hang, no script).
    site.write("content/doc-loa.yaml", "abbreviations:\n  UBND: Ủy ban nhân dân\n  \"\": Hội đồng\n");
    let err = site.build_fails();
    assert!(err.contains("content/doc-loa.yaml:3:") && err.contains("abbreviation list is empty"), "{err}");
    site.write("content/doc-loa.yaml", "abbreviations:\n  UBND: \"  \"\n");
    let err = site.build_fails();
    assert!(err.contains("content/doc-loa.yaml:2:") && err.contains("abbreviation list is empty"), "{err}");
}
