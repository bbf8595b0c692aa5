//! Resolving the links staff write in Markdown: relative paths to other
//! `.md` files, folders and attachments become URLs relative to the page;
//! `/`-rooted paths are taken from the portal root; a link to nothing is an
//! error that says what exists nearby.

use std::sync::Mutex;

use crate::diagnostics::did_you_mean;
use crate::docref::DocRef;
use crate::model::identity::DocMatch;
use crate::model::plan::UnitId;
use crate::model::{Generated, PageId, Site, Target, join_rel};
use crate::msg;
use crate::render::data_links::{self, DataLink};
use crate::render::markdown::{Link, Resolver};

/// Where a page a portal does not show can be found: an absolute address.
pub type Elsewhere<'a> = &'a (dyn Fn(PageId) -> Option<String> + Sync);

/// Where a unit's page a portal does not show can be found.
pub type UnitElsewhere<'a> = &'a (dyn Fn(UnitId) -> Option<String> + Sync);

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
    /// The address of the page (or section) being rendered, for links
    /// written as addresses relative to it.
    address: &'a str,
    /// Units whose pages the links lead to.
    linked_units: Mutex<Vec<UnitId>>,
    /// For one portal: which units' pages it has, and where the others live.
    units: Option<(&'a [bool], UnitElsewhere<'a>)>,
    /// Mentions that fit several documents: (offset, the documents).
    ambiguous: Mutex<Vec<(usize, Vec<PageId>)>>,
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
            address: "",
            linked_units: Mutex::new(Vec::new()),
            units: None,
            ambiguous: Mutex::new(Vec::new()),
        }
    }

    /// The address of the page being rendered (`tin-tuc/bai-a/`).
    pub fn at_address(mut self, address: &'a str) -> Self {
        self.address = address;
        self
    }

    /// Resolves unit links for one portal: a unit page it does not have is
    /// linked at `elsewhere(unit)`.
    pub fn units_for_portal(mut self, visible: &'a [bool], elsewhere: UnitElsewhere<'a>) -> Self {
        self.units = Some((visible, elsewhere));
        self
    }

    /// The units whose pages the resolved links lead to.
    pub fn linked_units(&self) -> Vec<UnitId> {
        self.linked_units.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// Mentions that fit several documents, with their offsets, in text order.
    pub fn ambiguous(&self) -> Vec<(usize, Vec<PageId>)> {
        let mut a = self.ambiguous.lock().map(|l| l.clone()).unwrap_or_default();
        a.sort();
        a
    }

    /// The plan the page belongs to: a plan's page, or one of its reports.
    fn here(&self) -> Option<crate::model::plan::PlanId> {
        let id = self.own_page?;
        self.site
            .plan_of_page
            .get(&id)
            .copied()
            .or_else(|| self.site.report_of_page.get(&id).map(|r| self.site.reports[*r].plan))
    }

    /// The address of a generated page, for this portal.
    fn generated_href(&self, g: Generated, fragment: &str) -> Result<String, Link> {
        let site = self.site;
        match g {
            Generated::Unit(u) => {
                if let Ok(mut l) = self.linked_units.lock() {
                    l.push(u);
                }
                if let Some((visible, elsewhere)) = self.units
                    && !visible[u]
                    && let Some(url) = elsewhere(u)
                {
                    return Ok(format!("{url}{fragment}"));
                }
                Ok(format!("{}{}{fragment}", self.root, site.units[u].path))
            }
            Generated::Indicator(p, i) => {
                // An indicator's page is on every portal that has its plan's page.
                let plan_page = site.plans[p].page;
                let ind = &site.plans[p].indicators[i].path;
                match self.href(&Target::Page(plan_page), "") {
                    Some(Ok(h)) => {
                        let base = h.strip_suffix(site.pages[plan_page].path.as_str()).unwrap_or(&self.root);
                        Ok(format!("{base}{ind}{fragment}"))
                    }
                    Some(Err(l)) => Err(l),
                    None => Ok(format!("{}{ind}{fragment}", self.root)),
                }
            }
            Generated::Section(s) => Ok(format!("{}{}{fragment}", self.root, site.sections[s].path)),
            Generated::Term(t) => Ok(format!("{}{}{fragment}", self.root, site.terms[t].path)),
            Generated::Page(p) => Ok(format!("{}{p}{fragment}", self.root)),
        }
    }

    /// A link written as an address (from the root, or relative to this
    /// page's address) to a page written or generated.
    fn by_address(&self, path: &str, fragment: &str) -> Option<Link> {
        let key = path.trim_matches('/');
        let key = key
            .strip_suffix("/index.html")
            .or_else(|| key.strip_suffix("index.html"))
            .unwrap_or(key)
            .trim_end_matches('/');
        if let Some(&id) = self.site.by_url.get(key) {
            return Some(match self.href(&Target::Page(id), fragment) {
                Some(Ok(h)) => Link::Replace(h),
                Some(Err(l)) => l,
                None => Link::Keep,
            });
        }
        let Some(&g) = self.site.generated.get(key) else {
            // A page left out of this build (a draft, a later date), or
            // below it (its plan's indicators): not published, not absent.
            if let Some(l) = self.site.left_out_pages.iter().find(|l| l.holds(key)) {
                return Some(Link::Broken {
                    message: msg!("link-to-left-out", reason = l.why.clone()).into(),
                    help: Some(msg!("link-to-left-out-help").into()),
                });
            }
            // Below a plan whose data could not be read: its indicators'
            // pages are missing because of that mistake, already reported.
            // A refused document lost its document's address as well: what
            // was below that address is below the page's folder.
            let under = |p: &PageId| {
                let page = &self.site.pages[*p];
                let path = page.path.trim_end_matches('/');
                let refused = page.document.is_none() && page.src.front.document.is_some();
                let below_folder = || {
                    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
                    key.strip_prefix(dir).is_some_and(|rest| rest.trim_matches('/').contains('/'))
                };
                key.starts_with(path) || (refused && below_folder())
            };
            return self.site.unreadable_plans.iter().any(under).then_some(Link::Keep);
        };
        Some(match self.generated_href(g, fragment) {
            Ok(h) => Link::Replace(h),
            Err(l) => l,
        })
    }

    fn data_link(&self, dest: &str) -> Option<Link> {
        let (body, fragment) = dest.find('#').map_or((dest, ""), |i| (&dest[..i], &dest[i..]));
        let found = data_links::resolve(self.site, body, self.here())?;
        Some(match found {
            Ok(DataLink::Page(id, frag)) => {
                let frag = if frag.is_empty() { fragment.to_string() } else { frag };
                match self.href(&Target::Page(id), &frag) {
                    Some(Ok(h)) => Link::Replace(h),
                    Some(Err(l)) => l,
                    None => Link::Keep,
                }
            }
            Ok(DataLink::Indicator(p, i)) => match self.generated_href(Generated::Indicator(p, i), fragment) {
                Ok(h) => Link::Replace(h),
                Err(l) => l,
            },
            Ok(DataLink::Unit(u)) => match self.generated_href(Generated::Unit(u), fragment) {
                Ok(h) => Link::Replace(h),
                Err(l) => l,
            },
            Err(Some((message, help))) => Link::Broken { message: message.into(), help: help.map(Into::into) },
            // Leads nowhere because of another mistake, already reported.
            Err(None) => Link::Keep,
        })
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
            Target::Unreadable => return Some(Err(Link::Keep)),
            Target::Excluded(reason) => {
                return Some(Err(Link::Broken {
                    message: msg!("link-to-left-out", reason = reason.clone()).into(),
                    help: Some(msg!("link-to-left-out-help").into()),
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
                msg!("did-you-mean", name = rel_link)
            }
            None => msg!("link-broken-help"),
        };
        Link::Broken { message: msg!("link-broken", dest = dest, shown = shown).into(), help: Some(help.into()) }
    }
}

impl Resolver for PageLinks<'_> {
    fn doc_ref(&self, r: &DocRef, offset: usize) -> Option<String> {
        match self.site.find_document(&r.number, r.date, r.issuer.as_deref()) {
            // A document mentioning its own number is not linked to itself.
            DocMatch::One(id) if self.own_page == Some(id) => None,
            DocMatch::One(id) => self.href(&Target::Page(id), "").and_then(Result::ok),
            DocMatch::Several(ids) => {
                // A document's own page names its number: that is itself.
                if self.own_page.is_some_and(|p| ids.contains(&p)) {
                    return None;
                }
                if let Ok(mut a) = self.ambiguous.lock() {
                    a.push((offset, ids));
                }
                None
            }
            DocMatch::None => {
                if let Ok(mut u) = self.unresolved.lock() {
                    u.push((r.number.clone(), offset));
                }
                None
            }
        }
    }

    fn link(&self, dest: &str) -> Link {
        if let Some(l) = self.data_link(dest) {
            return l;
        }
        if is_external(dest) {
            return Link::Keep;
        }
        let (path, fragment) = match dest.find(['#', '?']) {
            Some(i) => (&dest[..i], &dest[i..]),
            None => (dest, ""),
        };
        let decoded = percent_decode(path);
        if let Some(from_root) = decoded.strip_prefix('/') {
            // A path from the portal root: accept an output address (a page
            // written or generated) or a source file.
            if let Some(l) = self.by_address(from_root, fragment) {
                return l;
            }
            return match self.lookup(from_root).and_then(|t| self.href(t, fragment)) {
                Some(Ok(h)) => Link::Replace(h),
                Some(Err(l)) => l,
                None => self.broken(dest, Some(from_root)),
            };
        }
        let Some(rel) = join_rel(self.dir, &decoded) else {
            // Above the content folder as a file path: maybe an address
            // relative to this page's address.
            return join_rel(self.address, &decoded)
                .and_then(|a| self.by_address(&a, fragment))
                .unwrap_or_else(|| self.broken(dest, None));
        };
        match self.lookup(&rel).and_then(|t| self.href(t, fragment)) {
            Some(Ok(h)) => Link::Replace(h),
            Some(Err(l)) => l,
            // Not a file: maybe an address relative to this page's address.
            None => join_rel(self.address, &decoded)
                .and_then(|a| self.by_address(&a, fragment))
                .unwrap_or_else(|| self.broken(dest, Some(&rel))),
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
