//! "Cập nhật lần cuối" — when what a page shows last changed, from the
//! content's dates (a page's `updated`, else its `date`; a list's newest
//! page; a plan's newest report), never the build's clock.

use crate::date::Date;
use crate::model::plan::{PlanId, UnitId};
use crate::model::scope::Scope;
use crate::model::{PageId, Site};
use crate::render::artifacts::feed::page_updated;

/// A page's date: its `updated`, its `date`, else its document's issue date.
pub fn date_of(site: &Site, p: PageId) -> Option<Date> {
    page_updated(site, p).or_else(|| site.pages[p].document.as_ref().and_then(|d| d.front.issued))
}

/// The newest date of `pages` the portal shows.
pub fn newest(site: &Site, scope: &Scope, pages: impl IntoIterator<Item = PageId>) -> Option<Date> {
    pages.into_iter().filter(|p| scope.pages[*p]).filter_map(|p| date_of(site, p)).max()
}

/// What a page shows as its last update: `d`, or when nothing it shows has
/// a date (a unit named in no plan, a stub without dates), the portal's
/// newest page — the last change of anything the portal publishes.
pub fn shown(
    site: &Site,
    scope: &Scope,
    lang: crate::messages::Lang,
    d: Option<Date>,
) -> Option<crate::render::views::DateView> {
    d.or_else(|| newest(site, scope, 0..site.pages.len())).map(|d| crate::render::views::DateView::new(d, lang))
}

/// A plan's page and its reports shown.
pub fn plan_pages(site: &Site, scope: &Scope, plan: PlanId) -> Vec<PageId> {
    let p = &site.plans[plan];
    let reports = p.reports.iter().filter(|r| scope.reports[**r]).map(|r| site.reports[*r].page);
    std::iter::once(p.page).chain(reports).collect()
}

/// A page: its own date, and for a plan its reports'.
pub fn page(site: &Site, scope: &Scope, id: PageId) -> Option<Date> {
    match site.plans.iter().position(|p| p.page == id) {
        Some(plan) => newest(site, scope, plan_pages(site, scope, plan)),
        None => date_of(site, id),
    }
}

/// Every plan the portal shows, with their reports.
pub fn plans(site: &Site, scope: &Scope) -> Option<Date> {
    let all = (0..site.plans.len()).filter(|p| scope.plans[*p]).flat_map(|p| plan_pages(site, scope, p));
    newest(site, scope, all)
}

/// A unit's page: the plans whose area it is or that give it work, and
/// the reports it made.
pub fn unit(site: &Site, scope: &Scope, u: UnitId) -> Option<Date> {
    let involved = |p: &crate::model::plan::Plan| {
        p.area == u
            || p.reporting.iter().any(|r| r.by == u)
            || p.tasks.iter().any(|t| t.lead.contains(&u) || t.support.contains(&u))
    };
    let plans = (0..site.plans.len()).filter(|p| scope.plans[*p] && involved(&site.plans[*p]));
    let own = site.reports.iter().filter(|r| r.unit == u).map(|r| r.page);
    newest(site, scope, plans.flat_map(|p| plan_pages(site, scope, p)).chain(own))
}

/// One line of a plan page's change history.
#[derive(serde::Serialize)]
pub struct Change<'a> {
    pub date: crate::render::views::DateView,
    /// `issued`, `published`, `updated` or `report`.
    pub kind: &'static str,
    /// A report's period ("năm 2023"), title and address.
    pub period: Option<String>,
    pub title: Option<&'a str>,
    pub path: Option<&'a str>,
}

/// A plan page's history, newest first: the plan issued, published and
/// updated (its front matter's dates), and each report the portal shows.
pub fn history<'a>(site: &'a Site, scope: &Scope, lang: crate::messages::Lang, plan: PlanId) -> Vec<Change<'a>> {
    let p = &site.plans[plan];
    let page = &site.pages[p.page];
    let mut out = Vec::new();
    let mut push = |d: Option<Date>, kind, period, title, path| {
        if let Some(d) = d {
            out.push((d, Change { date: crate::render::views::DateView::new(d, lang), kind, period, title, path }));
        }
    };
    push(page.document.as_ref().and_then(|d| d.front.issued), "issued", None, None, None);
    push(page.date(), "published", None, None, None);
    push(page.src.front.updated, "updated", None, None, None);
    for r in p.reports.iter().filter(|r| scope.reports[**r] && scope.pages[site.reports[**r].page]) {
        let rep = &site.reports[*r];
        let rp = &site.pages[rep.page];
        push(date_of(site, rep.page), "report", Some(rep.period.label(lang)), Some(rp.title()), Some(rp.path.as_str()));
    }
    // Newest first; on one day the report after the plan's own dates.
    out.sort_by_key(|c| std::cmp::Reverse(c.0));
    out.into_iter().map(|(_, c)| c).collect()
}
