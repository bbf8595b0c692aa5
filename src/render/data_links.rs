//! Links written in Markdown to the pages loa makes from the plan data:
//! `chi-tieu:ID` (an indicator), `nhiem-vu:NUMBER` (a task, on its plan's
//! page), `bao-cao:PERIOD` (a plan's report for that period) and
//! `don-vi:ID` (a unit), each optionally followed by `@PLAN` (the plan's
//! number or its page's address). An indicator, task or report is looked
//! for in the plan of the page the link is on, else in the one plan that
//! has it. The syntax is documented in docs/plans.md.

use crate::diagnostics::did_you_mean;
use crate::messages::Msg;
use crate::model::period::Period;
use crate::model::plan::{PlanId, UnitId};
use crate::model::{LeftOutPage, PageId, Site};
use crate::msg;

/// Where a data link leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataLink {
    /// A written page (a report, a plan), with a fragment (`#nhiem-vu-2-3`).
    Page(PageId, String),
    Indicator(PlanId, usize),
    Unit(UnitId),
}

/// A data link that leads nowhere: message and help.
pub type Broken = (Msg, Option<Msg>);

const KINDS: [&str; 4] = ["chi-tieu", "nhiem-vu", "bao-cao", "don-vi"];

/// How a data link starts, as written in Markdown.
pub const PREFIXES: [&str; 4] = ["chi-tieu:", "nhiem-vu:", "bao-cao:", "don-vi:"];

/// Resolves `dest` when it is a data link (None when it is not one), from
/// a page belonging to plan `here` (a plan's page or one of its reports).
/// `Err(None)`: it leads nowhere, but the site could not be read whole, so
/// that may be another mistake's consequence and is not reported.
pub fn resolve(site: &Site, dest: &str, here: Option<PlanId>) -> Option<Result<DataLink, Option<Broken>>> {
    let r = resolve_all(site, dest, here)?;
    Some(r.map_err(|b| (!site.incomplete).then_some(b)))
}

fn resolve_all(site: &Site, dest: &str, here: Option<PlanId>) -> Option<Result<DataLink, Broken>> {
    let (kind, rest) = dest.split_once(':')?;
    let kind = kind.to_ascii_lowercase();
    if !KINDS.contains(&kind.as_str()) {
        return None;
    }
    let (item, plan) = match rest.split_once('@') {
        Some((i, p)) => (i.trim(), Some(p.trim())),
        None => (rest.trim(), None),
    };
    if kind == "don-vi" {
        return Some(unit(site, item));
    }
    let plans: Vec<PlanId> = match plan {
        Some(p) => match named_plan(site, p) {
            Ok(id) => vec![id],
            Err(b) => return Some(Err(left_out(site, dest, |l| left_out_named(l, p)).unwrap_or(b))),
        },
        None => match here {
            Some(h) if has(site, &kind, h, item) => vec![h],
            _ => (0..site.plans.len()).filter(|p| has(site, &kind, *p, item)).collect(),
        },
    };
    Some(match plans.as_slice() {
        [p] => found(site, &kind, *p, item),
        [] if plan.is_none() => Err(left_out(site, dest, |l| left_out_has(site, l, &kind, item))
            .unwrap_or_else(|| not_found(site, &kind, item, here))),
        [] => Err(not_found(site, &kind, item, plan_of(site, plan).or(here))),
        several => Err((
            msg!("data-link-several", written = dest, plans = names(site, several)),
            Some(msg!("data-link-several-help", example = format!("{kind}:{item}@{}", number(site, several[0])))),
        )),
    })
}

/// The plan left out of this build (a draft, a later date) that `fits`:
/// the link leads to a plan not published, rather than to nothing.
fn left_out(site: &Site, dest: &str, fits: impl Fn(&LeftOutPage) -> bool) -> Option<Broken> {
    let l = site.left_out_pages.iter().find(|l| fits(l))?;
    let m = msg!("data-link-left-out", written = dest, file = &l.file, reason = l.why.clone());
    Some((m, Some(msg!("link-to-left-out-help"))))
}

/// Whether a left-out plan has the item a link of `kind` names: in its
/// data, or (a period) among the reports naming it.
fn left_out_has(site: &Site, l: &LeftOutPage, kind: &str, item: &str) -> bool {
    match kind {
        "chi-tieu" => l.indicators.iter().any(|i| i == item),
        "nhiem-vu" => l.tasks.iter().any(|t| t == item),
        _ => Period::parse(item).is_some_and(|period| {
            let reports = site.pages.iter().filter_map(|p| p.src.front.report.as_ref());
            l.number.as_ref().is_some_and(|n| {
                reports.filter(|r| r.period == period).any(|r| crate::docref::written_number(&r.plan).0 == *n)
            })
        }),
    }
}

/// Whether `written` after `@` names a left-out page: its document's
/// number or the last part of its address.
fn left_out_named(l: &LeftOutPage, written: &str) -> bool {
    l.number.as_ref() == Some(&crate::docref::written_number(written).0)
        || l.path.as_deref().is_some_and(|p| p.rsplit('/').next() == Some(written))
}

fn plan_of(site: &Site, written: Option<&str>) -> Option<PlanId> {
    written.and_then(|w| named_plan(site, w).ok())
}

