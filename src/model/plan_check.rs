//! Checking one plan's `ke-hoach.yaml` against the units: its area and
//! years, reporting duties, indicators (ids, kinds, how parts combine,
//! targets by year or period), task groups and tasks. Every mistake is
//! reported with its line; the plan is kept without its bad items so its
//! reports can still be checked. Pure: no I/O.

use crate::content::DataFile;
use crate::content::data::{Cadence, Combine, Comparison, Direction, IndicatorKind, RawIndicator, RawPlan};
use crate::diagnostics::{Diagnostics, did_you_mean};
use crate::messages::Msg;
use crate::model::PageId;
use crate::model::locate::{Locator, find_from};
use crate::model::period::Period;
use crate::model::plan::{Group, Indicator, Plan, Reporting, Target, Task, UnitIndex};
use crate::model::units::is_id;
use crate::msg;

/// Days after a period ends by which its report is due, unless the plan says.
pub const DEFAULT_DUE_DAYS: i32 = 15;

/// Checks one plan's data against the units.
pub fn plan(
    page: PageId,
    file: &DataFile<RawPlan>,
    index: &UnitIndex,
    plan_path: &str,
    diags: &mut Diagnostics,
) -> Option<Plan> {
    let at = Locator { shown: &file.shown, text: &file.text, base: 0 };
    let raw = &file.data;
    let area = index.resolve(&raw.area, &at, 0, diags);
    let (start, end) = (raw.start.0, raw.end.0);
    if end < start {
        diags.push(
            at.error_after(0, "end:", msg!("plan-ends-before", end = end, start = start))
                .with_help(msg!("plan-ends-before-help")),
        );
    }
    let reporting = reporting(raw, index, &at, start, diags);
    let indicators = indicators(raw, file, &at, plan_path, diags);
    let groups = groups(raw, &at, diags);
    let tasks = tasks(raw, index, &at, diags);
    let refused = raw
        .indicators
        .iter()
        .map(|i| &i.id)
        .filter(|id| !indicators.iter().any(|i| &i.id == *id))
        .chain(raw.tasks.iter().map(|t| &t.number).filter(|n| !tasks.iter().any(|t| &t.number == *n)))
        .cloned()
        .collect();
    let area = area?;
    let last_day = Period::Year(end.max(start)).end();
    let ends = match index.units[area].until {
        Some(u) if u.date() < last_day.date() => u,
        _ => last_day,
    };
    // A plan with mistakes is kept (without its bad items) so its reports
    // are still checked against it; the build fails on the errors anyway.
    Some(Plan {
        page,
        area,
        start,
        end,
        ends,
        illustrative: raw.illustrative,
        reporting,
        indicators,
        groups,
        tasks,
        refused,
        reports: vec![],
    })
}

fn reporting(raw: &RawPlan, index: &UnitIndex, at: &Locator, start: i16, diags: &mut Diagnostics) -> Vec<Reporting> {
    let mut out = Vec::new();
    let mut pos = 0;
    for r in &raw.reporting {
        let anchor = find_from(at.text, pos, "cadence:").unwrap_or(pos);
        pos = anchor + 1;
        let first = match r.cadence {
            Cadence::Monthly => Period::Month(start, 1),
            Cadence::Quarterly => Period::Quarter(start, 1),
            Cadence::HalfYearly => Period::Half(start, 1),
            Cadence::Yearly => Period::Year(start),
            Cadence::Once | Cadence::Ongoing => {
                diags.push(
                    at.error_after(anchor, "cadence", msg!("duty-no-cadence")).with_help(msg!("duty-no-cadence-help")),
                );
                continue;
            }
        };
        let from = r.from.unwrap_or(first);
        if !from.same_kind(&first) {
            diags.push(
                at.error_after(anchor, "from", msg!("duty-from-kind", from = from.to_string()))
                    .with_help(msg!("duty-from-kind-help", first = first.to_string())),
            );
        }
        let due_days = match r.due_days {
            None => DEFAULT_DUE_DAYS,
            Some(n) if n.0.fract() == 0.0 && (0.0..=366.0).contains(&n.0) => n.0 as i32,
            Some(n) => {
                diags.push(
                    at.error_after(anchor, "due_days", msg!("duty-days", written = format_plain(n.0)))
                        .with_help(msg!("duty-days-help")),
                );
                DEFAULT_DUE_DAYS
            }
        };
        let Some(by) = index.resolve(&r.by, at, anchor, diags) else { continue };
        let to = r.to.as_deref().and_then(|t| index.resolve(t, at, anchor, diags));
        out.push(Reporting { cadence: r.cadence, by, to, from, due_days, note: r.note.clone() });
    }
    out
}

