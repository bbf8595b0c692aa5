//! Tests of the derived figures, one rule each; the invariants over
//! generated plans are in `figures_props.rs`.

use super::*;
use crate::content::data::{Combine, Scope};

pub fn ind(kind: IndicatorKind, baseline: Option<(i16, f64)>, targets: &[(&str, f64)]) -> Indicator {
    Indicator {
        id: "x".into(),
        name: "x".into(),
        measure: "x".into(),
        kind,
        direction: Direction::Higher,
        scope: Scope::Area,
        combine: Combine::None,
        weighted_by: None,
        combine_refused: false,
        achieved_by: AchievedBy::FullPeriod,
        baseline,
        targets: targets
            .iter()
            .map(|&(p, v)| Target {
                period: Period::parse(p).unwrap(),
                value: Some(v),
                text: None,
                comparison: Comparison::AtLeast,
            })
            .collect(),
        parent: None,
        note: None,
        path: String::new(),
    }
}

fn pt(p: &str, value: f64) -> Point {
    Point { period: Period::parse(p).unwrap(), value, report: 0, kind: ValueType::Period }
}

fn with(p: Point, kind: ValueType) -> Point {
    Point { kind, ..p }
}

#[test]
fn on_track_and_behind_against_the_straight_line() {
    // Baseline 20.000 at the end of 2021, target 22.000 at the end of 2023:
    // the line passes 21.000 at the end of 2022.
    let i = ind(IndicatorKind::Count, Some((2021, 20000.0)), &[("2023", 22000.0), ("2030", 29000.0)]);
    let a = assess(&i, &[pt("2022", 21100.0)]).unwrap();
    assert_eq!(a.judgement, Judgement::OnTrack);
    let Rule::Line { expected, from, .. } = a.rule else { panic!("{:?}", a.rule) };
    assert_eq!(from, Milestone::Baseline(2021));
    assert!((expected - 21000.0).abs() < 5.0, "{expected}");
    assert!((a.progress.unwrap() - 0.55).abs() < 1e-9);
    assert_eq!(assess(&i, &[pt("2022", 20800.0)]).unwrap().judgement, Judgement::Behind);
    // Past the 2023 target, the next target is 2030's, and the line starts at 2023's.
    let a = assess(&i, &[pt("2024", 23500.0)]).unwrap();
    assert_eq!(a.target.year(), 2030);
    let Rule::Line { from, .. } = a.rule else { panic!() };
    assert_eq!(from, Milestone::Target(Period::Year(2023)));
    assert_eq!(assess(&i, &[pt("2023", 22000.0)]).unwrap().judgement, Judgement::Achieved);
}

#[test]
fn a_roadmap_judges_against_its_nearest_target() {
    let i = ind(
        IndicatorKind::Percent,
        Some((2025, 52.0)),
        &[("2026-Q1", 60.0), ("2026-Q2", 68.0), ("2026-Q3", 75.0), ("2026", 80.0)],
    );
    let a = assess(&i, &[pt("2026-Q2", 69.0)]).unwrap();
    assert_eq!((a.target.period, a.judgement), (Period::Quarter(2026, 2), Judgement::Achieved));
    let a = assess(&i, &[pt("2026-Q2", 69.0), pt("2026-Q3", 71.0)]).unwrap();
    assert_eq!(
        (a.target.period, a.judgement, a.rule),
        (Period::Quarter(2026, 3), Judgement::NotAchieved, Rule::Missed)
    );
    // A month inside the third quarter: on the line from Q2's 68 to Q3's 75.
    let a = assess(&i, &[pt("2026-08", 73.0)]).unwrap();
    assert_eq!(a.target.period, Period::Quarter(2026, 3));
    let Rule::Line { from, expected, .. } = a.rule else { panic!("{:?}", a.rule) };
    assert_eq!(from, Milestone::Target(Period::Quarter(2026, 2)));
    assert!(expected > 72.0 && expected < 73.0, "{expected}");
    assert_eq!(a.judgement, Judgement::OnTrack);
}

#[test]
fn a_yearly_target_is_not_achieved_by_one_month_unless_the_indicator_says() {
    let mut i = ind(IndicatorKind::Percent, Some((2025, 60.0)), &[("2026", 80.0)]);
    let a = assess(&i, &[pt("2026-03", 81.0)]).unwrap();
    assert_eq!((a.judgement, a.rule), (Judgement::OnTrack, Rule::MetEarly));
    assert_eq!(assess(&i, &[pt("2026-12", 81.0)]).unwrap().judgement, Judgement::OnTrack);
    assert_eq!(assess(&i, &[pt("2026", 81.0)]).unwrap().judgement, Judgement::Achieved);
    // A cumulative value to the year's last day covers the year.
    assert_eq!(assess(&i, &[with(pt("2026-Q4", 81.0), ValueType::Cumulative)]).unwrap().judgement, Judgement::Achieved);
    // An estimate never shows a target achieved.
    assert_eq!(assess(&i, &[with(pt("2026", 81.0), ValueType::Estimate)]).unwrap().judgement, Judgement::OnTrack);
    i.achieved_by = AchievedBy::AnyPeriod;
    assert_eq!(assess(&i, &[pt("2026-03", 81.0)]).unwrap().judgement, Judgement::Achieved);
}

