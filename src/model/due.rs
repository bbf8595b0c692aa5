//! The reports a plan's reporting duties ask for next: for each duty, the
//! first period whose report is not yet due on the build date, with the day
//! it is due. Beside `duties::missing_reports` (the periods past due with
//! no report) it tells a portal's progress summary what comes next.

use crate::date::Date;
use crate::model::duties::duty_periods;
use crate::model::period::Period;
use crate::model::plan::Plan;

/// For each duty of `plan` (by index in `plan.reporting`), the next period
/// to report and its due day, if the plan still has one on `today`.
pub fn next_reports(plan: &Plan, today: Date) -> Vec<(usize, Period, jiff::civil::Date)> {
    plan.reporting
        .iter()
        .enumerate()
        .filter_map(|(i, duty)| {
            duty_periods(plan, duty).find(|(_, due)| *due >= today.date()).map(|(p, due)| (i, p, due))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::data::Cadence;
    use crate::model::plan::Reporting;

    fn plan(from: Period, due_days: i32) -> Plan {
        Plan {
            page: 0,
            area: 0,
            start: 2026,
            end: 2026,
            ends: Date::ymd(2026, 12, 31).unwrap(),
            illustrative: false,
            reporting: vec![Reporting { cadence: Cadence::Quarterly, by: 0, to: None, from, due_days, note: None }],
            indicators: vec![],
            groups: vec![],
            tasks: vec![],
            refused: vec![],
            reports: vec![],
        }
    }

    /// The invariant: the next report is due on or after today, and the
    /// period before it (if any of the duty's) was due before today.
    #[test]
    fn the_next_report_is_the_first_not_yet_due() {
        let p = plan(Period::Quarter(2026, 1), 15);
        for (m, d) in [(1, 1), (4, 15), (4, 16), (7, 20), (10, 16), (12, 31)] {
            let today = Date::ymd(2026, m, d).unwrap();
            for (_, period, due) in next_reports(&p, today) {
                assert!(due >= today.date(), "{today:?}");
                if period != Period::Quarter(2026, 1) {
                    let before = period.previous();
                    let before_due = before.end().date().checked_add(jiff::Span::new().days(15)).unwrap();
                    assert!(before_due < today.date(), "{today:?}: {before:?} was not due yet");
                }
            }
        }
        // After the last quarter's report is due, nothing is next.
        assert!(next_reports(&p, Date::ymd(2027, 1, 16).unwrap()).is_empty());
        assert_eq!(next_reports(&p, Date::ymd(2026, 4, 16).unwrap())[0].1, Period::Quarter(2026, 2));
    }
}
