//! Template views of the plan data: a plan's targets and tasks, an
//! indicator's history and wards, a unit's assignments and figures, a
//! report's values, and the home dashboard. Built from the model and its
//! derived figures; every number is formatted here, the Vietnamese way.

use serde::Serialize;

use crate::content::data::{IndicatorKind, Scope};
use crate::date::Date;
use crate::model::figures::{self, Judgement, Rule};
use crate::model::plan::{Indicator, Plan, PlanId, ReportId, Task, UnitId};
use crate::model::{PageId, Site};
use crate::render::chart::{Chart, Mark};
use crate::render::format;
use crate::render::views::{DateView, LinkView};

/// Days ahead within which a deadline counts as upcoming.
pub const UPCOMING_DAYS: i32 = 90;

#[derive(Serialize)]
pub struct TaskRow<'a> {
    pub number: &'a str,
    pub summary: &'a str,
    pub lead: Vec<LinkView<'a>>,
    pub support: Vec<LinkView<'a>>,
    /// "Hạn 30/09/2021" or the cadence ("Hằng năm").
    pub schedule: String,
    pub due: Option<DateView>,
    /// CSS class and label of the latest reported status.
    pub status: Option<&'static str>,
    pub status_label: &'static str,
    pub note: Option<&'a str>,
    /// The period of the report the status comes from.
    pub as_of: Option<String>,
    pub overdue: bool,
    pub upcoming: bool,
    pub plan: LinkView<'a>,
    /// Whether the status comes from an illustrative report.
    pub illustrative: bool,
    /// For a unit's page: "Chủ trì" or "Phối hợp".
    pub role: Option<&'static str>,
    /// In a unit's `history_tasks`: the replaced units that had the task in
    /// that role; empty elsewhere.
    pub units: Vec<LinkView<'a>>,
}

#[derive(Serialize)]
pub struct TargetRow {
    pub year: i16,
    pub text: String,
}

#[derive(Serialize)]
pub struct IndicatorRow<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub measure: &'a str,
    pub path: &'a str,
    pub plan: LinkView<'a>,
    pub latest: Option<String>,
    pub latest_period: Option<String>,
    pub change: Option<String>,
    pub previous_period: Option<String>,
    pub target: Option<String>,
    pub target_year: Option<i16>,
    /// 0–100, for a progress bar.
    pub progress: Option<u8>,
    pub judgement: Option<&'static str>,
    pub judgement_label: Option<&'static str>,
    /// How the judgement was made, in words.
    pub basis: Option<String>,
    pub targets: Vec<TargetRow>,
    pub illustrative: bool,
    pub is_sub: bool,
    pub note: Option<&'a str>,
}

#[derive(Serialize)]
pub struct GroupView<'a> {
    pub number: &'a str,
    pub title: &'a str,
    pub tasks: Vec<TaskRow<'a>>,
}

#[derive(Serialize)]
pub struct ReportingRow<'a> {
    pub cadence: &'static str,
    pub by: LinkView<'a>,
    pub to: Option<LinkView<'a>>,
    pub note: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ReportItem<'a> {
    pub title: &'a str,
    pub path: &'a str,
    pub period: String,
    pub date: Option<DateView>,
    pub unit: LinkView<'a>,
    pub plan: LinkView<'a>,
    pub illustrative: bool,
}

#[derive(Serialize)]
pub struct PlanView<'a> {
    pub area: LinkView<'a>,
    pub years: String,
    pub illustrative: bool,
    pub reporting: Vec<ReportingRow<'a>>,
    pub indicators: Vec<IndicatorRow<'a>>,
    pub groups: Vec<GroupView<'a>>,
    pub reports: Vec<ReportItem<'a>>,
    pub task_count: usize,
    pub done_count: usize,
    pub overdue_count: usize,
}

/// What plan views are built from: the site, the build date, and what the
/// portal being built shows.
pub struct Ctx<'a> {
    pub site: &'a Site,
    pub today: Date,
    pub scope: crate::model::scope::Scope,
    /// The unit the portal belongs to.
    pub unit: Option<UnitId>,
}

