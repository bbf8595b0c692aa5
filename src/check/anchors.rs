//! A check-only pass over the pages as they would be published: every link
//! with a `#fragment` to a page of the same portal — written in Markdown or
//! made by the theme — must find an element with that id on the page it
//! leads to (headings, tasks, indicators: generated pages too). The build
//! checks that a link's file exists; only the rendered page knows its ids.
//! A warning, not an error: the link still opens the right page, at its top.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;

use crate::diagnostics::Diagnostic;
use crate::msg;
use crate::render::{Body, File, Key};
use crate::session::Built;

/// One rendered HTML file: its ids and its links that carry a fragment.
#[derive(Default)]
struct Page {
    key: Option<Key>,
    ids: HashSet<String>,
    /// (address as written, resolved path in the portal, fragment).
    links: Vec<(String, String, String)>,
}

/// Links whose fragment names no id on the page they lead to, each once
/// per source page, located in the source file when it is a written page.
pub fn missing_anchors(built: &Built, root: &Path) -> Vec<Diagnostic> {
    let pages: Mutex<Vec<HashMap<String, Page>>> = Mutex::new(Vec::new());
    built.render_every(&|key, portal, f: File| {
        if !f.path.ends_with(".html") {
            return;
        }
        let Body::Bytes(bytes) = &f.body else { return };
        let html = String::from_utf8_lossy(bytes);
        let page = scan(&f.path, &html, key);
        if let Ok(mut all) = pages.lock() {
            if all.len() <= portal {
                all.resize_with(portal + 1, HashMap::new);
            }
            all[portal].insert(f.path, page);
        }
    });
    let pages = pages.into_inner().unwrap_or_default();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for portal in &pages {
        let mut paths: Vec<&String> = portal.keys().collect();
        paths.sort();
        for path in paths {
            let page = &portal[path];
            for (written, target, fragment) in &page.links {
                let Some(to) = portal.get(target) else { continue };
                if to.ids.contains(fragment) || !seen.insert((page.key, written.clone())) {
                    continue;
                }
                out.push(locate(built, root, page.key, path, fragment, target));
            }
        }
    }
    out
}

/// The diagnostic, at the link's first appearance in the page's source
/// when the page is a written one.
fn locate(built: &Built, root: &Path, key: Option<Key>, out: &str, frag: &str, to: &str) -> Diagnostic {
    let address = format!("/{}", to.strip_suffix("index.html").unwrap_or(to));
    let d = Diagnostic::warning(msg!("check-anchor-missing", anchor = frag, page = address))
        .with_help(msg!("check-anchor-missing-help"));
    let Some(Key::Page(id)) = key else {
        return d.with_help(msg!("check-anchor-missing-generated", file = out));
    };
    let shown = &built.site.pages[id].src.shown;
    let d = d.in_file(shown);
    let Ok(text) = std::fs::read_to_string(root.join(shown)) else { return d };
    match text.find(&format!("#{frag}")) {
        Some(at) => d.at(&text, at),
        None => d,
    }
}

/// The ids and the fragment links of one HTML file at `path`.
fn scan(path: &str, html: &str, key: Key) -> Page {
    let mut page = Page { key: Some(key), ..Page::default() };
    for id in attr_values(html, " id=\"") {
        page.ids.insert(id.to_string());
    }
    for href in attr_values(html, " href=\"") {
        let href = href.replace("&amp;", "&");
        let Some((addr, frag)) = href.split_once('#') else { continue };
        if frag.is_empty() || addr.contains(':') || addr.starts_with('/') || addr.starts_with("//") {
            continue;
        }
        let target = if addr.is_empty() { path.to_string() } else { resolve(path, addr) };
        page.links.push((href.clone(), target, frag.to_string()));
    }
    page
}

/// Every value of the attribute starting with `start` (` id="`).
fn attr_values<'a>(html: &'a str, start: &str) -> impl Iterator<Item = &'a str> {
    html.match_indices(start).filter_map(move |(i, _)| {
        let rest = &html[i + start.len()..];
        rest.find('"').map(|end| &rest[..end])
    })
}

/// The output path an address relative to the file `from` leads to
/// (`../b/` from `a/index.html` → `b/index.html`).
fn resolve(from: &str, addr: &str) -> String {
    let addr = addr.split('?').next().unwrap_or_default();
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in addr.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    if addr.ends_with('/') || addr.is_empty() {
        if !out.is_empty() {
            out.push('/');
        }
        out.push_str("index.html");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_resolve_from_the_file() {
        assert_eq!(resolve("a/index.html", "../b/"), "b/index.html");
        assert_eq!(resolve("a/b/index.html", "../../"), "index.html");
        assert_eq!(resolve("index.html", "van-ban/x/"), "van-ban/x/index.html");
        assert_eq!(resolve("a/index.html", "file.pdf"), "a/file.pdf");
    }

    #[test]
    fn scan_finds_ids_and_fragment_links() {
        let p = scan(
            "a/index.html",
            r##"<h2 id="muc-1">x</h2><a href="../b/#muc-2">y</a><a href="#muc-1">z</a><a href="https://x/#q">w</a>"##,
            Key::Home,
        );
        assert!(p.ids.contains("muc-1"));
        assert_eq!(p.links.len(), 2);
        assert_eq!(p.links[0].1, "b/index.html");
        assert_eq!(p.links[1].1, "a/index.html");
    }
}
