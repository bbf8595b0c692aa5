//! Tests for the Markdown pass, one group per concern: heading ids and TOC,
//! links, document references, raw HTML, tables, summary, word count.

use std::sync::Mutex;

use super::plain::{Words, space_len, truncate};
use super::*;

/// A small site: `ke-hoach.md` exists, web addresses are fine, every other
/// path is broken; only document 10/KH-UBND has a page.
#[derive(Default)]
struct Site {
    asked: Mutex<Vec<String>>,
}

impl Resolver for Site {
    fn link(&self, dest: &str) -> Link {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(dest.to_string());
        }
        match dest {
            "ke-hoach.md" => Link::Replace("/ke-hoach/".to_string()),
            d if d.starts_with("https://") => Link::Keep,
            _ => Link::Broken {
                message: Text::detail(format!("no page `{dest}`")),
                help: Some(Text::detail("check the file name")),
            },
        }
    }

    fn doc_ref(&self, r: &DocRef, _offset: usize) -> Option<String> {
        (r.number == "10/KH-UBND").then(|| "/van-ban/10-kh-ubnd/?a=1&b=2".to_string())
    }
}

const DOC_HREF: &str = "<a href=\"/van-ban/10-kh-ubnd/?a=1&amp;b=2\">";

fn md(src: &str) -> (Rendered, Vec<Problem>) {
    render(src, &Options { raw_html: false, count_words: true, ..Default::default() }, &Site::default())
}

fn md_raw(src: &str) -> (Rendered, Vec<Problem>) {
    render(src, &Options { raw_html: true, count_words: true, ..Default::default() }, &Site::default())
}

fn ids(r: &Rendered) -> Vec<&str> {
    r.toc.iter().map(|t| t.id.as_str()).collect()
}

#[test]
fn heading_ids_fold_vietnamese_and_are_unique() {
    let (r, p) = md("## Mục đích\n\n## Mục đích\n\n## Mục đích 1\n\n## Đường phố\n\n## “…”\n\n## ***\n");
    assert_eq!(ids(&r), ["muc-dich", "muc-dich-1", "muc-dich-1-1", "duong-pho", "muc", "muc-1"]);
    assert!(r.html.contains("<h2 id=\"muc-dich-1-1\">Mục đích 1</h2>"), "{}", r.html);
    assert!(p.is_empty());
}

#[test]
fn custom_heading_ids_are_respected_and_reserved() {
    let (r, p) = md("## Mục đích {#md}\n\n## md\n\n### Khác {#rieng .note}\n");
    assert_eq!(ids(&r), ["md", "md-1", "rieng"]);
    assert!(r.html.contains("<h3 id=\"rieng\" class=\"note\">Khác</h3>"), "{}", r.html);
    assert!(p.is_empty());
    // Two headings given the same id by hand: kept, with a warning at the second.
    let src = "## A {#x}\n\n## B {#x}\n";
    let (r, p) = md(src);
    assert_eq!(ids(&r), ["x", "x"]);
    assert_eq!(p.len(), 1);
    assert_eq!((p[0].offset, p[0].is_error), (src.find("## B").unwrap_or(0), false));
}

#[test]
fn toc_lists_h2_to_h4_in_order_with_plain_titles() {
    let (r, _) = md(
        "# Trang\n\n## Một *nghiêng* `mã`\n\n### Hai [liên kết](https://a.vn)\n\n#### Ba\n\n##### Năm\n\n## Bốn\nvăn bản\n",
    );
    let toc: Vec<(u8, &str, &str)> = r.toc.iter().map(|t| (t.level, t.id.as_str(), t.title.as_str())).collect();
    assert_eq!(
        toc,
        [
            (2, "mot-nghieng-ma", "Một nghiêng mã"),
            (3, "hai-lien-ket", "Hai liên kết"),
            (4, "ba", "Ba"),
            (2, "bon", "Bốn"),
        ]
    );
    // h1 and h5 still get ids, they are just not in the TOC.
    assert!(r.html.contains("<h1 id=\"trang\">") && r.html.contains("<h5 id=\"nam\">"));
}