impl<'a> Ctx<'a> {
    pub fn unit(&self, u: UnitId) -> LinkView<'a> {
        let u = &self.site.units[u];
        LinkView { title: &u.name, path: &u.path }
    }

    pub fn plan_link(&self, p: PlanId) -> LinkView<'a> {
        let page = &self.site.pages[self.site.plans[p].page];
        LinkView { title: page.title(), path: &page.path }
    }

    fn plan_illustrative(&self, p: &Plan) -> bool {
        p.illustrative || p.reports.iter().any(|r| self.site.reports[*r].illustrative)
    }

    pub fn task(&self, plan_id: PlanId, t: usize) -> TaskRow<'a> {
        let plan = &self.site.plans[plan_id];
        let task: &'a Task = &plan.tasks[t];
        let latest = figures::latest_status(&self.site.reports, plan, t);
        let status = latest.map(|(_, s, _)| s);
        let (class, label) = status.map(format::status).map_or((None, "Chưa có báo cáo"), |(c, l)| (Some(c), l));
        TaskRow {
            number: &task.number,
            summary: &task.summary,
            lead: task.lead.iter().map(|u| self.unit(*u)).collect(),
            support: task.support.iter().map(|u| self.unit(*u)).collect(),
            schedule: match task.due {
                Some(d) => format!("Hạn {}", d.vi()),
                None => format::cadence(task.cadence).to_string(),
            },
            due: task.due.map(DateView::from),
            status: class,
            status_label: label,
            note: latest.and_then(|(_, _, n)| n),
            as_of: latest.map(|(r, _, _)| self.site.reports[r].period.label_vi()),
            overdue: figures::is_overdue(task, status, self.today),
            upcoming: figures::is_upcoming(task, status, self.today, UPCOMING_DAYS),
            plan: self.plan_link(plan_id),
            illustrative: latest.is_some_and(|(r, _, _)| self.site.reports[r].illustrative),
            role: None,
            units: Vec::new(),
        }
    }

    pub fn indicator(&self, plan_id: PlanId, i: usize) -> IndicatorRow<'a> {
        let plan = &self.site.plans[plan_id];
        let ind: &'a Indicator = &plan.indicators[i];
        let series = figures::series(&self.site.reports, plan, i);
        let assessment = figures::assess(ind, &series);
        let change = figures::change(&series);
        let latest = series.last();
        let (judgement, judgement_label) = match &assessment {
            Some(a) => {
                let (c, l) = format::judgement(a.judgement);
                (Some(c), Some(l))
            }
            None => (None, None),
        };
        IndicatorRow {
            id: &ind.id,
            name: &ind.name,
            measure: &ind.measure,
            path: &ind.path,
            plan: self.plan_link(plan_id),
            latest: latest.map(|p| format::value(p.value, ind.kind)),
            latest_period: latest.map(|p| p.period.label_vi()),
            change: change.map(|(_, d)| format::change(d, ind.kind)),
            previous_period: change.map(|(p, _)| p.period.label_vi()),
            target: assessment.as_ref().map(|a| format::target(&a.target, ind.kind, &ind.measure)),
            target_year: assessment.as_ref().map(|a| a.target.year),
            progress: assessment.as_ref().and_then(|a| a.progress).map(|p| (p.clamp(0.0, 1.0) * 100.0).round() as u8),
            judgement,
            judgement_label,
            basis: assessment.as_ref().map(|a| basis(ind, a)),
            targets: ind
                .targets
                .iter()
                .map(|t| TargetRow { year: t.year, text: format::target(t, ind.kind, &ind.measure) })
                .collect(),
            illustrative: series.iter().any(|p| self.site.reports[p.report].illustrative),
            is_sub: ind.parent.is_some(),
            note: ind.note.as_deref(),
        }
    }

    pub fn report_item(&self, r: ReportId) -> ReportItem<'a> {
        let rep = &self.site.reports[r];
        let page = &self.site.pages[rep.page];
        ReportItem {
            title: page.title(),
            path: &page.path,
            period: rep.period.label_vi(),
            date: page.date().map(DateView::from),
            unit: self.unit(rep.unit),
            plan: self.plan_link(rep.plan),
            illustrative: rep.illustrative,
        }
    }

    pub fn plan(&self, plan_id: PlanId) -> PlanView<'a> {
        let plan = &self.site.plans[plan_id];
        let rows: Vec<TaskRow> = (0..plan.tasks.len()).map(|t| self.task(plan_id, t)).collect();
        let done_count = rows.iter().filter(|r| r.status == Some("hoan-thanh")).count();
        let overdue_count = rows.iter().filter(|r| r.overdue).count();
        let task_count = rows.len();
        let mut groups: Vec<GroupView> =
            plan.groups.iter().map(|g| GroupView { number: &g.number, title: &g.title, tasks: vec![] }).collect();
        for (row, task) in rows.into_iter().zip(&plan.tasks) {
            match groups.iter_mut().find(|g| g.number == task.group) {
                Some(g) => g.tasks.push(row),
                None => groups.push(GroupView { number: &task.group, title: "", tasks: vec![row] }),
            }
        }
        PlanView {
            area: self.unit(plan.area),
            years: format!("{}–{}", plan.start, plan.end),
            illustrative: self.plan_illustrative(plan),
            reporting: plan
                .reporting
                .iter()
                .map(|r| ReportingRow {
                    cadence: format::cadence(r.cadence),
                    by: self.unit(r.by),
                    to: r.to.map(|u| self.unit(u)),
                    note: r.note.as_deref(),
                })
                .collect(),
            indicators: (0..plan.indicators.len()).map(|i| self.indicator(plan_id, i)).collect(),
            groups,
            reports: plan
                .reports
                .iter()
                .rev()
                .filter(|r| self.scope.reports[**r])
                .map(|r| self.report_item(*r))
                .collect(),
            task_count,
            done_count,
            overdue_count,
        }
    }
}

