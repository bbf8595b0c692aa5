//! Breakdowns of a reported value over the units below the plan's area
//! (wards of a city, tổ dân phố of a ward): ranks, shares where values add
//! up, and whether the parts agree with the area's value — by the way the
//! indicator's parts combine (sum, weighted mean, none). Pure functions.

use crate::content::data::{Combine, Direction};
use crate::model::plan::{Indicator, ReportValue, UnitId};

/// A unit's line in a breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct PartRow {
    pub unit: UnitId,
    pub value: f64,
    pub weight: Option<f64>,
    /// Share of the area's value, 0–1: only where values add up.
    pub share: Option<f64>,
    /// 1 = best, ties share a rank.
    pub rank: usize,
}

/// Units from best to worst (by the indicator's direction), with ranks,
/// and shares where the indicator's parts are a sum.
pub fn parts_ranking(ind: &Indicator, v: &ReportValue) -> Vec<PartRow> {
    let total = v.number().unwrap_or(0.0);
    let shares = ind.combine == Combine::Sum && total > 0.0;
    let mut rows: Vec<PartRow> = v
        .units
        .iter()
        .map(|u| PartRow {
            unit: u.unit,
            value: u.value,
            weight: u.weight,
            share: (shares && u.value >= 0.0).then(|| (u.value / total).min(1.0)),
            rank: 0,
        })
        .collect();
    rows.sort_by(|a, b| {
        let o = a.value.total_cmp(&b.value);
        let o = if ind.direction == Direction::Higher { o.reverse() } else { o };
        o.then(a.unit.cmp(&b.unit))
    });
    for i in 0..rows.len() {
        rows[i].rank = if i > 0 && rows[i].value == rows[i - 1].value { rows[i - 1].rank } else { i + 1 };
    }
    rows
}

/// The units' values disagree with the area's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PartsGap {
    /// The units add up to `sum`, not the reported `total`.
    Sum { sum: f64, total: f64 },
    /// The units' weighted mean is `mean`, not the reported `total`.
    Mean { mean: f64, total: f64 },
}

/// Tolerance of a weighted mean against the reported value: values are
/// usually rounded to one decimal.
const MEAN_TOLERANCE: f64 = 0.1;

/// Whether the units' values miss the area's value, by the way the
/// indicator's parts combine; None when they agree or cannot be compared.
pub fn parts_gap(ind: &Indicator, v: &ReportValue) -> Option<PartsGap> {
    if v.units.is_empty() {
        return None;
    }
    let total = v.number()?;
    match ind.combine {
        Combine::Sum => {
            let sum: f64 = v.units.iter().map(|u| u.value).sum();
            ((sum - total).abs() > 1e-6 * total.abs().max(1.0)).then_some(PartsGap::Sum { sum, total })
        }
        Combine::WeightedMean => {
            let weights: Option<Vec<f64>> = v.units.iter().map(|u| u.weight).collect();
            let weights = weights?;
            let w: f64 = weights.iter().sum();
            if w <= 0.0 {
                return None;
            }
            let mean = v.units.iter().zip(&weights).map(|(u, w)| u.value * w).sum::<f64>() / w;
            ((mean - total).abs() > MEAN_TOLERANCE + 1e-9).then_some(PartsGap::Mean { mean, total })
        }
        Combine::None => None,
    }
}

/// A sum of decimals without the float's last-digit noise (`60.6`, not
/// `60.599999999999994`): the gap it shows is above a millionth.
fn shown(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

impl PartsGap {
    /// The build's warning: message and help.
    pub fn message(&self, id: &str) -> (crate::messages::Msg, crate::messages::Msg) {
        use crate::msg;
        match *self {
            PartsGap::Sum { sum, total } => {
                (msg!("parts-sum-gap", id = id, sum = shown(sum), total = total), msg!("parts-sum-help"))
            }
            PartsGap::Mean { mean, total } => (
                msg!("parts-mean-gap", id = id, mean = (mean * 100.0).round() / 100.0, total = total),
                msg!("parts-mean-help"),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::data::{IndicatorKind, Scope, ValueType};
    use crate::model::plan::{Reported, UnitValue};

    fn ind(kind: IndicatorKind, combine: Combine) -> Indicator {
        Indicator {
            id: "x".into(),
            name: "x".into(),
            measure: "x".into(),
            kind,
            direction: Direction::Higher,
            scope: Scope::PerUnit,
            combine,
            weighted_by: None,
            combine_refused: false,
            achieved_by: Default::default(),
            baseline: None,
            targets: vec![],
            parent: None,
            note: None,
            path: String::new(),
        }
    }

    fn value(total: f64, units: &[(usize, f64, Option<f64>)]) -> ReportValue {
        ReportValue {
            indicator: 0,
            value: Reported::Number(total),
            kind: ValueType::Period,
            units: units.iter().map(|&(unit, value, weight)| UnitValue { unit, value, weight }).collect(),
        }
    }

    #[test]
    fn sums_have_shares_and_a_check() {
        let i = ind(IndicatorKind::Count, Combine::Sum);
        let v = value(10.0, &[(0, 5.0, None), (1, 2.0, None), (2, 3.0, None)]);
        assert_eq!(parts_gap(&i, &v), None);
        let rows = parts_ranking(&i, &v);
        assert_eq!(rows.iter().map(|r| (r.unit, r.rank)).collect::<Vec<_>>(), [(0, 1), (2, 2), (1, 3)]);
        assert_eq!(rows[0].share, Some(0.5));
        assert_eq!(
            parts_gap(&i, &value(11.0, &[(0, 5.0, None), (1, 2.0, None), (2, 3.0, None)])),
            Some(PartsGap::Sum { sum: 10.0, total: 11.0 })
        );
    }

    #[test]
    fn percentages_are_never_added_up() {
        // The issue: "Tổng các phường là 146,2%, khác tổng toàn địa bàn (47,5%)".
        let i = ind(IndicatorKind::Percent, Combine::None);
        let v = value(47.5, &[(0, 70.0, None), (1, 40.0, None), (2, 36.2, None)]);
        assert_eq!(parts_gap(&i, &v), None);
        assert!(parts_ranking(&i, &v).iter().all(|r| r.share.is_none()));
        let tie = value(4.0, &[(0, 2.0, None), (1, 2.0, None)]);
        assert_eq!(parts_ranking(&i, &tie).iter().map(|r| r.rank).collect::<Vec<_>>(), [1, 1]);
    }

    #[test]
    fn weighted_means_are_checked_against_the_reported_value() {
        let i = ind(IndicatorKind::Percent, Combine::WeightedMean);
        let ok = value(64.0, &[(0, 80.0, Some(100.0)), (1, 60.0, Some(400.0))]);
        assert_eq!(parts_gap(&i, &ok), None);
        let off = value(70.0, &[(0, 80.0, Some(100.0)), (1, 60.0, Some(400.0))]);
        assert_eq!(parts_gap(&i, &off), Some(PartsGap::Mean { mean: 64.0, total: 70.0 }));
    }
}