/// The plan named after `@`: its document number (with a date or issuer
/// if needed) or the last part of its page's address.
fn named_plan(site: &Site, written: &str) -> Result<PlanId, Broken> {
    let by_slug = site
        .plans
        .iter()
        .position(|p| site.pages[p.page].path.trim_end_matches('/').rsplit('/').next() == Some(written));
    if let Some(p) = by_slug {
        return Ok(p);
    }
    match site.find_mention(written) {
        crate::model::identity::DocMatch::One(page) => site
            .plan_of_page
            .get(&page)
            .copied()
            .ok_or_else(|| (msg!("data-link-no-plan", written = written), Some(msg!("data-link-plan-help")))),
        crate::model::identity::DocMatch::Several(pages) => {
            let with_data: Vec<PlanId> = pages.iter().filter_map(|p| site.plan_of_page.get(p).copied()).collect();
            match with_data.as_slice() {
                [one] => Ok(*one),
                _ => Err((
                    msg!("data-link-plan-several", written = written, plans = names(site, &with_data)),
                    Some(msg!("data-link-plan-help")),
                )),
            }
        }
        crate::model::identity::DocMatch::None => {
            let all: Vec<&str> = site
                .plans
                .iter()
                .filter_map(|p| site.pages[p.page].document.as_ref().map(|d| d.front.number.as_str()))
                .collect();
            let help = did_you_mean(written, all.iter().copied())
                .map(|m| msg!("did-you-mean", name = m))
                .unwrap_or_else(|| msg!("data-link-plan-help"));
            Err((msg!("data-link-no-plan", written = written), Some(help)))
        }
    }
}

fn number(site: &Site, p: PlanId) -> String {
    site.pages[site.plans[p].page].document.as_ref().map_or_else(String::new, |d| d.front.number.clone())
}

fn names(site: &Site, plans: &[PlanId]) -> String {
    plans.iter().map(|p| site.pages[site.plans[*p].page].title().to_string()).collect::<Vec<_>>().join("; ")
}

/// Whether plan `p` has the item a link of `kind` names.
fn has(site: &Site, kind: &str, p: PlanId, item: &str) -> bool {
    let plan = &site.plans[p];
    match kind {
        "chi-tieu" => plan.indicators.iter().any(|i| i.id == item),
        "nhiem-vu" => plan.tasks.iter().any(|t| t.number == item),
        _ => Period::parse(item).is_some_and(|period| plan.reports.iter().any(|r| site.reports[*r].period == period)),
    }
}

fn found(site: &Site, kind: &str, p: PlanId, item: &str) -> Result<DataLink, Broken> {
    let plan = &site.plans[p];
    match kind {
        "chi-tieu" => plan
            .indicators
            .iter()
            .position(|i| i.id == item)
            .map(|i| DataLink::Indicator(p, i))
            .ok_or_else(|| not_found(site, kind, item, Some(p))),
        "nhiem-vu" if plan.tasks.iter().any(|t| t.number == item) => {
            Ok(DataLink::Page(plan.page, format!("#{}", crate::render::plan_views::task_anchor(item))))
        }
        "nhiem-vu" => Err(not_found(site, kind, item, Some(p))),
        _ => {
            let period = Period::parse(item).ok_or_else(|| not_found(site, kind, item, Some(p)))?;
            let reports: Vec<usize> =
                plan.reports.iter().copied().filter(|r| site.reports[*r].period == period).collect();
            match reports.as_slice() {
                [r] => Ok(DataLink::Page(site.reports[*r].page, String::new())),
                [] => Err(not_found(site, kind, item, Some(p))),
                several => Err((
                    msg!("data-link-reports-several", period = period.name(crate::messages::lang()), n = several.len()),
                    Some(msg!("data-link-address-help")),
                )),
            }
        }
    }
}

fn unit(site: &Site, id: &str) -> Result<DataLink, Broken> {
    match site.units.iter().position(|u| u.id == id) {
        Some(u) => Ok(DataLink::Unit(u)),
        None => {
            let help =
                did_you_mean(id, site.units.iter().map(|u| u.id.as_str())).map(|m| msg!("did-you-mean", name = m));
            Err((msg!("data-link-no-unit", id = id), help))
        }
    }
}

/// Nothing of that name: a "did you mean" among the plan's items (or all).
fn not_found(site: &Site, kind: &str, item: &str, plan: Option<PlanId>) -> Broken {
    let plans: Vec<PlanId> = plan.map_or_else(|| (0..site.plans.len()).collect(), |p| vec![p]);
    let candidates: Vec<String> = plans
        .iter()
        .flat_map(|p| {
            let plan = &site.plans[*p];
            match kind {
                "chi-tieu" => plan.indicators.iter().map(|i| i.id.clone()).collect::<Vec<_>>(),
                "nhiem-vu" => plan.tasks.iter().map(|t| t.number.clone()).collect(),
                _ => plan.reports.iter().map(|r| site.reports[*r].period.to_string()).collect(),
            }
        })
        .collect();
    let help = did_you_mean(item, candidates.iter().map(String::as_str)).map(|m| msg!("did-you-mean", name = m));
    let message = match kind {
        "chi-tieu" => msg!("data-link-no-indicator", id = item),
        "nhiem-vu" => msg!("data-link-no-task", number = item),
        _ => msg!(
            "data-link-no-report",
            period = Period::parse(item).map_or_else(|| item.to_string(), |p| p.name(crate::messages::lang()))
        ),
    };
    (message, help.or_else(|| Some(msg!("data-link-help"))))
}
