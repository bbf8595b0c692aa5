//! Template views of a report (its values in the plan's order against the
//! previous value of the same series, its task statuses) and of the home
//! dashboard: first the plans that apply, each in a few numbers (the answer
//! on the first screen), then overdue and upcoming tasks, the latest
//! reports and articles, and the plans that ended, as history.

use serde::Serialize;

use crate::model::figures::{self, Point};
use crate::model::plan::{ReportId, Reported};
use crate::render::format;
use crate::render::plan_views::{Ctx, IndicatorRow, PlanCard, ReportItem, TaskRow, ordered};
use crate::render::unit_views::UnitWork;
use crate::render::views::{DateView, LinkView, PageItem};

#[derive(Serialize)]
pub struct ValueRow<'a> {
    pub indicator: LinkView<'a>,
    pub is_sub: bool,
    /// With its measure ("79,1%"), or the assessment ("Cơ bản đạt").
    pub value: String,
    /// "lũy kế", "ước".
    pub value_type: Option<String>,
    /// A qualitative assessment's words.
    pub text: Option<&'a str>,
    pub previous: Option<String>,
    /// "quý II/2026".
    pub previous_period: Option<String>,
    pub change: Option<String>,
    /// "Năm 2026: từ 80% trở lên".
    pub target: Option<String>,
    /// "5 tổ dân phố" when the report gives per-unit values.
    pub units: Option<String>,
}

#[derive(Serialize)]
pub struct ReportView<'a> {
    pub plan: LinkView<'a>,
    pub period: String,
    pub unit: LinkView<'a>,
    pub illustrative: bool,
    pub values: Vec<ValueRow<'a>>,
    pub tasks: Vec<TaskRow<'a>>,
    /// Tasks reported done in this report.
    pub tasks_done: usize,
}

/// A plan on the home page: its numbers, and its indicators in short.
#[derive(Serialize)]
pub struct HomePlan<'a> {
    #[serde(flatten)]
    pub card: PlanCard<'a>,
    /// The plan of the portal's own unit (a ward's own plan).
    pub own: bool,
    pub indicators: Vec<IndicatorRow<'a>>,
}

#[derive(Serialize)]
pub struct Dashboard<'a> {
    /// The plans that apply, the portal's own first.
    pub plans: Vec<HomePlan<'a>>,
    pub overdue: Vec<TaskRow<'a>>,
    pub upcoming: Vec<TaskRow<'a>>,
    pub reports: Vec<ReportItem<'a>>,
    pub articles: Vec<PageItem<'a>>,
    /// Plans that ended (or whose area no longer exists), with their years.
    pub history: Vec<PlanCard<'a>>,
    pub illustrative: bool,
    pub today: DateView,
    /// On a ward's portal: the ward's own figures in the plans above it.
    pub own: Option<UnitWork<'a>>,
}

