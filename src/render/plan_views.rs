//! Template views of a plan: its summary (how many indicators achieved, on
//! track, behind, without data; tasks done and overdue; reports missing),
//! its indicators with their latest figure and judgement, and its tasks
//! with their status period by period. Built from the model and its derived
//! figures; every number is formatted here, the Vietnamese way.

use serde::Serialize;

use crate::content::data::IndicatorKind;
use crate::date::Date;
use crate::messages::Lang;
use crate::model::figures::{self, Milestone, Rule};
use crate::model::plan::{Indicator, Plan, PlanId, ReportId, Task, UnitId};
use crate::model::{PageId, Site, duties};
use crate::msg;
use crate::render::format;
use crate::render::views::{DateView, LinkView};

/// Days ahead within which a deadline counts as upcoming.
pub const UPCOMING_DAYS: i32 = 90;

/// A status of a task in one period (a recurring task's history).
#[derive(Serialize)]
pub struct StatusRow<'a> {
    pub period: String,
    pub status: &'static str,
    pub label: String,
    pub note: Option<&'a str>,
}

#[derive(Serialize)]
pub struct TaskRow<'a> {
    pub number: &'a str,
    /// The task's number as an anchor on its plan's page (`nhiem-vu-2-3`).
    pub anchor: String,
    pub summary: &'a str,
    pub lead: Vec<LinkView<'a>>,
    pub support: Vec<LinkView<'a>>,
    /// "Hạn 30/09/2021" or the cadence ("Hằng quý").
    pub schedule: String,
    pub due: Option<DateView>,
    /// CSS class and label of the latest reported status.
    pub status: Option<&'static str>,
    pub status_label: String,
    pub note: Option<&'a str>,
    /// The period of the report the status comes from ("quý III/2026").
    pub as_of: Option<String>,
    pub recurring: bool,
    /// Earlier periods' statuses of a recurring task, newest first.
    pub history: Vec<StatusRow<'a>>,
    pub overdue: bool,
    pub upcoming: bool,
    pub plan: LinkView<'a>,
    /// Whether the status comes from an illustrative report.
    pub illustrative: bool,
    /// For a unit's page: "Chủ trì" or "Phối hợp".
    pub role: Option<String>,
    /// In a unit's `history_tasks`: the replaced units that had the task in
    /// that role; empty elsewhere.
    pub units: Vec<LinkView<'a>>,
}

#[derive(Serialize)]
pub struct TargetRow {
    /// "Năm 2026", "Quý III/2026".
    pub period: String,
    /// Inside a sentence: "năm 2026", "quý III/2026".
    pub when: String,
    pub text: String,
}

#[derive(Serialize)]
pub struct IndicatorRow<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub measure: &'a str,
    pub path: &'a str,
    pub plan: LinkView<'a>,
    pub qualitative: bool,
    /// The latest value with its measure ("79,1%", "3 ngày"), or the
    /// latest assessment ("Cơ bản đạt").
    pub latest: Option<String>,
    /// A qualitative assessment's words.
    pub latest_text: Option<&'a str>,
    /// "Quý III/2026".
    pub latest_period: Option<String>,
    /// "lũy kế", "ước" when the value is not simply for its period.
    pub latest_type: Option<String>,
    pub change: Option<String>,
    /// "quý II/2026": the previous value of the same series.
    pub previous_period: Option<String>,
    pub target: Option<String>,
    /// "năm 2026", "quý III/2026".
    pub target_period: Option<String>,
    /// 0–100, for a progress bar; only beside a judgement on a line.
    pub progress: Option<u8>,
    pub judgement: Option<&'static str>,
    pub judgement_label: Option<String>,
    /// How the judgement was made, in words.
    pub basis: Option<String>,
    pub targets: Vec<TargetRow>,
    pub illustrative: bool,
    pub is_sub: bool,
    pub note: Option<&'a str>,
}

