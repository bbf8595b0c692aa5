//! Derived figures, computed at build time from the reports: each
//! indicator's values in separate series (by length of period and type),
//! the next target of its roadmap, progress towards it and whether it is on
//! track (against the straight line from the previous milestone), and the
//! change since the previous value of the same series. Pure functions;
//! docs/plans.md ("How loa judges progress") says the rules in words.

use crate::content::data::{AchievedBy, AssessmentStatus, Comparison, Direction, IndicatorKind, ValueType};
use crate::date::Date;
use crate::model::period::Period;
use crate::model::plan::{Indicator, Plan, Report, ReportId, Reported, Target};

pub use crate::model::parts::{PartRow, PartsGap, parts_gap, parts_ranking};

/// One reported number of an indicator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub period: Period,
    pub value: f64,
    pub report: ReportId,
    pub kind: ValueType,
}

/// Values are compared only within a series: the same length of period,
/// and cumulative (from January) or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SeriesKey {
    pub months: u8,
    pub cumulative: bool,
}

impl Point {
    pub fn key(&self) -> SeriesKey {
        SeriesKey { months: self.period.len_months(), cumulative: self.kind == ValueType::Cumulative }
    }
    pub fn is_estimate(&self) -> bool {
        self.kind == ValueType::Estimate
    }
    /// Months of the year the value covers from January, if it does.
    fn months_from_january(&self) -> Option<u8> {
        let end = self.period.end().month() as u8;
        (self.kind == ValueType::Cumulative || self.period.start().month() == 1).then_some(end)
    }
}

/// The numbers reported for indicator `ind` of `plan`, in period order. For
/// one period and series, a later report replaces an earlier one, and an
/// actual value replaces an estimate (never the other way round).
pub fn series(reports: &[Report], plan: &Plan, ind: usize) -> Vec<Point> {
    let mut out: Vec<Point> = Vec::new();
    for &rid in &plan.reports {
        let r = &reports[rid];
        for v in r.values.iter().filter(|v| v.indicator == ind) {
            let Reported::Number(value) = v.value else { continue };
            let p = Point { period: r.period, value, report: rid, kind: v.kind };
            let same = |q: &Point| q.period == p.period && q.key() == p.key();
            if p.is_estimate() && out.iter().any(|q| same(q) && !q.is_estimate()) {
                continue;
            }
            out.retain(|q| !same(q));
            out.push(p);
        }
    }
    out.sort_by_key(|p| (p.period, p.key()));
    out
}

/// The series of `points`, each in period order, shortest periods first.
pub fn split(points: &[Point]) -> Vec<(SeriesKey, Vec<Point>)> {
    let mut out: Vec<(SeriesKey, Vec<Point>)> = Vec::new();
    for p in points {
        match out.iter_mut().find(|(k, _)| *k == p.key()) {
            Some((_, v)) => v.push(*p),
            None => out.push((p.key(), vec![*p])),
        }
    }
    out.sort_by_key(|(k, _)| *k);
    out
}

/// The value that says most about now: the latest period end; at the same
/// end, an actual value before an estimate, the longer period, cumulative.
pub fn latest(points: &[Point]) -> Option<Point> {
    points.iter().copied().max_by_key(|p| (p.period.end(), !p.is_estimate(), p.period.len_months(), p.key().cumulative))
}

/// The change since the previous value of the same series as `of`.
pub fn change(points: &[Point], of: &Point) -> Option<(Point, f64)> {
    let prev = points.iter().filter(|p| p.key() == of.key() && p.period < of.period).max_by_key(|p| p.period)?;
    Some((*prev, of.value - prev.value))
}