fn indicators(
    raw: &RawPlan,
    file: &DataFile<RawPlan>,
    at: &Locator,
    plan_path: &str,
    diags: &mut Diagnostics,
) -> Vec<Indicator> {
    let mut out: Vec<Indicator> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for ind in &raw.indicators {
        let nth = seen.iter().filter(|x| **x == ind.id).count() + 1;
        seen.push(&ind.id);
        let anchor = at.anchor_nth("id", &ind.id, nth);
        if !is_id(&ind.id) {
            diags.push(
                at.error_after(anchor, &ind.id, msg!("ind-bad-id", id = &ind.id))
                    .with_help(msg!("ind-bad-id-help", id = crate::slug::slugify(&ind.id))),
            );
            continue;
        }
        if out.iter().any(|i| i.id == ind.id) {
            diags.push(
                at.error_after(anchor, &ind.id, msg!("ind-twice", id = &ind.id)).with_help(msg!("ind-twice-help")),
            );
            continue;
        }
        if let Some(i) = indicator(ind, file, at, anchor, plan_path, diags) {
            out.push(i);
        }
    }
    for ind in &raw.indicators {
        let Some(p) = &ind.parent else { continue };
        let Some(me) = out.iter().position(|i| i.id == ind.id) else { continue };
        let anchor = at.anchor("id", &ind.id);
        match out.iter().position(|i| &i.id == p) {
            Some(pi) if pi != me && raw.indicators.iter().any(|r| &r.id == p && r.parent.is_none()) => {
                out[me].parent = Some(pi);
            }
            Some(pi) if pi != me => diags.push(
                at.error_after(anchor, &format!("parent: {p}"), msg!("ind-parent-sub", parent = p))
                    .with_help(msg!("ind-parent-sub-help")),
            ),
            _ => {
                let help = match did_you_mean(p, out.iter().map(|i| i.id.as_str())) {
                    Some(m) => msg!("did-you-mean", name = m),
                    None => msg!("ind-parent-help"),
                };
                diags.push(
                    at.error_after(anchor, &format!("parent: {p}"), msg!("ind-parent-unknown", parent = p))
                        .with_help(help),
                );
            }
        }
    }
    out
}