/// How a judgement was made, in a sentence a resident can check.
fn basis(ind: &Indicator, a: &figures::Assessment) -> String {
    let target = format::target(&a.target, ind.kind, &ind.measure);
    let period = a.latest.period.label_vi();
    match a.rule {
        Rule::Reached => format!(
            "{period} đạt {}, đã đạt mục tiêu năm {}: {target}.",
            format::value(a.latest.value, ind.kind),
            a.target.year
        ),
        Rule::PerYear { expected } => format!(
            "Mục tiêu {target}; {period} cần đạt {}, thực tế đạt {}.",
            format::estimate(expected, ind.kind),
            format::value(a.latest.value, ind.kind)
        ),
        Rule::Line { start, expected } => format!(
            "So với lộ trình đều từ {} (ngày {}) đến mục tiêu năm {} ({target}): đến hết {} cần đạt khoảng {}, thực tế đạt {}.",
            format::value(start.1, ind.kind),
            start.0.vi(),
            a.target.year,
            period.to_lowercase(),
            format::estimate(expected, ind.kind),
            format::value(a.latest.value, ind.kind)
        ),
        Rule::NoLine => format!(
            "Mới có số liệu {} và kế hoạch không nêu số liệu gốc, nên chưa so được với lộ trình đến mục tiêu năm {}.",
            period.to_lowercase(),
            a.target.year
        ),
    }
}

pub fn is_achieved(j: Judgement) -> bool {
    j == Judgement::Achieved
}

#[derive(Serialize)]
pub struct HistoryRow<'a> {
    pub period: String,
    pub value: String,
    pub change: Option<String>,
    pub report: LinkView<'a>,
    pub illustrative: bool,
}

#[derive(Serialize)]
pub struct WardLine<'a> {
    pub unit: LinkView<'a>,
    pub value: String,
    pub share: Option<String>,
    pub rank: usize,
}

#[derive(Serialize)]
pub struct WardTable<'a> {
    pub period: String,
    pub total: String,
    pub rows: Vec<WardLine<'a>>,
    /// Set when the ward values do not add up to the total.
    pub sum_note: Option<String>,
}

#[derive(Serialize)]
pub struct IndicatorView<'a> {
    #[serde(flatten)]
    pub row: IndicatorRow<'a>,
    pub kind: &'static str,
    pub direction: &'static str,
    pub chart: String,
    pub history: Vec<HistoryRow<'a>>,
    pub wards: Option<WardTable<'a>>,
    pub parent: Option<LinkView<'a>>,
    pub children: Vec<LinkView<'a>>,
}

