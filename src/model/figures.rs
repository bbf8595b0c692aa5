//! Derived figures, computed at build time from the reports: each
//! indicator's series, progress towards its next target, whether it is on
//! track (against the straight line from its starting point to the target),
//! change since the previous period, ward shares and ranks, ward sums, and
//! which tasks are overdue or due soon. Pure functions.

use crate::content::data::{Comparison, Direction, IndicatorKind, TaskStatus};
use crate::date::Date;
use crate::model::period::Period;
use crate::model::plan::{Indicator, Plan, Report, ReportId, ReportValue, Target, Task, UnitId};

/// One reported value of an indicator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub period: Period,
    pub value: f64,
    pub report: ReportId,
}

/// The values reported for indicator `ind` of `plan`, oldest first. When two
/// reports cover one period, the later one (in `reports` order) wins.
pub fn series(reports: &[Report], plan: &Plan, ind: usize) -> Vec<Point> {
    let mut out: Vec<Point> = Vec::new();
    for &rid in &plan.reports {
        let r = &reports[rid];
        if let Some(v) = r.values.iter().find(|v| v.indicator == ind) {
            out.retain(|p| p.period != r.period);
            out.push(Point { period: r.period, value: v.total, report: rid });
        }
    }
    out.sort_by_key(|p| p.period);
    out
}

/// Whether `value` satisfies a target.
pub fn meets(value: f64, target: f64, cmp: Comparison) -> bool {
    match cmp {
        Comparison::AtLeast | Comparison::About => value >= target,
        Comparison::MoreThan => value > target,
        Comparison::AtMost => value <= target,
        Comparison::LessThan => value < target,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judgement {
    /// The target is met.
    Achieved,
    /// At or ahead of the straight line to the target.
    OnTrack,
    /// Behind the straight line (or below a yearly target).
    Behind,
    /// Only one value and no baseline: no line to compare against yet.
    TooEarly,
}

/// How the judgement was made, so the page can say it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule {
    /// Compared with the value expected on the straight line from `start`
    /// (a date and value: the baseline, or the first report) to the target.
    Line {
        start: (Date, f64),
        expected: f64,
    },
    /// A per-year target, prorated to the period's length.
    PerYear {
        expected: f64,
    },
    /// Met outright.
    Reached,
    NoLine,
}

/// Where an indicator stands against its next numeric target.
#[derive(Debug, Clone)]
pub struct Assessment {
    pub target: Target,
    pub latest: Point,
    /// Share of the way from the starting point to the target (may be
    /// below 0 or above 1).
    pub progress: Option<f64>,
    pub judgement: Judgement,
    pub rule: Rule,
}

/// The first numeric target in or after `year`, else the last numeric one.
pub fn next_target(ind: &Indicator, year: i16) -> Option<&Target> {
    let numeric = || ind.targets.iter().filter(|t| t.value.is_some());
    numeric().find(|t| t.year >= year).or_else(|| numeric().next_back())
}

pub fn assess(ind: &Indicator, series: &[Point]) -> Option<Assessment> {
    let latest = *series.last()?;
    let target = next_target(ind, latest.period.year())?.clone();
    let tv = target.value?;
    let higher = ind.direction == Direction::Higher;
    if ind.kind == IndicatorKind::CountPerYear {
        let expected = tv * f64::from(latest.period.len_months()) / 12.0;
        let judgement =
            if meets(latest.value, expected, target.comparison) { Judgement::Achieved } else { Judgement::Behind };
        let progress = (expected != 0.0).then(|| latest.value / expected);
        return Some(Assessment { target, latest, progress, judgement, rule: Rule::PerYear { expected } });
    }
    let start = match ind.baseline {
        Some((year, value)) => Some((Period::Year(year).end(), value)),
        None => series.first().filter(|p| p.period != latest.period).map(|p| (p.period.end(), p.value)),
    };
    let progress = match start {
        Some((_, s)) if tv != s => Some((latest.value - s) / (tv - s)),
        _ if tv != 0.0 => Some(latest.value / tv),
        _ => None,
    };
    if meets(latest.value, tv, target.comparison) {
        return Some(Assessment { target, latest, progress, judgement: Judgement::Achieved, rule: Rule::Reached });
    }
    let Some(start) = start else {
        return Some(Assessment { target, latest, progress, judgement: Judgement::TooEarly, rule: Rule::NoLine });
    };
    let end = Period::Year(target.year).end();
    let expected = interpolate(start, (end, tv), latest.period.end());
    let ahead = if higher { latest.value >= expected } else { latest.value <= expected };
    let judgement = if ahead { Judgement::OnTrack } else { Judgement::Behind };
    Some(Assessment { target, latest, progress, judgement, rule: Rule::Line { start, expected } })
}

/// The value on the straight line through two dated points, at `at`
/// (clamped to the segment).
pub fn interpolate(a: (Date, f64), b: (Date, f64), at: Date) -> f64 {
    let days = |d: Date| f64::from(d.date().since(jiff::civil::date(2000, 1, 1)).map(|s| s.get_days()).unwrap_or(0));
    let (x0, x1, x) = (days(a.0), days(b.0), days(at));
    if x1 <= x0 {
        return b.1;
    }
    let t = ((x - x0) / (x1 - x0)).clamp(0.0, 1.0);
    a.1 + (b.1 - a.1) * t
}

/// The previous value for a period of the same length (a year after a year,
/// a half after a half) and the change since it: a year's total is not
/// compared with a half year's.
pub fn change(series: &[Point]) -> Option<(Point, f64)> {
    let (last, earlier) = series.split_last()?;
    let prev = earlier.iter().rev().find(|p| p.period.len_months() == last.period.len_months())?;
    Some((*prev, last.value - prev.value))
}

/// Whether the per-ward values miss the total; Some(sum − total) if so.
pub fn ward_sum_gap(v: &ReportValue) -> Option<f64> {
    if v.wards.is_empty() {
        return None;
    }
    let sum: f64 = v.wards.iter().map(|(_, x)| x).sum();
    let gap = sum - v.total;
    (gap.abs() > 1e-6 * v.total.abs().max(1.0)).then_some(gap)
}

/// A ward's line in a breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct WardRow {
    pub unit: UnitId,
    pub value: f64,
    /// Share of the reported total (counts only; None for percentages).
    pub share: Option<f64>,
    /// 1 = best, ties share a rank.
    pub rank: usize,
}

