//! Resolving the links staff write in Markdown: relative paths to other
//! `.md` files, folders and attachments become URLs relative to the page;
//! `/`-rooted paths are taken from the portal root; a link to nothing is an
//! error that says what exists nearby.

use std::sync::Mutex;

use crate::diagnostics::did_you_mean;
use crate::docref::DocRef;
use crate::model::{PageId, Site, Target, join_rel};
use crate::render::markdown::{Link, Resolver};

/// Where a page a portal does not show can be found: an absolute address.
pub type Elsewhere<'a> = &'a (dyn Fn(PageId) -> Option<String> + Sync);

/// The resolver for one page (or section body).
pub struct PageLinks<'a> {
    site: &'a Site,
    /// Folder of the Markdown file, relative to `content/`.
    dir: &'a str,
    /// Prefix from the page back to the portal root (`../../`).
    root: String,
    /// Pages linked to, so the renderer can tell whether a portal lacks one.
    linked: Mutex<Vec<PageId>>,
    /// For one portal: which pages it shows, and where the others live.
    portal: Option<(&'a [bool], Elsewhere<'a>)>,
    /// Document numbers mentioned in the text that the site does not have,
    /// with the source offset of each mention.
    unresolved: Mutex<Vec<(String, usize)>>,
    /// The page being rendered, if it is one.
    own_page: Option<PageId>,
}

impl<'a> PageLinks<'a> {
    pub fn new(site: &'a Site, dir: &'a str, root: String) -> Self {
        PageLinks {
            site,
            dir,
            root,
            linked: Mutex::new(Vec::new()),
            portal: None,
            unresolved: Mutex::new(Vec::new()),
            own_page: None,
        }
    }

    /// Marks the page being rendered, so it does not link to itself.
    pub fn on_page(mut self, id: PageId) -> Self {
        self.own_page = Some(id);
        self
    }

    /// Resolves for one portal: a page it does not show is linked at
    /// `elsewhere(page)`, an absolute address on a portal that has it.
    pub fn for_portal(mut self, visible: &'a [bool], elsewhere: Elsewhere<'a>) -> Self {
        self.portal = Some((visible, elsewhere));
        self
    }

    /// Document numbers mentioned that the site has no page for, each once
    /// with its first mention's offset in the Markdown source, in text order.
    pub fn unresolved(&self) -> Vec<(String, usize)> {
        let mut u = self.unresolved.lock().map(|l| l.clone()).unwrap_or_default();
        u.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        u.dedup_by(|later, first| later.0 == first.0);
        u.sort_by_key(|(_, offset)| *offset);
        u
    }

    /// The pages the resolved links lead to.
    pub fn linked_pages(&self) -> Vec<PageId> {
        self.linked.lock().map(|l| l.clone()).unwrap_or_default()
    }

    fn href(&self, target: &Target, fragment: &str) -> Option<Result<String, Link>> {
        if let Target::Page(id) = target {
            if let Ok(mut l) = self.linked.lock() {
                l.push(*id);
            }
            if let Some((visible, elsewhere)) = self.portal
                && !visible[*id]
                && let Some(url) = elsewhere(*id)
            {
                return Some(Ok(format!("{url}{fragment}")));
            }
        }
        let path = match target {
            Target::Page(id) => &self.site.pages[*id].path,
            Target::Section(id) => &self.site.sections[*id].path,
            Target::Asset(id) => &self.site.assets[*id].path,
            Target::Excluded(reason) => {
                return Some(Err(Link::Broken {
                    message: format!("this link leads to a page that is {reason}, which is not published").into(),
                    help: Some("publish that page, or remove the link".into()),
                }));
            }
        };
        Some(Ok(format!("{}{path}{fragment}", self.root)))
    }