#[test]
fn links_are_kept_replaced_or_broken_at_the_right_offset() {
    let src = "Đọc [kế hoạch](ke-hoach.md), [cổng](https://a.vn) và [trang cũ](cu.md \"Cũ\").";
    let (r, p) = md(src);
    assert!(r.html.contains("<a href=\"/ke-hoach/\">kế hoạch</a>"), "{}", r.html);
    assert!(r.html.contains("<a href=\"https://a.vn\">cổng</a>"));
    assert!(r.html.contains(" và trang cũ.</p>"), "{}", r.html);
    assert!(!r.html.contains("cu.md"));
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].offset, src.find("[trang cũ]").unwrap_or(0));
    assert!(p[0].is_error);
    assert_eq!(en(&p[0].message), "no page `cu.md`");
    assert_eq!(p[0].help.as_ref().map(en).as_deref(), Some("check the file name"));
}

#[test]
fn fragment_and_email_links_skip_the_resolver() {
    let site = Site::default();
    let (r, p) = render("[lên đầu](#muc-dich) <ubnd@hanoi.gov.vn> [x](ke-hoach.md#phan-2)", &Options::default(), &site);
    assert!(r.html.contains("href=\"#muc-dich\"") && r.html.contains("mailto:ubnd@hanoi.gov.vn"));
    assert_eq!(*site.asked.lock().expect("lock"), ["ke-hoach.md#phan-2"]);
    assert_eq!(p.len(), 1);
}

#[test]
fn broken_images_keep_their_alt_text_and_images_can_be_replaced() {
    let src = "Ảnh: ![Sơ đồ tổ chức](thieu.png)\n\n[![logo](https://a.vn/l.png)](ke-hoach.md)";
    let (r, p) = md(src);
    assert!(r.html.contains("<p>Ảnh: Sơ đồ tổ chức</p>"), "{}", r.html);
    assert!(
        r.html.contains("<a href=\"/ke-hoach/\"><img src=\"https://a.vn/l.png\" alt=\"logo\" /></a>"),
        "{}",
        r.html
    );
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].offset, src.find("![Sơ đồ").unwrap_or(0));
}

#[test]
fn script_links_are_broken_whatever_the_resolver_says() {
    let (r, p) = render(
        "[bấm](JavaScript:alert(1)) [b](<java script:x>)",
        &Options { raw_html: true, count_words: true, ..Default::default() },
        &KeepLinks,
    );
    assert!(!r.html.to_lowercase().contains("script:"), "{}", r.html);
    assert_eq!(p.len(), 2);
    assert!(p.iter().all(|p| p.is_error));
    assert!(!raw::is_script_url("https://a.vn/javascript:x") && !raw::is_script_url("ke-hoach.md"));
}

#[test]
fn document_references_are_linked_in_body_text_only() {
    let src = "Theo Kế hoạch số 10/KH-UBND ngày 7/9/2021 & Kế hoạch số 11/KH-UBND.\n\n\
               `Kế hoạch 10/KH-UBND` và [Kế hoạch 10/KH-UBND](https://a.vn)\n\n\
               ## Kế hoạch 10/KH-UBND\n\n\
               ```\nKế hoạch 10/KH-UBND\n```\n\n\
               | Văn bản |\n|---|\n| số 10/KH-UBND |\n";
    let (r, p) = md(src);
    assert!(p.is_empty(), "{p:?}");
    assert_eq!(r.html.matches(DOC_HREF).count(), 2, "{}", r.html);
    assert!(
        r.html.contains(&format!(
            "<p>Theo {DOC_HREF}Kế hoạch số 10/KH-UBND ngày 7/9/2021</a> &amp; Kế hoạch số 11/KH-UBND.</p>"
        )),
        "{}",
        r.html
    );
    assert!(r.html.contains(&format!("<td>số {DOC_HREF}10/KH-UBND</a></td>")), "{}", r.html);
    assert!(r.html.contains("<h2 id=\"ke-hoach-10-kh-ubnd\">Kế hoạch 10/KH-UBND</h2>"));
}