/// Whether `value` satisfies a target.
pub fn meets(value: f64, target: f64, cmp: Comparison, direction: Direction) -> bool {
    match cmp {
        Comparison::AtLeast => value >= target,
        Comparison::MoreThan => value > target,
        Comparison::AtMost => value <= target,
        Comparison::LessThan => value < target,
        Comparison::About if direction == Direction::Lower => value <= target,
        Comparison::About => value >= target,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Judgement {
    /// The target is met by a value that may show it.
    Achieved,
    /// A qualitative indicator assessed "cơ bản đạt".
    MostlyAchieved,
    /// At or ahead of the line to the target (or met early).
    OnTrack,
    /// Behind the line, or the target's period ended unmet.
    Behind,
    /// The target's period is over and it was not met, or a qualitative
    /// indicator assessed "chưa đạt".
    NotAchieved,
    /// No line to compare against yet.
    TooEarly,
}

/// Where a line to the target starts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Milestone {
    /// The previous target of the roadmap, for this period.
    Target(Period),
    Baseline(i16),
    /// The first value of the same series.
    FirstValue(Period),
}

/// How the judgement was made, so the page can say it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule {
    /// Compared with the value expected on the straight line from the
    /// milestone (its date and value) to the target.
    Line {
        from: Milestone,
        start: (Date, f64),
        expected: f64,
    },
    /// A per-year target, prorated to the `months` the value covers.
    PerYear {
        expected: f64,
        months: u8,
    },
    /// Met by a value that may show it.
    Reached,
    /// Met, but by a value that does not cover the target's whole period
    /// (or an estimate): not yet achieved.
    MetEarly,
    /// The target's period is over and it was not met.
    Missed,
    /// The milestone equals the target: met or not, nothing in between.
    Flat,
    NoLine,
}

/// Where an indicator stands against its next numeric target.
#[derive(Debug, Clone)]
pub struct Assessment {
    pub target: Target,
    pub latest: Point,
    /// Share of the way from the milestone to the target, within 0–1;
    /// None when there is no way to measure.
    pub progress: Option<f64>,
    pub judgement: Judgement,
    pub rule: Rule,
}

/// The first numeric target whose period ends on or after the last day of
/// `period`, else the last numeric one.
pub fn next_target(ind: &Indicator, period: Period) -> Option<&Target> {
    let numeric = || ind.targets.iter().filter(|t| t.value.is_some());
    numeric().find(|t| t.period.end() >= period.end()).or_else(|| numeric().next_back())
}

/// Whether `p` covers the whole period of `target` (the same period, a
/// longer one ending with it, or a cumulative value to its last day).
fn covers(p: &Point, target: &Target) -> bool {
    p.period.end() == target.period.end()
        && (p.period.len_months() >= target.period.len_months()
            || (p.kind == ValueType::Cumulative && target.period.start().month() == 1))
}