/// One indicator, or None when it cannot be kept.
fn indicator(
    ind: &RawIndicator,
    file: &DataFile<RawPlan>,
    at: &Locator,
    anchor: usize,
    plan_path: &str,
    diags: &mut Diagnostics,
) -> Option<Indicator> {
    let qualitative = ind.kind == IndicatorKind::Qualitative;
    let mut problem = |field: &str, message: Msg, help: Msg| {
        diags.push(at.error_after(anchor, &format!("{field}:"), message).with_help(help));
    };
    if qualitative {
        for (field, given) in [
            ("measure", ind.measure.is_some()),
            ("direction", ind.direction.is_some()),
            ("baseline", ind.baseline.is_some()),
            ("combine", ind.combine.is_some()),
        ] {
            if given {
                problem(field, msg!("qual-field", id = &ind.id, field = field), msg!("qual-field-help"));
            }
        }
    } else if ind.measure.as_deref().is_none_or(|m| m.trim().is_empty()) {
        problem("id", msg!("ind-no-measure", id = &ind.id), msg!("ind-no-measure-help"));
    }
    let default_combine = match ind.kind {
        IndicatorKind::Count | IndicatorKind::CountPerYear => Combine::Sum,
        _ => Combine::None,
    };
    let mut combine = ind.combine.unwrap_or(default_combine);
    let combine_refused =
        combine == Combine::Sum && matches!(ind.kind, IndicatorKind::Percent | IndicatorKind::Average);
    if combine_refused {
        problem("combine", msg!("ind-no-sum", id = &ind.id), msg!("ind-no-sum-help"));
        combine = Combine::None;
    }
    if ind.weighted_by.is_some() && combine != Combine::WeightedMean {
        problem("weighted_by", msg!("ind-weighted-by", id = &ind.id), msg!("ind-weighted-by-help"));
    }
    let direction = ind.direction.unwrap_or_default();
    let targets = targets(ind, file, at, anchor, direction, diags);
    if let Some(b) = &ind.baseline {
        check_value(ind.kind, b.value.0, at, anchor, msg!("what-baseline"), diags);
    }
    Some(Indicator {
        id: ind.id.clone(),
        name: ind.name.clone(),
        measure: ind.measure.clone().unwrap_or_default(),
        kind: ind.kind,
        direction,
        scope: ind.scope,
        combine: if qualitative { Combine::None } else { combine },
        weighted_by: ind.weighted_by.clone(),
        combine_refused,
        achieved_by: ind.achieved_by,
        baseline: if qualitative { None } else { ind.baseline.as_ref().map(|b| (b.year.0, b.value.0)) },
        targets,
        parent: None,
        note: ind.note.clone(),
        path: format!("{plan_path}{}/", ind.id),
    })
}

fn targets(
    ind: &RawIndicator,
    file: &DataFile<RawPlan>,
    at: &Locator,
    anchor: usize,
    direction: Direction,
    diags: &mut Diagnostics,
) -> Vec<Target> {
    let mut out: Vec<Target> = Vec::new();
    let mut pos = anchor;
    for t in &ind.targets {
        let period = match (t.year, t.period) {
            (Some(y), None) => Period::Year(y.0),
            (None, Some(p)) => p,
            _ => {
                diags.push(
                    at.error_after(pos, "targets", msg!("target-no-when", id = &ind.id))
                        .with_help(msg!("target-no-when-help")),
                );
                continue;
            }
        };
        let written = match (t.year, t.period) {
            (Some(y), _) => format!("year: {}", y.0),
            _ => "period:".to_string(),
        };
        let here = find_from(&file.text, pos, &written).unwrap_or(pos);
        pos = here + 1;
        let name = period.name(crate::messages::lang());
        if let Some(last) = out.last()
            && period <= last.period
        {
            diags.push(
                at.error_after(
                    here,
                    &written,
                    msg!("target-order", period = &name, last = last.period.name(crate::messages::lang())),
                )
                .with_help(msg!("target-order-help")),
            );
        }
        if ind.kind == IndicatorKind::CountPerYear && !matches!(period, Period::Year(_)) {
            diags.push(
                at.error_after(here, &written, msg!("target-yearly", id = &ind.id))
                    .with_help(msg!("target-yearly-help")),
            );
        }
        if t.value.is_some() == t.text.is_some() {
            diags.push(
                at.error_after(here, &written, msg!("target-value-or-text", period = &name))
                    .with_help(msg!("target-value-or-text-help")),
            );
            continue;
        }
        if t.value.is_some() && ind.kind == IndicatorKind::Qualitative {
            diags.push(
                at.error_after(here, "value", msg!("target-qual-number", id = &ind.id))
                    .with_help(msg!("target-qual-number-help")),
            );
            continue;
        }
        if let Some(v) = t.value {
            check_value(ind.kind, v.0, at, here, msg!("what-target", period = &name), diags);
        }
        let default = if direction == Direction::Higher { Comparison::AtLeast } else { Comparison::AtMost };
        out.push(Target {
            period,
            value: t.value.map(|v| v.0),
            text: t.text.clone(),
            comparison: t.comparison.unwrap_or(default),
        });
    }
    out
}

