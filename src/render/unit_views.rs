//! Template views of a unit: its assignments across all plans, its figures
//! as a part of a larger area (with its rank among the units that
//! reported), the plans it issued and covers and the reports it sent, and —
//! as history, labelled when only part of it was taken over — the figures,
//! plans and tasks of the units it replaced.

use serde::Serialize;

use crate::model::figures;
use crate::model::plan::{PlanId, ReportId, UnitId, UnitIndex, parts_label};
use crate::render::format;
use crate::render::plan_views::{Ctx, PlanCard, ReportItem, TaskRow};
use crate::render::views::{DateView, LinkView};

#[derive(Serialize)]
pub struct SuccessorRow<'a> {
    pub unit: LinkView<'a>,
    pub from: DateView,
    /// Took over only part of the unit.
    pub partial: bool,
    pub note: Option<&'a str>,
}

#[derive(Serialize)]
pub struct PredecessorRow<'a> {
    pub unit: LinkView<'a>,
    pub partial: bool,
}

/// A unit's figure for one indicator in the latest report that gives it.
#[derive(Serialize)]
pub struct UnitFigure<'a> {
    pub indicator: LinkView<'a>,
    pub plan: LinkView<'a>,
    /// "quý III/2026".
    pub period: String,
    pub value: String,
    /// "12,5% toàn địa bàn", only where values add up.
    pub share: Option<String>,
    pub rank: usize,
    /// "xếp thứ 1 trong 3 phường có số liệu / 14 phường".
    pub rank_text: String,
    pub illustrative: bool,
}

/// Tasks and figures of one unit (itself, or a predecessor shown as history).
#[derive(Serialize)]
pub struct UnitWork<'a> {
    pub unit: LinkView<'a>,
    pub tasks: Vec<TaskRow<'a>>,
    pub figures: Vec<UnitFigure<'a>>,
}

/// A unit replaced by the one whose page this is: its figures and plans.
#[derive(Serialize)]
pub struct HistoryUnit<'a> {
    pub unit: LinkView<'a>,
    /// Only part of it was taken over: its figures are not this unit's.
    pub partial: bool,
    pub figures: Vec<UnitFigure<'a>>,
    /// The plans of its own territory, with their years.
    pub plans: Vec<PlanCard<'a>>,
}

#[derive(Serialize)]
pub struct UnitView<'a> {
    pub name: &'a str,
    pub short: Option<&'a str>,
    pub kind: String,
    pub is_ward: bool,
    pub path: &'a str,
    pub parent: Option<LinkView<'a>>,
    pub children: Vec<LinkView<'a>>,
    pub from: Option<DateView>,
    pub until: Option<DateView>,
    pub successors: Vec<SuccessorRow<'a>>,
    pub predecessors: Vec<PredecessorRow<'a>>,
    #[serde(flatten)]
    pub work: UnitWork<'a>,
    /// Plans of the unit's own territory that still apply.
    pub own_plans: Vec<PlanCard<'a>>,
    /// Plans the unit (or one of its bodies) issued, for any territory.
    pub issued: Vec<LinkView<'a>>,
    /// The figures and plans of every unit it replaced, as history.
    pub history: Vec<HistoryUnit<'a>>,
    /// The tasks of the units it replaced, each once, with the units that had it.
    pub history_tasks: Vec<TaskRow<'a>>,
    /// Reports the unit (or one of its bodies) sent.
    pub reports: Vec<ReportItem<'a>>,
    pub illustrative: bool,
}