/// Wards from best to worst (by `direction`), with shares and ranks.
pub fn ward_ranking(v: &ReportValue, kind: IndicatorKind, direction: Direction) -> Vec<WardRow> {
    let mut rows: Vec<WardRow> = v
        .wards
        .iter()
        .map(|&(unit, value)| WardRow {
            unit,
            value,
            share: (kind != IndicatorKind::Percent && v.total != 0.0).then(|| value / v.total),
            rank: 0,
        })
        .collect();
    rows.sort_by(|a, b| {
        let o = a.value.partial_cmp(&b.value).unwrap_or(std::cmp::Ordering::Equal);
        let o = if direction == Direction::Higher { o.reverse() } else { o };
        o.then(a.unit.cmp(&b.unit))
    });
    for i in 0..rows.len() {
        rows[i].rank = if i > 0 && rows[i].value == rows[i - 1].value { rows[i - 1].rank } else { i + 1 };
    }
    rows
}

/// The latest reported status of task `task` of `plan`: (report, status, note).
pub fn latest_status<'a>(
    reports: &'a [Report],
    plan: &Plan,
    task: usize,
) -> Option<(ReportId, TaskStatus, Option<&'a str>)> {
    plan.reports
        .iter()
        .rev()
        .find_map(|&rid| reports[rid].tasks.iter().find(|t| t.task == task).map(|t| (rid, t.status, t.note.as_deref())))
}

/// A task with a deadline that has passed and is not reported done.
pub fn is_overdue(task: &Task, status: Option<TaskStatus>, today: Date) -> bool {
    matches!(task.due, Some(d) if d.date() < today.date()) && status != Some(TaskStatus::Done)
}

