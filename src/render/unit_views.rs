//! Template views of a unit (its assignments across all plans, its figures
//! as a ward, and those of the units it replaced), of a report (its values
//! against the previous period, its task statuses) and of the home
//! dashboard (key indicators, overdue and upcoming tasks, latest reports).

use serde::Serialize;

use crate::model::figures;
use crate::model::plan::{ReportId, UnitId};
use crate::render::format;
use crate::render::plan_views::{Ctx, IndicatorRow, ReportItem, TaskRow};
use crate::render::views::{DateView, LinkView, PageItem};

#[derive(Serialize)]
pub struct SuccessorRow<'a> {
    pub unit: LinkView<'a>,
    pub from: DateView,
    pub note: Option<&'a str>,
}

/// A ward's figure for one indicator in the latest report that gives it.
#[derive(Serialize)]
pub struct WardFigure<'a> {
    pub indicator: LinkView<'a>,
    pub plan: LinkView<'a>,
    pub period: String,
    pub value: String,
    pub share: Option<String>,
    pub rank: usize,
    pub of: usize,
    pub illustrative: bool,
}

/// Tasks and figures of one unit (itself, or a predecessor shown as history).
#[derive(Serialize)]
pub struct UnitWork<'a> {
    pub unit: LinkView<'a>,
    pub tasks: Vec<TaskRow<'a>>,
    pub figures: Vec<WardFigure<'a>>,
}

/// A unit replaced by the one whose page this is, with its figures.
#[derive(Serialize)]
pub struct HistoryUnit<'a> {
    pub unit: LinkView<'a>,
    pub figures: Vec<WardFigure<'a>>,
}

#[derive(Serialize)]
pub struct UnitView<'a> {
    pub name: &'a str,
    pub short: Option<&'a str>,
    pub kind: &'static str,
    pub is_ward: bool,
    pub path: &'a str,
    pub parent: Option<LinkView<'a>>,
    pub children: Vec<LinkView<'a>>,
    pub from: Option<DateView>,
    pub until: Option<DateView>,
    pub successors: Vec<SuccessorRow<'a>>,
    pub predecessors: Vec<LinkView<'a>>,
    #[serde(flatten)]
    pub work: UnitWork<'a>,
    /// The figures of every unit it replaced that had any, as history.
    pub history: Vec<HistoryUnit<'a>>,
    /// The tasks of the units it replaced, each once, with the units that had it.
    pub history_tasks: Vec<TaskRow<'a>>,
    pub reports: Vec<ReportItem<'a>>,
    pub illustrative: bool,
}

#[derive(Serialize)]
pub struct ValueRow<'a> {
    pub indicator: LinkView<'a>,
    pub value: String,
    pub previous: Option<String>,
    pub previous_period: Option<String>,
    pub change: Option<String>,
    pub target: Option<String>,
}

#[derive(Serialize)]
pub struct ReportView<'a> {
    pub plan: LinkView<'a>,
    pub period: String,
    pub unit: LinkView<'a>,
    pub illustrative: bool,
    pub values: Vec<ValueRow<'a>>,
    pub tasks: Vec<TaskRow<'a>>,
}

#[derive(Serialize)]
pub struct Dashboard<'a> {
    pub indicators: Vec<IndicatorRow<'a>>,
    pub overdue: Vec<TaskRow<'a>>,
    pub upcoming: Vec<TaskRow<'a>>,
    pub reports: Vec<ReportItem<'a>>,
    pub articles: Vec<PageItem<'a>>,
    pub illustrative: bool,
    pub today: DateView,
    /// On a ward's portal: the ward's own figures and tasks, shown first.
    pub own: Option<UnitWork<'a>>,
}