impl<'a> Ctx<'a> {
    pub fn work(&self, u: UnitId, current_only: bool) -> UnitWork<'a> {
        UnitWork { unit: self.unit(u), tasks: self.tasks_of(&[u], false), figures: self.unit_figures(u, current_only) }
    }

    fn plans_shown(&self, current_only: bool) -> impl Iterator<Item = (PlanId, &'a crate::model::plan::Plan)> + '_ {
        let site = self.site;
        site.plans
            .iter()
            .enumerate()
            .filter(move |(p, plan)| self.scope.plans[*p] && (!current_only || plan.is_current(self.today)))
    }

    /// The tasks of any of `units`, in plan and task order, once per role,
    /// with `role` set; with `name_units`, `units` says which had it.
    fn tasks_of(&self, units: &[UnitId], name_units: bool) -> Vec<TaskRow<'a>> {
        let mut tasks = Vec::new();
        for (pid, plan) in self.plans_shown(false) {
            for (t, task) in plan.tasks.iter().enumerate() {
                let lead = crate::messages::t(self.lang, "ui-role-lead");
                let support = crate::messages::t(self.lang, "ui-role-support");
                for (role, assigned) in [(&lead, &task.lead), (&support, &task.support)] {
                    let had: Vec<UnitId> = units.iter().copied().filter(|u| assigned.contains(u)).collect();
                    if had.is_empty() {
                        continue;
                    }
                    let mut row = self.task(pid, t);
                    row.role = Some(role.clone());
                    if name_units {
                        row.units = had.into_iter().map(|u| self.unit(u)).collect();
                    }
                    tasks.push(row);
                    // A unit both leads and supports a task only by mistake;
                    // its page shows the task once, as the lead.
                    if !name_units {
                        break;
                    }
                }
            }
        }
        tasks
    }

    /// A unit's figures as a part of a larger area: for each indicator, the
    /// latest report that gives the unit a value.
    pub fn unit_figures(&self, u: UnitId, current_only: bool) -> Vec<UnitFigure<'a>> {
        let index = UnitIndex::new(&self.site.units);
        let mut figs = Vec::new();
        for (pid, plan) in self.plans_shown(current_only) {
            for (i, ind) in plan.indicators.iter().enumerate() {
                let found = plan.reports.iter().rev().find_map(|&r| {
                    let rep = &self.site.reports[r];
                    rep.values
                        .iter()
                        .find(|v| v.indicator == i && v.units.iter().any(|x| x.unit == u))
                        .map(|v| (rep, v))
                });
                let Some((rep, v)) = found else { continue };
                let rows = figures::parts_ranking(ind, v);
                let Some(row) = rows.iter().find(|w| w.unit == u) else { continue };
                let all = index.parts_of(plan.area, rep.period);
                let n_all = all.len().max(rows.len());
                let label = parts_label(&self.site.units, &all, rows.len()).text(self.lang);
                let label_all = parts_label(&self.site.units, &all, n_all).text(self.lang);
                figs.push(UnitFigure {
                    indicator: LinkView { title: &ind.name, path: &ind.path },
                    plan: self.plan_link(pid),
                    period: rep.period.name(self.lang),
                    value: format::measured(row.value, ind.kind, &ind.measure, self.lang),
                    share: row
                        .share
                        .map(|s| crate::msg!("ui-share-of-area", share = format::share(s, self.lang)).text(self.lang)),
                    rank: row.rank,
                    rank_text: crate::msg!(
                        "ui-rank",
                        rank = row.rank,
                        n = rows.len(),
                        label = &label,
                        all = n_all,
                        label_all = &label_all
                    )
                    .text(self.lang),
                    illustrative: rep.illustrative,
                });
            }
        }
        figs
    }

    /// Plans whose area is `u`: its own.
    pub fn own_plans(&self, u: UnitId, current: bool) -> Vec<PlanCard<'a>> {
        self.plans_shown(false)
            .filter(|(_, p)| p.area == u && p.is_current(self.today) == current)
            .map(|(pid, _)| self.plan_card(pid))
            .collect()
    }

    /// The unit and the bodies under it that are not territories (its
    /// People's Committee, offices): who issues and reports for it.
    fn with_bodies(&self, u: UnitId) -> Vec<UnitId> {
        let mut out = vec![u];
        out.extend(self.site.units[u].children.iter().copied().filter(|c| !self.site.units[*c].is_territory()));
        out
    }

    /// Every unit `u` replaced, directly or through a chain of mergers,
    /// breadth first in the order the data lists them; partial when any
    /// step of the chain took over only part.
    fn replaced(&self, u: UnitId) -> Vec<(UnitId, bool)> {
        let mut replaced: Vec<(UnitId, bool)> = Vec::new();
        let mut queue: Vec<(UnitId, bool)> = self.site.units[u].predecessors.clone();
        let mut next = 0;
        while next < queue.len() {
            let (p, partial) = queue[next];
            next += 1;
            if p != u && !replaced.iter().any(|(x, _)| *x == p) {
                replaced.push((p, partial));
                queue.extend(self.site.units[p].predecessors.iter().map(|(q, pq)| (*q, partial || *pq)));
            }
        }
        replaced
    }

    pub fn unit_page(&self, u: UnitId) -> UnitView<'a> {
        let site = self.site;
        let unit = &site.units[u];
        let work = self.work(u, false);
        let replaced = self.replaced(u);
        let history: Vec<HistoryUnit> = replaced
            .iter()
            .map(|&(p, partial)| HistoryUnit {
                unit: self.unit(p),
                partial,
                figures: self.unit_figures(p, false),
                plans: self
                    .plans_shown(false)
                    .filter(|(_, pl)| pl.area == p)
                    .map(|(pid, _)| self.plan_card(pid))
                    .collect(),
            })
            .filter(|h| !h.figures.is_empty() || !h.plans.is_empty())
            .collect();
        // Wards merged into one usually had the same tasks: each is shown
        // once, naming the units that had it.
        let ids: Vec<UnitId> = replaced.iter().map(|(p, _)| *p).collect();
        let history_tasks = if ids.is_empty() { Vec::new() } else { self.tasks_of(&ids, true) };
        let bodies = self.with_bodies(u);
        let reports: Vec<ReportItem> = (0..site.reports.len())
            .rev()
            .filter(|r| self.scope.reports[*r] && bodies.contains(&site.reports[*r].unit))
            .map(|r: ReportId| self.report_item(r))
            .collect();
        let issued: Vec<LinkView> = site
            .plans
            .iter()
            .enumerate()
            .filter(|(p, plan)| {
                self.scope.plans[*p] && site.issuer_unit.get(&plan.page).is_some_and(|i| bodies.contains(i))
            })
            .map(|(p, _)| self.plan_link(p))
            .collect();
        let own_plans = self.own_plans(u, true);
        let illustrative = work.figures.iter().any(|f| f.illustrative)
            || work.tasks.iter().any(|t| t.illustrative)
            || own_plans.iter().any(|p| p.illustrative)
            || history.iter().any(|h| h.figures.iter().any(|f| f.illustrative))
            || history_tasks.iter().any(|t| t.illustrative);
        UnitView {
            name: &unit.name,
            short: unit.short.as_deref(),
            kind: crate::messages::t(self.lang, unit.kind_name),
            is_ward: unit.is_ward,
            path: &unit.path,
            parent: unit.parent.map(|p| self.unit(p)),
            children: unit.children.iter().filter(|c| self.scope.units[**c]).map(|c| self.unit(*c)).collect(),
            from: unit.from.map(|d| DateView::new(d, self.lang)),
            until: unit.until.map(|d| DateView::new(d, self.lang)),
            successors: unit
                .successors
                .iter()
                .map(|s| SuccessorRow {
                    unit: self.unit(s.unit),
                    from: DateView::new(s.from, self.lang),
                    partial: s.partial,
                    note: s.note.as_deref(),
                })
                .collect(),
            predecessors: unit
                .predecessors
                .iter()
                .map(|(p, partial)| PredecessorRow { unit: self.unit(*p), partial: *partial })
                .collect(),
            work,
            own_plans,
            issued,
            history,
            history_tasks,
            reports,
            illustrative,
        }
    }
}
