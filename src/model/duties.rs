//! What is due and what is missing: each task's status period by period
//! (a recurring task is done for one period, not for ever), overdue and
//! upcoming deadlines, and the reports a plan's reporting duties ask for
//! that are not there. Pure functions of the model and the build date.

use crate::content::data::{Cadence, TaskStatus};
use crate::date::Date;
use crate::model::period::Period;
use crate::model::plan::{Plan, Report, ReportId, Reporting, Task, Unit};

/// One reported status of a task.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Status<'a> {
    pub report: ReportId,
    pub period: Period,
    pub status: TaskStatus,
    pub note: Option<&'a str>,
}

/// Every status reported for task `task` of `plan`, oldest period first.
pub fn statuses<'a>(reports: &'a [Report], plan: &Plan, task: usize) -> Vec<Status<'a>> {
    let mut out: Vec<Status> = plan
        .reports
        .iter()
        .filter_map(|&rid| {
            let r = &reports[rid];
            r.tasks.iter().find(|t| t.task == task).map(|t| Status {
                report: rid,
                period: r.period,
                status: t.status,
                note: t.note.as_deref(),
            })
        })
        .collect();
    out.sort_by_key(|s| (s.period, s.report));
    out
}

/// The period of a recurring task's cadence that ended last by `today`,
/// within the plan; None for other tasks or before the first one ends.
pub fn last_ended_period(task: &Task, plan: &Plan, today: Date) -> Option<Period> {
    let kind = cadence_period(task.cadence, plan.start)?;
    let limit = if today.date() < plan.ends.date() { today } else { plan.ends };
    let current = Period::containing(&kind, limit);
    let ended = if current.end().date() <= limit.date() { current } else { current.previous() };
    (ended.year() >= plan.start).then_some(ended)
}

/// The first period of a cadence in `year`; None for once and ongoing.
pub fn cadence_period(c: Cadence, year: i16) -> Option<Period> {
    match c {
        Cadence::Monthly => Some(Period::Month(year, 1)),
        Cadence::Quarterly => Some(Period::Quarter(year, 1)),
        Cadence::HalfYearly => Some(Period::Half(year, 1)),
        Cadence::Yearly => Some(Period::Year(year)),
        Cadence::Once | Cadence::Ongoing => None,
    }
}

/// A task with a deadline that has passed and is not reported done, in a
/// plan that still applies.
pub fn is_overdue(task: &Task, status: Option<TaskStatus>, today: Date, plan_current: bool) -> bool {
    plan_current && matches!(task.due, Some(d) if d.date() < today.date()) && status != Some(TaskStatus::Done)
}

/// A task not done whose deadline falls within `days` days from today.
pub fn is_upcoming(task: &Task, status: Option<TaskStatus>, today: Date, days: i32) -> bool {
    let Some(due) = task.due else { return false };
    let limit = today.date().checked_add(jiff::Span::new().days(days)).unwrap_or(today.date());
    due.date() >= today.date() && due.date() <= limit && status != Some(TaskStatus::Done)
}

/// The periods a reporting duty asks a report for, in order, each with its
/// due day, while they fall within the plan: at most the plan's years of
/// months, bounded whatever the data says.
pub fn duty_periods<'p>(plan: &'p Plan, duty: &'p Reporting) -> impl Iterator<Item = (Period, jiff::civil::Date)> + 'p {
    let bound = 12 * (i32::from(plan.end) - i32::from(plan.start) + 1).clamp(1, 400);
    std::iter::successors(Some(duty.from), |p| Some(p.next()))
        .take(bound as usize)
        .take_while(move |p| p.end().date() <= plan.ends.date() && p.year() <= plan.end)
        .map(move |p| {
            let end = p.end().date();
            (p, end.checked_add(jiff::Span::new().days(duty.due_days)).unwrap_or(end))
        })
}

/// Reports a duty asks for that are missing on `today`: for each entry of
/// the plan's `reporting`, the periods past their due date without a report
/// of this plan by that unit for that period.
pub fn missing_reports(plan: &Plan, reports: &[Report], units: &[Unit], today: Date) -> Vec<(usize, Vec<Period>)> {
    let mut out = Vec::new();
    for (i, duty) in plan.reporting.iter().enumerate() {
        let by = &units[duty.by];
        let mut missing = Vec::new();
        for (p, due) in duty_periods(plan, duty) {
            if due >= today.date() {
                break;
            }
            let unit_there = by.from.is_none_or(|f| f.date() <= p.end().date())
                && by.until.is_none_or(|u| u.date() >= p.end().date());
            let present = plan.reports.iter().any(|r| reports[*r].period == p && reports[*r].unit == duty.by);
            if unit_there && !present {
                missing.push(p);
            }
        }
        if !missing.is_empty() {
            out.push((i, missing));
        }
    }
    out
}