#[test]
fn document_references_in_escaped_text_stay_escaped() {
    let (r, _) = md("A < B \\* Kế hoạch 10/KH-UBND > \"C\"");
    assert!(r.html.contains(&format!("<p>A &lt; B * {DOC_HREF}Kế hoạch 10/KH-UBND</a> &gt; \"C\"</p>")), "{}", r.html);
    // Text split by the parser (here at an entity) is seen whole.
    let (r, _) = md("Theo Kế hoạch&nbsp;số 10/KH-UBND.");
    assert!(r.html.contains(&format!("Theo {DOC_HREF}Kế hoạch\u{a0}số 10/KH-UBND</a>.")), "{}", r.html);
    // Inside a raw <a>, no second link is nested.
    let (r, _) = md_raw("<a href=\"/x\">Kế hoạch 10/KH-UBND</a> rồi Kế hoạch 10/KH-UBND");
    assert_eq!(r.html.matches(DOC_HREF).count(), 1, "{}", r.html);
    assert!(r.html.contains("<a href=\"/x\">Kế hoạch 10/KH-UBND</a> rồi "));
}

#[test]
fn raw_html_off_is_sanitised_keeping_harmless_formatting() {
    let src = "<div class=\"x\">\nẩn\n</div>\n\nChữ <span style=\"color:red\">đỏ</span> <!-- ghi chú -->\n\n\
               <p onclick=\"alert(1)\">Bấm <script>alert(2)</script></p>\n\n## Tin {onclick=alert(1)}\n";
    let (r, p) = md(src);
    for gone in ["style", "ghi chú", "onclick", "script", "alert"] {
        assert!(!r.html.contains(gone), "{gone}: {}", r.html);
    }
    assert!(r.html.contains("<div class=\"x\">\nẩn\n</div>"), "{}", r.html);
    assert!(r.html.contains("<p>Chữ <span>đỏ</span> </p>"), "{}", r.html);
    assert!(r.html.contains("<p>Bấm </p>"), "{}", r.html);
    let found: Vec<(usize, String)> = p.iter().map(|p| (p.offset, en(&p.message))).collect();
    assert_eq!(
        found,
        [
            (
                src.find("<span").unwrap(),
                "raw HTML: `style` removed, as it could run a script or break the page".into()
            ),
            (
                src.find("<p onclick").unwrap(),
                "raw HTML: `onclick`, `<script>` removed, as it could run a script or break the page".into()
            ),
            (src.find("## Tin").unwrap(), "heading attributes other than {#id} and {.class} were left out".into()),
        ]
    );
    assert!(p.iter().all(|p| !p.is_error));
    assert!(p[0].help.as_ref().map(en).unwrap_or_default().contains("`markdown: { raw_html: true }` in loa.yaml"));
}

#[test]
fn data_urls_are_refused_in_links_and_images() {
    let (r, p) = md("![a](data:image/svg+xml;base64,PHN2Zz4=) [b](DATA:text/html,x)");
    assert!(!r.html.to_lowercase().contains("data:"), "{}", r.html);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p.iter().all(|p| p.is_error && p.message.id() == Some("md-data-url")), "{p:?}");
}

#[test]
fn table_alignment_is_a_class_not_an_inline_style() {
    let (r, _) = md("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n");
    assert!(!r.html.contains("style="), "{}", r.html);
    for c in ["align-left", "align-center", "align-right"] {
        assert!(r.html.contains(&format!("<td class=\"{c}\">")), "{c}: {}", r.html);
    }
}

#[test]
fn line_breaks_in_table_cells_survive_with_raw_html_off() {
    let (r, p) = md("| Địa chỉ |\n|---|\n| Số 1<br>Phố Huế<BR />Hà Nội |\n");
    assert!(r.html.contains("<td>Số 1<br />\nPhố Huế<br />\nHà Nội</td>"), "{}", r.html);
    assert!(p.is_empty(), "{p:?}");
    assert_eq!(r.word_count, 8); // "1<br>Phố" is two words
}

#[test]
fn raw_html_on_is_passed_through() {
    let src = "<div class=\"x\">\nẩn\n</div>\n\nChữ <span>đỏ</span> <!-- ghi chú -->\n";
    let (r, p) = md_raw(src);
    assert!(r.html.contains("<div class=\"x\">\nẩn\n</div>"), "{}", r.html);
    assert!(r.html.contains("<span>đỏ</span> <!-- ghi chú -->"), "{}", r.html);
    assert!(p.is_empty());
}

