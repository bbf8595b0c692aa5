//! Linking the plan data into the site: units, then each plan (beside its
//! document page), then reports (against their plan), then which pages cite
//! which documents. Called once by `model::build`.

use std::collections::HashMap;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::Msg;
use crate::model::identity::{DocLookup, DocMatch};
use crate::model::{Page, PageId, Site, figures, located, plan};
use crate::msg;

/// Which pages mention which documents (by number, date and issuer,
/// anywhere in their text).
pub(super) fn citations(site: &Site) -> HashMap<PageId, Vec<PageId>> {
    use rayon::prelude::*;
    let found: Vec<(PageId, Vec<PageId>)> = site
        .pages
        .par_iter()
        .map(|p| {
            let mut cited: Vec<PageId> = p
                .src
                .mentions()
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
    /// Plan pages whose ke-hoach.yaml could not be read (reported).
    pub(super) unreadable: Vec<PageId>,
}

pub(super) type Claim<'a> = dyn FnMut(&str, String, &mut Diagnostics, &dyn Fn() -> Diagnostic) + 'a;

/// The document pages by number, and those this build leaves out.
pub(super) struct Documents<'a> {
    pub published: &'a HashMap<String, Vec<PageId>>,
    pub left_out: &'a [super::assemble::LeftOut],
}

/// Units, then plans (each in its document's bundle), then reports.
pub(super) fn linked_plans(
    pages: &[Page],
    unit_files: Vec<crate::content::DataFile<Vec<crate::content::data::RawUnit>>>,
    plan_files: Vec<crate::content::DataFile<crate::content::data::RawPlan>>,
    docs: Documents,
    today: crate::date::Date,
    diags: &mut Diagnostics,
    claim: &mut Claim,
) -> LinkedPlans {
    let units = plan::units(&unit_files, diags);
    for u in &units {
        let shown = format!("the unit `{}`", u.id);
        claim(&u.path, shown, diags, &|| {
            at_unit(&unit_files, &u.id, msg!("unit-address-taken", id = &u.id, path = &u.path))
        });
    }
    let index = plan::UnitIndex::new(&units);
    let mut issuer_unit = HashMap::new();
    for p in pages {
        if let Some(u) = p.document.as_ref().and_then(|d| d.front.issuer.as_deref()).and_then(|i| index.by_name(i)) {
            issuer_unit.insert(p.id, u);
        }
    }
    let (mut plans, plan_files_of, plan_of_page) = link_plans(pages, &plan_files, &index, diags, claim);
    // Plan data files that could not be read: their mistake is reported,
    // and what refers to that plan says nothing more.
    let failed: Vec<std::path::PathBuf> = diags
        .iter()
        .filter(|d| d.is_error())
        .filter_map(|d| d.path.clone())
        .filter(|p| p.ends_with(crate::content::PLAN_FILE))
        .collect();
    // Pages whose document (`kind:`…) was refused are unreadable plans too.
    let unreadable: Vec<PageId> = pages
        .iter()
        .filter(|p| failed.contains(&p.src.shown.with_file_name(crate::content::PLAN_FILE)) || rejected_document(p))
        .map(|p| p.id)
        .collect();
    let documents = docs.published;
    let lookup = DocLookup { pages, documents, issuer_unit: &issuer_unit, units: &units };
    // The plan a report names, when that plan could not be read.
    let blocked_by = std::cell::Cell::new(None);
    let left_by = std::cell::Cell::new(None);
    let find_plan = |written: &str| {
        // A refused document is not in the lookup: a report naming it
        // would otherwise fit another plan with its number, or none.
        if let Some(p) = rejected_named(pages, written) {
            blocked_by.set(Some(p));
            return Err(None);
        }
        // Nor is a page left out (a draft, a later date).
        if let Some(i) = left_out_named(docs.left_out, &lookup, written) {
            left_by.set(Some(i));
            return Err(None);
        }
        find_plan(&lookup, &plans, &plan_of_page, written).map_err(|e| {
            let blocked = match lookup.find_mention(written) {
                DocMatch::One(p) => unreadable.contains(&p).then_some(p),
                DocMatch::Several(ps) => ps.iter().copied().find(|p| unreadable.contains(p)),
                DocMatch::None => None,
            };
            blocked_by.set(blocked);
            blocked.is_none().then_some(e)
        })
    };
    let mut reports: Vec<plan::Report> = Vec::new();
    let mut unchecked: Vec<(PageId, PageId)> = Vec::new();
    let mut left_unchecked: Vec<(usize, PageId)> = Vec::new();
    for p in pages {
        let Some(r) = &p.src.front.report else { continue };
        reports.extend(plan::report(p.id, &p.src, r, &plans, &find_plan, &index, diags));
        unchecked.extend(blocked_by.take().map(|plan| (plan, p.id)));
        left_unchecked.extend(left_by.take().map(|plan| (plan, p.id)));
    }
    not_checked(pages, &unchecked, diags);
    left_out_reports(pages, docs.left_out, &left_unchecked, diags);
    let (reports, report_of_page) = link_reports(pages, reports, &mut plans, &units, diags);
    // A report with a mistake (in its YAML or its data) is left out: saying
    // it is missing would be untrue, so duties are checked only when
    // everything could be read.
    let reports_ok = !diags.has_errors();
    for (i, plan) in plans.iter().enumerate().filter(|_| reports_ok) {
        missing_reports(plan, &plan_files[plan_files_of[i]], pages, &reports, &units, today, diags);
    }
    LinkedPlans { units, plans, reports, plan_of_page, report_of_page, issuer_unit, unreadable }
}

/// An error at the `id:` line of unit `id` in the units file that has it.
fn at_unit(files: &[crate::content::DataFile<Vec<crate::content::data::RawUnit>>], id: &str, m: Msg) -> Diagnostic {
    match files.iter().find(|f| f.data.iter().any(|u| u.id == id)) {
        Some(f) => {
            let at = crate::model::locate::Locator { shown: &f.shown, text: &f.text, base: 0 };
            at.error_after(at.anchor("id", id), id, m)
        }
        None => Diagnostic::error(m),
    }
}

/// A page with a `document:` block that was refused (its mistake reported).
fn rejected_document(p: &Page) -> bool {
    p.src.front.document.is_some() && p.document.is_none()
}

/// What a report's `plan:` says of the document it means: its number
/// (normalized), and its year and issuer when the mention gives them.
struct Mention {
    key: String,
    year: Option<i16>,
    issuer: Option<String>,
}

impl Mention {
    fn read(written: &str) -> Mention {
        let (key, mention) = crate::docref::written_number(written);
        Mention {
            key,
            year: mention.as_ref().and_then(|r| r.date).map(|(y, _, _)| y as i16),
            issuer: mention.as_ref().and_then(|r| r.issuer.as_deref()).map(crate::slug::slugify),
        }
    }

    /// The same number, and the same year of issue when both give one.
    fn fits_number(&self, d: &crate::content::DocumentFront) -> bool {
        crate::docref::normalize_number(&d.number) == self.key
            && self.year.is_none_or(|y| d.issued.as_ref().is_none_or(|i| i.year() == y))
    }

    /// [`Mention::fits_number`], and the issuer when the mention names one.
    fn fits(&self, d: &crate::content::DocumentFront) -> bool {
        let by = || d.issuer.as_deref().map(crate::slug::slugify);
        self.fits_number(d)
            && self
                .issuer
                .as_ref()
                .is_none_or(|w| by().is_some_and(|b| b.contains(w.as_str()) || w.contains(b.as_str())))
    }
}

/// The page with a refused document that `written` names: the same
/// number, and the same year of issue when both give one.
fn rejected_named(pages: &[Page], written: &str) -> Option<PageId> {
    let mention = Mention::read(written);
    let fits = |p: &Page| p.src.front.document.as_ref().is_some_and(|d| mention.fits_number(d));
    pages.iter().filter(|p| rejected_document(p)).find(|p| fits(p)).map(|p| p.id)
}

/// The document page left out of this build that a report's `plan:`
/// names: its number, and its year and issuer when the mention gives them,
/// unless a published document fits the mention as well (then that one is
/// meant).
fn left_out_named(left_out: &[super::assemble::LeftOut], lookup: &DocLookup, written: &str) -> Option<usize> {
    let mention = Mention::read(written);
    let i = left_out.iter().position(|l| l.document.as_ref().is_some_and(|d| mention.fits(d)))?;
    let mut published = lookup.documents.get(&mention.key).into_iter().flatten();
    let published_fits = published.any(|p| lookup.pages[*p].document.as_ref().is_some_and(|d| mention.fits(&d.front)));
    (!published_fits).then_some(i)
}

/// One warning per left-out plan that published reports name: they were
/// not checked, at the first report's `plan:` line.
fn left_out_reports(
    pages: &[Page],
    left_out: &[super::assemble::LeftOut],
    unchecked: &[(usize, PageId)],
    diags: &mut Diagnostics,
) {
    let mut plans: Vec<usize> = unchecked.iter().map(|(plan, _)| *plan).collect();
    plans.sort_unstable();
    plans.dedup();
    for plan in plans {
        let reports: Vec<PageId> = unchecked.iter().filter(|(p, _)| *p == plan).map(|(_, r)| *r).collect();
        let l = &left_out[plan];
        let m = msg!("reports-plan-left-out", n = reports.len(), file = &l.file, why = l.why.clone());
        let mut d = located(&pages[reports[0]].src, "plan", m);
        d.severity = crate::diagnostics::Severity::Warning;
        diags.push(d.with_help(msg!("reports-plan-left-out-help")));
    }
}

/// One warning per unreadable plan that reports name: they were not
/// checked, at the first report's `plan:` line.
fn not_checked(pages: &[Page], unchecked: &[(PageId, PageId)], diags: &mut Diagnostics) {
    let mut plans: Vec<PageId> = unchecked.iter().map(|(plan, _)| *plan).collect();
    plans.sort_unstable();
    plans.dedup();
    for plan in plans {
        let reports: Vec<PageId> = unchecked.iter().filter(|(p, _)| *p == plan).map(|(_, r)| *r).collect();
        let file = pages[plan].src.shown.display().to_string();
        let mut d =
            located(&pages[reports[0]].src, "plan", msg!("reports-not-checked", n = reports.len(), file = file));
        d.severity = crate::diagnostics::Severity::Warning;
        diags.push(d.with_help(msg!("reports-not-checked-help")));
    }
}

/// Each plan beside its document page: the plans, the data file of each,
/// and the plan of each page.
type LinkedPlanFiles = (Vec<plan::Plan>, Vec<usize>, HashMap<PageId, plan::PlanId>);

fn link_plans(
    pages: &[Page],
    plan_files: &[crate::content::DataFile<crate::content::data::RawPlan>],
    index: &plan::UnitIndex,
    diags: &mut Diagnostics,
    claim: &mut Claim,
) -> LinkedPlanFiles {
    let mut plans = Vec::new();
    let mut plan_files_of: Vec<usize> = Vec::new();
    let mut plan_of_page = HashMap::new();
    for (file_index, f) in plan_files.iter().enumerate() {
        let bundle_index = format!("{}/index.md", f.dir());
        let Some(page) = pages.iter().find(|p| p.src.rel == bundle_index) else {
            diags.push(
                Diagnostic::error(msg!("plan-not-beside")).in_file(&f.shown).with_help(msg!("plan-not-beside-help")),
            );
            continue;
        };
        if rejected_document(page) {
            continue;
        }
        if page.document.is_none() {
            diags.push(
                Diagnostic::error(msg!("plan-not-document"))
                    .in_file(&f.shown)
                    .with_help(msg!("plan-not-document-help", file = page.src.shown.display().to_string())),
            );
            continue;
        }
        if let Some(pl) = plan::plan(page.id, f, index, &page.path, diags) {
            for ind in &pl.indicators {
                let shown = format!("the indicator `{}`", ind.id);
                claim(&ind.path, shown, diags, &|| {
                    Diagnostic::error(msg!("indicator-address-taken", id = &ind.id, path = &ind.path)).in_file(&f.shown)
                });
            }
            plan_of_page.insert(page.id, plans.len());
            plans.push(pl);
            plan_files_of.push(file_index);
        }
    }
    (plans, plan_files_of, plan_of_page)
}

/// Reports in order, each listed on its plan; two reports of one unit for
/// one period are an error, units that disagree with the area a warning.
fn link_reports(
    pages: &[Page],
    mut reports: Vec<plan::Report>,
    plans: &mut [plan::Plan],
    units: &[plan::Unit],
    diags: &mut Diagnostics,
) -> (Vec<plan::Report>, HashMap<PageId, plan::ReportId>) {
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
                    msg!("reports-twice", unit = &units[r.unit].name, period = r.period.name(crate::messages::lang())),
                )
                .with_help(msg!(
                    "reports-twice-help",
                    file = pages[reports[i - 1].page].src.shown.display().to_string()
                )),
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
    (reports, report_of_page)
}

