//! Invariants of every computed figure, over generated indicators, targets,
//! baselines and series of values (proptest): progress within 0–100%, a
//! judgement that agrees with the values and the target, no bar beside a
//! judgement made without a line, changes within one series, shares and
//! ranks of a breakdown that make sense, and every step bounded (each case
//! runs in microseconds: no loop depends on the figures' magnitude).

use proptest::prelude::*;

use super::*;
use crate::content::data::{Combine, Scope};
use crate::model::parts::{parts_gap, parts_ranking};
use crate::model::plan::{ReportValue, Reported, UnitValue};

fn period() -> impl Strategy<Value = Period> {
    (2020i16..2032, 0u8..4, 1u8..13).prop_map(|(y, kind, n)| match kind {
        0 => Period::Year(y),
        1 => Period::Half(y, 1 + n % 2),
        2 => Period::Quarter(y, 1 + n % 4),
        _ => Period::Month(y, n),
    })
}

fn value_type() -> impl Strategy<Value = ValueType> {
    prop_oneof![Just(ValueType::Period), Just(ValueType::Cumulative), Just(ValueType::Estimate)]
}

fn comparison() -> impl Strategy<Value = Comparison> {
    prop_oneof![
        Just(Comparison::AtLeast),
        Just(Comparison::MoreThan),
        Just(Comparison::About),
        Just(Comparison::AtMost),
        Just(Comparison::LessThan)
    ]
}

fn kind() -> impl Strategy<Value = IndicatorKind> {
    prop_oneof![
        Just(IndicatorKind::Count),
        Just(IndicatorKind::Percent),
        Just(IndicatorKind::CountPerYear),
        Just(IndicatorKind::Average)
    ]
}

/// Values as staff write them: percentages within 0–100, counts up to a
/// million, sometimes exactly equal to a target or a baseline.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![0.0f64..100.0, 0.0f64..1e6, Just(0.0), Just(100.0), (0u32..200).prop_map(f64::from)]
}

prop_compose! {
    fn indicator()(
        kind in kind(),
        lower in any::<bool>(),
        any_period in any::<bool>(),
        baseline in proptest::option::of((2019i16..2026, number())),
        targets in proptest::collection::vec((period(), number(), comparison()), 0..5),
    ) -> Indicator {
        let mut targets: Vec<Target> = targets
            .into_iter()
            .map(|(p, v, c)| Target { period: if kind == IndicatorKind::CountPerYear { Period::Year(p.year()) } else { p }, value: Some(v), text: None, comparison: c })
            .collect();
        targets.sort_by_key(|t| t.period);
        targets.dedup_by_key(|t| t.period);
        Indicator {
            id: "x".into(),
            name: "x".into(),
            measure: "x".into(),
            kind,
            direction: if lower { Direction::Lower } else { Direction::Higher },
            scope: Scope::Area,
            combine: Combine::None,
            weighted_by: None,
            combine_refused: false,
            achieved_by: if any_period { AchievedBy::AnyPeriod } else { AchievedBy::FullPeriod },
            baseline,
            targets,
            parent: None,
            note: None,
            path: String::new(),
        }
    }
}

