//! Which pages, plans, reports, units and tags each portal shows. A portal
//! belongs to a unit: it shows the plans of that unit's area and of the
//! areas above and below it — and, for a unit that replaced others (a 2025
//! merger), those units' plans as history. Documents issued for another
//! territory stay out; pages can also name their portals explicitly
//! (`portals:`). Pure: computed from the model once per portal.

use crate::model::Site;
use crate::model::plan::UnitId;

/// What one portal shows, as flags indexed like the site's vectors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    pub pages: Vec<bool>,
    pub plans: Vec<bool>,
    pub reports: Vec<bool>,
    pub units: Vec<bool>,
    pub terms: Vec<bool>,
    /// Units whose territory the portal covers (its own, above, below, and
    /// replaced ones).
    pub related: Vec<bool>,
}

impl Scope {
    /// A portal without a unit shows everything.
    pub fn everything(site: &Site) -> Scope {
        Scope {
            pages: vec![true; site.pages.len()],
            plans: vec![true; site.plans.len()],
            reports: vec![true; site.reports.len()],
            units: vec![true; site.units.len()],
            terms: vec![true; site.terms.len()],
            related: vec![true; site.units.len()],
        }
    }
}

/// The scope of portal `portal_id`, which belongs to `unit` (None: all).
pub fn scope(site: &Site, portal_id: &str, unit: Option<UnitId>) -> Scope {
    let mut s = match unit {
        None => Scope::everything(site),
        Some(u) => {
            let related = related(site, u);
            let plans: Vec<bool> = site.plans.iter().map(|p| related[p.area]).collect();
            let reports = site.reports.iter().map(|r| plans[r.plan]).collect();
            Scope {
                pages: vec![true; site.pages.len()],
                plans,
                reports,
                units: vec![false; site.units.len()],
                terms: vec![false; site.terms.len()],
                related,
            }
        }
    };
    for p in &site.pages {
        let shown = if let Some(list) = &p.src.front.portals {
            list.iter().any(|id| id == portal_id)
        } else if let Some(&plan) = site.plan_of_page.get(&p.id) {
            s.plans[plan]
        } else if let Some(&r) = site.report_of_page.get(&p.id) {
            s.reports[r]
        } else if let Some(&issuer) = site.issuer_unit.get(&p.id) {
            territory(site, issuer).is_none_or(|t| s.related[t])
        } else {
            true
        };
        s.pages[p.id] = shown;
    }
    if unit.is_some() {
        let mut units = s.related.clone();
        for (i, plan) in site.plans.iter().enumerate().filter(|(i, _)| s.plans[*i]) {
            units[plan.area] = true;
            for t in &plan.tasks {
                t.lead.iter().chain(&t.support).for_each(|u| units[*u] = true);
            }
            for r in &plan.reporting {
                units[r.by] = true;
                r.to.iter().for_each(|u| units[*u] = true);
            }
            let _ = i;
        }
        for (i, r) in site.reports.iter().enumerate() {
            if s.reports[i] {
                units[r.unit] = true;
            }
        }
        for (page, u) in &site.issuer_unit {
            if s.pages[*page] {
                units[*u] = true;
            }
        }
        // A unit page links to its parents, successors and predecessors.
        let mut changed = true;
        while changed {
            changed = false;
            for u in 0..units.len() {
                if !units[u] {
                    continue;
                }
                let unit = &site.units[u];
                let linked = unit
                    .parent
                    .into_iter()
                    .chain(unit.successors.iter().map(|x| x.unit))
                    .chain(unit.predecessors.iter().map(|(p, _)| *p));
                for l in linked {
                    if !units[l] {
                        units[l] = true;
                        changed = true;
                    }
                }
            }
        }
        s.units = units;
    }
    for (t, term) in site.terms.iter().enumerate() {
        s.terms[t] = term.pages.iter().any(|p| s.pages[*p]);
    }
    s
}

/// The unit, everything above and below it, and — through mergers — every
/// unit it replaced with everything above and below those.
fn related(site: &Site, u: UnitId) -> Vec<bool> {
    let mut out = vec![false; site.units.len()];
    let mut roots = vec![u];
    let mut i = 0;
    while i < roots.len() {
        let r = roots[i];
        i += 1;
        for (p, _) in site.units[r].predecessors.iter() {
            if !roots.contains(p) {
                roots.push(*p);
            }
        }
    }
    for r in roots {
        let mut up = Some(r);
        while let Some(x) = up {
            if out[x] && x != r {
                break;
            }
            out[x] = true;
            up = site.units[x].parent;
        }
        let mut stack = vec![r];
        while let Some(x) = stack.pop() {
            out[x] = true;
            stack.extend(site.units[x].children.iter().copied().filter(|c| !out[*c]));
        }
    }
    out
}

/// The territorial unit (province, district, commune…) a unit belongs to:
/// itself or its nearest such ancestor; None for national bodies.
pub fn territory(site: &Site, u: UnitId) -> Option<UnitId> {
    let mut x = Some(u);
    while let Some(i) = x {
        if matches!(site.units[i].kind, "tinh" | "quan" | "huyen" | "thi-xa" | "thanh-pho-thuoc-tinh")
            || site.units[i].is_ward
        {
            return Some(i);
        }
        x = site.units[i].parent;
    }
    None
}
