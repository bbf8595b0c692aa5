//! The bodies of loa's fuzz targets, shared by the libFuzzer binaries in
//! fuzz_targets/ (run with `cargo +nightly fuzz run NAME`, see
//! docs/fuzzing.md) and by the test that replays fuzz/regressions/ on the
//! stable toolchain (tests/it/fuzz.rs). Each target feeds arbitrary bytes to
//! one input stage and checks what must always hold: no panic, no hang,
//! positions inside the text, and nothing from the content that could run in
//! a reader's browser.

#![allow(dead_code)]

use std::sync::OnceLock;

use loa::content::{self, Content, PageFront, SectionFront};
use loa::model::period::Period;
use loa::render::markdown::{self, Options};

/// Bytes as text the way a careless paste arrives: invalid UTF-8 replaced.
fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Front matter: splitting and parsing a page and a section file, and
/// printing whatever diagnostic comes out (line, column, snippet window).
pub fn frontmatter(data: &[u8]) {
    let src = text(data);
    if let Ok(split) = content::frontmatter::split(&src) {
        assert!(split.yaml.start <= split.yaml.end && split.yaml.end <= split.body && split.body <= src.len());
        assert!(src.is_char_boundary(split.yaml.start) && src.is_char_boundary(split.body));
    }
    match content::parse_source::<PageFront>(src.as_str().into(), "a.md".into(), "content/a.md".into()) {
        Ok(p) => assert!(p.body_start <= p.text.len()),
        Err(ds) => ds.iter().for_each(check_diagnostic),
    }
    if let Err(ds) = content::parse_source::<SectionFront>(src.into(), "_index.md".into(), "content/_index.md".into()) {
        ds.iter().for_each(check_diagnostic);
    }
}

/// A diagnostic prints, and what it prints is bounded: a window of the
/// source line, never the whole of a long line.
fn check_diagnostic(d: &loa::diagnostics::Diagnostic) {
    let en = loa::messages::Lang::En;
    let shown = d.render(en);
    let longest = shown.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    let own = d.message.text(en).chars().count().max(d.help.as_ref().map_or(0, |h| h.text(en).chars().count()));
    assert!(longest <= own + 400, "a diagnostic line of {longest} characters");
}

/// YAML data: the units file and the plan file (split at the first NUL
/// byte), loaded and then checked and linked by the model with a page.
pub fn yaml_data(data: &[u8]) {
    let src = text(data);
    let (units_src, plan_src) = src.split_once('\0').unwrap_or((&src, ""));
    let mut content = Content::default();
    match content::parse_data(units_src, "don-vi.yaml".into(), "content/don-vi.yaml".into()) {
        Ok(d) => content.units.push(d),
        Err(ds) => ds.iter().for_each(check_diagnostic),
    }
    let plan = content::parse_data(plan_src, "kh/ke-hoach.yaml".into(), "content/kh/ke-hoach.yaml".into());
    match plan {
        Ok(d) => content.plans.push(d),
        Err(ds) => ds.iter().for_each(check_diagnostic),
    }
    // A plan's page and a report on it, so the plan is linked and checked.
    let page = "---\ntitle: Kế hoạch 10\ndocument:\n  kind: kế hoạch\n  number: 10/KH-UBND\n---\nNội dung.\n";
    let report = "---\ntitle: Báo cáo\nreport:\n  plan: 10/KH-UBND\n  period: 2023\n---\n";
    for (text, rel) in [(page, "kh/index.md"), (report, "bao-cao.md")] {
        if let Ok(p) = content::parse_source::<PageFront>(text.into(), rel.into(), format!("content/{rel}").into()) {
            content.pages.push(p);
        }
    }
    let today = loa::date::Date::ymd(2026, 11, 21).expect("a date");
    let (_site, diags) = loa::model::build(content, &loa::model::Options { drafts: false, future: false, today });
    for d in diags.iter() {
        check_diagnostic(d);
    }
}