/// One warning per reporting duty with reports missing, at its `cadence:`
/// line, naming the periods.
fn missing_reports(
    plan: &plan::Plan,
    file: &crate::content::DataFile<crate::content::data::RawPlan>,
    pages: &[Page],
    reports: &[plan::Report],
    units: &[plan::Unit],
    today: crate::date::Date,
    diags: &mut Diagnostics,
) {
    let at = crate::model::locate::Locator { shown: &file.shown, text: &file.text, base: 0 };
    let number = pages[plan.page].document.as_ref().map_or("", |d| d.front.number.as_str());
    for (duty, periods) in crate::model::duties::missing_reports(plan, reports, units, today) {
        let d = &plan.reporting[duty];
        let anchor = (0..=duty)
            .try_fold(0, |pos, _| crate::model::locate::find_from(&file.text, pos, "cadence:").map(|i| i + 1));
        let mut w = at.error_after(
            anchor.map_or(0, |i| i - 1),
            "cadence",
            msg!(
                "reports-missing",
                plan = number,
                unit = &units[d.by].name,
                periods = periods.iter().map(|p| p.name(crate::messages::lang())).collect::<Vec<_>>().join(", ")
            ),
        );
        w.severity = crate::diagnostics::Severity::Warning;
        let every = match d.cadence {
            crate::content::data::Cadence::Monthly => msg!("every-month"),
            crate::content::data::Cadence::Quarterly => msg!("every-quarter"),
            crate::content::data::Cadence::HalfYearly => msg!("every-half-year"),
            _ => msg!("every-year"),
        };
        diags.push(w.with_help(msg!("reports-missing-help", cadence = every)));
    }
}

