//! Document identity: numbers restart for each issuer and each year, so a
//! document is its number, its issuer and the year it was issued. Documents
//! sharing a number get distinct addresses, and a mention ("Kế hoạch số
//! 25/KH-UBND ngày 15/01/2026", "… của UBND phường Ba Đình") is matched to
//! the documents it fits. Pure: no I/O.

use std::collections::HashMap;

use crate::content::PageSource;
use crate::docref::normalize_number;
use crate::model::plan::{Unit, UnitId};
use crate::model::{DOCUMENT_KINDS, Page, PageId, Site};
use crate::slug::slugify;

/// What a mention of a document leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocMatch {
    One(PageId),
    /// Several documents fit: the mention needs a date or an issuer.
    Several(Vec<PageId>),
    None,
}

impl DocMatch {
    pub fn one(&self) -> Option<PageId> {
        match self {
            DocMatch::One(p) => Some(*p),
            _ => None,
        }
    }
}

/// Folds an issuer's name for comparison: "Ủy ban nhân dân phường X" and
/// "UBND phường X" are the same.
fn issuer_key(s: &str) -> String {
    slugify(s).replace("uy-ban-nhan-dan", "ubnd").replace("hoi-dong-nhan-dan", "hdnd")
}

/// What finding documents needs, before the site is assembled.
pub struct DocLookup<'a> {
    pub pages: &'a [Page],
    pub documents: &'a HashMap<String, Vec<PageId>>,
    pub issuer_unit: &'a HashMap<PageId, UnitId>,
    pub units: &'a [Unit],
}

impl Site {
    fn lookup(&self) -> DocLookup<'_> {
        DocLookup { pages: &self.pages, documents: &self.documents, issuer_unit: &self.issuer_unit, units: &self.units }
    }

    /// See [`DocLookup::find_document`].
    pub fn find_document(&self, number: &str, date: Option<(u16, u8, u8)>, issuer: Option<&str>) -> DocMatch {
        self.lookup().find_document(number, date, issuer)
    }

    /// See [`DocLookup::find_mention`].
    pub fn find_mention(&self, text: &str) -> DocMatch {
        self.lookup().find_mention(text)
    }

    /// The document a bare number names, when only one has it.
    pub fn document(&self, number: &str) -> Option<PageId> {
        self.find_document(number, None, None).one()
    }
}

impl DocLookup<'_> {
    /// The documents a mention fits: its number, then the date (or the
    /// year) and the issuer when given, each narrowing only when some
    /// document fits it.
    pub fn find_document(&self, number: &str, date: Option<(u16, u8, u8)>, issuer: Option<&str>) -> DocMatch {
        let Some(all) = self.documents.get(&normalize_number(number)) else {
            return DocMatch::None;
        };
        let mut found: Vec<PageId> = all.clone();
        let narrow = |found: &mut Vec<PageId>, keep: &dyn Fn(PageId) -> bool| {
            let kept: Vec<PageId> = found.iter().copied().filter(|p| keep(*p)).collect();
            if !kept.is_empty() {
                *found = kept;
            }
        };
        let issued = |p: PageId| self.pages[p].document.as_ref().and_then(|d| d.front.issued);
        if let Some((y, m, d)) = date {
            let exact =
                |p: PageId| issued(p).is_some_and(|i| (i.year() as u16, i.month() as u8, i.day() as u8) == (y, m, d));
            if found.iter().any(|p| exact(*p)) {
                narrow(&mut found, &exact);
            } else {
                narrow(&mut found, &|p| issued(p).is_some_and(|i| i.year() as u16 == y));
            }
        }
        if let Some(phrase) = issuer {
            let said = issuer_key(phrase);
            narrow(&mut found, &|p| {
                self.issuer_keys(p).iter().any(|k| said.starts_with(k.as_str()) || k.starts_with(&said))
            });
        }
        match found.as_slice() {
            [one] => DocMatch::One(*one),
            _ => DocMatch::Several(found),
        }
    }

    /// A mention written as a sentence would say it: "25/KH-UBND",
    /// "25/KH-UBND ngày 15/01/2026", "Kế hoạch số 25/KH-UBND của UBND phường Ba Đình".
    pub fn find_mention(&self, text: &str) -> DocMatch {
        match crate::docref::find(text).into_iter().next() {
            Some(r) => self.find_document(&r.number, r.date, r.issuer.as_deref()),
            None => self.find_document(text, None, None),
        }
    }

    /// How a sentence would name document `p`: "25/KH-UBND ngày 15/01/2026
    /// của UBND phường Ba Đình".
    pub fn mention_of(&self, p: PageId) -> String {
        let d = self.pages[p].document.as_ref().map(|d| &d.front);
        let number = d.map_or("", |d| d.number.as_str());
        let issued = d.and_then(|d| d.issued).map_or("?".to_string(), |i| i.vi());
        let issuer = d.and_then(|d| d.issuer.as_deref()).unwrap_or("?");
        crate::msg!("doc-mention", number = number, issued = issued, issuer = issuer).text(crate::messages::Lang::Vi)
    }

    /// The ways a document's issuer is written: its `issuer`, and the
    /// names of the unit it names.
    fn issuer_keys(&self, p: PageId) -> Vec<String> {
        let mut keys = Vec::new();
        if let Some(i) = self.pages[p].document.as_ref().and_then(|d| d.front.issuer.as_deref()) {
            keys.push(issuer_key(i));
        }
        if let Some(u) = self.issuer_unit.get(&p).map(|u| &self.units[*u]) {
            keys.push(issuer_key(&u.name));
            keys.extend(u.names.iter().chain(&u.short).map(|n| issuer_key(n)));
        }
        keys.retain(|k| !k.is_empty());
        keys
    }
}

/// Addresses for documents that share a kind and number in one folder:
/// the year of issue is added, and the issuer too when the years are the
/// same. Pages with their own `slug:` are left alone. Keyed by the page's
/// path relative to `content/`.
pub fn document_slugs(pages: &[PageSource]) -> HashMap<String, String> {
    let mut groups: HashMap<(String, String), Vec<&PageSource>> = HashMap::new();
    for p in pages {
        let Some(d) = &p.front.document else { continue };
        if p.front.slug.is_some() {
            continue;
        }
        let Some((_, kind)) = DOCUMENT_KINDS.iter().find(|(s, _)| *s == slugify(&d.kind)) else { continue };
        let folder = if p.rel.ends_with("/index.md") { parent(p.dir()) } else { p.dir() };
        groups.entry((folder.to_string(), slugify(&format!("{kind} {}", d.number)))).or_default().push(p);
    }
    let mut out = HashMap::new();
    for ((_, base), members) in groups {
        if members.len() < 2 {
            continue;
        }
        let year = |p: &PageSource| p.front.document.as_ref().and_then(|d| d.issued).map(|d| d.year());
        for p in &members {
            let mut slug = base.clone();
            if let Some(y) = year(p) {
                slug.push_str(&format!("-{y}"));
            }
            if members.iter().filter(|q| year(q) == year(p)).count() > 1
                && let Some(i) = p.front.document.as_ref().and_then(|d| d.issuer.as_deref())
            {
                slug.push('-');
                slug.push_str(&slugify(i));
            }
            out.insert(p.rel.clone(), slug);
        }
    }
    out
}

fn parent(rel: &str) -> &str {
    rel.rfind('/').map_or("", |i| &rel[..i])
}