fn groups(raw: &RawPlan, at: &Locator, diags: &mut Diagnostics) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for g in &raw.groups {
        let nth = seen.iter().filter(|x| **x == g.number).count() + 1;
        seen.push(&g.number);
        let anchor = at.anchor_nth("number", &g.number, nth);
        if !is_item_number(&g.number) {
            diags.push(bad_number(at, anchor, msg!("item-group"), &g.number));
        } else if out.iter().any(|x| x.number == g.number) {
            diags.push(
                at.error_after(anchor, &g.number, msg!("group-twice", number = &g.number))
                    .with_help(msg!("group-twice-help")),
            );
        } else {
            out.push(Group { number: g.number.clone(), title: g.title.clone() });
        }
    }
    out
}

fn tasks(raw: &RawPlan, index: &UnitIndex, at: &Locator, diags: &mut Diagnostics) -> Vec<Task> {
    let mut out: Vec<Task> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    // Task numbers come after the groups' in the file.
    let tasks_start = find_from(at.text, 0, "\ntasks:").unwrap_or(0);
    let at = Locator { base: tasks_start, ..*at };
    for t in &raw.tasks {
        let nth = seen.iter().filter(|x| **x == t.number).count() + 1;
        seen.push(&t.number);
        let anchor = at.anchor_nth("number", &t.number, nth);
        if !is_item_number(&t.number) {
            diags.push(bad_number(&at, anchor, msg!("item-task"), &t.number));
            continue;
        }
        if out.iter().any(|x| x.number == t.number) {
            diags.push(
                at.error_after(anchor, &t.number, msg!("task-twice", number = &t.number))
                    .with_help(msg!("task-twice-help")),
            );
            continue;
        }
        if t.lead.is_empty() {
            diags.push(
                at.error_after(anchor, &t.number, msg!("task-no-lead", number = &t.number))
                    .with_help(msg!("task-no-lead-help")),
            );
        }
        let lead = t.lead.iter().filter_map(|u| index.resolve(u, &at, anchor, diags)).collect();
        let support = t.support.iter().filter_map(|u| index.resolve(u, &at, anchor, diags)).collect();
        let group = t.number.split('.').next().unwrap_or(&t.number).to_string();
        let cadence = t.cadence.unwrap_or(if t.due.is_some() { Cadence::Once } else { Cadence::Ongoing });
        out.push(Task {
            number: t.number.clone(),
            group,
            summary: t.summary.clone(),
            lead,
            support,
            due: t.due,
            cadence,
        });
    }
    out
}

/// Numbers of tasks and groups: ASCII letters or digits in parts joined by
/// dots (`1`, `2.3`, `IV.1`), at most 16 characters.
pub fn is_item_number(s: &str) -> bool {
    s.len() <= 16
        && !s.is_empty()
        && s.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn bad_number(at: &Locator, anchor: usize, what: Msg, n: &str) -> crate::diagnostics::Diagnostic {
    at.error_after(anchor, n, msg!("item-bad-number", number = n, what = what)).with_help(msg!("item-bad-number-help"))
}

/// Percentages stay within 0–100; counts and averages are never negative.
pub fn check_value(kind: IndicatorKind, v: f64, at: &Locator, from: usize, what: Msg, diags: &mut Diagnostics) {
    let shown = format_plain(v);
    match kind {
        IndicatorKind::Percent if !(0.0..=100.0).contains(&v) => diags.push(
            at.error_after(from, &shown, msg!("value-percent", what = what, value = v))
                .with_help(msg!("value-percent-help")),
        ),
        IndicatorKind::Count | IndicatorKind::CountPerYear | IndicatorKind::Average if v < 0.0 => diags.push(
            at.error_after(from, &shown, msg!("value-negative", what = what, value = v))
                .with_help(msg!("value-negative-help")),
        ),
        _ => {}
    }
}

pub fn format_plain(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{v}") }
}
