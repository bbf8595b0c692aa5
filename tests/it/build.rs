//! What a successful build writes: addresses, links, bundles, drafts,
//! aliases, static files, determinism, and that a failed build or a check
//! never changes the published folder.

use crate::harness::Site;

#[test]
fn pages_sections_and_tags_get_folded_addresses() {
    let site = Site::fixture("basic");
    site.build(&[]);
    for f in [
        "main/index.html",
        "main/van-ban/index.html",
        "main/van-ban/ke-hoach-10-kh-ubnd/index.html",
        "main/van-ban/cong-van-1851/index.html",
        "main/van-ban/ke-hoach-55-kh-qu/index.html",
        "main/chu-de/cong-doan/index.html",
        "main/chu-de/doan-vien/index.html",
        "main/sitemap.xml",
        "main/robots.txt",
    ] {
        assert!(site.exists(f), "{f} missing");
    }
}

#[test]
fn links_to_markdown_files_become_relative_urls() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let home = site.output("main/index.html");
    assert!(home.contains(r#"<a href="van-ban/">các văn bản</a>"#), "{home}");
    assert!(home.contains(r#"<a href="van-ban/ke-hoach-10-kh-ubnd/#muc-dich">kế hoạch</a>"#), "{home}");
    let plan = site.output("main/van-ban/ke-hoach-10-kh-ubnd/index.html");
    assert!(plan.contains(r#"<a href="../../van-ban/ke-hoach-10-kh-ubnd/ban-quet.pdf">bản quét</a>"#), "{plan}");
    assert!(plan.contains(r#"<a href="../../van-ban/cong-van-1851/">công văn</a>"#), "{plan}");
}

#[test]
fn bundle_files_are_copied_beside_their_page() {
    let site = Site::fixture("basic");
    site.build(&[]);
    assert_eq!(site.output("main/van-ban/ke-hoach-10-kh-ubnd/ban-quet.pdf"), "%PDF-1.4 fake\n");
    assert_eq!(site.output("main/extra.css"), "body{}\n");
}

#[test]
fn bom_and_crlf_front_matter_and_template_override() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let page = site.output("main/van-ban/cong-van-1851/index.html");
    assert!(page.contains(r#"<body class="special">"#), "{page}");
    assert!(page.contains("Nội dung công văn."), "{page}");
}

#[test]
fn drafts_and_future_pages_only_when_asked() {
    let site = Site::fixture("basic");
    site.build(&[]);
    assert!(site.exists("main/tin-tuc/tin-hom-nay/index.html"));
    assert!(!site.exists("main/tin-tuc/bai-nhap/index.html"));
    assert!(!site.exists("main/tin-tuc/bai-hen-gio/index.html"));
    site.build(&["--drafts", "--future"]);
    assert!(site.exists("main/tin-tuc/bai-nhap/index.html"));
    assert!(site.exists("main/tin-tuc/bai-hen-gio/index.html"));
}

#[test]
fn sections_order_by_weight_when_asked() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let list = site.output("main/van-ban/index.html");
    let pos = |s: &str| list.find(s).unwrap_or_else(|| panic!("{s} not in {list}"));
    assert!(pos("Công văn 1851") < pos("Kế hoạch thực hiện") && pos("Kế hoạch thực hiện") < pos("Kế hoạch 55"));
    // The listing shows the description, never the body.
    assert!(list.contains("Kế hoạch của UBND quận Ba Đình."));
    assert!(!list.contains("Tải"));
}

#[test]
fn aliases_redirect_to_the_page() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let alias = site.output("main/ke-hoach-cu/index.html");
    assert!(alias.contains(r#"url=../van-ban/ke-hoach-10-kh-ubnd/"#), "{alias}");
    assert!(alias.contains(r#"href="https://example.gov.vn/van-ban/ke-hoach-10-kh-ubnd/""#), "{alias}");
}

#[test]
fn two_builds_write_identical_bytes() {
    let a = Site::fixture("basic");
    let b = Site::fixture("basic");
    a.build(&[]);
    b.build(&[]);
    let (ta, tb) = (a.tree("public"), b.tree("public"));
    assert!(!ta.is_empty());
    assert_eq!(ta, tb);
}

#[test]
fn a_failed_build_leaves_the_published_site_untouched() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let before = site.tree("public");
    site.write("content/tin-tuc/hong.md", "---\ntitle: Hỏng\ndate: 11/01/2022\n---\n");
    site.write("content/tin-tuc/moi.md", "---\ntitle: Bài mới\n---\nMới.\n");
    site.build_fails();
    assert_eq!(site.tree("public"), before);
    // No staging folders are left behind beside it.
    let names: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("loa-staging")), "{names:?}");
}

#[test]
fn check_validates_without_writing() {
    let site = Site::fixture("basic");
    let r = site.run(&["check", "--today", "2026-11-21"]);
    assert!(r.status.success(), "{}", r.stderr);
    assert!(!site.path("public").exists());
    site.write("content/a.md", "---\ntitle: A\n---\n[x](nowhere.md)\n");
    let r = site.run(&["check"]);
    assert_eq!(r.status.code(), Some(1));
    assert!(r.stderr.contains("content/a.md:4:1: error: broken link"), "{}", r.stderr);
    assert!(!site.path("public").exists());
}

#[test]
fn one_portal_and_a_preview_base_url() {
    let site = Site::fixture("basic");
    site.write(
        "loa.yaml",
        "title: T\nbase_url: https://a.vn/\nportals:\n  - id: quan\n  - id: phuong\n    base_url: https://b.vn/phuong/\n",
    );
    site.build(&["--portal", "phuong", "--base-url", "http://127.0.0.1:8000/"]);
    assert!(site.exists("phuong/index.html"));
    assert!(!site.exists("quan"));
    let alias = site.output("phuong/ke-hoach-cu/index.html");
    assert!(alias.contains(r#"href="http://127.0.0.1:8000/van-ban/ke-hoach-10-kh-ubnd/""#), "{alias}");
}

#[test]
fn words_are_counted_when_a_template_asks_for_them() {
    // Counting is skipped unless some template mentions `word_count`; a
    // site's own template that does gets the count.
    let site = Site::fixture("basic");
    site.write(
        "templates/page.html",
        "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{{ page.title }}</title></head>\
         <body><p>{{ page.word_count }} từ</p>{{ page.content | safe }}</body></html>",
    );
    site.write("content/tin-tuc/dem-tu.md", "---\ntitle: Đếm từ\n---\nMột hai **ba** bốn – năm.\n");
    site.build(&[]);
    let page = site.output("main/tin-tuc/dem-tu/index.html");
    assert!(page.contains("<p>5 từ</p>"), "{page}");
}