#[derive(Serialize)]
pub struct GroupView<'a> {
    /// Empty for tasks whose group the plan does not declare: no heading.
    pub number: &'a str,
    pub title: &'a str,
    pub tasks: Vec<TaskRow<'a>>,
    pub done: usize,
    pub overdue: usize,
}

#[derive(Serialize)]
pub struct ReportingRow<'a> {
    pub cadence: String,
    pub by: LinkView<'a>,
    pub to: Option<LinkView<'a>>,
    pub note: Option<&'a str>,
    /// "Chưa có báo cáo quý III/2026" for each report missing.
    pub missing: Vec<String>,
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

/// Where a plan stands, in a few numbers: the answer on the first screen.
#[derive(Serialize, Default, Clone)]
pub struct Summary {
    pub indicators: usize,
    pub achieved: usize,
    pub mostly: usize,
    pub on_track: usize,
    pub behind: usize,
    pub no_data: usize,
    pub tasks: usize,
    pub done: usize,
    pub overdue: usize,
    pub missing_reports: usize,
}

#[derive(Serialize)]
pub struct PlanCard<'a> {
    pub plan: LinkView<'a>,
    pub area: LinkView<'a>,
    pub years: String,
    /// Whether the plan still applies (else it is history).
    pub current: bool,
    pub illustrative: bool,
    pub summary: Summary,
}

#[derive(Serialize)]
pub struct PlanView<'a> {
    #[serde(flatten)]
    pub card: PlanCard<'a>,
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
    /// The language of the portal's interface.
    pub lang: Lang,
}

