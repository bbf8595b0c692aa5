//! One content tree, many portals: what each portal shows, that every
//! portal is complete at its own sub-path, and that one portal builds alone.

use crate::harness::Site;

const PORTALS: &str = "title: Cổng thử
base_url: https://example.gov.vn/
portals:
  - id: quan-a
    title: Cổng quận A
    unit: quan-a
  - id: phuong-1
    title: Cổng phường Một
    unit: phuong-1
  - id: phuong-2
    title: Cổng phường Hai
    unit: phuong-2
  - id: phuong-moi
    title: Cổng phường Mới
    unit: phuong-moi
  - id: quan-b
    title: Cổng quận B
    unit: quan-b
    contact:
      name: UBND quận B
      address: Quận B
    english:
      name: District B People's Committee
      about: About us.
      officials:
        - name: Nguyễn Văn A
          position: Chairman
";

pub(crate) fn site() -> Site {
    let site = Site::with_default_theme("plan");
    site.write("loa.yaml", PORTALS);
    let units = std::fs::read_to_string(site.path("content/don-vi/don-vi.yaml")).unwrap();
    site.write(
        "content/don-vi/don-vi.yaml",
        &format!("{units}- id: quan-b\n  name: Quận B\n  kind: quan\n- id: ubnd-quan-b\n  name: UBND quận B\n  kind: ubnd\n  parent: quan-b\n"),
    );
    site.write(
        "content/van-ban/cv-b.md",
        "---\ntitle: Công văn của quận B\ndate: 2022-02-01\ndocument:\n  kind: công văn\n  number: 9/UBND-B\n  issuer: UBND quận B\n---\nThực hiện Kế hoạch số 1/KH-UBND.\n",
    );
    site.write(
        "content/tin-a.md",
        "---\ntitle: Tin riêng quận A\ndate: 2022-03-01\nportals: [quan-a]\n---\nXem [công văn](van-ban/cv-b.md).\n",
    );
    site.build(&[]);
    site
}

#[test]
fn each_portal_shows_its_own_territory_and_the_plans_above_it() {
    let site = site();
    // The district plan shows on the district and on its wards…
    for p in ["quan-a", "phuong-1", "phuong-2"] {
        assert!(site.exists(&format!("{p}/van-ban/ke-hoach-1-kh-ubnd/index.html")), "{p}");
    }
    // …not on another district, whose own letter stays on its own portal.
    assert!(!site.exists("quan-b/van-ban/ke-hoach-1-kh-ubnd/index.html"));
    assert!(site.exists("quan-b/van-ban/cong-van-9-ubnd-b/index.html"));
    assert!(!site.exists("quan-a/van-ban/cong-van-9-ubnd-b/index.html"));
    // A page limited with `portals:` shows only there.
    assert!(site.exists("quan-a/tin-rieng-quan-a/index.html"));
    assert!(!site.exists("phuong-1/tin-rieng-quan-a/index.html"));
    // Listings only list what the portal shows.
    let list = site.output("quan-a/van-ban/index.html");
    assert!(!list.contains("Công văn của quận B"), "{list}");
}

