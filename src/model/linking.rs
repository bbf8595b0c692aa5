//! Linking the plan data into the site: units, then each plan (beside its
//! document page), then reports (against their plan), then which pages cite
//! which documents. Called once by `model::build`.

use std::collections::HashMap;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{Page, PageId, Site, figures, located, plan};

/// Which pages mention which documents (by number, anywhere in their text).
pub(super) fn citations(site: &Site) -> HashMap<PageId, Vec<PageId>> {
    use rayon::prelude::*;
    let found: Vec<(PageId, Vec<PageId>)> = site
        .pages
        .par_iter()
        .map(|p| {
            let mut cited: Vec<PageId> = crate::docref::find(p.src.body())
                .iter()
                .filter_map(|r| site.document(&r.number))
                .filter(|d| *d != p.id)
                .collect();
            cited.sort_unstable();
            cited.dedup();
            (p.id, cited)
        })
        .collect();
    let mut by_doc: HashMap<PageId, Vec<PageId>> = HashMap::new();
    for (page, cited) in found {
        for d in cited {
            by_doc.entry(d).or_default().push(page);
        }
    }
    by_doc
}

pub(super) struct LinkedPlans {
    pub(super) units: Vec<plan::Unit>,
    pub(super) plans: Vec<plan::Plan>,
    pub(super) reports: Vec<plan::Report>,
    pub(super) plan_of_page: HashMap<PageId, plan::PlanId>,
    pub(super) report_of_page: HashMap<PageId, plan::ReportId>,
    pub(super) issuer_unit: HashMap<PageId, plan::UnitId>,
}

pub(super) type Claim<'a> = dyn FnMut(&str, String, &mut Diagnostics, &dyn Fn() -> Diagnostic) + 'a;

/// Units, then plans (each in its document's bundle), then reports.
pub(super) fn linked_plans(
    pages: &[Page],
    unit_files: Vec<crate::content::DataFile<Vec<crate::content::data::RawUnit>>>,
    plan_files: Vec<crate::content::DataFile<crate::content::data::RawPlan>>,
    diags: &mut Diagnostics,
    claim: &mut Claim,
) -> LinkedPlans {
    let units = plan::units(&unit_files, diags);
    for u in &units {
        let shown = format!("the unit `{}`", u.id);
        claim(&u.path, shown, diags, &|| {
            Diagnostic::error(format!("the unit `{}` and another file both make the address `/{}`", u.id, u.path))
        });
    }
    let index = plan::UnitIndex::new(&units);
    let mut issuer_unit = HashMap::new();
    for p in pages {
        if let Some(u) = p.document.as_ref().and_then(|d| d.front.issuer.as_deref()).and_then(|i| index.by_name(i)) {
            issuer_unit.insert(p.id, u);
        }
    }
    let mut plans = Vec::new();
    let mut plan_of_page = HashMap::new();
    for f in &plan_files {
        let bundle_index = format!("{}/index.md", f.dir());
        let Some(page) = pages.iter().find(|p| p.src.rel == bundle_index) else {
            diags.push(
                Diagnostic::error("this plan's data is not beside a plan page").in_file(&f.shown).with_help(
                    "put ke-hoach.yaml in the folder of the plan's page bundle (the folder with its index.md)",
                ),
            );
            continue;
        };
        if page.document.is_none() {
            diags.push(
                Diagnostic::error("the page beside this ke-hoach.yaml is not a document")
                    .in_file(&f.shown)
                    .with_help(format!("add a `document:` block (kind, number) to {}", page.src.shown.display())),
            );
            continue;
        }
        if let Some(pl) = plan::plan(page.id, f, &index, &page.path, diags) {
            for ind in &pl.indicators {
                let shown = format!("the indicator `{}`", ind.id);
                claim(&ind.path, shown, diags, &|| {
                    Diagnostic::error(format!(
                        "the indicator `{}` makes the address `/{}`, which is taken",
                        ind.id, ind.path
                    ))
                    .in_file(&f.shown)
                });
            }
            plan_of_page.insert(page.id, plans.len());
            plans.push(pl);
        }
    }
    let numbers: Vec<(plan::PlanId, &plan::Plan, &str)> = plans
        .iter()
        .enumerate()
        .filter_map(|(i, p)| pages[p.page].document.as_ref().map(|d| (i, p, d.front.number.as_str())))
        .collect();
    let mut reports: Vec<plan::Report> = pages
        .iter()
        .filter_map(|p| p.src.front.report.as_ref().map(|r| (p, r)))
        .filter_map(|(p, r)| plan::report(p.id, &p.src, r, &numbers, &index, diags))
        .collect();
    reports.sort_by_key(|r| (r.plan, r.period, r.page));
    let mut report_of_page = HashMap::new();
    for (i, r) in reports.iter().enumerate() {
        report_of_page.insert(r.page, i);
        if i > 0 && reports[i - 1].plan == r.plan && reports[i - 1].period == r.period && reports[i - 1].unit == r.unit
        {
            diags.push(
                located(
                    &pages[r.page].src,
                    "period",
                    format!("two reports of {} for {}", units[r.unit].name, r.period.label_vi()),
                )
                .with_help(format!("{} reports the same period", pages[reports[i - 1].page].src.shown.display())),
            );
        }
        for v in &r.values {
            if let Some(diff) = figures::ward_sum_gap(v) {
                let ind = &plans[r.plan].indicators[v.indicator];
                let mut d = located(
                    &pages[r.page].src,
                    &ind.id,
                    format!("the ward values of `{}` add up to {}, not the total {}", ind.id, v.total + diff, v.total),
                );
                d.severity = crate::diagnostics::Severity::Warning;
                diags.push(d.with_help("check the figures; the pages show the total and each ward as written"));
            }
        }
        plans[r.plan].reports.push(i);
    }
    LinkedPlans { units, plans, reports, plan_of_page, report_of_page, issuer_unit }
}