fn points() -> impl Strategy<Value = Vec<Point>> {
    proptest::collection::vec((period(), number(), value_type()), 1..8).prop_map(|v| {
        let mut ps: Vec<Point> = v
            .into_iter()
            .enumerate()
            .map(|(i, (period, value, kind))| Point { period, value, report: i, kind })
            .collect();
        ps.sort_by_key(|p| (p.period, p.key()));
        ps.dedup_by(|a, b| a.period == b.period && a.key() == b.key());
        ps
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn judgements_agree_with_progress_and_the_values(ind in indicator(), ps in points()) {
        let Some(a) = assess(&ind, &ps) else { return Ok(()) };
        let tv = a.target.value.expect("numeric target");
        let met = meets(a.latest.value, tv, a.target.comparison, ind.direction);
        // The judged value is one that was reported: traceable.
        prop_assert!(ps.contains(&a.latest));
        if let Some(p) = a.progress {
            prop_assert!((0.0..=1.0).contains(&p), "progress {p}");
        }
        match a.judgement {
            Judgement::Achieved => {
                prop_assert!(met && !a.latest.is_estimate());
                prop_assert!(a.progress.is_none_or(|p| p == 1.0), "achieved but bar {:?}", a.progress);
            }
            Judgement::Behind | Judgement::NotAchieved => {
                // Against the threshold that applies: a per-year target
                // prorated to the months the value covers.
                let short = match a.rule {
                    Rule::PerYear { expected, .. } => !meets(a.latest.value, expected, a.target.comparison, ind.direction),
                    _ => !met,
                };
                prop_assert!(short, "behind while the target is met: {a:?}");
                prop_assert!(a.progress.is_none_or(|p| p < 1.0), "behind with a full bar: {a:?}");
            }
            Judgement::TooEarly => prop_assert!(a.progress.is_none() && a.rule == Rule::NoLine),
            Judgement::OnTrack => {}
            Judgement::MostlyAchieved => prop_assert!(false, "only qualitative indicators are mostly achieved"),
        }
        if let Rule::Line { start, expected, .. } = a.rule {
            let (lo, hi) = if start.1 <= tv { (start.1, tv) } else { (tv, start.1) };
            prop_assert!(expected >= lo - 1e-9 && expected <= hi + 1e-9, "expected {expected} off the line {lo}–{hi}");
            let ahead = if ind.direction == Direction::Higher { a.latest.value >= expected } else { a.latest.value <= expected };
            prop_assert_eq!(ahead, a.judgement == Judgement::OnTrack);
            prop_assert!(a.progress.is_some(), "a line without a bar");
        }
        if a.rule == Rule::Flat {
            prop_assert!(a.progress.is_none(), "a bar when the milestone equals the target");
        }
    }

    #[test]
    fn the_latest_value_and_its_change_come_from_one_series(ps in points()) {
        let l = latest(&ps).expect("some value");
        prop_assert!(ps.iter().all(|p| p.period.end() <= l.period.end()));
        if let Some((prev, d)) = change(&ps, &l) {
            prop_assert_eq!(prev.key(), l.key());
            prop_assert!(prev.period < l.period);
            prop_assert!((l.value - prev.value - d).abs() < 1e-9);
        }
        let all: usize = split(&ps).iter().map(|(_, s)| s.len()).sum();
        prop_assert_eq!(all, ps.len());
    }

    #[test]
    fn breakdowns_rank_share_and_compare_sensibly(
        total in number(),
        units in proptest::collection::vec((number(), proptest::option::of(1.0f64..5000.0)), 0..12),
        combine in prop_oneof![Just(Combine::Sum), Just(Combine::WeightedMean), Just(Combine::None)],
        kind in kind(),
    ) {
        let mut ind = crate::model::figures::tests::ind(kind, None, &[]);
        ind.combine = combine;
        let v = ReportValue {
            indicator: 0,
            value: Reported::Number(total),
            kind: ValueType::Period,
            units: units.iter().enumerate().map(|(i, (value, weight))| UnitValue { unit: i, value: *value, weight: *weight }).collect(),
        };
        let rows = parts_ranking(&ind, &v);
        prop_assert_eq!(rows.len(), units.len());
        if let Some(first) = rows.first() {
            prop_assert_eq!(first.rank, 1);
        }
        for (i, w) in rows.windows(2).enumerate() {
            // Equal values share a rank; otherwise the rank is the place.
            let expected = if w[1].value == w[0].value { w[0].rank } else { i + 2 };
            prop_assert_eq!(w[1].rank, expected);
        }
        for r in &rows {
            prop_assert!(r.rank >= 1 && r.rank <= rows.len());
            if let Some(s) = r.share {
                prop_assert!(combine == Combine::Sum, "a share of what does not add up");
                prop_assert!((0.0..=1.0).contains(&s), "share {s}");
            }
        }
        match parts_gap(&ind, &v) {
            Some(crate::model::parts::PartsGap::Mean { mean, .. }) => {
                let lo = units.iter().map(|u| u.0).fold(f64::INFINITY, f64::min);
                let hi = units.iter().map(|u| u.0).fold(f64::NEG_INFINITY, f64::max);
                prop_assert!(mean >= lo - 1e-6 && mean <= hi + 1e-6, "a mean outside its values");
                prop_assert_eq!(combine, Combine::WeightedMean);
            }
            Some(crate::model::parts::PartsGap::Sum { .. }) => prop_assert_eq!(combine, Combine::Sum),
            None => {}
        }
    }

    #[test]
    fn numbers_are_read_back_as_written_and_nothing_else_is(s in "[-+0-9.,e%x _a-z]{0,12}") {
        // Whatever is typed, the reader answers (never panics), and any
        // number it accepts is finite, within bounds, with no thousands dot.
        if let Ok(v) = crate::content::scalars::parse_number(&s) {
            prop_assert!(v.is_finite() && v.abs() <= crate::content::scalars::MAX_MAGNITUDE);
            prop_assert!(!crate::content::scalars::is_dotted_thousands(s.trim().trim_start_matches(['-', '+'])));
            prop_assert!(!s.contains(',') && !s.contains('%'));
        }
    }
}