/// A task not done whose deadline falls within `days` days from today.
pub fn is_upcoming(task: &Task, status: Option<TaskStatus>, today: Date, days: i32) -> bool {
    let Some(due) = task.due else { return false };
    let limit = today.date().checked_add(jiff::Span::new().days(days)).unwrap_or(today.date());
    due.date() >= today.date() && due.date() <= limit && status != Some(TaskStatus::Done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::data::{Cadence, Scope};

    fn ind(kind: IndicatorKind, baseline: Option<(i16, f64)>, targets: &[(i16, f64)]) -> Indicator {
        Indicator {
            id: "x".into(),
            name: "x".into(),
            measure: "x".into(),
            kind,
            direction: Direction::Higher,
            scope: Scope::Area,
            baseline,
            targets: targets
                .iter()
                .map(|&(year, v)| Target { year, value: Some(v), text: None, comparison: Comparison::AtLeast })
                .collect(),
            parent: None,
            note: None,
            path: String::new(),
        }
    }

    fn pt(p: &str, value: f64) -> Point {
        Point { period: Period::parse(p).unwrap(), value, report: 0 }
    }

    #[test]
    fn on_track_and_behind_against_the_straight_line() {
        // Baseline 20.000 at the end of 2021, target 22.000 at the end of 2023:
        // the line passes 21.000 at the end of 2022.
        let i = ind(IndicatorKind::Count, Some((2021, 20000.0)), &[(2023, 22000.0), (2030, 29000.0)]);
        let a = assess(&i, &[pt("2022", 21100.0)]).unwrap();
        assert_eq!(a.judgement, Judgement::OnTrack);
        let Rule::Line { expected, .. } = a.rule else { panic!("{:?}", a.rule) };
        assert!((expected - 21000.0).abs() < 5.0, "{expected}");
        assert!((a.progress.unwrap() - 0.55).abs() < 1e-9);
        assert_eq!(assess(&i, &[pt("2022", 20800.0)]).unwrap().judgement, Judgement::Behind);
        // Past the 2023 target, the next target is 2030's.
        let a = assess(&i, &[pt("2024", 22500.0)]).unwrap();
        assert_eq!(a.target.year, 2030);
        assert_eq!(assess(&i, &[pt("2023", 22000.0)]).unwrap().judgement, Judgement::Achieved);
    }

    #[test]
    fn without_baseline_the_first_report_starts_the_line() {
        let i = ind(IndicatorKind::Percent, None, &[(2025, 80.0)]);
        assert_eq!(assess(&i, &[pt("2022", 70.0)]).unwrap().judgement, Judgement::TooEarly);
        let a = assess(&i, &[pt("2022", 70.0), pt("2023", 71.0)]).unwrap();
        let Rule::Line { start, expected } = a.rule else { panic!() };
        assert_eq!(start.1, 70.0);
        assert!(expected > 73.0 && expected < 74.0, "{expected}");
        assert_eq!(a.judgement, Judgement::Behind);
    }

    #[test]
    fn per_year_targets_are_prorated() {
        let i = ind(IndicatorKind::CountPerYear, None, &[(2030, 25.0)]);
        assert_eq!(assess(&i, &[pt("2022", 27.0)]).unwrap().judgement, Judgement::Achieved);
        assert_eq!(assess(&i, &[pt("2022-H1", 13.0)]).unwrap().judgement, Judgement::Achieved);
        assert_eq!(assess(&i, &[pt("2022-H1", 12.0)]).unwrap().judgement, Judgement::Behind);
    }

    #[test]
    fn lower_is_better() {
        let mut i = ind(IndicatorKind::Percent, Some((2021, 10.0)), &[(2023, 4.0)]);
        i.direction = Direction::Lower;
        i.targets[0].comparison = Comparison::AtMost;
        assert_eq!(assess(&i, &[pt("2022", 6.0)]).unwrap().judgement, Judgement::OnTrack);
        assert_eq!(assess(&i, &[pt("2022", 8.0)]).unwrap().judgement, Judgement::Behind);
        assert_eq!(assess(&i, &[pt("2022", 4.0)]).unwrap().judgement, Judgement::Achieved);
    }

    #[test]
    fn comparisons() {
        assert!(meets(99.5, 99.0, Comparison::MoreThan) && !meets(99.0, 99.0, Comparison::MoreThan));
        assert!(meets(75.0, 75.0, Comparison::AtLeast) && meets(3.0, 3.0, Comparison::AtMost));
        assert!(!meets(4.0, 3.0, Comparison::LessThan));
    }

    #[test]
    fn interpolation_is_clamped() {
        let a = (Date::ymd(2020, 1, 1).unwrap(), 0.0);
        let b = (Date::ymd(2030, 1, 1).unwrap(), 10.0);
        assert_eq!(interpolate(a, b, Date::ymd(2010, 1, 1).unwrap()), 0.0);
        assert_eq!(interpolate(a, b, Date::ymd(2040, 1, 1).unwrap()), 10.0);
        let mid = interpolate(a, b, Date::ymd(2025, 1, 1).unwrap());
        assert!((mid - 5.0).abs() < 0.01, "{mid}");
    }

    #[test]
    fn change_since_previous() {
        assert_eq!(change(&[pt("2022", 1.0)]), None);
        let (prev, d) = change(&[pt("2022", 1.0), pt("2023", 3.5)]).unwrap();
        assert_eq!((prev.value, d), (1.0, 2.5));
        // A year is compared with the previous year, not the half before it.
        let (prev, d) = change(&[pt("2022", 10.0), pt("2023-H1", 4.0), pt("2023", 12.0)]).unwrap();
        assert_eq!((prev.period, d), (Period::Year(2022), 2.0));
        assert_eq!(change(&[pt("2022", 10.0), pt("2023-H1", 4.0)]), None);
    }

    #[test]
    fn ward_sums_shares_and_ranks() {
        let v = ReportValue { indicator: 0, total: 10.0, wards: vec![(0, 5.0), (1, 2.0), (2, 3.0)] };
        assert_eq!(ward_sum_gap(&v), None);
        let off = ReportValue { total: 11.0, ..v.clone() };
        assert_eq!(ward_sum_gap(&off), Some(-1.0));
        let rows = ward_ranking(&v, IndicatorKind::Count, Direction::Higher);
        assert_eq!(rows.iter().map(|r| (r.unit, r.rank)).collect::<Vec<_>>(), [(0, 1), (2, 2), (1, 3)]);
        assert_eq!(rows[0].share, Some(0.5));
        let tie = ReportValue { indicator: 0, total: 4.0, wards: vec![(0, 2.0), (1, 2.0)] };
        assert_eq!(
            ward_ranking(&tie, IndicatorKind::Percent, Direction::Higher).iter().map(|r| r.rank).collect::<Vec<_>>(),
            [1, 1]
        );
        assert_eq!(ward_ranking(&tie, IndicatorKind::Percent, Direction::Higher)[0].share, None);
    }

    #[test]
    fn overdue_and_upcoming_tasks() {
        let t = Task {
            number: "1.1".into(),
            group: "1".into(),
            summary: String::new(),
            lead: vec![],
            support: vec![],
            due: Date::ymd(2021, 9, 30),
            cadence: Cadence::Once,
        };
        let today = Date::ymd(2021, 10, 1).unwrap();
        assert!(is_overdue(&t, None, today));
        assert!(is_overdue(&t, Some(TaskStatus::InProgress), today));
        assert!(!is_overdue(&t, Some(TaskStatus::Done), today));
        assert!(!is_overdue(&t, None, Date::ymd(2021, 9, 30).unwrap()));
        assert!(is_upcoming(&t, None, Date::ymd(2021, 9, 1).unwrap(), 60));
        assert!(!is_upcoming(&t, None, Date::ymd(2021, 6, 1).unwrap(), 60));
        assert!(!is_upcoming(&t, Some(TaskStatus::Done), Date::ymd(2021, 9, 1).unwrap(), 60));
    }
}