#[test]
fn a_link_to_a_page_the_portal_lacks_goes_to_a_portal_that_has_it() {
    let site = site();
    let news = site.output("quan-a/tin-rieng-quan-a/index.html");
    assert!(news.contains(r#"href="https://example.gov.vn/quan-b/van-ban/cong-van-9-ubnd-b/""#), "{news}");
    // On the portal that has it, the link stays relative.
    let b = site.output("quan-b/van-ban/cong-van-9-ubnd-b/index.html");
    assert!(b.contains("Thực hiện"));
}

#[test]
fn a_ward_portal_shows_the_plans_above_it_then_its_own_figures() {
    let site = site();
    // While the district still existed.
    site.build(&["--today", "2024-06-01"]);
    let home = site.output("phuong-1/index.html");
    let plans = home.find("Kế hoạch phát triển đoàn viên").expect("the district plan");
    let own = home.find("Số liệu của đơn vị: Phường Một").expect("own block");
    assert!(plans < own);
    assert!(home.contains("13.000") && home.contains("xếp thứ 1 trong 2 phường có số liệu / 2 phường"), "{home}");
    assert!(home.contains("<title>Cổng phường Một</title>") || home.contains("Cổng phường Một"));
}

#[test]
fn a_successor_units_portal_shows_its_predecessors_history() {
    let site = site();
    // Phường Mới replaced Phường Một (and Quận A): the district plan and the
    // old ward's figures stay visible there.
    assert!(site.exists("phuong-moi/van-ban/ke-hoach-1-kh-ubnd/index.html"));
    let unit = site.output("phuong-moi/don-vi/phuong-moi/index.html");
    assert!(unit.contains("Lịch sử từ đơn vị cũ: Phường Một") && unit.contains("13.000"), "{unit}");
    // Merge Phường Hai in too: the two wards shared task 1.1, which the new
    // ward's page lists once, naming both.
    let units = std::fs::read_to_string(site.path("content/don-vi/don-vi.yaml")).unwrap();
    let merged = units.replace(
        "- id: phuong-2\n  name: Phường Hai\n  kind: phuong\n  parent: quan-a\n",
        "- id: phuong-2\n  name: Phường Hai\n  kind: phuong\n  parent: quan-a\n  successors:\n    - unit: phuong-moi\n      from: 2025-07-01\n",
    );
    assert_ne!(units, merged, "the fixture's Phường Hai changed");
    site.write("content/don-vi/don-vi.yaml", &merged);
    site.build(&[]);
    let unit = site.output("phuong-moi/don-vi/phuong-moi/index.html");
    let tasks = &unit[unit.find("Nhiệm vụ đã giao cho các đơn vị cũ").expect("history tasks")..];
    assert_eq!(tasks.matches(r#"<span class="so">1.1</span>"#).count(), 1, "{tasks}");
    let named = r#"<dt>Đơn vị cũ được giao</dt><dd><a href="../../don-vi/phuong-1/">Phường Một</a>; <a href="../../don-vi/phuong-2/">Phường Hai</a></dd>"#;
    assert!(tasks.contains(named), "{tasks}");
}

#[test]
fn portal_name_address_contact_and_english_page() {
    let site = site();
    let page = site.output("phuong-2/van-ban/ke-hoach-1-kh-ubnd/index.html");
    assert!(page.contains("Cổng phường Hai") && !page.contains("Cổng phường Một"));
    assert!(page.contains(r#"href="https://example.gov.vn/phuong-2/van-ban/ke-hoach-1-kh-ubnd/""#));
    let b = site.output("quan-b/index.html");
    assert!(b.contains("UBND quận B") && b.contains(r#"href="en/""#));
    let en = site.output("quan-b/en/index.html");
    assert!(en.contains("District B People&#39;s Committee") || en.contains("District B People's Committee"), "{en}");
    assert!(en.contains("<strong>Nguyễn Văn A</strong>, Chairman"), "{en}");
    assert_eq!(en.matches(r#"<meta name="description""#).count(), 1, "{en}");
    assert!(en.contains(r#"<link rel="canonical" href="https://example.gov.vn/quan-b/en/">"#), "{en}");
}

#[test]
fn every_link_resolves_within_its_portal_under_a_sub_path() {
    let site = site();
    for portal in ["quan-a", "phuong-1", "phuong-2", "phuong-moi", "quan-b"] {
        let base = site.path("public").join(portal);
        for (rel, html) in html_files(&base) {
            for href in links(&html) {
                if href.starts_with("http")
                    || href.starts_with("mailto:")
                    || href.starts_with("tel:")
                    || href.starts_with('#')
                {
                    continue;
                }
                let target = resolve(&rel, &href, portal);
                let path = base.join(&target);
                let ok = path.is_file() || path.join("index.html").is_file();
                assert!(ok, "{portal}/{rel}: `{href}` leads to {target}, which does not exist");
            }
        }
    }
}

#[test]
fn one_portal_alone() {
    let site = Site::with_default_theme("plan");
    site.write("loa.yaml", PORTALS);
    let r = site.run(&["build", "--today", "2026-11-21", "--portal", "phuong-2"]);
    assert!(r.status.success(), "{}", r.stderr);
    assert!(site.exists("phuong-2/index.html") && !site.exists("quan-a"));
    let r = site.run(&["build", "--portal", "phuong-3"]);
    assert!(
        r.stderr.contains("no portal `phuong-3` in loa.yaml") && r.stderr.contains("did you mean `phuong-"),
        "{}",
        r.stderr
    );
}

fn html_files(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut out = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
                out.push((rel, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    out
}

fn links(html: &str) -> Vec<String> {
    let mut out = vec![];
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].replace("&amp;", "&"));
            }
        }
    }
    out
}

/// The file path (under the portal folder) a link leads to; `/portal/…`
/// links (the 404 page's) are taken from the portal's sub-path.
fn resolve(page: &str, href: &str, portal: &str) -> String {
    let href = href.split(['#', '?']).next().unwrap_or("");
    let mut parts: Vec<&str> = if let Some(abs) = href.strip_prefix('/') {
        let abs = abs.strip_prefix(portal).unwrap_or(abs);
        return abs.trim_start_matches('/').to_string();
    } else {
        page.split('/').collect()
    };
    parts.pop();
    for seg in href.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}
