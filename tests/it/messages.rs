//! The messages of issue 12: every mistake of a file in one run, no false
//! alarm caused by another mistake, nothing a staff member did dropped
//! without a word; stderr snapshots in Vietnamese and English.

use crate::harness::Site;

const Q2: &str = "content/bao-cao/quy-2-2026.md";

/// The ward fixture without its deliberately ambiguous article.
fn ward() -> Site {
    let site = Site::fixture("plan-ward");
    std::fs::remove_file(site.path("content/tin-tuc/hoi-nghi.md")).unwrap();
    site
}

/// A report with five mistakes in its front matter: all five come out of
/// one build, each at its own line.
fn report_with_five_mistakes() -> Site {
    let site = ward();
    site.edit(Q2, "date: 2026-07-08", "date: 08/07/2026");
    site.edit(Q2, "    dich-vu-cong-toan-trinh: 85", "    dich-vu-cong-toan-trinh: 85,5");
    site.edit(Q2, "    thoi-gian-xu-ly: 4.1", "    thoi-gian-xu-ly: bốn ngày");
    site.edit(Q2, "    ho-so-qua-han: 1", "    ho-so-qua-han: 1\n    ghi-chu: 3 buổi tập huấn");
    site.edit(Q2, "{status: \"in-progress\"}", "{status: \"xong\"}");
    site
}

fn build_fails_in(site: &Site, lang: &str) -> String {
    let r = site.run_in(lang, &["build", "--today", "2026-11-21"]);
    assert_eq!(r.status.code(), Some(1), "expected exit status 1:\n{}", r.stderr);
    r.stderr
}

#[test]
fn every_mistake_of_a_report_comes_out_in_one_run() {
    let site = report_with_five_mistakes();
    let stderr = build_fails_in(&site, "en");
    let lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("content/bao-cao/quy-2-2026.md:")).collect();
    assert_eq!(lines.len(), 5, "{stderr}");
    insta::assert_snapshot!(stderr);
}

#[test]
fn every_mistake_of_a_report_comes_out_in_one_run_vi() {
    insta::assert_snapshot!(build_fails_in(&report_with_five_mistakes(), "vi"));
}

#[test]
fn a_link_to_a_page_with_mistakes_says_nothing_untrue() {
    let site = Site::fixture("basic");
    site.write("content/tin-tuc/hong.md", "---\ntitle: \"Bài hỏng\"\ndate: 2026-13-01\n---\nNội dung.\n");
    site.write("content/tin-tuc/a.md", "---\ntitle: \"Bài A\"\n---\nXem [bài hỏng](hong.md).\n");
    let stderr = site.build_fails();
    // Only the page's own mistake: the link to it is not "broken".
    assert_eq!(stderr.matches("error:").count(), 2, "{stderr}");
    assert!(!stderr.contains("a.md"), "{stderr}");
}

#[test]
fn drafts_and_future_pages_are_named_in_the_summary() {
    let site = Site::fixture("basic");
    for lang in ["en", "vi"] {
        let r = site.run_in(lang, &["build", "--today", "2026-11-21"]);
        assert!(r.status.success(), "{}", r.stderr);
        let notes: Vec<&str> =
            r.stderr.lines().filter(|l| l.starts_with("note:") || l.starts_with("ghi chú:")).collect();
        insta::assert_snapshot!(format!("drafts_and_future_pages_{lang}"), notes.join("\n"));
    }
    // With --drafts and --future nothing is left out.
    let r = site.run(&["build", "--today", "2026-11-21", "--drafts", "--future"]);
    assert!(!r.stderr.contains("note:"), "{}", r.stderr);
}

#[test]
fn an_image_without_alt_text_is_a_warning_saying_how_to_write_one() {
    let site = Site::fixture("basic");
    site.write("content/tin-tuc/anh.png", "not really a picture");
    site.write("content/tin-tuc/anh.md", "---\ntitle: \"Ảnh\"\n---\n![](anh.png) ![Mô tả](anh.png) ![ ](anh.png)\n");
    let r = site.run(&["check", "--today", "2026-11-21"]);
    let warnings: Vec<&str> = r.stderr.lines().filter(|l| l.contains("alt text")).collect();
    assert_eq!(warnings.len(), 2, "{}", r.stderr);
    insta::assert_snapshot!(r.stderr.lines().filter(|l| !l.starts_with("checked")).collect::<Vec<_>>().join("\n"));
}
