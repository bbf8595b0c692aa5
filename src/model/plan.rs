//! Units, plans, indicators, tasks and reports: the raw YAML checked and
//! linked — every unit id, indicator id, task number and period resolved, or
//! reported with its file, line and a "did you mean". Pure: no I/O.

use std::collections::HashMap;

use crate::content::data::{
    Cadence, Comparison, Direction, IndicatorKind, RawPlan, RawReport, RawUnit, RawValue, Scope, TaskStatus,
};
use crate::content::{DataFile, PageSource};
use crate::date::Date;
use crate::diagnostics::{Diagnostics, did_you_mean};
use crate::model::locate::{Locator, find_from};
use crate::model::period::Period;
use crate::model::{PageId, paths};

pub type UnitId = usize;
pub type PlanId = usize;
pub type ReportId = usize;

/// Unit kinds: (id, label, whether it is the commune level, i.e. a "ward").
pub const UNIT_KINDS: &[(&str, &str, bool)] = &[
    ("tinh", "Tỉnh, thành phố", false),
    ("quan", "Quận", false),
    ("huyen", "Huyện", false),
    ("thi-xa", "Thị xã", false),
    ("thanh-pho-thuoc-tinh", "Thành phố thuộc tỉnh", false),
    ("phuong", "Phường", true),
    ("xa", "Xã", true),
    ("thi-tran", "Thị trấn", true),
    ("dac-khu", "Đặc khu", true),
    ("ubnd", "Ủy ban nhân dân", false),
    ("hdnd", "Hội đồng nhân dân", false),
    ("phong-ban", "Phòng, ban chuyên môn", false),
    ("dang", "Tổ chức Đảng", false),
    ("doan-the", "Mặt trận, đoàn thể", false),
    ("nganh-doc", "Cơ quan ngành dọc", false),
    ("truong", "Trường học", false),
    ("khac", "Đơn vị khác", false),
];

#[derive(Debug)]
pub struct Unit {
    pub id: String,
    pub name: String,
    pub short: Option<String>,
    pub kind: &'static str,
    pub kind_label: &'static str,
    pub is_ward: bool,
    pub parent: Option<UnitId>,
    pub names: Vec<String>,
    pub from: Option<Date>,
    pub until: Option<Date>,
    pub successors: Vec<Successor>,
    /// Units this one succeeded (derived from their `successors`).
    pub predecessors: Vec<UnitId>,
    pub children: Vec<UnitId>,
    /// Address of the unit's page.
    pub path: String,
}

#[derive(Debug)]
pub struct Successor {
    pub unit: UnitId,
    pub from: Date,
    pub note: Option<String>,
}

#[derive(Debug)]
pub struct Plan {
    pub page: PageId,
    pub area: UnitId,
    pub start: i16,
    pub end: i16,
    pub illustrative: bool,
    pub reporting: Vec<Reporting>,
    pub indicators: Vec<Indicator>,
    pub groups: Vec<Group>,
    pub tasks: Vec<Task>,
    /// This plan's reports, oldest period first.
    pub reports: Vec<ReportId>,
}

#[derive(Debug)]
pub struct Reporting {
    pub cadence: Cadence,
    pub by: UnitId,
    pub to: Option<UnitId>,
    pub note: Option<String>,
}

#[derive(Debug)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    pub measure: String,
    pub kind: IndicatorKind,
    pub direction: Direction,
    pub scope: Scope,
    pub baseline: Option<(i16, f64)>,
    pub targets: Vec<Target>,
    pub parent: Option<usize>,
    pub note: Option<String>,
    pub path: String,
}

#[derive(Debug, Clone)]
pub struct Target {
    pub year: i16,
    pub value: Option<f64>,
    pub text: Option<String>,
    pub comparison: Comparison,
}

#[derive(Debug)]
pub struct Group {
    pub number: String,
    pub title: String,
}

#[derive(Debug)]
pub struct Task {
    pub number: String,
    pub group: String,
    pub summary: String,
    pub lead: Vec<UnitId>,
    pub support: Vec<UnitId>,
    pub due: Option<Date>,
    pub cadence: Cadence,
}