/// Judges the latest of `points` against the indicator's next target.
pub fn assess(ind: &Indicator, points: &[Point]) -> Option<Assessment> {
    let latest = latest(points)?;
    let target = next_target(ind, latest.period)?.clone();
    let tv = target.value?;
    let met = meets(latest.value, tv, target.comparison, ind.direction);
    let past_deadline = latest.period.end() > target.period.end();
    let may_achieve = !latest.is_estimate()
        && (ind.achieved_by == AchievedBy::AnyPeriod || past_deadline || covers(&latest, &target));
    let done =
        |judgement, rule, progress| Some(Assessment { target: target.clone(), latest, progress, judgement, rule });
    if ind.kind == IndicatorKind::CountPerYear {
        let months = latest.months_from_january().unwrap_or(latest.period.len_months());
        let expected = tv * f64::from(months) / 12.0;
        // A bar is the share of the year's number done so far: for a
        // number to reach (not a ceiling), counted from January.
        let floor = matches!(target.comparison, Comparison::AtLeast | Comparison::MoreThan | Comparison::About);
        let progress = match latest.months_from_january() {
            Some(_) if tv > 0.0 && floor && ind.direction == Direction::Higher => {
                Some(if met { 1.0 } else { (latest.value / tv).clamp(0.0, 0.99) })
            }
            _ => None,
        };
        let full = months == 12 || ind.achieved_by == AchievedBy::AnyPeriod;
        if met && full && !latest.is_estimate() {
            return done(Judgement::Achieved, Rule::Reached, progress);
        }
        let ahead = meets(latest.value, expected, target.comparison, ind.direction);
        let j = if ahead { Judgement::OnTrack } else { Judgement::Behind };
        return done(j, Rule::PerYear { expected, months }, progress);
    }
    let milestone = milestone(ind, &target, points, &latest);
    // Not met means not the whole way, even at the target's value with a
    // strict comparison ("trên 0"): the bar then stops short of 100%.
    let line_progress = milestone.and_then(|(_, (_, m))| {
        (tv != m).then(|| ((latest.value - m) / (tv - m)).clamp(0.0, if met { 1.0 } else { 0.99 }))
    });
    if met {
        let progress = line_progress.map(|_| 1.0);
        return if may_achieve {
            done(Judgement::Achieved, Rule::Reached, progress)
        } else {
            done(Judgement::OnTrack, Rule::MetEarly, progress)
        };
    }
    if latest.period.end() >= target.period.end() {
        // The target's period is over (or ends with this value) and it is not met.
        return done(Judgement::NotAchieved, Rule::Missed, line_progress);
    }
    let Some((from, start)) = milestone else {
        return done(Judgement::TooEarly, Rule::NoLine, None);
    };
    if start.1 == tv {
        return done(Judgement::Behind, Rule::Flat, None);
    }
    let expected = interpolate(start, (target.period.end(), tv), latest.period.end());
    let ahead = if ind.direction == Direction::Higher { latest.value >= expected } else { latest.value <= expected };
    let j = if ahead { Judgement::OnTrack } else { Judgement::Behind };
    done(j, Rule::Line { from, start, expected }, line_progress)
}

/// Where the line to `target` starts: the previous numeric target, else
/// the baseline, else the first value of the latest value's series.
fn milestone(ind: &Indicator, target: &Target, points: &[Point], latest: &Point) -> Option<(Milestone, (Date, f64))> {
    let before = |d: Date| d < target.period.end();
    if let Some(t) = ind.targets.iter().rfind(|t| t.value.is_some() && before(t.period.end())) {
        return Some((Milestone::Target(t.period), (t.period.end(), t.value.unwrap_or_default())));
    }
    if let Some((y, v)) = ind.baseline
        && before(Period::Year(y).end())
    {
        return Some((Milestone::Baseline(y), (Period::Year(y).end(), v)));
    }
    points
        .iter()
        .filter(|p| p.key() == latest.key() && p.period < latest.period && !p.is_estimate())
        .min_by_key(|p| p.period)
        .map(|p| (Milestone::FirstValue(p.period), (p.period.end(), p.value)))
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

/// The latest assessment of a qualitative indicator: (report, period,
/// status, text).
pub fn latest_assessment<'a>(
    reports: &'a [Report],
    plan: &Plan,
    ind: usize,
) -> Option<(ReportId, Period, AssessmentStatus, Option<&'a str>)> {
    plan.reports
        .iter()
        .filter_map(|&rid| {
            reports[rid].values.iter().find(|v| v.indicator == ind).and_then(|v| match &v.value {
                Reported::Assessment(a, t) => Some((rid, reports[rid].period, *a, t.as_deref())),
                Reported::Number(_) => None,
            })
        })
        .max_by_key(|(rid, p, _, _)| (p.end(), p.len_months(), *rid))
}

/// The judgement a qualitative assessment amounts to.
pub fn judge_assessment(a: AssessmentStatus) -> Judgement {
    match a {
        AssessmentStatus::Achieved => Judgement::Achieved,
        AssessmentStatus::MostlyAchieved => Judgement::MostlyAchieved,
        AssessmentStatus::NotAchieved => Judgement::NotAchieved,
    }
}

#[cfg(test)]
#[path = "figures_tests.rs"]
pub(crate) mod tests;

#[cfg(test)]
#[path = "figures_props.rs"]
mod props;
