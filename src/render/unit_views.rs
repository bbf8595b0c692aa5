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
    /// The same for every unit it replaced, as history.
    pub history: Vec<UnitWork<'a>>,
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
        let mut tasks = Vec::new();
        let plans = || self.site.plans.iter().enumerate().filter(|(p, _)| self.scope.plans[*p]);
        for (pid, plan) in plans() {
            for (t, task) in plan.tasks.iter().enumerate() {
                let role = if task.lead.contains(&u) {
                    "Chủ trì"
                } else if task.support.contains(&u) {
                    "Phối hợp"
                } else {
                    continue;
                };
                let mut row = self.task(pid, t);
                row.role = Some(role);
                tasks.push(row);
            }
        }
        let mut figs = Vec::new();
        for (pid, plan) in plans() {
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
        UnitWork { unit: self.unit(u), tasks, figures: figs }
    }

    pub fn unit_page(&self, u: UnitId) -> UnitView<'a> {
        let unit = &self.site.units[u];
        let work = self.work(u);
        // Every unit replaced, directly or through a chain of mergers.
        let mut history = Vec::new();
        let mut queue: Vec<UnitId> = unit.predecessors.clone();
        let mut seen = vec![u];
        while let Some(p) = queue.pop() {
            if seen.contains(&p) {
                continue;
            }
            seen.push(p);
            queue.extend(self.site.units[p].predecessors.iter().copied());
            let w = self.work(p);
            if !w.tasks.is_empty() || !w.figures.is_empty() {
                history.push(w);
            }
        }
        let reports: Vec<ReportItem> = (0..self.site.reports.len())
            .rev()
            .filter(|r| self.site.reports[*r].unit == u)
            .map(|r| self.report_item(r))
            .collect();
        let illustrative = work.figures.iter().any(|f| f.illustrative)
            || work.tasks.iter().any(|t| t.illustrative)
            || history
                .iter()
                .any(|h| h.figures.iter().any(|f| f.illustrative) || h.tasks.iter().any(|t| t.illustrative));
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
