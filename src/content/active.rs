//! HTML and SVG files placed in `content/` or `static/` are published as
//! they are, at the portal's own address: a script in one would run there
//! as if the portal wrote it (an SVG opened by its link runs its scripts).
//! Such a file is published only when it holds nothing that runs — no
//! script, frame, plugin or `<foreignObject>`, no event handler, no script
//! address — or when the site opted in with `markdown: { raw_html: true }`,
//! and then with a warning.

use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::msg;

/// File kinds a browser runs scripts in when they are opened.
const ACTIVE_KINDS: &[&str] = &["html", "htm", "xhtml", "shtml", "svg", "xml", "xsl", "xslt"];

/// Elements that run script or load other documents.
const ACTIVE_ELEMENTS: &[&str] =
    &["script", "iframe", "frame", "object", "embed", "applet", "foreignobject", "handler", "base", "form", "portal"];

/// Whether a file of this name is one a browser may run scripts in.
pub fn is_active_kind(name: &str) -> bool {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    ACTIVE_KINDS.contains(&ext.as_str())
}

/// What in `text` (HTML, SVG or XML) could run: element names as `<x>`,
/// handler attributes, script addresses, refresh redirects; each once.
pub fn find(text: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    let mut rest = lower.as_str();
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let name: String =
            rest.chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '-' | '_')).collect();
        let local = name.rsplit(':').next().unwrap_or(&name).to_string();
        if local.is_empty() {
            continue;
        }
        if ACTIVE_ELEMENTS.contains(&local.as_str()) {
            push(format!("<{local}>"));
        }
        let end = tag_end(rest);
        let tag = &rest[name.len()..end];
        for (attr, value) in attributes(tag) {
            let attr_local = attr.rsplit(':').next().unwrap_or(&attr);
            if attr_local.starts_with("on") && attr_local.len() > 2 {
                push(attr.clone());
            } else if matches!(attr_local, "href" | "src" | "action" | "formaction" | "data" | "to" | "values" | "from")
                && script_address(&value)
            {
                push(format!("{attr}=\"{}…\"", value.chars().take(16).collect::<String>()));
            } else if local == "meta" && attr == "http-equiv" && value.trim() == "refresh" {
                push("<meta http-equiv=\"refresh\">".into());
            }
        }
        rest = &rest[end.min(rest.len())..];
    }
    out
}

/// Where the tag starting at `s` (after its `<`) ends, quotes respected.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => return i,
            _ => {}
        }
    }
    s.len()
}

/// The (name, value) attributes of a tag's text (after its name).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = tag.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'/') {
            i += 1;
        }
        let name = tag[start..i].to_string();
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            if let Some(&q @ (b'"' | b'\'')) = b.get(i) {
                let end = tag[i + 1..].find(q as char).map_or(tag.len(), |e| i + 1 + e);
                value = tag[i + 1..end].to_string();
                i = end + 1;
            } else {
                let end = tag[i..].find(|c: char| c.is_ascii_whitespace()).map_or(tag.len(), |e| i + e);
                value = tag[i..end].to_string();
                i = end;
            }
        }
        if !name.is_empty() {
            out.push((name, value));
        }
    }
    out
}

/// `javascript:`, `vbscript:` or an HTML/SVG `data:` address, however
/// spaced or escaped with `&#…;`.
fn script_address(value: &str) -> bool {
    let plain: String =
        decode_entities(value).chars().filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control()).collect();
    plain.starts_with("javascript:")
        || plain.starts_with("vbscript:")
        || plain.starts_with("data:text/html")
        || plain.starts_with("data:image/svg")
        || plain.starts_with("data:application")
}

/// `&#58;`, `&#x3a;`, `&colon;` and the like decoded, as a browser does.
fn decode_entities(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut rest = v;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let end = tail.find(';').filter(|e| *e <= 10);
        let code = end.and_then(|e| {
            let name = &tail[..e];
            let n = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                Some(h) => u32::from_str_radix(h, 16).ok(),
                None => match name.strip_prefix('#') {
                    Some(d) => d.parse().ok(),
                    None => [("colon", 58), ("tab", 9), ("newline", 10)].iter().find(|(n, _)| *n == name).map(|x| x.1),
                },
            };
            n.and_then(char::from_u32).map(|c| (c, e))
        });
        match code {
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

/// The diagnostic for the HTML or SVG file `shown` whose text is `text`:
/// None when nothing in it runs; an error, or with `allowed` (the site's
/// `raw_html: true`) a warning, naming what would run.
pub fn check(shown: &Path, text: &str, allowed: bool) -> Option<Diagnostic> {
    let found = find(text);
    if found.is_empty() {
        return None;
    }
    let list = found.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
    let file = shown.display().to_string();
    Some(if allowed {
        Diagnostic::warning(msg!("active-file-published", file = file, found = list)).in_file(shown)
    } else {
        Diagnostic::error(msg!("active-file", file = file, found = list))
            .in_file(shown)
            .with_help(msg!("active-file-help"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clean_svg_passes_a_scripted_one_does_not() {
        let logo = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>Logo</title>
            <a href="https://a.vn/"><circle cx="16" cy="16" r="15" fill="#8c1c13"/></a></svg>"##;
        assert!(find(logo).is_empty(), "{:?}", find(logo));
        let bad = r#"<svg onload="alert(1)"><script>alert(2)</script><a xlink:href=" java&#x09;script&#58;x">a</a>
            <foreignObject><iframe src="x"></iframe></foreignObject><animate attributeName="href" to="javascript:y"/></svg>"#;
        assert_eq!(
            find(bad),
            [
                "onload",
                "<script>",
                "xlink:href=\" java&#x09;scrip…\"",
                "<foreignobject>",
                "<iframe>",
                "to=\"javascript:y…\""
            ]
        );
        assert_eq!(find("<meta http-equiv=\"refresh\" content=\"0;url=x\">"), ["<meta http-equiv=\"refresh\">"]);
        assert!(is_active_kind("a.SVG") && is_active_kind("x/y.html") && !is_active_kind("a.png"));
    }
}
