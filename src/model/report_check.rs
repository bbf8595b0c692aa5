//! Checking one report page against its plan: the plan it names (by number,
//! date or issuer), its period, its unit, each value against the kind of
//! its indicator (a number, an assessment, per-unit values and weights) and
//! each task status against the plan's tasks. Pure: no I/O.

use crate::content::PageSource;
use crate::content::data::{Combine, IndicatorKind, RawReport, RawValue, Scope, ValueType};
use crate::diagnostics::{Diagnostics, did_you_mean};
use crate::messages::Msg;
use crate::model::PageId;
use crate::model::locate::{Locator, find_from};
use crate::model::plan::{
    Indicator, Plan, PlanId, Report, ReportValue, Reported, TaskReport, UnitIndex, UnitValue, parts_label,
};
use crate::model::plan_check::check_value;
use crate::msg;

/// How a report's `plan:` is looked up: the plan, or a message and a help
/// (None when the plan's own data had a mistake, already reported).
pub type FindPlan<'a> = dyn Fn(&str) -> Result<PlanId, Option<(Msg, Msg)>> + 'a;

/// Checks one report page against its plan.
pub fn report(
    page: PageId,
    src: &PageSource,
    raw: &RawReport,
    plans: &[Plan],
    find_plan: &FindPlan,
    index: &UnitIndex,
    diags: &mut Diagnostics,
) -> Option<Report> {
    let at = Locator { shown: &src.shown, text: &src.text, base: src.yaml_start };
    let start = at.anchor("report", "").max(src.yaml_start);
    let plan_id = match find_plan(&raw.plan) {
        Ok(p) => p,
        Err(Some((message, help))) => {
            diags.push(at.error_after(start, &raw.plan, message).with_help(help));
            return None;
        }
        Err(None) => return None,
    };
    let plan = &plans[plan_id];
    let before = diags.error_count();
    let year = raw.period.year();
    if year < plan.start || year > plan.end {
        diags.push(
            at.error_after(
                start,
                "period",
                msg!("report-period-outside", period = raw.period.name(crate::messages::lang()), years = plan.years()),
            )
            .with_help(msg!("report-period-outside-help")),
        );
    }
    let unit = index.resolve(&raw.unit, &at, start, diags);
    let mut values = Vec::new();
    let values_start = find_from(&src.text, start, "values:").unwrap_or(start);
    for (id, v) in raw.values.iter() {
        let key = find_from(&src.text, values_start, &format!("{id}:")).unwrap_or(values_start);
        let Some(i) = plan.indicators.iter().position(|ind| &ind.id == id) else {
            if plan.refused.contains(id) {
                continue;
            }
            let help = match did_you_mean(id, plan.indicators.iter().map(|i| i.id.as_str())) {
                Some(m) => msg!("did-you-mean", name = m),
                None => msg!(
                    "report-indicators-help",
                    list = plan.indicators.iter().map(|i| i.id.as_str()).collect::<Vec<_>>().join(", ")
                ),
            };
            diags.push(
                at.error_after(key, id, msg!("report-no-indicator", plan = &raw.plan, id = id.as_str()))
                    .with_help(help),
            );
            continue;
        };
        let ctx = ValueCtx { at: &at, key, id, plan, index, period: raw.period };
        if let Some(value) = ctx.value(i, &plan.indicators[i], v, diags) {
            values.push(value);
        }
    }
    let tasks = task_reports(raw, plan, &at, start, diags);
    if diags.error_count() > before {
        return None;
    }
    Some(Report { page, plan: plan_id, period: raw.period, unit: unit?, illustrative: raw.illustrative, values, tasks })
}

/// The statuses of the plan's tasks a report gives.
fn task_reports(raw: &RawReport, plan: &Plan, at: &Locator, start: usize, diags: &mut Diagnostics) -> Vec<TaskReport> {
    let mut tasks = Vec::new();
    for (n, s) in raw.tasks.iter() {
        match plan.tasks.iter().position(|t| &t.number == n) {
            Some(t) => tasks.push(TaskReport { task: t, status: s.status, note: s.note.clone() }),
            None if plan.refused.contains(n) => {}
            None => {
                let help = match did_you_mean(n, plan.tasks.iter().map(|t| t.number.as_str())) {
                    Some(m) => msg!("did-you-mean", name = m),
                    None => msg!("report-tasks-help"),
                };
                diags.push(
                    at.error_after(
                        start,
                        &format!("\"{n}\""),
                        msg!("report-no-task", plan = &raw.plan, number = n.as_str()),
                    )
                    .with_help(help),
                );
            }
        }
    }
    tasks
}