/// A small site whose pages the fuzzed Markdown links to and mentions.
fn site() -> &'static loa::model::Site {
    static SITE: OnceLock<loa::model::Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let mut content = Content::default();
        let pages = [
            ("van-ban/ke-hoach-10.md", "---\ntitle: KH 10\ndocument:\n  kind: kế hoạch\n  number: 10/KH-UBND\n---\n"),
            ("van-ban/nq-02.md", "---\ntitle: NQ 02\ndocument:\n  kind: nghị quyết\n  number: 02-NQ/TW\n---\n"),
            ("tin/a.md", "---\ntitle: Tin A\n---\n"),
        ];
        for (rel, text) in pages {
            let p = content::parse_source::<PageFront>(text.into(), rel.into(), format!("content/{rel}").into());
            content.pages.push(p.expect("a valid fixture page"));
        }
        content.bare_folders = vec![String::new(), "tin".into(), "van-ban".into()];
        let today = loa::date::Date::ymd(2026, 11, 21).expect("a date");
        loa::model::build(content, &loa::model::Options { drafts: false, future: false, today }).0
    })
}

/// The Markdown passes with link resolution and document-reference
/// linking, with raw HTML off (the default) and on. With it off, nothing
/// in the output may run a script.
pub fn markdown(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else { return };
    let src = text(rest);
    let site = site();
    let page = site.by_url.get("tin/tin-a").copied();
    let mut resolver = loa::render::links::PageLinks::new(site, "tin", "../../".into());
    if let Some(id) = page {
        resolver = resolver.on_page(id);
    }
    let opts = Options {
        raw_html: flags & 1 == 1,
        count_words: flags & 2 == 2,
        keep_text: flags & 4 == 4,
        ..Default::default()
    };
    let (out, problems) = markdown::render(&src, &opts, &resolver);
    for p in &problems {
        assert!(p.offset <= src.len(), "a problem at {} past the end {}", p.offset, src.len());
    }
    assert!(out.summary.chars().count() <= markdown::SUMMARY_LIMIT);
    let mut ids = std::collections::HashSet::new();
    for t in &out.toc {
        assert!(ids.insert(t.id.clone()) || src.contains('{'), "heading id {} twice", t.id);
    }
    if !opts.raw_html
        && let Err(why) = inert(&out.html)
    {
        panic!("active content in the output: {why}\n{}", out.html);
    }
}

/// Whether `html` (as loa writes it: every `<` of text escaped) holds
/// nothing a browser would run: no script-capable element, no event
/// handler attribute, no script or data address in a link or source.
pub fn inert(html: &str) -> Result<(), String> {
    check_html(html, BODY_FORBIDDEN)
}

/// Elements a Markdown body never holds once sanitised.
const BODY_FORBIDDEN: &[&str] =
    &["script", "iframe", "object", "embed", "style", "base", "form", "meta", "link", "svg", "math"];

/// Elements a whole page of the default theme never holds (its `<head>`
/// has `<meta>`, `<link>` and the hashed accent `<style>`, its charts
/// `<svg>`; its scripts are files, checked by the browser stage). Its one
/// kind of form, the search box (`<form role="search" … method="get">`),
/// is allowed (its `action` is checked like any address).
pub const PAGE_FORBIDDEN: &[&str] = &["iframe", "object", "embed", "base", "form", "math", "frame", "applet"];