#[derive(Debug)]
pub struct Report {
    pub page: PageId,
    pub plan: PlanId,
    pub period: Period,
    pub unit: UnitId,
    pub illustrative: bool,
    pub values: Vec<ReportValue>,
    pub tasks: Vec<TaskReport>,
}

#[derive(Debug, Clone)]
pub struct ReportValue {
    pub indicator: usize,
    pub total: f64,
    pub wards: Vec<(UnitId, f64)>,
}

#[derive(Debug, Clone)]
pub struct TaskReport {
    pub task: usize,
    pub status: TaskStatus,
    pub note: Option<String>,
}

/// Units by id, for lookups with a "did you mean".
pub struct UnitIndex<'a> {
    pub units: &'a [Unit],
    by_id: HashMap<&'a str, UnitId>,
}

impl<'a> UnitIndex<'a> {
    pub fn new(units: &'a [Unit]) -> Self {
        UnitIndex { units, by_id: units.iter().enumerate().map(|(i, u)| (u.id.as_str(), i)).collect() }
    }

    pub fn get(&self, id: &str) -> Option<UnitId> {
        self.by_id.get(id).copied()
    }

    /// Resolves an id or reports it at the first mention after `anchor`.
    fn resolve(&self, id: &str, at: &Locator, anchor: usize, diags: &mut Diagnostics) -> Option<UnitId> {
        let found = self.get(id);
        if found.is_none() {
            let help = match did_you_mean(id, self.units.iter().map(|u| u.id.as_str())) {
                Some(m) => format!("did you mean `{m}`?"),
                None => "units are listed in a don-vi.yaml file; add it there, or check the spelling".to_string(),
            };
            diags.push(at.error_after(anchor, id, format!("unknown unit `{id}`")).with_help(help));
        }
        found
    }

    /// The unit a document's issuer text names (its name or one of its `names`).
    pub fn by_name(&self, name: &str) -> Option<UnitId> {
        let key = crate::slug::slugify(name);
        self.units.iter().position(|u| {
            crate::slug::slugify(&u.name) == key || u.names.iter().any(|n| crate::slug::slugify(n) == key)
        })
    }
}

