//! Raw HTML in Markdown: recognising the `<!-- more -->` marker, comments,
//! `<br>` and `<a>`; sanitising it by an allowlist (`ammonia`) when
//! `raw_html` is off, so a paste keeps its harmless formatting and loses
//! what could run a script, with a warning naming what was removed; and
//! link addresses that would run a script or carry inline data.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// What an HTML block is, decided once from its whole source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HtmlKind {
    /// `<!-- more -->`: ends the summary, never output.
    More,
    /// An editor's note: dropped silently when raw HTML is off.
    Comment,
    Html,
}

pub(super) fn html_kind(html: &str) -> HtmlKind {
    let inner = html.trim().strip_prefix("<!--").and_then(|s| s.strip_suffix("-->")).filter(|s| !s.contains("-->"));
    match inner {
        Some(s) if s.trim().eq_ignore_ascii_case("more") => HtmlKind::More,
        Some(_) => HtmlKind::Comment,
        None => HtmlKind::Html,
    }
}

/// `<br>`, `<br/>`, `<BR />`.
pub(super) fn is_line_break(html: &str) -> bool {
    html.trim()
        .strip_prefix('<')
        .and_then(|s| s.strip_suffix('>'))
        .is_some_and(|s| s.trim_end().trim_end_matches('/').trim_end().eq_ignore_ascii_case("br"))
}

/// Some(true) for a raw `<a …>`, Some(false) for `</a>`.
pub(super) fn raw_anchor(html: &str) -> Option<bool> {
    let (open, rest) = match html.strip_prefix("</") {
        Some(rest) => (false, rest),
        None => (true, html.strip_prefix('<')?),
    };
    let mut b = rest.bytes();
    match (b.next(), b.next()) {
        (Some(b'a' | b'A'), next) if !next.is_some_and(|c| c.is_ascii_alphanumeric()) => Some(open),
        _ => None,
    }
}

/// `javascript:`, `vbscript:` and `data:` addresses, however they are
/// spaced, cased or escaped; the scheme is returned.
pub(super) fn script_url_scheme(dest: &str) -> Option<&'static str> {
    let (scheme, _) = dest.split_once(':')?;
    let folded: String = scheme
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    ["javascript", "vbscript", "data"].into_iter().find(|s| folded == *s)
}

#[cfg(test)]
pub(super) fn is_script_url(dest: &str) -> bool {
    script_url_scheme(dest).is_some()
}

/// Address schemes a sanitised link or image may use (and relative addresses).
const URL_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Attributes any element may keep: loa's own Markdown output needs `id`,
/// `class`, `role`, `tabindex` and `aria-label` (headings, table wrappers,
/// footnotes); pastes keep `lang`, `title` and `dir`.
const GENERIC_ATTRIBUTES: &[&str] =
    &["id", "class", "lang", "title", "dir", "role", "tabindex", "aria-label", "aria-hidden", "aria-describedby"];

/// The sanitiser: ammonia's default allowlist of formatting elements, plus
/// the task-list checkbox; no `style` (the Content-Security-Policy forbids
/// inline styles anyway), no comments, links left without added `rel`.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_tags(["input"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("img", ["title"])
        .add_generic_attributes(GENERIC_ATTRIBUTES)
        .url_schemes(URL_SCHEMES.iter().copied().collect())
        .link_rel(None)
        .strip_comments(true);
    b
});

/// What the sanitiser allows, for naming what it removes.
struct Allowed {
    tags: HashSet<&'static str>,
    attributes: HashMap<&'static str, HashSet<&'static str>>,
}

static ALLOWED: LazyLock<Allowed> =
    LazyLock::new(|| Allowed { tags: SANITIZER.clone_tags(), attributes: SANITIZER.clone_tag_attributes() });

/// `html` with everything not on the allowlist removed.
pub(super) fn sanitize(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

/// What sanitising removes from one fragment of raw HTML, as written
/// (`<script>`, `onclick`, `style`, `href="javascript:…"`), each once.
pub(super) fn removed(fragment: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    let mut rest = fragment;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if rest.starts_with('/') || rest.starts_with('!') || rest.starts_with('?') {
            continue;
        }
        let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        if name.is_empty() {
            continue;
        }
        let lower = name.to_ascii_lowercase();
        let (attrs, after) = tag_attributes(&rest[name.len()..]);
        rest = after;
        if !ALLOWED.tags.contains(lower.as_str()) {
            push(format!("<{lower}>"));
            continue;
        }
        for (attr, value) in attrs {
            let allowed = GENERIC_ATTRIBUTES.contains(&attr.as_str())
                || ALLOWED.attributes.get(lower.as_str()).is_some_and(|a| a.contains(attr.as_str()));
            if !allowed {
                push(attr);
            } else if matches!(attr.as_str(), "href" | "src") && bad_scheme(&value) {
                let shown: String = value.chars().take(24).collect();
                push(format!("{attr}=\"{shown}…\""));
            }
        }
    }
    out
}

/// Whether a sanitised address would be removed: a scheme not allowed.
fn bad_scheme(url: &str) -> bool {
    let Some((scheme, _)) = url.split_once(':') else { return false };
    if scheme.contains(['/', '?', '#']) {
        return false;
    }
    let scheme = scheme.trim().to_ascii_lowercase();
    !URL_SCHEMES.contains(&scheme.as_str())
}

/// The attributes (lowercased name, value) of a tag whose name was just
/// read, and the text after the tag.
fn tag_attributes(s: &str) -> (Vec<(String, String)>, &str) {
    let mut attrs = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'>' {
            return (attrs, &s[(i + 1).min(s.len())..]);
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = s[start..i].to_ascii_lowercase();
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            let (v, end) = match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = s[i + 1..].find(q as char).map_or(s.len(), |e| i + 1 + e);
                    (&s[i + 1..end], (end + 1).min(s.len()))
                }
                _ => {
                    let end = s[i..].find(|c: char| c.is_ascii_whitespace() || c == '>').map_or(s.len(), |e| i + e);
                    (&s[i..end], end)
                }
            };
            value = v.to_string();
            i = end;
        }
        if !name.is_empty() {
            attrs.push((name, value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitising_keeps_formatting_and_removes_what_runs() {
        let html = "<p class=\"MsoNormal\"><span lang=\"vi\" style=\"color:red\" onclick=\"x()\">Đỏ</span>\
                    <script>alert(1)</script><a href=\"javascript:alert(1)\">a</a><img src=x onerror=alert(1)>\
                    <svg><script>alert(2)</script></svg><iframe src=\"https://x\"></iframe></p>";
        let clean = sanitize(html);
        assert_eq!(clean, "<p class=\"MsoNormal\"><span lang=\"vi\">Đỏ</span><a>a</a><img src=\"x\"></p>");
        assert_eq!(
            removed(html),
            ["style", "onclick", "<script>", "href=\"javascript:alert(1)…\"", "onerror", "<svg>", "<iframe>"]
        );
        assert!(removed("<b>đậm</b> <i title='x'>nghiêng</i> <table><tr><td colspan=2>1</td></tr></table>").is_empty());
    }

    #[test]
    fn script_and_data_urls_however_written() {
        for url in
            ["javascript:x", "JavaScript:x", "java\tscript:x", " vbscript:x", "data:text/html,x", "DATA:image/png,x"]
        {
            assert!(is_script_url(url), "{url}");
        }
        for url in ["https://a.vn/javascript:x", "ke-hoach.md", "/data/x.csv", "tel:024", "#data:x"] {
            assert!(!is_script_url(url), "{url}");
        }
    }
}
