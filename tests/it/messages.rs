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

/// Every YAML example in the README and docs/ is in the safe style: a text
/// value is quoted (numbers, booleans, dates, periods, lists, blocks and
/// block scalars aside), so an example copied and edited in Vietnamese
/// never meets an unquoted comma or colon.
#[test]
fn yaml_examples_in_the_docs_quote_their_text() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    for e in std::fs::read_dir(root.join("docs")).unwrap().flatten() {
        if e.path().extension().is_some_and(|x| x == "md") {
            files.push(e.path());
        }
    }
    let plain = |v: &str| {
        let v = v.trim();
        v.parse::<f64>().is_ok()
            || ["true", "false", "null", "~", "…", "[…]"].contains(&v)
            || v.starts_with(['"', '\'', '[', '{', '|', '>', '#', '&', '*'])
            || (v.len() >= 4
                && v[..4].bytes().all(|b| b.is_ascii_digit())
                && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    };
    let mut unquoted = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let yaml = text.split("```yaml\n").skip(1).filter_map(|b| b.split("```").next());
        // The front matter of Markdown examples is YAML too.
        let fronts = text
            .split("```markdown\n---\n")
            .skip(1)
            .filter_map(|b| b.split("```").next())
            .filter_map(|b| b.split("\n---").next());
        for block in yaml.chain(fronts) {
            for line in block.lines() {
                let item = line.trim_start().trim_start_matches("- ");
                let Some((key, value)) = item.split_once(": ") else { continue };
                let value = value.split(" #").next().unwrap_or_default();
                let is_key = !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'-');
                // A list written `[a, b]`: each of its items.
                let items: Vec<&str> = match value.trim().strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
                    Some(inner) => inner.split(", ").collect(),
                    None => vec![value],
                };
                if is_key && !value.trim().is_empty() && !items.iter().all(|v| plain(v)) {
                    unquoted.push(format!("{}: {line}", f.display()));
                }
            }
        }
    }
    assert!(unquoted.is_empty(), "text values to quote:\n{}", unquoted.join("\n"));
}

const PLAN: &str = "content/van-ban/kh-phuong/ke-hoach.yaml";

/// stderr of a failing build of the ward fixture after one edit, in English
/// then Vietnamese; never a Rust type name in either.
fn mistake(file: &str, from: &str, to: &str) -> String {
    let site = ward();
    site.edit(file, from, to);
    let (en, vi) = (build_fails_in(&site, "en"), build_fails_in(&site, "vi"));
    for words in [&en, &vi] {
        for rust in ["i16", "i32", "i64", "u8", "u16", "u32", "u64", "f64", "usize", "struct ", "enum ", "Option<"] {
            assert!(!words.contains(rust), "a Rust type name `{rust}`:\n{words}");
        }
    }
    format!("{en}\n--- tiếng Việt ---\n{vi}")
}

macro_rules! vietnamese_mistake {
    ($name:ident, $file:expr, $from:expr, $to:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(mistake($file, $from, $to));
        }
    };
}

// Issue 12.2: the mistakes Vietnamese text invites, each explained right.
vietnamese_mistake!(
    unquoted_comma_in_a_block_is_text_to_quote,
    Q2,
    "{status: \"đang thực hiện\", note: \"Đã số hóa 1.240 hồ sơ\"}",
    "{status: \"đang thực hiện\", note: Đã tập huấn 3 buổi, 410 người}"
);
vietnamese_mistake!(
    unquoted_colon_after_a_key_is_text_to_quote,
    Q2,
    "title: \"Báo cáo quý II năm 2026\"",
    "title: Báo cáo: quý II năm 2026"
);
vietnamese_mistake!(decimal_comma_takes_a_dot, Q2, "    thoi-gian-xu-ly: 4.1", "    thoi-gian-xu-ly: 4,1");
vietnamese_mistake!(thousands_dot_is_written_together, PLAN, "value: 2400, comparison", "value: 2.400, comparison");
vietnamese_mistake!(tab_in_indentation, Q2, "    thoi-gian-xu-ly: 4.1", "\tthoi-gian-xu-ly: 4.1");
vietnamese_mistake!(unknown_status_word, Q2, "{status: \"in-progress\"}", "{status: \"đã xong\"}");
vietnamese_mistake!(unknown_period_words, Q2, "period: \"2026-Q2\"", "period: \"quý 5/2026\"");
vietnamese_mistake!(unknown_comparison_word, PLAN, "comparison: \"khoảng\"", "comparison: \"tầm\"");
vietnamese_mistake!(text_where_a_number_belongs, Q2, "    thoi-gian-xu-ly: 4.1", "    thoi-gian-xu-ly: khoảng 4 ngày");
vietnamese_mistake!(text_where_a_year_belongs, PLAN, "{year: 2026, value: 80", "{year: năm nay, value: 80");

/// The Vietnamese words staff write where the format has a keyword are
/// accepted: statuses, periods, comparisons.
#[test]
fn vietnamese_keywords_are_accepted() {
    let site = ward();
    site.edit(Q2, "{status: \"in-progress\"}", "{status: \"chậm tiến độ\"}");
    site.edit(Q2, "period: \"2026-Q2\"", "period: \"Quý II/2026\"");
    site.edit(PLAN, "comparison: \"khoảng\"", "comparison: \"trên\"");
    site.build(&[]);
}

/// `loa --help` and each command's help follow `--lang` and LOA_LANG.
#[test]
fn the_command_line_help_follows_the_language() {
    let help = |args: &[&str], env: &str| {
        let out =
            std::process::Command::new(env!("CARGO_BIN_EXE_loa")).args(args).env("LOA_LANG", env).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let vi = help(&["--help"], "vi");
    assert!(vi.starts_with("Dựng cổng thông tin") && vi.contains("Dựng mọi cổng vào public/"), "{vi}");
    let en = help(&["build", "--help"], "vi").replace('\n', " ");
    assert!(en.contains("Thư mục của trang (chứa loa.yaml)"), "{en}");
    let en = help(&["--lang", "en", "check", "--help"], "vi");
    assert!(en.starts_with("Check the content") && en.contains("The site folder (holding loa.yaml)"), "{en}");
    let en = help(&["serve", "--help", "--lang=en"], "");
    assert!(en.contains("Open the site in the web browser"), "{en}");
}