/// The plan a report's `plan:` names: a number, with a date or an issuer
/// when documents share it.
fn find_plan(
    lookup: &DocLookup,
    plans: &[plan::Plan],
    plan_of_page: &HashMap<PageId, plan::PlanId>,
    written: &str,
) -> Result<plan::PlanId, (Msg, Msg)> {
    let title = |p: PageId| lookup.mention_of(p);
    match lookup.find_mention(written) {
        DocMatch::One(p) => plan_of_page.get(&p).copied().ok_or_else(|| {
            (
                msg!("report-plan-no-data", written = written),
                msg!("report-plan-no-data-help", file = lookup.pages[p].src.shown.display().to_string()),
            )
        }),
        DocMatch::Several(ps) => {
            let with_data: Vec<PageId> = ps.iter().copied().filter(|p| plan_of_page.contains_key(p)).collect();
            if let [one] = with_data.as_slice() {
                return Ok(plan_of_page[one]);
            }
            Err((
                msg!(
                    "report-plan-several",
                    written = written,
                    list = ps.iter().map(|p| title(*p)).collect::<Vec<_>>().join("; ")
                ),
                msg!("report-plan-several-help", example = title(ps[0])),
            ))
        }
        DocMatch::None => {
            let numbers: Vec<&str> = plans
                .iter()
                .filter_map(|p| lookup.pages[p.page].document.as_ref().map(|d| d.front.number.as_str()))
                .collect();
            let help = match crate::diagnostics::did_you_mean(written, numbers.iter().copied()) {
                Some(m) => msg!("did-you-mean", name = m),
                None => msg!("report-plan-help"),
            };
            Err((msg!("report-plan-none", written = written), help))
        }
    }
}
