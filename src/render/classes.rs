//! Portals that show the same things look the same but for their name and
//! address: the ward portals of one district, say. Such portals form a
//! class; each page is rendered once per class with placeholders for the
//! portal's title, address and id, which are then filled in for every
//! portal of the class. A page whose template mangled a placeholder (a
//! filter applied to `site.title`, say) is rendered for each portal instead.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use crate::config::{Config, Portal};
use crate::model::Site;
use crate::model::scope::Scope;
use crate::render::artifacts::qr;
use crate::render::views;

pub const PH_TITLE: &str = "\u{E000}1\u{E001}";
pub const PH_URL: &str = "\u{E000}2\u{E001}";
pub const PH_ID: &str = "\u{E000}3\u{E001}";
const MARK: &[u8] = "\u{E000}".as_bytes();

/// Portals rendered together.
pub struct Class {
    /// Templates with a `site` whose title, address and id are placeholders.
    pub tera: tera::Tera,
    /// A member whose scope stands for all (they are equal).
    pub rep: usize,
    pub members: Vec<usize>,
}

/// The portal with placeholders where portals of a class differ.
pub fn placeholder_portal(p: &Portal) -> Portal {
    Portal { id: PH_ID.into(), title: PH_TITLE.into(), base_url: PH_URL.into(), ..p.clone() }
}

/// Groups portals whose `site` (but for title, address, id) and scope are equal.
pub fn classes(
    config: &Config,
    site: &Site,
    templates: &tera::Tera,
    portals: &[Portal],
    scopes: &[&Scope],
) -> Vec<Class> {
    let mut keys: Vec<(String, u64)> = Vec::new();
    let mut out: Vec<Class> = Vec::new();
    for (i, p) in portals.iter().enumerate() {
        let ph = placeholder_portal(p);
        let view = views::site(config, &ph, site);
        let shape = serde_json::to_string(&view).unwrap_or_default();
        let key = (shape, scope_key(scopes[i]));
        match keys.iter().position(|k| *k == key) {
            Some(c) => out[c].members.push(i),
            None => {
                let mut tera = templates.clone();
                tera.global_context().insert("site", &view);
                keys.push(key);
                out.push(Class { tera, rep: i, members: vec![i] });
            }
        }
    }
    out
}

fn scope_key(s: &Scope) -> u64 {
    let mut h = DefaultHasher::new();
    (&s.pages, &s.plans, &s.reports, &s.units, &s.terms).hash(&mut h);
    h.finish()
}

/// `bytes` with the placeholders replaced by the portal's values, escaped
/// as Tera escapes them; None if a placeholder was altered by a template.
pub fn fill(bytes: &[u8], portal: &Portal) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut rest = bytes;
    while let Some(i) = find(rest, MARK) {
        out.extend_from_slice(&rest[..i]);
        let tail = &rest[i..];
        let (value, len) = if tail.starts_with(PH_TITLE.as_bytes()) {
            (portal.title.as_str(), PH_TITLE.len())
        } else if tail.starts_with(PH_URL.as_bytes()) {
            (portal.base_url.as_str(), PH_URL.len())
        } else if tail.starts_with(PH_ID.as_bytes()) {
            (portal.id.as_str(), PH_ID.len())
        } else if let Some(qr) = tail.strip_prefix(qr::PH_QR.as_bytes()) {
            // A QR code of the portal's address of a path: drawn, not escaped.
            let end = find(qr, qr::END.as_bytes())?;
            let path = std::str::from_utf8(&qr[..end]).ok()?;
            out.extend_from_slice(qr::svg(&format!("{}{path}", portal.base_url)).as_bytes());
            rest = &qr[end + qr::END.len()..];
            continue;
        } else {
            return None;
        };
        let mut escaped = String::with_capacity(value.len());
        pulldown_cmark_escape::escape_html(&mut escaped, value).ok()?;
        out.extend_from_slice(escaped.as_bytes());
        rest = &tail[len..];
    }
    out.extend_from_slice(rest);
    Some(out)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    // The marker's first byte (0xEE) is rare in Vietnamese text.
    let mut from = 0;
    while let Some(p) = hay[from..].iter().position(|b| *b == needle[0]) {
        let i = from + p;
        if hay[i..].starts_with(needle) {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_escaped_values_and_refuses_mangled_placeholders() {
        let p = Portal {
            id: "a".into(),
            title: "Phường \"A\" & B".into(),
            base_url: "https://x.vn/a/".into(),
            ..Portal::default()
        };
        let t = format!("<title>{PH_TITLE}</title><link href=\"{PH_URL}x/\">{PH_ID}");
        assert_eq!(
            String::from_utf8(fill(t.as_bytes(), &p).unwrap()).unwrap(),
            "<title>Phường &quot;A&quot; &amp; B</title><link href=\"https://x.vn/a/x/\">a"
        );
        assert_eq!(fill("\u{E000}9\u{E001}".as_bytes(), &p), None);
        assert_eq!(fill("không có gì".as_bytes(), &p).unwrap(), "không có gì".as_bytes());
    }
}