impl<'a> Ctx<'a> {
    pub fn indicator_page(&self, plan_id: PlanId, i: usize) -> IndicatorView<'a> {
        let plan = &self.site.plans[plan_id];
        let ind = &plan.indicators[i];
        let series = figures::series(&self.site.reports, plan, i);
        let row = self.indicator(plan_id, i);
        let reported: Vec<Mark> = series.iter().map(|p| Mark { at: p.period.end(), value: p.value }).collect();
        let mut targets: Vec<Mark> = Vec::new();
        if let Some((y, v)) = ind.baseline {
            targets.push(Mark { at: crate::model::period::Period::Year(y).end(), value: v });
        }
        targets.extend(
            ind.targets.iter().filter_map(|t| {
                t.value.map(|v| Mark { at: crate::model::period::Period::Year(t.year).end(), value: v })
            }),
        );
        let mut desc = format!("{} ({}). ", ind.name, ind.measure);
        if series.is_empty() {
            desc.push_str("Chưa có số liệu báo cáo. ");
        } else {
            desc.push_str("Số liệu báo cáo: ");
            desc.push_str(
                &series
                    .iter()
                    .map(|p| format!("{}: {}", p.period.label_vi(), format::value(p.value, ind.kind)))
                    .collect::<Vec<_>>()
                    .join("; "),
            );
            desc.push_str(". ");
        }
        if !row.targets.is_empty() {
            desc.push_str("Mục tiêu: ");
            desc.push_str(
                &row.targets.iter().map(|t| format!("năm {}: {}", t.year, t.text)).collect::<Vec<_>>().join("; "),
            );
            desc.push('.');
        }
        let chart_id = format!("bieu-do-{}", ind.id);
        let chart = Chart {
            id: &chart_id,
            title: &ind.name,
            desc: &desc,
            kind: ind.kind,
            reported: &reported,
            targets: &targets,
        }
        .svg();
        let mut history = Vec::new();
        for (k, p) in series.iter().enumerate() {
            let page = &self.site.pages[self.site.reports[p.report].page];
            history.push(HistoryRow {
                period: p.period.label_vi(),
                value: format::value(p.value, ind.kind),
                change: (k > 0).then(|| format::change(p.value - series[k - 1].value, ind.kind)),
                report: LinkView { title: page.title(), path: &page.path },
                illustrative: self.site.reports[p.report].illustrative,
            });
        }
        let wards = (ind.scope == Scope::PerWard)
            .then(|| {
                plan.reports.iter().rev().find_map(|&r| {
                    let rep = &self.site.reports[r];
                    rep.values.iter().find(|v| v.indicator == i && !v.wards.is_empty()).map(|v| (rep, v))
                })
            })
            .flatten()
            .map(|(rep, v)| WardTable {
                period: rep.period.label_vi(),
                total: format::value(v.total, ind.kind),
                rows: figures::ward_ranking(v, ind.kind, ind.direction)
                    .into_iter()
                    .map(|w| WardLine {
                        unit: self.unit(w.unit),
                        value: format::value(w.value, ind.kind),
                        share: w.share.map(format::share),
                        rank: w.rank,
                    })
                    .collect(),
                sum_note: figures::ward_sum_gap(v).map(|g| {
                    format!(
                        "Tổng các phường là {}, khác tổng toàn địa bàn đã báo cáo ({}).",
                        format::value(v.total + g, ind.kind),
                        format::value(v.total, ind.kind)
                    )
                }),
            });
        IndicatorView {
            row,
            kind: match ind.kind {
                IndicatorKind::Count => "Số lượng",
                IndicatorKind::Percent => "Tỷ lệ (%)",
                IndicatorKind::CountPerYear => "Số lượng mỗi năm",
            },
            direction: match ind.direction {
                crate::content::data::Direction::Higher => "Càng cao càng tốt",
                crate::content::data::Direction::Lower => "Càng thấp càng tốt",
            },
            chart,
            history,
            wards,
            parent: ind.parent.map(|p| LinkView { title: &plan.indicators[p].name, path: &plan.indicators[p].path }),
            children: plan
                .indicators
                .iter()
                .filter(|c| c.parent == Some(i))
                .map(|c| LinkView { title: &c.name, path: &c.path })
                .collect(),
        }
    }

    /// Plans that show on a report or plan page.
    pub fn plan_of_page(&self, page: PageId) -> Option<PlanId> {
        self.site.plan_of_page.get(&page).copied()
    }
}
