//! Lists that stay small on a phone: section and tag pages split into
//! pages of [`PER_PAGE`] items (`trang/2/`, `trang/3/`, …), and the archive
//! (`luu-tru/`): every dated page of the portal by year, newest first.

use serde::Serialize;

use crate::model::scope::Scope;
use crate::model::{PageId, Site};

/// Items on one page of a list.
pub const PER_PAGE: usize = 10;
/// The archive's address under the portal root.
pub const PATH: &str = crate::model::CHANNEL_PAGES[2];

/// `pagination`: where a page of a list stands among the others.
#[derive(Serialize, Debug, PartialEq)]
pub struct Pagination {
    pub current: usize,
    pub total: usize,
    /// Addresses under the portal root (`{{ root }}{{ … }}`).
    pub prev: Option<String>,
    pub next: Option<String>,
    pub pages: Vec<PageLink>,
}

#[derive(Serialize, Debug, PartialEq)]
pub struct PageLink {
    pub number: usize,
    pub path: String,
}

/// The address of page `n` of the list at `base` (page 1 is `base`).
pub fn page_path(base: &str, n: usize) -> String {
    if n <= 1 { base.to_string() } else { format!("{base}trang/{n}/") }
}

/// How many pages `items` items take (at least one, to say it is empty).
pub fn page_count(items: usize) -> usize {
    items.div_ceil(PER_PAGE).max(1)
}

/// `items` in pages of [`PER_PAGE`], at least one.
pub fn split<T>(mut items: Vec<T>) -> Vec<Vec<T>> {
    let mut out = Vec::new();
    while items.len() > PER_PAGE {
        let rest = items.split_off(PER_PAGE);
        out.push(items);
        items = rest;
    }
    out.push(items);
    out
}

/// The pagination of page `current` of `total` of the list at `base`;
/// None for a list of one page.
pub fn pagination(base: &str, current: usize, total: usize) -> Option<Pagination> {
    (total > 1).then(|| Pagination {
        current,
        total,
        prev: (current > 1).then(|| page_path(base, current - 1)),
        next: (current < total).then(|| page_path(base, current + 1)),
        pages: (1..=total).map(|n| PageLink { number: n, path: page_path(base, n) }).collect(),
    })
}

/// The dated pages of the portal by year, newest year first, each newest
/// page first.
pub fn years(site: &Site, scope: &Scope) -> Vec<(i16, Vec<PageId>)> {
    let mut dated: Vec<PageId> =
        (0..site.pages.len()).filter(|p| scope.pages[*p] && site.pages[*p].date().is_some()).collect();
    dated.sort_by_key(|p| (std::cmp::Reverse(site.pages[*p].date()), *p));
    let mut out: Vec<(i16, Vec<PageId>)> = Vec::new();
    for p in dated {
        let y = site.pages[p].date().map_or(0, |d| d.year());
        match out.last_mut() {
            Some((year, ps)) if *year == y => ps.push(p),
            _ => out.push((y, vec![p])),
        }
    }
    out
}

/// A year's address in the archive.
pub fn year_path(year: i16) -> String {
    format!("{PATH}{year}/")
}

/// Every address of the paginated lists past their first page, and the
/// archive's, for the sitemap: (path, pages of the list it belongs to).
pub fn extra_paths(site: &Site, scope: &Scope) -> Vec<(String, Vec<PageId>)> {
    let mut out = Vec::new();
    let visible = |ps: &[PageId]| ps.iter().copied().filter(|p| scope.pages[*p]).collect::<Vec<_>>();
    let mut more = |base: &str, ps: Vec<PageId>| {
        for n in 2..=page_count(ps.len()) {
            let chunk = ps.iter().copied().skip((n - 1) * PER_PAGE).take(PER_PAGE).collect();
            out.push((page_path(base, n), chunk));
        }
    };
    for s in &site.sections[1..] {
        more(&s.path, visible(&s.pages));
    }
    for (t, term) in site.terms.iter().enumerate().filter(|(t, _)| scope.terms[*t]) {
        let _ = t;
        more(&term.path, visible(&term.pages));
    }
    let years = years(site, scope);
    if !years.is_empty() {
        let all = years.iter().flat_map(|(_, ps)| ps.iter().copied()).collect();
        out.push((PATH.to_string(), all));
    }
    for (y, ps) in years {
        out.push((year_path(y), ps.iter().copied().take(PER_PAGE).collect()));
        for n in 2..=page_count(ps.len()) {
            let chunk = ps.iter().copied().skip((n - 1) * PER_PAGE).take(PER_PAGE).collect();
            out.push((page_path(&year_path(y), n), chunk));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_of_ten() {
        assert_eq!(split((0..25).collect()).iter().map(Vec::len).collect::<Vec<_>>(), [10, 10, 5]);
        assert_eq!(split(Vec::<u8>::new()).len(), 1);
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(20), 2);
        assert_eq!(pagination("tin/", 1, 1), None);
        let p = pagination("tin/", 2, 3).unwrap();
        assert_eq!(p.prev.as_deref(), Some("tin/"));
        assert_eq!(p.next.as_deref(), Some("tin/trang/3/"));
        assert_eq!(p.pages[1].path, "tin/trang/2/");
    }
}