#[test]
fn without_a_line_there_is_no_progress_bar() {
    let i = ind(IndicatorKind::Percent, None, &[("2025", 80.0)]);
    let a = assess(&i, &[pt("2022", 70.0)]).unwrap();
    assert_eq!((a.judgement, a.progress), (Judgement::TooEarly, None));
    let a = assess(&i, &[pt("2022", 70.0), pt("2023", 71.0)]).unwrap();
    let Rule::Line { start, expected, .. } = a.rule else { panic!() };
    assert_eq!(start.1, 70.0);
    assert!(expected > 73.0 && expected < 74.0, "{expected}");
    assert_eq!(a.judgement, Judgement::Behind);
}

#[test]
fn a_baseline_equal_to_the_target_gives_no_bar() {
    // "98% chặng đường" beside "Chậm" came from here.
    let i = ind(IndicatorKind::Percent, Some((2025, 100.0)), &[("2026", 100.0)]);
    let a = assess(&i, &[pt("2026-Q1", 98.0)]).unwrap();
    assert_eq!((a.judgement, a.progress, a.rule), (Judgement::Behind, None, Rule::Flat));
}

#[test]
fn per_year_targets_are_prorated() {
    let i = ind(IndicatorKind::CountPerYear, None, &[("2030", 25.0)]);
    assert_eq!(assess(&i, &[pt("2022", 27.0)]).unwrap().judgement, Judgement::Achieved);
    let a = assess(&i, &[pt("2022-H1", 13.0)]).unwrap();
    assert_eq!((a.judgement, a.progress), (Judgement::OnTrack, Some(0.52)));
    assert_eq!(assess(&i, &[pt("2022-H1", 12.0)]).unwrap().judgement, Judgement::Behind);
    // A third quarter alone: prorated to three months, no bar.
    let a = assess(&i, &[pt("2022-Q3", 7.0)]).unwrap();
    assert_eq!((a.judgement, a.progress), (Judgement::OnTrack, None));
    // Cumulative to September: nine months.
    let a = assess(&i, &[with(pt("2022-Q3", 18.0), ValueType::Cumulative)]).unwrap();
    assert_eq!((a.judgement, a.rule), (Judgement::Behind, Rule::PerYear { expected: 18.75, months: 9 }));
}

#[test]
fn lower_is_better() {
    let mut i = ind(IndicatorKind::Average, Some((2021, 10.0)), &[("2023", 4.0)]);
    i.direction = Direction::Lower;
    i.targets[0].comparison = Comparison::AtMost;
    assert_eq!(assess(&i, &[pt("2022", 6.0)]).unwrap().judgement, Judgement::OnTrack);
    assert_eq!(assess(&i, &[pt("2022", 8.0)]).unwrap().judgement, Judgement::Behind);
    assert_eq!(assess(&i, &[pt("2023", 4.0)]).unwrap().judgement, Judgement::Achieved);
}

#[test]
fn comparisons() {
    let h = Direction::Higher;
    assert!(meets(99.5, 99.0, Comparison::MoreThan, h) && !meets(99.0, 99.0, Comparison::MoreThan, h));
    assert!(meets(75.0, 75.0, Comparison::AtLeast, h) && meets(3.0, 3.0, Comparison::AtMost, h));
    assert!(!meets(4.0, 3.0, Comparison::LessThan, h));
    assert!(meets(3.0, 4.0, Comparison::About, Direction::Lower));
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
fn change_is_within_one_series() {
    let p = [pt("2022", 1.0), pt("2023", 3.5)];
    assert_eq!(change(&p, &p[0]), None);
    let (prev, d) = change(&p, &p[1]).unwrap();
    assert_eq!((prev.value, d), (1.0, 2.5));
    // A quarter's previous period is the previous quarter, even when a half
    // year ends on the same day.
    let p = [pt("2023-Q1", 10.0), pt("2023-H1", 30.0), pt("2023-Q2", 12.0)];
    let (prev, d) = change(&p, &p[2]).unwrap();
    assert_eq!((prev.period, d), (Period::Quarter(2023, 1), 2.0));
    assert_eq!(change(&p, &p[1]), None);
    assert_eq!(split(&p).len(), 2);
    // At the same end, the half year is the latest value.
    assert_eq!(latest(&p).unwrap().period, Period::Half(2023, 1));
}