#[test]
fn tables_are_wrapped_in_a_focusable_scroll_region() {
    let table = "| Xã | Số hộ |\n|---|---:|\n| An Phú | 120 |\n";
    let (r, _) = md(&format!("{table}\nGiữa.\n\n{table}"));
    assert_eq!(r.html.matches("<table>").count(), 2);
    for n in 1..=2 {
        let open =
            format!("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Bảng {n}\">\n<table>");
        assert!(r.html.contains(&open), "{}", r.html);
    }
    assert_eq!(r.html.matches("</table>\n</div>").count(), 2, "{}", r.html);
}

#[test]
fn summary_is_the_first_paragraph_as_plain_text() {
    let src = "# Tiêu đề\n\n![ảnh](https://a.vn/a.png)\n\nĐoạn **một**\ncó   [hai](https://a.vn) dòng[^1].\n\nĐoạn hai.\n\n[^1]: Chú thích.\n";
    let (r, _) = md(src);
    assert_eq!(r.summary, "Đoạn một có hai dòng.");
}

#[test]
fn summary_is_everything_before_the_more_marker() {
    let src = "Mở đầu.\n\n- mục a\n- mục b\n\n<!-- more -->\n\nPhần sau.";
    let (r, p) = md(src);
    assert_eq!(r.summary, "Mở đầu. mục a mục b");
    assert!(p.is_empty(), "the marker is not an error: {p:?}");
    assert!(!r.html.contains("more"));
    let (r, p) = md("Một hai <!--more--> ba bốn.");
    assert_eq!((r.summary.as_str(), p.len()), ("Một hai", 0));
}

#[test]
fn summary_is_cut_at_a_word_boundary() {
    let long = "Ủy ban nhân dân phường ".repeat(30);
    let (r, _) = md(&long);
    let count = r.summary.chars().count();
    assert!((280..=SUMMARY_LIMIT).contains(&count), "{count}");
    let head = r.summary.strip_suffix('…').unwrap_or("");
    assert!(long.starts_with(head) && long[head.len()..].starts_with(' '), "{}", r.summary);
    // One enormous word: a hard cut.
    assert_eq!(truncate("a".repeat(400), 300), format!("{}…", "a".repeat(299)));
    assert_eq!(truncate("vừa đủ".to_string(), 6), "vừa đủ");
    assert_eq!(truncate("một, hai ba".to_string(), 8), "một…");
}

#[test]
fn word_count_counts_body_text_not_code_blocks_or_punctuation() {
    let src = "# Chào\n\nXin chào **các** bạn — `mã` 10/KH-UBND.\n\n```\nkhông đếm\n```\n\n- một\n- hai\n\n![không đếm](https://a.vn/a.png)";
    let (r, _) = md(src);
    // Chào, Xin, chào, các, bạn, mã, 10/KH-UBND., một, hai
    assert_eq!(r.word_count, 9);
}