/// The anchor of a task on its plan's page.
pub fn task_anchor(number: &str) -> String {
    format!("nhiem-vu-{}", crate::slug::slugify(number))
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
        let site = self.site;
        let plan = &site.plans[plan_id];
        let task: &'a Task = &plan.tasks[t];
        let all = duties::statuses(&site.reports, plan, t);
        let latest = all.last().copied();
        // A recurring task is done for a period: without a status for the
        // last period that ended, it says that report is missing.
        let due_period = duties::last_ended_period(task, plan, self.today);
        let stale = match (task.is_recurring(), due_period, latest) {
            (true, Some(p), Some(l)) => l.period.end() < p.end(),
            (true, Some(_), None) => true,
            _ => false,
        };
        let status = latest.map(|l| l.status).filter(|_| !stale);
        let (class, label) = match (status, stale, due_period) {
            (Some(s), _, _) => {
                let (c, l) = format::status(s, self.lang);
                (Some(c), l)
            }
            (None, true, Some(p)) => (None, msg!("ui-report-missing", period = p.name(self.lang)).text(self.lang)),
            _ => (None, crate::messages::t(self.lang, "ui-no-report")),
        };
        let shown_latest = if stale { None } else { latest };
        let history = all
            .iter()
            .rev()
            .filter(|s| task.is_recurring() && Some(**s) != shown_latest)
            .map(|s| {
                let (c, l) = format::status(s.status, self.lang);
                StatusRow { period: s.period.label(self.lang), status: c, label: l, note: s.note }
            })
            .collect();
        TaskRow {
            number: &task.number,
            anchor: task_anchor(&task.number),
            summary: &task.summary,
            lead: task.lead.iter().map(|u| self.unit(*u)).collect(),
            support: task.support.iter().map(|u| self.unit(*u)).collect(),
            schedule: match task.due {
                Some(d) => msg!("ui-task-due", date = d.shown(self.lang)).text(self.lang),
                None => format::cadence(task.cadence, self.lang),
            },
            due: task.due.map(|d| DateView::new(d, self.lang)),
            status: class,
            status_label: label,
            note: shown_latest.and_then(|l| l.note),
            as_of: shown_latest.map(|l| l.period.name(self.lang)),
            recurring: task.is_recurring(),
            history,
            overdue: duties::is_overdue(task, latest.map(|l| l.status), self.today, plan.is_current(self.today)),
            upcoming: plan.is_current(self.today)
                && duties::is_upcoming(task, latest.map(|l| l.status), self.today, UPCOMING_DAYS),
            plan: self.plan_link(plan_id),
            illustrative: latest.is_some_and(|l| site.reports[l.report].illustrative),
            role: None,
            units: Vec::new(),
        }
    }

    pub fn indicator(&self, plan_id: PlanId, i: usize) -> IndicatorRow<'a> {
        let plan = &self.site.plans[plan_id];
        let ind: &'a Indicator = &plan.indicators[i];
        let mut row = IndicatorRow {
            id: &ind.id,
            name: &ind.name,
            measure: &ind.measure,
            path: &ind.path,
            plan: self.plan_link(plan_id),
            qualitative: ind.kind == IndicatorKind::Qualitative,
            latest: None,
            latest_text: None,
            latest_period: None,
            latest_type: None,
            change: None,
            previous_period: None,
            target: None,
            target_period: None,
            progress: None,
            judgement: None,
            judgement_label: None,
            basis: None,
            targets: ind
                .targets
                .iter()
                .map(|t| TargetRow {
                    period: t.period.label(self.lang),
                    when: t.period.name(self.lang),
                    text: format::target(t, ind.kind, &ind.measure, self.lang),
                })
                .collect(),
            illustrative: false,
            is_sub: ind.parent.is_some(),
            note: ind.note.as_deref(),
        };
        if row.qualitative {
            let now = figures::latest_assessment(&self.site.reports, plan, i);
            if let Some((rid, period, status, text)) = now {
                let (c, l) = format::judgement(figures::judge_assessment(status), self.lang);
                row.latest = Some(format::assessment(status, self.lang));
                row.latest_text = text;
                row.latest_period = Some(period.label(self.lang));
                row.judgement = Some(c);
                row.judgement_label = Some(l);
                row.illustrative = self.site.reports[rid].illustrative;
            }
            let target = ind.targets.iter().find(|t| now.is_none_or(|n| t.period.end() >= n.1.end()));
            row.target = target.map(|t| format::target(t, ind.kind, &ind.measure, self.lang));
            row.target_period = target.map(|t| t.period.name(self.lang));
            return row;
        }
        let series = figures::series(&self.site.reports, plan, i);
        let latest = figures::latest(&series);
        let change = latest.and_then(|l| figures::change(&series, &l));
        let assessment = figures::assess(ind, &series);
        row.latest = latest.map(|p| format::measured(p.value, ind.kind, &ind.measure, self.lang));
        row.latest_period = latest.map(|p| p.period.label(self.lang));
        row.latest_type = latest.and_then(|p| format::value_type(p.kind, self.lang));
        row.change = change.map(|(_, d)| format::change(d, ind.kind, self.lang));
        row.previous_period = change.map(|(p, _)| p.period.name(self.lang));
        row.illustrative = series.iter().any(|p| self.site.reports[p.report].illustrative);
        if let Some(a) = &assessment {
            let (c, l) = format::judgement(a.judgement, self.lang);
            row.target = Some(format::target(&a.target, ind.kind, &ind.measure, self.lang));
            row.target_period = Some(a.target.period.name(self.lang));
            row.progress = a.progress.map(|p| (p.clamp(0.0, 1.0) * 100.0).floor() as u8);
            row.judgement = Some(c);
            row.judgement_label = Some(l);
            row.basis = Some(basis(ind, a, self.lang));
        } else if let Some(t) =
            figures::next_target(ind, latest.map_or(crate::model::period::Period::Year(plan.start), |l| l.period))
        {
            row.target = Some(format::target(t, ind.kind, &ind.measure, self.lang));
            row.target_period = Some(t.period.name(self.lang));
        }
        row
    }

    pub fn report_item(&self, r: ReportId) -> ReportItem<'a> {
        let rep = &self.site.reports[r];
        let page = &self.site.pages[rep.page];
        ReportItem {
            title: page.title(),
            path: &page.path,
            period: rep.period.label(self.lang),
            date: page.date().map(|d| DateView::new(d, self.lang)),
            unit: self.unit(rep.unit),
            plan: self.plan_link(rep.plan),
            illustrative: rep.illustrative,
        }
    }

    /// The plan's summary, from its indicator and task rows.
    fn summary(&self, plan: &Plan, indicators: &[IndicatorRow], tasks: &[&TaskRow], missing: usize) -> Summary {
        let mut s = Summary {
            indicators: indicators.len(),
            tasks: tasks.len(),
            missing_reports: missing,
            ..Summary::default()
        };
        for i in indicators {
            match i.judgement {
                Some("dat") => s.achieved += 1,
                Some("co-ban-dat") => s.mostly += 1,
                Some("dung-tien-do") => s.on_track += 1,
                Some("cham" | "chua-dat") => s.behind += 1,
                _ => s.no_data += 1,
            }
        }
        s.done = tasks.iter().filter(|t| t.status == Some(format::DONE)).count();
        s.overdue = tasks.iter().filter(|t| t.overdue).count();
        let _ = plan;
        s
    }

    /// A plan in a few numbers, for lists of plans (home, unit pages).
    pub fn plan_card(&self, plan_id: PlanId) -> PlanCard<'a> {
        let plan = &self.site.plans[plan_id];
        let indicators: Vec<IndicatorRow> = (0..plan.indicators.len()).map(|i| self.indicator(plan_id, i)).collect();
        let rows: Vec<TaskRow> = (0..plan.tasks.len()).map(|t| self.task(plan_id, t)).collect();
        let missing = self.missing(plan).iter().map(|(_, m)| m.len()).sum();
        self.card(plan_id, &indicators, &rows.iter().collect::<Vec<_>>(), missing)
    }

    fn card(&self, plan_id: PlanId, indicators: &[IndicatorRow], tasks: &[&TaskRow], missing: usize) -> PlanCard<'a> {
        let plan = &self.site.plans[plan_id];
        PlanCard {
            plan: self.plan_link(plan_id),
            area: self.unit(plan.area),
            years: plan.years(),
            current: plan.is_current(self.today),
            illustrative: self.plan_illustrative(plan),
            summary: self.summary(plan, indicators, tasks, missing),
        }
    }

    fn missing(&self, plan: &Plan) -> Vec<(usize, Vec<crate::model::period::Period>)> {
        duties::missing_reports(plan, &self.site.reports, &self.site.units, self.today)
    }

    pub fn plan(&self, plan_id: PlanId) -> PlanView<'a> {
        let plan = &self.site.plans[plan_id];
        let rows: Vec<TaskRow> = (0..plan.tasks.len()).map(|t| self.task(plan_id, t)).collect();
        let indicators = ordered(plan).into_iter().map(|i| self.indicator(plan_id, i)).collect::<Vec<_>>();
        let missing = self.missing(plan);
        let card = self.card(
            plan_id,
            &indicators,
            &rows.iter().collect::<Vec<_>>(),
            missing.iter().map(|(_, m)| m.len()).sum(),
        );
        let (task_count, done_count, overdue_count) = (card.summary.tasks, card.summary.done, card.summary.overdue);
        let mut groups: Vec<GroupView> = plan
            .groups
            .iter()
            .map(|g| GroupView { number: &g.number, title: &g.title, tasks: vec![], done: 0, overdue: 0 })
            .collect();
        let mut loose: Vec<TaskRow> = Vec::new();
        for (row, task) in rows.into_iter().zip(&plan.tasks) {
            match groups.iter_mut().find(|g| g.number == task.group) {
                Some(g) => g.tasks.push(row),
                None => loose.push(row),
            }
        }
        if !loose.is_empty() {
            groups.push(GroupView { number: "", title: "", tasks: loose, done: 0, overdue: 0 });
        }
        groups.retain(|g| !g.tasks.is_empty());
        for g in &mut groups {
            g.done = g.tasks.iter().filter(|t| t.status == Some(format::DONE)).count();
            g.overdue = g.tasks.iter().filter(|t| t.overdue).count();
        }
        PlanView {
            area: self.unit(plan.area),
            years: card.years.clone(),
            illustrative: card.illustrative,
            card,
            reporting: plan
                .reporting
                .iter()
                .enumerate()
                .map(|(i, r)| ReportingRow {
                    cadence: format::cadence(r.cadence, self.lang),
                    by: self.unit(r.by),
                    to: r.to.map(|u| self.unit(u)),
                    note: r.note.as_deref(),
                    missing: missing
                        .iter()
                        .filter(|(d, _)| *d == i)
                        .flat_map(|(_, ps)| {
                            ps.iter().map(|p| msg!("ui-report-missing", period = p.name(self.lang)).text(self.lang))
                        })
                        .collect(),
                })
                .collect(),
            indicators,
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

    /// Plans that show on a report or plan page.
    pub fn plan_of_page(&self, page: PageId) -> Option<PlanId> {
        self.site.plan_of_page.get(&page).copied()
    }
}