/// Where one value of a report is written and what it belongs to.
struct ValueCtx<'a> {
    at: &'a Locator<'a>,
    key: usize,
    id: &'a str,
    plan: &'a Plan,
    index: &'a UnitIndex<'a>,
    period: crate::model::period::Period,
}

impl ValueCtx<'_> {
    fn error(&self, needle: &str, message: Msg, help: Msg, diags: &mut Diagnostics) {
        diags.push(self.at.error_after(self.key, needle, message).with_help(help));
    }

    /// One value, checked against its indicator's kind, scope and combine.
    fn value(&self, i: usize, ind: &Indicator, v: &RawValue, diags: &mut Diagnostics) -> Option<ReportValue> {
        let id = self.id;
        let (reported, kind, units) = match (ind.kind == IndicatorKind::Qualitative, v) {
            (true, RawValue::Assessment(a)) => (Reported::Assessment(*a, None), ValueType::Period, None),
            (true, RawValue::Block(b)) if b.value.is_none() && b.units.is_empty() => match b.status {
                Some(s) => (Reported::Assessment(s, b.text.clone()), b.kind, None),
                None => {
                    self.error(id, msg!("value-no-status", id = id), msg!("value-no-status-help"), diags);
                    return None;
                }
            },
            (true, _) => {
                self.error(id, msg!("value-qualitative", id = id), msg!("value-qualitative-help"), diags);
                return None;
            }
            (false, RawValue::Number(n)) => (Reported::Number(*n), ValueType::Period, None),
            (false, RawValue::Block(b)) if b.status.is_none() && b.text.is_none() => match b.value {
                Some(n) => (Reported::Number(n.0), b.kind, Some(&b.units)),
                None => {
                    self.error(id, msg!("value-no-value", id = id), msg!("value-no-value-help"), diags);
                    return None;
                }
            },
            (false, _) => {
                self.error(id, msg!("value-needs-number", id = id), msg!("value-needs-number-help"), diags);
                return None;
            }
        };
        if let Reported::Number(n) = reported {
            check_value(ind.kind, n, self.at, self.key, msg!("what-value", id = id), diags);
        }
        let units = match units {
            Some(u) if !u.is_empty() => self.unit_values(ind, u, diags),
            _ => Vec::new(),
        };
        Some(ReportValue { indicator: i, value: reported, kind, units })
    }

    fn unit_values(
        &self,
        ind: &Indicator,
        raw: &crate::content::scalars::UniqueMap<String, crate::content::data::RawUnitValue>,
        diags: &mut Diagnostics,
    ) -> Vec<UnitValue> {
        let id = self.id;
        if ind.scope == Scope::Area {
            self.error(id, msg!("units-area-only", id = id), msg!("units-area-only-help"), diags);
            return Vec::new();
        }
        let area = self.plan.area;
        let parts = self.index.parts_of(area, self.period);
        let label = parts_label(self.index.units, &parts, 1);
        let mut out = Vec::new();
        for (w, uv) in raw.iter() {
            let Some(unit) = self.index.resolve(w, self.at, self.key, diags) else { continue };
            let u = &self.index.units[unit];
            // A unit whose own data had a mistake (reported) is not checked
            // against the area: that would repeat the mistake.
            let sure = !u.uncertain && !self.index.units[area].uncertain;
            if sure && !(u.is_territory() && u.parent == Some(area)) {
                let area_name = &self.index.units[area].name;
                self.error(
                    w,
                    msg!("unit-not-part", unit = w.as_str(), label = label.clone(), area = area_name),
                    msg!("unit-not-part-help"),
                    diags,
                );
                continue;
            }
            check_value(
                ind.kind,
                uv.value,
                self.at,
                self.key,
                msg!("what-unit-value", id = id, unit = w.as_str()),
                diags,
            );
            let w = w.as_str();
            match (ind.combine, uv.weight) {
                _ if ind.combine_refused => {}
                (Combine::WeightedMean, None) => {
                    self.error(w, msg!("unit-no-weight", id = id, unit = w), msg!("unit-no-weight-help"), diags)
                }
                (Combine::WeightedMean, Some(x)) if x <= 0.0 => self.error(
                    w,
                    msg!("unit-weight-positive", id = id, unit = w),
                    msg!("unit-weight-positive-help"),
                    diags,
                ),
                (Combine::Sum | Combine::None, Some(_)) => {
                    self.error(w, msg!("unit-weight-extra", id = id, unit = w), msg!("unit-weight-extra-help"), diags)
                }
                _ => {}
            }
            out.push(UnitValue { unit, value: uv.value, weight: uv.weight });
        }
        out
    }
}
