//! Recognising raw HTML in Markdown (the `<!-- more -->` marker, comments,
//! `<br>`, `<a>`) and link addresses that would run a script.

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

/// `javascript:` and `vbscript:` addresses, however they are spaced or cased.
pub(super) fn is_script_url(dest: &str) -> bool {
    let Some((scheme, _)) = dest.split_once(':') else {
        return false;
    };
    let folded =
        || scheme.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control()).map(|c| c.to_ascii_lowercase());
    folded().eq("javascript".chars()) || folded().eq("vbscript".chars())
}