/// Checks and links every `don-vi.yaml`. Unit pages go under the folder of
/// the file that lists them.
pub fn units(files: &[DataFile<Vec<RawUnit>>], diags: &mut Diagnostics) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut raw: Vec<(&RawUnit, Locator)> = Vec::new();
    for f in files {
        let dir_path = paths::folder_path(f.dir());
        for u in &f.data {
            let at = Locator { shown: &f.shown, text: &f.text, base: 0 };
            let anchor = at.anchor("id", &u.id);
            if crate::slug::slugify(&u.id) != u.id {
                diags.push(
                    at.error_after(
                        anchor,
                        &u.id,
                        format!("unit id `{}` must be lowercase ASCII words joined by `-`", u.id),
                    )
                    .with_help(format!("e.g. `{}`", crate::slug::slugify(&u.id))),
                );
                continue;
            }
            if units.iter().any(|x| x.id == u.id) {
                diags.push(
                    at.error_after(anchor, &u.id, format!("two units have the id `{}`", u.id))
                        .with_help("give every unit its own id"),
                );
                continue;
            }
            let Some(&(kind, kind_label, is_ward)) = UNIT_KINDS.iter().find(|(k, _, _)| *k == u.kind) else {
                let help = match did_you_mean(&u.kind, UNIT_KINDS.iter().map(|k| k.0)) {
                    Some(m) => format!("did you mean `{m}`?"),
                    None => format!("use one of: {}", UNIT_KINDS.iter().map(|k| k.0).collect::<Vec<_>>().join(", ")),
                };
                diags.push(
                    at.error_after(anchor, &format!("kind: {}", u.kind), format!("unknown unit kind `{}`", u.kind))
                        .with_help(help),
                );
                continue;
            };
            units.push(Unit {
                id: u.id.clone(),
                name: u.name.clone(),
                short: u.short.clone(),
                kind,
                kind_label,
                is_ward,
                parent: None,
                names: u.names.clone(),
                from: u.from,
                until: u.until,
                successors: vec![],
                predecessors: vec![],
                children: vec![],
                path: format!("{dir_path}{}/", u.id),
            });
            raw.push((u, at));
        }
    }
    // Second pass: references between units.
    let mut links: Vec<(UnitId, Option<UnitId>, Vec<Successor>)> = Vec::new();
    {
        let index = UnitIndex::new(&units);
        for (i, (u, at)) in raw.iter().enumerate() {
            let anchor = at.anchor("id", &u.id);
            let parent = u.parent.as_deref().and_then(|p| index.resolve(p, at, anchor, diags));
            let successors = u
                .successors
                .iter()
                .filter_map(|s| {
                    index.resolve(&s.unit, at, anchor, diags).map(|unit| Successor {
                        unit,
                        from: s.from,
                        note: s.note.clone(),
                    })
                })
                .collect();
            links.push((i, parent, successors));
        }
    }
    for (i, parent, successors) in links {
        units[i].parent = parent;
        if let Some(p) = parent {
            units[p].children.push(i);
        }
        for s in &successors {
            units[s.unit].predecessors.push(i);
        }
        units[i].successors = successors;
    }
    units
}

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
    if raw.end < raw.start {
        diags.push(
            at.error_after(0, "end:", format!("the plan ends ({}) before it starts ({})", raw.end, raw.start))
                .with_help("`start` and `end` are the first and last years the plan covers"),
        );
    }
    let reporting = raw
        .reporting
        .iter()
        .filter_map(|r| {
            let by = index.resolve(&r.by, &at, 0, diags)?;
            let to = r.to.as_deref().and_then(|t| index.resolve(t, &at, 0, diags));
            Some(Reporting { cadence: r.cadence, by, to, note: r.note.clone() })
        })
        .collect();

    let mut indicators: Vec<Indicator> = Vec::new();
    for ind in &raw.indicators {
        let anchor = at.anchor("id", &ind.id);
        if indicators.iter().any(|i| i.id == ind.id) {
            diags.push(
                at.error_after(anchor, &ind.id, format!("two indicators have the id `{}`", ind.id))
                    .with_help("give every indicator its own id"),
            );
            continue;
        }
        let mut targets = Vec::new();
        let mut last_year = i16::MIN;
        for t in &ind.targets {
            let here = find_from(&file.text, anchor, &format!("year: {}", t.year)).unwrap_or(anchor);
            if t.year <= last_year {
                diags.push(
                    at.error_after(
                        here,
                        &t.year.to_string(),
                        format!("target years must increase: {} comes after {last_year}", t.year),
                    )
                    .with_help("list the targets from the earliest year to the latest, each year once"),
                );
            }
            last_year = last_year.max(t.year);
            if t.value.is_some() == t.text.is_some() {
                diags.push(
                    at.error_after(here, "year", format!("the {} target needs either `value` or `text`", t.year))
                        .with_help("a number goes in `value: 22000`; a target without a number in `text: Hầu hết …`"),
                );
                continue;
            }
            if let Some(v) = t.value {
                check_value(ind.kind, v, &at, here, &format!("the {} target", t.year), diags);
            }
            let default = if ind.direction == Direction::Higher { Comparison::AtLeast } else { Comparison::AtMost };
            targets.push(Target {
                year: t.year,
                value: t.value,
                text: t.text.clone(),
                comparison: t.comparison.unwrap_or(default),
            });
        }
        if let Some(b) = &ind.baseline {
            check_value(ind.kind, b.value, &at, anchor, "the baseline", diags);
        }
        indicators.push(Indicator {
            id: ind.id.clone(),
            name: ind.name.clone(),
            measure: ind.measure.clone(),
            kind: ind.kind,
            direction: ind.direction,
            scope: ind.scope,
            baseline: ind.baseline.as_ref().map(|b| (b.year, b.value)),
            targets,
            parent: None,
            note: ind.note.clone(),
            path: format!("{plan_path}{}/", crate::slug::slugify(&ind.id)),
        });
    }
    for ind in &raw.indicators {
        if let Some(p) = &ind.parent {
            let me = indicators.iter().position(|i| i.id == ind.id);
            match indicators.iter().position(|i| &i.id == p) {
                Some(pi) if Some(pi) != me => {
                    if let Some(me) = me {
                        indicators[me].parent = Some(pi);
                    }
                }
                _ => {
                    let help = match did_you_mean(p, indicators.iter().map(|i| i.id.as_str())) {
                        Some(m) => format!("did you mean `{m}`?"),
                        None => "`parent` names another indicator of this plan".to_string(),
                    };
                    diags.push(
                        at.error_after(
                            at.anchor("id", &ind.id),
                            &format!("parent: {p}"),
                            format!("unknown parent indicator `{p}`"),
                        )
                        .with_help(help),
                    );
                }
            }
        }
    }

    let groups = raw.groups.iter().map(|g| Group { number: g.number.clone(), title: g.title.clone() }).collect();
    let mut tasks: Vec<Task> = Vec::new();
    for t in &raw.tasks {
        let anchor = at.anchor("number", &t.number);
        if tasks.iter().any(|x| x.number == t.number) {
            diags.push(
                at.error_after(anchor, &t.number, format!("two tasks have the number `{}`", t.number))
                    .with_help("number every task once, e.g. 1.1, 1.2, 2.1"),
            );
            continue;
        }
        if t.lead.is_empty() {
            diags.push(
                at.error_after(anchor, &t.number, format!("task {} has no lead unit", t.number))
                    .with_help("add `lead: [unit-id]`: the unit in charge (chủ trì)"),
            );
        }
        let lead = t.lead.iter().filter_map(|u| index.resolve(u, &at, anchor, diags)).collect();
        let support = t.support.iter().filter_map(|u| index.resolve(u, &at, anchor, diags)).collect();
        let group = t.number.split('.').next().unwrap_or(&t.number).to_string();
        let cadence = t.cadence.unwrap_or(if t.due.is_some() { Cadence::Once } else { Cadence::Ongoing });
        tasks.push(Task {
            number: t.number.clone(),
            group,
            summary: t.summary.clone(),
            lead,
            support,
            due: t.due,
            cadence,
        });
    }
    // A plan with mistakes is kept (without its bad items) so its reports
    // are still checked against it; the build fails on the errors anyway.
    Some(Plan {
        page,
        area: area?,
        start: raw.start,
        end: raw.end,
        illustrative: raw.illustrative,
        reporting,
        indicators,
        groups,
        tasks,
        reports: vec![],
    })
}