/// The plan's indicators in its order, each sub-indicator right after its
/// parent.
pub fn ordered(plan: &Plan) -> Vec<usize> {
    let mut out = Vec::with_capacity(plan.indicators.len());
    for (i, ind) in plan.indicators.iter().enumerate().filter(|(_, i)| i.parent.is_none()) {
        let _ = ind;
        out.push(i);
        out.extend(plan.indicators.iter().enumerate().filter(|(_, c)| c.parent == Some(i)).map(|(c, _)| c));
    }
    // Sub-indicators whose parent was refused still show, at the end.
    for i in 0..plan.indicators.len() {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// How a judgement was made, in a sentence a resident can check.
fn basis(ind: &Indicator, a: &figures::Assessment, lang: Lang) -> String {
    let target = format::target(&a.target, ind.kind, &ind.measure, lang);
    let when = a.target.period.name(lang);
    let period = a.latest.period.name(lang);
    let value = format::measured(a.latest.value, ind.kind, &ind.measure, lang);
    let est = |v| format::measured(round_as(v, ind.kind), ind.kind, &ind.measure, lang);
    let what = match format::value_type(a.latest.kind, lang) {
        Some(t) => msg!("ui-what-typed", kind = t, period = &period),
        None => msg!("ui-what", period = &period),
    };
    let m = match a.rule {
        Rule::Reached => msg!("ui-basis-reached", when = when, target = target, what = what, value = value),
        Rule::MetEarly => msg!("ui-basis-met-early", when = when, target = target, what = what, value = value),
        Rule::Missed => msg!("ui-basis-missed", when = when, target = target, what = what, value = value),
        Rule::Flat => msg!("ui-basis-flat", when = when, target = target, what = what, value = value),
        Rule::PerYear { expected, months } => msg!(
            "ui-basis-per-year",
            target = target,
            months = months,
            expected = est(expected),
            what = what,
            value = value
        ),
        Rule::Line { from, start, expected } => {
            let origin = match from {
                Milestone::Target(p) => msg!("ui-origin-target", period = p.name(lang), value = est(start.1)),
                Milestone::Baseline(y) => msg!("ui-origin-baseline", year = y.to_string(), value = est(start.1)),
                Milestone::FirstValue(p) => msg!("ui-origin-first", period = p.name(lang), value = est(start.1)),
            };
            msg!(
                "ui-basis-line",
                origin = origin,
                when = when,
                target = target,
                period = period,
                expected = est(expected),
                what = what,
                value = value
            )
        }
        Rule::NoLine => msg!("ui-basis-no-line", what = what, when = when),
    };
    m.text(lang)
}

/// A computed value rounded as the indicator is counted.
fn round_as(v: f64, kind: IndicatorKind) -> f64 {
    match kind {
        IndicatorKind::Percent | IndicatorKind::Average => (v * 10.0).round() / 10.0,
        _ => v.round(),
    }
}
