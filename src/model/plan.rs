//! The checked plan data: units, plans with their indicators, targets and
//! tasks, and reports with their values — every reference resolved to an
//! index. Built by `units`, `plan_check` and `report_check`; pure data.

use std::collections::HashMap;

use crate::content::data::{
    AchievedBy, AssessmentStatus, Cadence, Combine, Comparison, Direction, IndicatorKind, Scope, TaskStatus, ValueType,
};
use crate::date::Date;
use crate::diagnostics::{Diagnostics, did_you_mean};
use crate::model::PageId;
use crate::model::locate::Locator;
use crate::model::period::Period;

pub use crate::model::plan_check::plan;
pub use crate::model::report_check::report;
pub use crate::model::units::units;

pub type UnitId = usize;
pub type PlanId = usize;
pub type ReportId = usize;

/// Where a unit stands among administrative levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Province,
    /// Quận, huyện… (none since 1 July 2025).
    District,
    /// Phường, xã, thị trấn, đặc khu: the "wards".
    Commune,
    /// Tổ dân phố, thôn, ấp, khu phố, bản, xóm: below a commune.
    Group,
    /// Not a territory: a body, department, Party or mass organisation.
    Body,
}

/// Unit kinds: (id, catalogue id of its name, catalogue id of its name
/// inside a sentence, level).
pub const UNIT_KINDS: &[(&str, &str, &str, Level)] = &[
    ("tinh", "unit-kind-tinh", "unit-kinds-tinh", Level::Province),
    ("quan", "unit-kind-quan", "unit-kinds-quan", Level::District),
    ("huyen", "unit-kind-huyen", "unit-kinds-huyen", Level::District),
    ("thi-xa", "unit-kind-thi-xa", "unit-kinds-thi-xa", Level::District),
    ("thanh-pho-thuoc-tinh", "unit-kind-thanh-pho-thuoc-tinh", "unit-kinds-thanh-pho-thuoc-tinh", Level::District),
    ("phuong", "unit-kind-phuong", "unit-kinds-phuong", Level::Commune),
    ("xa", "unit-kind-xa", "unit-kinds-xa", Level::Commune),
    ("thi-tran", "unit-kind-thi-tran", "unit-kinds-thi-tran", Level::Commune),
    ("dac-khu", "unit-kind-dac-khu", "unit-kinds-dac-khu", Level::Commune),
    ("to-dan-pho", "unit-kind-to-dan-pho", "unit-kinds-to-dan-pho", Level::Group),
    ("thon", "unit-kind-thon", "unit-kinds-thon", Level::Group),
    ("ap", "unit-kind-ap", "unit-kinds-ap", Level::Group),
    ("khu-pho", "unit-kind-khu-pho", "unit-kinds-khu-pho", Level::Group),
    ("ban", "unit-kind-ban", "unit-kinds-ban", Level::Group),
    ("xom", "unit-kind-xom", "unit-kinds-xom", Level::Group),
    ("ubnd", "unit-kind-ubnd", "unit-kinds-ubnd", Level::Body),
    ("hdnd", "unit-kind-hdnd", "unit-kinds-hdnd", Level::Body),
    ("phong-ban", "unit-kind-phong-ban", "unit-kinds-phong-ban", Level::Body),
    ("dang", "unit-kind-dang", "unit-kinds-dang", Level::Body),
    ("doan-the", "unit-kind-doan-the", "unit-kinds-doan-the", Level::Body),
    ("nganh-doc", "unit-kind-nganh-doc", "unit-kinds-nganh-doc", Level::Body),
    ("truong", "unit-kind-truong", "unit-kinds-truong", Level::Body),
    ("khac", "unit-kind-khac", "unit-kinds-khac", Level::Body),
];

#[derive(Debug)]
pub struct Unit {
    pub id: String,
    pub name: String,
    pub short: Option<String>,
    pub kind: &'static str,
    /// Catalogue ids of the kind's name, alone and inside a sentence.
    pub kind_name: &'static str,
    pub kind_in_sentence: &'static str,
    pub level: Level,
    /// Commune level (phường, xã…).
    pub is_ward: bool,
    pub parent: Option<UnitId>,
    pub names: Vec<String>,
    pub from: Option<Date>,
    pub until: Option<Date>,
    pub successors: Vec<Successor>,
    /// Units this one succeeded (derived from their `successors`), with
    /// whether it took over only part of each.
    pub predecessors: Vec<(UnitId, bool)>,
    pub children: Vec<UnitId>,
    /// Its data had a mistake, already reported (a parent chain that
    /// looped and was cut, an unknown kind): checks that depend on it are
    /// skipped rather than repeat the mistake.
    pub uncertain: bool,
    /// Address of the unit's page.
    pub path: String,
}

impl Unit {
    /// A territory (province, district, commune or residential group).
    pub fn is_territory(&self) -> bool {
        self.level != Level::Body
    }

    /// Whether the unit existed on the last day of `p` (a unit dissolved
    /// in June does not report for the year).
    pub fn existed_at_end(&self, p: Period) -> bool {
        let end = p.end().date();
        self.from.is_none_or(|f| f.date() <= end) && self.until.is_none_or(|u| u.date() >= end)
    }
}

