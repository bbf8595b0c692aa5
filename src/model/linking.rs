//! Linking the plan data into the site: units, then each plan (beside its
//! document page), then reports (against their plan), then which pages cite
//! which documents. Called once by `model::build`.

use std::collections::HashMap;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::identity::{DocLookup, DocMatch};
use crate::model::{Page, PageId, Site, figures, located, plan};

/// Which pages mention which documents (by number, date and issuer,
/// anywhere in their text).
pub(super) fn citations(site: &Site) -> HashMap<PageId, Vec<PageId>> {
    use rayon::prelude::*;
    let found: Vec<(PageId, Vec<PageId>)> = site
        .pages
        .par_iter()
        .map(|p| {
            let mut cited: Vec<PageId> = crate::docref::find(p.src.body())
                .iter()
                .filter_map(|r| site.find_document(&r.number, r.date, r.issuer.as_deref()).one())
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
    documents: &HashMap<String, Vec<PageId>>,
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
    let lookup = DocLookup { pages, documents, issuer_unit: &issuer_unit, units: &units };
    let find_plan = |written: &str| find_plan(&lookup, &plans, &plan_of_page, written);
    let mut reports: Vec<plan::Report> = pages
        .iter()
        .filter_map(|p| p.src.front.report.as_ref().map(|r| (p, r)))
        .filter_map(|(p, r)| plan::report(p.id, &p.src, r, &plans, &find_plan, &index, diags))
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
            let ind = &plans[r.plan].indicators[v.indicator];
            if let Some(gap) = figures::parts_gap(ind, v) {
                let (message, help) = gap.message(&ind.id);
                let mut d = located(&pages[r.page].src, &ind.id, message);
                d.severity = crate::diagnostics::Severity::Warning;
                diags.push(d.with_help(help));
            }
        }
        plans[r.plan].reports.push(i);
    }
    LinkedPlans { units, plans, reports, plan_of_page, report_of_page, issuer_unit }
}

/// The plan a report's `plan:` names: a number, with a date or an issuer
/// when documents share it.
fn find_plan(
    lookup: &DocLookup,
    plans: &[plan::Plan],
    plan_of_page: &HashMap<PageId, plan::PlanId>,
    written: &str,
) -> Result<plan::PlanId, (String, String)> {
    let title = |p: PageId| {
        let d = lookup.pages[p].document.as_ref().map(|d| &d.front);
        let issuer = d.and_then(|d| d.issuer.as_deref()).unwrap_or("?");
        let issued = d.and_then(|d| d.issued).map_or("?".to_string(), |i| i.vi());
        format!("{} ngày {issued} của {issuer}", d.map_or("", |d| d.number.as_str()))
    };
    match lookup.find_mention(written) {
        DocMatch::One(p) => plan_of_page.get(&p).copied().ok_or_else(|| {
            (
                format!("`{written}` is a document without plan data"),
                format!("add a ke-hoach.yaml beside {}", lookup.pages[p].src.shown.display()),
            )
        }),
        DocMatch::Several(ps) => {
            let with_data: Vec<PageId> = ps.iter().copied().filter(|p| plan_of_page.contains_key(p)).collect();
            if let [one] = with_data.as_slice() {
                return Ok(plan_of_page[one]);
            }
            Err((
                format!("`{written}` fits several documents: {}", ps.iter().map(|p| title(*p)).collect::<Vec<_>>().join("; ")),
                format!("add the date or the issuer, e.g. `plan: \"{}\"`", title(ps[0])),
            ))
        }
        DocMatch::None => {
            let numbers: Vec<&str> = plans
                .iter()
                .filter_map(|p| lookup.pages[p.page].document.as_ref().map(|d| d.front.number.as_str()))
                .collect();
            let help = match crate::diagnostics::did_you_mean(written, numbers.iter().copied()) {
                Some(m) => format!("did you mean `{m}`?"),
                None => "`plan` is the number of a document whose bundle has a ke-hoach.yaml".to_string(),
            };
            Err((format!("no plan numbered `{written}`"), help))
        }
    }
}