#[test]
fn word_counter_splits_on_every_unicode_space_and_only_those() {
    // Every char from U+0000 to U+FFFF: the byte check agrees with char::is_whitespace.
    for c in (0..=0xffffu32).filter_map(char::from_u32) {
        let mut buf = [0u8; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        let expected = if c.is_whitespace() { bytes.len() } else { 0 };
        assert_eq!(space_len(bytes, 0), expected, "U+{:04X}", c as u32);
    }
    let mut w = Words::default();
    w.push("Kế\u{a0}hoạch\u{3000}số — 10 ");
    w.push("**"); // punctuation only: not a word
    w.push(" Hà");
    w.push("Nội");
    w.end();
    assert_eq!(w.count, 5); // Kế, hoạch, số, 10, HàNội
}

#[test]
fn extensions_footnotes_strikethrough_tasklists_and_no_smart_quotes() {
    let (r, _) = md("Có chú thích[^a]. ~~Bỏ~~\n\n- [x] Xong\n- [ ] Chưa\n\n\"Trích\" -- 'dẫn'...\n\n[^a]: Nội dung.\n");
    for needle in [
        "class=\"footnote-reference\"",
        "class=\"footnote-definition\"",
        "<del>Bỏ</del>",
        "type=\"checkbox\" checked=\"\"",
        "<p>\"Trích\" -- 'dẫn'...</p>",
    ] {
        assert!(r.html.contains(needle), "{needle}: {}", r.html);
    }
}

#[test]
fn problems_become_diagnostics_in_the_page_file() {
    let file = "---\ntitle: A\n---\nXem [x](cu.md)\n";
    let body_start = file.find("Xem").unwrap_or(0);
    let (_, p) = md(&file[body_start..]);
    let d = p[0].to_diagnostic(file, body_start);
    assert_eq!((d.line, d.col, d.is_error()), (4, 5, true));
}

#[test]
fn odd_input_never_panics() {
    for src in ["", "<", "<!-->", "<!--", "[", "![](", "## {#}", "|a|\n|-|", "[^x]", "\u{0}", "# \n#", "> <!-- more"] {
        let _ = md(src);
        let _ = md_raw(src);
    }
}

#[test]
fn random_markdown_keeps_the_invariants() {
    const TOKENS: [&str; 34] = [
        "#",
        "## ",
        "[",
        "](",
        ")",
        "![",
        "<!--",
        "-->",
        " more ",
        "<a href=x>",
        "</a>",
        "<br>",
        "<div>",
        "|",
        "---",
        "\n",
        "\n\n",
        " ",
        "Kế hoạch",
        " số ",
        "10/KH-UBND",
        " ngày 7/9/2021",
        "`",
        "```",
        "*",
        "~~",
        "[^1]",
        "[^1]: ",
        "{#x}",
        "&amp;",
        "\\",
        "Đ",
        "javascript:",
        "cu.md",
    ];
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let len = next() % 40;
        let src: String = (0..len).map(|_| TOKENS[(next() % 34) as usize]).collect();
        for raw_html in [false, true] {
            let (r, p) = render(&src, &Options { raw_html, count_words: true, ..Default::default() }, &Site::default());
            assert!(r.summary.chars().count() <= SUMMARY_LIMIT, "{src:?}");
            assert!(p.iter().all(|p| p.offset <= src.len()), "{src:?}");
            assert!(p.windows(2).all(|w| w[0].offset <= w[1].offset), "{src:?}");
            let opens = r.html.matches("<div class=\"table-wrap\"").count();
            assert_eq!(opens, r.html.matches("<table>").count(), "{src:?}");
            if !raw_html {
                // Raw HTML is sanitised, which re-writes every tag it keeps.
                assert!(!r.html.contains("<a href=x>") && !r.html.contains("<!--"), "{src:?}");
            }
            assert!(!r.html.contains("href=\"javascript:"), "{src:?}");
        }
    }
}

#[test]
fn words_are_not_counted_unless_asked() {
    let (r, _) =
        render("Một hai ba.", &Options { raw_html: false, count_words: false, ..Default::default() }, &Site::default());
    assert_eq!(r.word_count, 0);
}

#[test]
fn many_identical_headings_are_numbered_in_one_pass() {
    // 100,000 headings "## Mục": quadratic numbering would take hours.
    let src = "## Mục\n".repeat(100_000);
    let (r, _) = md(&src);
    assert_eq!(r.toc.len(), 100_000);
    assert_eq!(r.toc[99_999].id, "muc-99999");
    let (r, _) = md("## A\n## A\n## A-1 {#a-1}\n## A\n");
    let ids: Vec<&str> = r.toc.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["a", "a-1", "a-1", "a-2"]);
}

#[test]
fn a_problem_repeated_on_a_page_is_reported_a_few_times_then_counted() {
    let src = "<span style=\"x\">a</span>\n\n".repeat(1000);
    let (_, p) = md(&src);
    assert_eq!(p.len(), 20, "{p:?}");
    assert!(en(&p[19].message).ends_with("(and 980 more like this on this page)"), "{}", en(&p[19].message));
}

/// A message as shown in English.
fn en(t: &crate::messages::Text) -> String {
    t.text(crate::messages::Lang::En)
}