impl<'a> Ctx<'a> {
    pub fn report(&self, r: ReportId) -> ReportView<'a> {
        let site = self.site;
        let rep = &site.reports[r];
        let plan = &site.plans[rep.plan];
        let mut values = Vec::new();
        for i in ordered(plan) {
            let Some(v) = rep.values.iter().find(|v| v.indicator == i) else { continue };
            let ind = &plan.indicators[i];
            let target = figures::next_target(ind, rep.period)
                .or_else(|| ind.targets.iter().find(|t| t.period.end() >= rep.period.end()))
                .map(|t| {
                    format!("{}: {}", t.period.name(self.lang), format::target(t, ind.kind, &ind.measure, self.lang))
                });
            let mut row = ValueRow {
                indicator: LinkView { title: &ind.name, path: &ind.path },
                is_sub: ind.parent.is_some(),
                value: String::new(),
                value_type: format::value_type(v.kind, self.lang),
                text: None,
                previous: None,
                previous_period: None,
                change: None,
                target,
                units: (!v.units.is_empty()).then(|| {
                    let ids: Vec<usize> = v.units.iter().map(|u| u.unit).collect();
                    crate::msg!(
                        "ui-units-count",
                        n = ids.len(),
                        label = crate::model::plan::parts_label(&site.units, &ids, ids.len()).text(self.lang)
                    )
                    .text(self.lang)
                }),
            };
            match &v.value {
                Reported::Assessment(a, text) => {
                    row.value = format::assessment(*a, self.lang);
                    row.text = text.as_deref();
                }
                Reported::Number(n) => {
                    row.value = format::measured(*n, ind.kind, &ind.measure, self.lang);
                    let series = figures::series(&site.reports, plan, i);
                    let me = Point { period: rep.period, value: *n, report: r, kind: v.kind };
                    if let Some((prev, d)) = figures::change(&series, &me) {
                        row.previous = Some(format::measured(prev.value, ind.kind, &ind.measure, self.lang));
                        row.previous_period = Some(prev.period.name(self.lang));
                        row.change = Some(format::change(d, ind.kind, self.lang));
                    }
                }
            }
            values.push(row);
        }
        let tasks: Vec<TaskRow> = rep
            .tasks
            .iter()
            .map(|t| {
                let mut row = self.task(rep.plan, t.task);
                let (class, label) = format::status(t.status, self.lang);
                row.status = Some(class);
                row.status_label = label;
                row.note = t.note.as_deref();
                row.as_of = Some(rep.period.name(self.lang));
                row.illustrative = rep.illustrative;
                row.history = Vec::new();
                row
            })
            .collect();
        let done = format::DONE;
        ReportView {
            plan: self.plan_link(rep.plan),
            period: rep.period.label(self.lang),
            unit: self.unit(rep.unit),
            illustrative: rep.illustrative,
            values,
            tasks_done: tasks.iter().filter(|t| t.status == Some(done)).count(),
            tasks,
        }
    }

    pub fn dashboard(&self, articles: Vec<PageItem<'a>>) -> Dashboard<'a> {
        let site = self.site;
        let mut plans: Vec<HomePlan> = Vec::new();
        let mut history = Vec::new();
        let mut overdue = Vec::new();
        let mut upcoming = Vec::new();
        for (pid, plan) in site.plans.iter().enumerate().filter(|(p, _)| self.scope.plans[*p]) {
            if !plan.is_current(self.today) {
                history.push(self.plan_card(pid));
                continue;
            }
            let indicators: Vec<IndicatorRow> = ordered(plan)
                .into_iter()
                .filter(|i| plan.indicators[*i].parent.is_none())
                .map(|i| self.indicator(pid, i))
                .collect();
            plans.push(HomePlan { card: self.plan_card(pid), own: Some(plan.area) == self.unit, indicators });
            for t in 0..plan.tasks.len() {
                let row = self.task(pid, t);
                if row.overdue {
                    overdue.push(row);
                } else if row.upcoming {
                    upcoming.push(row);
                }
            }
        }
        // The portal's own plans first, then by the area's level (the
        // ward's, then the city's), each in the order of the site.
        plans.sort_by_key(|p| !p.own);
        history.sort_by_key(|c| std::cmp::Reverse(c.years.clone()));
        upcoming.sort_by(|a, b| a.due.as_ref().map(|d| &d.iso).cmp(&b.due.as_ref().map(|d| &d.iso)));
        let mut reports: Vec<ReportId> = (0..site.reports.len()).filter(|r| self.scope.reports[*r]).collect();
        reports.sort_by_key(|r| std::cmp::Reverse((site.pages[site.reports[*r].page].date(), site.reports[*r].period)));
        let reports: Vec<ReportItem> = reports.into_iter().take(5).map(|r| self.report_item(r)).collect();
        let own = self
            .unit
            .filter(|u| site.units[*u].is_territory())
            .map(|u| self.work(u, true))
            .filter(|w| !w.figures.is_empty());
        let illustrative = plans.iter().any(|p| p.card.illustrative)
            || reports.iter().any(|r| r.illustrative)
            || own.as_ref().is_some_and(|w| w.figures.iter().any(|f| f.illustrative));
        Dashboard {
            plans,
            overdue,
            upcoming,
            reports,
            articles,
            history,
            illustrative,
            today: DateView::new(self.today, self.lang),
            own,
        }
    }
}