#[derive(Debug)]
pub struct Successor {
    pub unit: UnitId,
    pub from: Date,
    pub partial: bool,
    pub note: Option<String>,
}

#[derive(Debug)]
pub struct Plan {
    pub page: PageId,
    pub area: UnitId,
    pub start: i16,
    pub end: i16,
    /// The last day the plan applies: the end of its last year, or the
    /// last day its area existed, whichever comes first.
    pub ends: Date,
    pub illustrative: bool,
    pub reporting: Vec<Reporting>,
    pub indicators: Vec<Indicator>,
    pub groups: Vec<Group>,
    pub tasks: Vec<Task>,
    /// Indicator ids and task numbers left out for a mistake already
    /// reported: reports naming them say nothing more.
    pub refused: Vec<String>,
    /// This plan's reports, oldest period first.
    pub reports: Vec<ReportId>,
}

impl Plan {
    /// Whether the plan still applies on `today`.
    pub fn is_current(&self, today: Date) -> bool {
        today.date() <= self.ends.date()
    }

    /// The plan's years as a reader writes them: "2026" for one year,
    /// "2021–2025" for several.
    pub fn years(&self) -> String {
        span(self.start, self.end)
    }
}

#[derive(Debug)]
pub struct Reporting {
    pub cadence: Cadence,
    pub by: UnitId,
    pub to: Option<UnitId>,
    /// The first period to report.
    pub from: Period,
    pub due_days: i32,
    pub note: Option<String>,
}

#[derive(Debug)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    /// What a value counts ("%", "ngày", "đoàn viên"); empty for qualitative.
    pub measure: String,
    pub kind: IndicatorKind,
    pub direction: Direction,
    pub scope: Scope,
    pub combine: Combine,
    pub weighted_by: Option<String>,
    /// The way parts combine was refused (a mistake already reported):
    /// weights in reports are then not checked against it.
    pub combine_refused: bool,
    pub achieved_by: AchievedBy,
    pub baseline: Option<(i16, f64)>,
    pub targets: Vec<Target>,
    pub parent: Option<usize>,
    pub note: Option<String>,
    pub path: String,
}

#[derive(Debug, Clone)]
pub struct Target {
    /// A year, or a half, quarter or month of a roadmap.
    pub period: Period,
    pub value: Option<f64>,
    pub text: Option<String>,
    pub comparison: Comparison,
}

impl Target {
    pub fn year(&self) -> i16 {
        self.period.year()
    }
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

impl Task {
    /// A task with a status per period (monthly … yearly).
    pub fn is_recurring(&self) -> bool {
        matches!(self.cadence, Cadence::Monthly | Cadence::Quarterly | Cadence::HalfYearly | Cadence::Yearly)
    }
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

#[derive(Debug, Clone, PartialEq)]
pub struct ReportValue {
    pub indicator: usize,
    pub value: Reported,
    pub kind: ValueType,
    pub units: Vec<UnitValue>,
}

/// What a report says of an indicator.
#[derive(Debug, Clone, PartialEq)]
pub enum Reported {
    Number(f64),
    /// A qualitative indicator's assessment.
    Assessment(AssessmentStatus, Option<String>),
}

impl ReportValue {
    pub fn number(&self) -> Option<f64> {
        match self.value {
            Reported::Number(v) => Some(v),
            Reported::Assessment(..) => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitValue {
    pub unit: UnitId,
    pub value: f64,
    pub weight: Option<f64>,
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
    pub fn resolve(&self, id: &str, at: &Locator, anchor: usize, diags: &mut Diagnostics) -> Option<UnitId> {
        let found = self.get(id);
        if found.is_none() {
            let help = match did_you_mean(id, self.units.iter().map(|u| u.id.as_str())) {
                Some(m) => crate::msg!("did-you-mean", name = m),
                None => crate::msg!("unit-unknown-help"),
            };
            diags.push(at.error_after(anchor, id, crate::msg!("unit-unknown", id = id)).with_help(help));
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

    /// The territorial units directly below `area` at the end of `p`.
    pub fn parts_of(&self, area: UnitId, p: Period) -> Vec<UnitId> {
        self.units[area]
            .children
            .iter()
            .copied()
            .filter(|c| self.units[*c].is_territory() && self.units[*c].existed_at_end(p))
            .collect()
    }
}

/// How a part of the area is called in a sentence: "phường", "tổ dân phố"
/// — the kind of all of `units` when they share one, else "đơn vị".
pub fn parts_label(units: &[Unit], ids: &[UnitId], n: usize) -> crate::messages::Msg {
    let mut kinds = ids.iter().map(|u| units[*u].kind_in_sentence);
    match kinds.next() {
        Some(k) if kinds.all(|x| x == k) => crate::messages::Msg::new(k).arg("n", n),
        _ => crate::msg!("unit-kinds-other", n = n),
    }
}

fn span(start: i16, end: i16) -> String {
    if start == end { start.to_string() } else { format!("{start}–{end}") }
}

#[cfg(test)]
mod span_tests {
    #[test]
    fn one_year_is_written_once() {
        assert_eq!(super::span(2026, 2026), "2026");
        assert_eq!(super::span(2021, 2025), "2021–2025");
    }
}