/// Percentages stay within 0–100; counts are never negative.
fn check_value(kind: IndicatorKind, v: f64, at: &Locator, from: usize, what: &str, diags: &mut Diagnostics) {
    let shown = format_plain(v);
    match kind {
        IndicatorKind::Percent if !(0.0..=100.0).contains(&v) => diags.push(
            at.error_after(from, &shown, format!("{what} is {shown}, outside 0–100 for a percentage"))
                .with_help("percentages are written without `%`, between 0 and 100, e.g. 71.5"),
        ),
        IndicatorKind::Count | IndicatorKind::CountPerYear if v < 0.0 => diags.push(
            at.error_after(from, &shown, format!("{what} is {shown}, but a count cannot be negative"))
                .with_help("write the number counted, 0 or more"),
        ),
        _ => {}
    }
}

fn format_plain(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{v}") }
}

/// Checks one report page against its plan.
pub fn report(
    page: PageId,
    src: &PageSource,
    raw: &RawReport,
    plans: &[(PlanId, &Plan, &str)],
    index: &UnitIndex,
    diags: &mut Diagnostics,
) -> Option<Report> {
    let at = Locator { shown: &src.shown, text: &src.text, base: src.yaml_start };
    let start = at.anchor("report", "").max(src.yaml_start);
    let wanted = super::normalize_number(&raw.plan);
    let Some(&(plan_id, plan, _)) = plans.iter().find(|(_, _, n)| super::normalize_number(n) == wanted) else {
        let help = match did_you_mean(&raw.plan, plans.iter().map(|p| p.2)) {
            Some(m) => format!("did you mean `{m}`?"),
            None => "`plan` is the number of a document whose bundle has a ke-hoach.yaml".to_string(),
        };
        diags.push(at.error_after(start, &raw.plan, format!("no plan numbered `{}`", raw.plan)).with_help(help));
        return None;
    };
    let before = diags.error_count();
    let year = raw.period.year();
    if year < plan.start || year > plan.end {
        diags.push(
            at.error_after(
                start,
                "period",
                format!("the period {} is outside the plan's years {}–{}", raw.period, plan.start, plan.end),
            )
            .with_help("check the year, or the plan's `start` and `end` in its ke-hoach.yaml"),
        );
    }
    let unit = index.resolve(&raw.unit, &at, start, diags);
    let mut values = Vec::new();
    for (id, v) in &raw.values {
        let key = find_from(&src.text, start, &format!("{id}:")).unwrap_or(start);
        let Some(i) = plan.indicators.iter().position(|ind| &ind.id == id) else {
            let help = match did_you_mean(id, plan.indicators.iter().map(|i| i.id.as_str())) {
                Some(m) => format!("did you mean `{m}`?"),
                None => format!(
                    "the plan's indicators are: {}",
                    plan.indicators.iter().map(|i| i.id.as_str()).collect::<Vec<_>>().join(", ")
                ),
            };
            diags.push(
                at.error_after(key, id, format!("the plan {} has no indicator `{id}`", raw.plan)).with_help(help),
            );
            continue;
        };
        let ind = &plan.indicators[i];
        check_value(ind.kind, v.total(), &at, key, &format!("the value of `{id}`"), diags);
        let mut wards = Vec::new();
        if let RawValue::Split { wards: ws, .. } = v {
            if ind.scope == Scope::Area && !ws.is_empty() {
                diags.push(
                    at.error_after(key, id, format!("`{id}` is reported for the whole area only, not per ward"))
                        .with_help("remove `wards:`, or set `scope: per-ward` on the indicator"),
                );
            }
            for (w, wv) in ws {
                let Some(wid) = index.resolve(w, &at, key, diags) else {
                    continue;
                };
                let u = &index.units[wid];
                if !(u.is_ward && u.parent == Some(plan.area)) {
                    diags.push(
                        at.error_after(key, w, format!("`{w}` is not a ward of {}", index.units[plan.area].name))
                            .with_help(
                                "per-ward values are for the communes and wards whose `parent` is the plan's area",
                            ),
                    );
                    continue;
                }
                check_value(ind.kind, *wv, &at, key, &format!("the value of `{id}` for `{w}`"), diags);
                wards.push((wid, *wv));
            }
        }
        values.push(ReportValue { indicator: i, total: v.total(), wards });
    }
    let mut tasks = Vec::new();
    for (n, s) in &raw.tasks {
        match plan.tasks.iter().position(|t| &t.number == n) {
            Some(t) => tasks.push(TaskReport { task: t, status: s.status, note: s.note.clone() }),
            None => {
                let help = match did_you_mean(n, plan.tasks.iter().map(|t| t.number.as_str())) {
                    Some(m) => format!("did you mean `{m}`?"),
                    None => "use the task numbers of the plan's ke-hoach.yaml".into(),
                };
                diags.push(
                    at.error_after(start, &format!("\"{n}\""), format!("the plan {} has no task `{n}`", raw.plan))
                        .with_help(help),
                );
            }
        }
    }
    if diags.error_count() > before {
        return None;
    }
    Some(Report { page, plan: plan_id, period: raw.period, unit: unit?, illustrative: raw.illustrative, values, tasks })
}