    fn lookup(&self, rel: &str) -> Option<&Target> {
        let rel = rel.trim_end_matches('/');
        self.site.by_source.get(rel).or_else(|| {
            // A folder: its section page, or a bundle's page.
            let idx = if rel.is_empty() { "_index.md".to_string() } else { format!("{rel}/_index.md") };
            let bundle = format!("{rel}/index.md");
            self.site.by_source.get(&idx).or_else(|| self.site.by_source.get(&bundle))
        })
    }

    fn broken(&self, dest: &str, rel: Option<&str>) -> Link {
        let shown = rel.map(|r| format!("content/{r}")).unwrap_or_else(|| dest.to_string());
        let siblings = self.site.by_source.keys().filter(|k| k.starts_with(self.dir)).map(String::as_str);
        let help = match rel.and_then(|r| did_you_mean(r, siblings)) {
            Some(close) => {
                let rel_link = close.strip_prefix(self.dir).unwrap_or(close).trim_start_matches('/');
                format!("did you mean `{rel_link}`?")
            }
            None => "link to another page by its file, relative to this one, e.g. `../van-ban/ke-hoach.md`".into(),
        };
        Link::Broken {
            message: format!("broken link: `{dest}` leads to no file ({shown} does not exist)").into(),
            help: Some(help.into()),
        }
    }
}

impl Resolver for PageLinks<'_> {
    fn doc_ref(&self, r: &DocRef, offset: usize) -> Option<String> {
        match self.site.document(&r.number) {
            // A document mentioning its own number is not linked to itself.
            Some(id) if self.own_page == Some(id) => None,
            Some(id) => self.href(&Target::Page(id), "").and_then(Result::ok),
            None => {
                if let Ok(mut u) = self.unresolved.lock() {
                    u.push((r.number.clone(), offset));
                }
                None
            }
        }
    }

    fn link(&self, dest: &str) -> Link {
        if is_external(dest) {
            return Link::Keep;
        }
        let (path, fragment) = match dest.find(['#', '?']) {
            Some(i) => (&dest[..i], &dest[i..]),
            None => (dest, ""),
        };
        let decoded = percent_decode(path);
        if let Some(from_root) = decoded.strip_prefix('/') {
            // A path from the portal root: accept a source file or an output URL.
            if let Some(&id) = self.site.by_url.get(from_root.trim_end_matches('/')) {
                return match self.href(&Target::Page(id), fragment) {
                    Some(Ok(h)) => Link::Replace(h),
                    Some(Err(l)) => l,
                    None => Link::Keep,
                };
            }
            return match self.lookup(from_root).and_then(|t| self.href(t, fragment)) {
                Some(Ok(h)) => Link::Replace(h),
                Some(Err(l)) => l,
                None => self.broken(dest, Some(from_root)),
            };
        }
        let Some(rel) = join_rel(self.dir, &decoded) else {
            return self.broken(dest, None);
        };
        match self.lookup(&rel).and_then(|t| self.href(t, fragment)) {
            Some(Ok(h)) => Link::Replace(h),
            Some(Err(l)) => l,
            None => self.broken(dest, Some(&rel)),
        }
    }
}

/// Links that leave the site (or are special) are kept as written.
fn is_external(dest: &str) -> bool {
    dest.is_empty()
        || dest.starts_with("//")
        || dest.starts_with('#')
        || dest.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.')
        })
}

/// `%20` and friends back to text, so `ảnh%20đẹp.jpg` finds `ảnh đẹp.jpg`.
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(hi * 16 + lo);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn external_links_are_kept() {
        for d in ["https://a.vn", "mailto:x@y.vn", "tel:0243", "//cdn.x", "#muc-1", ""] {
            assert!(is_external(d), "{d}");
        }
        for d in ["a.md", "../x/a.md", "/van-ban/", "ảnh.jpg"] {
            assert!(!is_external(d), "{d}");
        }
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b.jpg"), "a b.jpg");
        assert_eq!(percent_decode("%E1%BA%A3nh"), "ảnh");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%ả%"), "%ả%");
    }
}