/// [`inert`], with the elements that may not appear at all.
pub fn check_html(html: &str, forbidden: &[&str]) -> Result<(), String> {
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut i = 0;
    while let Some(p) = lower[i..].find('<') {
        let start = i + p;
        let mut j = start + 1;
        let mut quote = None;
        while j < bytes.len() {
            match (quote, bytes[j]) {
                (None, b'"' | b'\'') => quote = Some(bytes[j]),
                (Some(q), c) if c == q => quote = None,
                (None, b'>') => break,
                _ => {}
            }
            j += 1;
        }
        let tag = &lower[start..j.min(lower.len())];
        let name: String = tag[1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        let search_box = name == "form" && tag.contains(" role=\"search\"") && tag.contains(" method=\"get\"");
        if forbidden.contains(&name.as_str()) && !(search_box && forbidden == PAGE_FORBIDDEN) {
            return Err(format!("element <{name}>"));
        }
        if name == "script" && !tag.contains(" src=") {
            return Err("an inline <script>".into());
        }
        for (k, _) in tag.match_indices("on") {
            let before = tag.as_bytes().get(k.wrapping_sub(1)).copied().unwrap_or(b'<');
            let attr: String = tag[k..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            let after = tag[k + attr.len()..].trim_start();
            if before.is_ascii_whitespace() && attr.len() > 2 && after.starts_with('=') && quote_free(tag, k) {
                return Err(format!("handler {attr}"));
            }
        }
        for attr in ["href=\"", "src=\"", "action=\"", "formaction=\"", "xlink:href=\""] {
            for (k, _) in tag.match_indices(attr) {
                let value = &tag[k + attr.len()..];
                let value: String = decode(value.split('"').next().unwrap_or(""));
                // As a browser parses an address: tabs and line breaks go
                // wherever they are, leading spaces and controls are
                // trimmed; a space inside the scheme makes it a relative
                // path (the markdown target's first finding was this
                // checker calling `javascr ipt:x` a script address).
                let cleaned: String = value.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
                let trimmed = cleaned.trim_start_matches(|c: char| c <= ' ');
                let scheme: String =
                    trimmed.chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')).collect();
                let has_colon = trimmed[scheme.len()..].starts_with(':');
                let scheme = scheme.to_ascii_lowercase();
                if has_colon && ["javascript", "vbscript", "data"].contains(&scheme.as_str()) {
                    return Err(format!("{attr}{value}"));
                }
            }
        }
        i = j.max(start + 1);
    }
    Ok(())
}

/// Whether byte `k` of a tag lies outside any quoted attribute value.
fn quote_free(tag: &str, k: usize) -> bool {
    let mut quote = None;
    for &b in &tag.as_bytes()[..k] {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
    }
    quote.is_none()
}

/// The character references a browser decodes in an attribute value.
fn decode(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let end = tail.find(';').filter(|e| *e < 12);
        let decoded = end.and_then(|e| {
            let name = &tail[..e];
            let code = if let Some(h) = name.strip_prefix("#x") {
                u32::from_str_radix(h, 16).ok()
            } else if let Some(d) = name.strip_prefix('#') {
                d.parse().ok()
            } else {
                match name {
                    "colon" => Some(58),
                    "amp" => Some(38),
                    "tab" => Some(9),
                    "newline" => Some(10),
                    _ => None,
                }
            };
            code.and_then(char::from_u32).map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            None => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Slugs: lowercase ASCII words joined by single `-`, and folding a slug
/// again changes nothing.
pub fn slug(data: &[u8]) {
    let src = text(data);
    let s = loa::slug::slugify(&src);
    assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{s:?}");
    assert!(!s.starts_with('-') && !s.ends_with('-') && !s.contains("--"), "{s:?}");
    assert_eq!(loa::slug::slugify(&s), s);
}

/// Periods: what parses has a first and last day in order, a name, a
/// previous period before it, and its written form parses back to it.
pub fn period(data: &[u8]) {
    let src = text(data);
    let Some(p) = Period::parse(&src) else { return };
    assert!(p.start() <= p.end());
    assert!(!p.label_vi().is_empty());
    let prev = p.previous();
    if p.year() > i16::MIN + 1 {
        assert!(prev < p, "{prev:?} is not before {p:?}");
    }
    assert_eq!(Period::parse(&p.to_string()), Some(p), "{p:?} written {}", p);
    let _ = p.sort_key();
}

/// Number formatting: the Vietnamese form of any finite number reads back
/// as the number rounded to two decimals (no overflowing digits, no lost
/// sign), the English form differs only in its separators, and non-finite
/// values never panic.
pub fn number(data: &[u8]) {
    if data.len() < 8 {
        return;
    }
    let v = f64::from_le_bytes(data[..8].try_into().expect("8 bytes"));
    let shown = loa::render::format::number(v, loa::messages::Lang::Vi);
    let english = loa::render::format::number(v, loa::messages::Lang::En);
    if !v.is_finite() {
        return;
    }
    let back: f64 = shown.replace('.', "").replace(',', ".").replace('−', "-").parse().unwrap_or(f64::NAN);
    let expected = (v * 100.0).round() / 100.0;
    let tolerance = 0.006_f64.max(expected.abs() * 1e-12);
    assert!((back - expected).abs() <= tolerance, "{v} shown as {shown}");
    // English: the same digits, the separators swapped.
    let swapped: String = english
        .chars()
        .map(|c| match c {
            ',' => '.',
            '.' => ',',
            c => c,
        })
        .collect();
    assert_eq!(swapped, shown, "{v} shown in English as {english}");
}