impl<'a> Ctx<'a> {
    pub fn work(&self, u: UnitId) -> UnitWork<'a> {
        UnitWork { unit: self.unit(u), tasks: self.tasks_of(&[u], false), figures: self.figures(u) }
    }

    /// The tasks of any of `units`, in plan and task order, once per role,
    /// with `role` set; with `name_units`, `units` says which had it.
    fn tasks_of(&self, units: &[UnitId], name_units: bool) -> Vec<TaskRow<'a>> {
        let mut tasks = Vec::new();
        for (pid, plan) in self.site.plans.iter().enumerate().filter(|(p, _)| self.scope.plans[*p]) {
            for (t, task) in plan.tasks.iter().enumerate() {
                for (role, assigned) in [("Chủ trì", &task.lead), ("Phối hợp", &task.support)] {
                    let had: Vec<UnitId> = units.iter().copied().filter(|u| assigned.contains(u)).collect();
                    if had.is_empty() {
                        continue;
                    }
                    let mut row = self.task(pid, t);
                    row.role = Some(role);
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

    /// A ward's figures: for each indicator, the latest report that gives it.
    fn figures(&self, u: UnitId) -> Vec<WardFigure<'a>> {
        let mut figs = Vec::new();
        for (pid, plan) in self.site.plans.iter().enumerate().filter(|(p, _)| self.scope.plans[*p]) {
            for (i, ind) in plan.indicators.iter().enumerate() {
                let found = plan.reports.iter().rev().find_map(|&r| {
                    let rep = &self.site.reports[r];
                    rep.values
                        .iter()
                        .find(|v| v.indicator == i && v.wards.iter().any(|(w, _)| *w == u))
                        .map(|v| (rep, v))
                });
                let Some((rep, v)) = found else { continue };
                let rows = figures::ward_ranking(v, ind.kind, ind.direction);
                if let Some(row) = rows.iter().find(|w| w.unit == u) {
                    figs.push(WardFigure {
                        indicator: LinkView { title: &ind.name, path: &ind.path },
                        plan: self.plan_link(pid),
                        period: rep.period.label_vi(),
                        value: format::value(row.value, ind.kind),
                        share: row.share.map(format::share),
                        rank: row.rank,
                        of: rows.len(),
                        illustrative: rep.illustrative,
                    });
                }
            }
        }
        figs
    }

    pub fn unit_page(&self, u: UnitId) -> UnitView<'a> {
        let unit = &self.site.units[u];
        let work = self.work(u);
        // Every unit replaced, directly or through a chain of mergers.
        // Breadth first, in the order the data lists them.
        let mut replaced: Vec<UnitId> = Vec::new();
        let mut next = 0;
        let mut queue: Vec<UnitId> = unit.predecessors.clone();
        while next < queue.len() {
            let p = queue[next];
            next += 1;
            if p != u && !replaced.contains(&p) {
                replaced.push(p);
                queue.extend(self.site.units[p].predecessors.iter().copied());
            }
        }
        let history: Vec<HistoryUnit> = replaced
            .iter()
            .map(|&p| HistoryUnit { unit: self.unit(p), figures: self.figures(p) })
            .filter(|h| !h.figures.is_empty())
            .collect();
        // Wards merged into one usually had the same tasks: each is shown
        // once, naming the units that had it.
        let history_tasks = if replaced.is_empty() { Vec::new() } else { self.tasks_of(&replaced, true) };
        let reports: Vec<ReportItem> = (0..self.site.reports.len())
            .rev()
            .filter(|r| self.site.reports[*r].unit == u)
            .map(|r| self.report_item(r))
            .collect();
        let illustrative = work.figures.iter().any(|f| f.illustrative)
            || work.tasks.iter().any(|t| t.illustrative)
            || history.iter().any(|h| h.figures.iter().any(|f| f.illustrative))
            || history_tasks.iter().any(|t| t.illustrative);
        UnitView {
            name: &unit.name,
            short: unit.short.as_deref(),
            kind: unit.kind_label,
            is_ward: unit.is_ward,
            path: &unit.path,
            parent: unit.parent.map(|p| self.unit(p)),
            children: unit.children.iter().filter(|c| self.scope.units[**c]).map(|c| self.unit(*c)).collect(),
            from: unit.from.map(DateView::from),
            until: unit.until.map(DateView::from),
            successors: unit
                .successors
                .iter()
                .map(|s| SuccessorRow { unit: self.unit(s.unit), from: s.from.into(), note: s.note.as_deref() })
                .collect(),
            predecessors: unit.predecessors.iter().map(|p| self.unit(*p)).collect(),
            work,
            history,
            history_tasks,
            reports,
            illustrative,
        }
    }

    pub fn report(&self, r: ReportId) -> ReportView<'a> {
        let rep = &self.site.reports[r];
        let plan = &self.site.plans[rep.plan];
        let values = rep
            .values
            .iter()
            .map(|v| {
                let ind = &plan.indicators[v.indicator];
                let series = figures::series(&self.site.reports, plan, v.indicator);
                let prev = series.iter().rev().find(|p| p.period < rep.period);
                let target = figures::next_target(ind, rep.period.year())
                    .map(|t| format!("Năm {}: {}", t.year, format::target(t, ind.kind, &ind.measure)));
                ValueRow {
                    indicator: LinkView { title: &ind.name, path: &ind.path },
                    value: format::value(v.total, ind.kind),
                    previous: prev.map(|p| format::value(p.value, ind.kind)),
                    previous_period: prev.map(|p| p.period.label_vi()),
                    change: prev.map(|p| format::change(v.total - p.value, ind.kind)),
                    target,
                }
            })
            .collect();
        let tasks = rep
            .tasks
            .iter()
            .map(|t| {
                let mut row = self.task(rep.plan, t.task);
                let (class, label) = format::status(t.status);
                row.status = Some(class);
                row.status_label = label;
                row.note = t.note.as_deref();
                row.as_of = Some(rep.period.label_vi());
                row.illustrative = rep.illustrative;
                row
            })
            .collect();
        ReportView {
            plan: self.plan_link(rep.plan),
            period: rep.period.label_vi(),
            unit: self.unit(rep.unit),
            illustrative: rep.illustrative,
            values,
            tasks,
        }
    }

    pub fn dashboard(&self, articles: Vec<PageItem<'a>>) -> Dashboard<'a> {
        let mut indicators = Vec::new();
        let mut overdue = Vec::new();
        let mut upcoming = Vec::new();
        for (pid, plan) in self.site.plans.iter().enumerate().filter(|(p, _)| self.scope.plans[*p]) {
            for (i, ind) in plan.indicators.iter().enumerate() {
                // Plans that share an indicator (the same id) show it once.
                let shown = indicators.iter().any(|r: &IndicatorRow| r.id == ind.id);
                if !shown && ind.parent.is_none() && ind.targets.iter().any(|t| t.value.is_some()) {
                    indicators.push(self.indicator(pid, i));
                }
            }
            for t in 0..plan.tasks.len() {
                let row = self.task(pid, t);
                if row.overdue {
                    overdue.push(row);
                } else if row.upcoming {
                    upcoming.push(row);
                }
            }
        }
        upcoming.sort_by(|a, b| a.due.as_ref().map(|d| &d.iso).cmp(&b.due.as_ref().map(|d| &d.iso)));
        let mut reports: Vec<ReportId> = (0..self.site.reports.len()).filter(|r| self.scope.reports[*r]).collect();
        reports.sort_by_key(|r| {
            std::cmp::Reverse((self.site.pages[self.site.reports[*r].page].date(), self.site.reports[*r].period))
        });
        let reports: Vec<ReportItem> = reports.into_iter().take(5).map(|r| self.report_item(r)).collect();
        let illustrative = indicators.iter().any(|i| i.illustrative) || reports.iter().any(|r| r.illustrative);
        let own = self.unit.filter(|u| self.site.units[*u].is_ward).map(|u| self.work(u));
        let illustrative = illustrative || own.as_ref().is_some_and(|w| w.figures.iter().any(|f| f.illustrative));
        Dashboard { indicators, overdue, upcoming, reports, articles, illustrative, today: self.today.into(), own }
    }
}
