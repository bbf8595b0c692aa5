//! The raw shapes of the plan data staff write in YAML — units
//! (`don-vi.yaml`), plans (`ke-hoach.yaml`) and reports (`report:` in front
//! matter) — as written, before the model checks their references. The
//! format is documented in docs/plans.md.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::date::Date;
use crate::model::period::Period;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUnit {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub short: Option<String>,
    pub kind: String,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub names: Vec<String>,
    #[serde(default)]
    pub from: Option<Date>,
    #[serde(default)]
    pub until: Option<Date>,
    #[serde(default)]
    pub successors: Vec<RawSuccessor>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSuccessor {
    pub unit: String,
    pub from: Date,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cadence {
    Once,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
    Ongoing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorKind {
    Count,
    Percent,
    CountPerYear,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    #[default]
    Higher,
    Lower,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    #[default]
    Area,
    PerWard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Comparison {
    AtLeast,
    MoreThan,
    About,
    AtMost,
    LessThan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TaskStatus {
    NotStarted,
    InProgress,
    Done,
    Delayed,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlan {
    pub area: String,
    pub start: i16,
    pub end: i16,
    #[serde(default)]
    pub illustrative: bool,
    #[serde(default)]
    pub reporting: Vec<RawReporting>,
    #[serde(default)]
    pub indicators: Vec<RawIndicator>,
    #[serde(default)]
    pub groups: Vec<RawGroup>,
    #[serde(default)]
    pub tasks: Vec<RawTask>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReporting {
    pub cadence: Cadence,
    pub by: String,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    pub id: String,
    pub name: String,
    pub measure: String,
    pub kind: IndicatorKind,
    #[serde(default)]
    pub direction: Direction,
    #[serde(default)]
    pub scope: Scope,
    #[serde(default)]
    pub baseline: Option<RawPoint>,
    #[serde(default)]
    pub targets: Vec<RawTarget>,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPoint {
    pub year: i16,
    pub value: f64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTarget {
    pub year: i16,
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub comparison: Option<Comparison>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub number: String,
    pub title: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTask {
    pub number: String,
    pub summary: String,
    #[serde(default)]
    pub lead: Vec<String>,
    #[serde(default)]
    pub support: Vec<String>,
    #[serde(default)]
    pub due: Option<Date>,
    #[serde(default)]
    pub cadence: Option<Cadence>,
}

/// The `report:` block of a report page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReport {
    pub plan: String,
    pub period: Period,
    pub unit: String,
    #[serde(default)]
    pub illustrative: bool,
    #[serde(default)]
    pub values: BTreeMap<String, RawValue>,
    #[serde(default)]
    pub tasks: BTreeMap<String, RawTaskStatus>,
}

/// A reported value: the area total alone, or with per-ward values.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged, expecting = "a number, or a block with `total:` and `wards:`")]
pub enum RawValue {
    Total(f64),
    Split {
        total: f64,
        #[serde(default)]
        wards: BTreeMap<String, f64>,
    },
}

impl RawValue {
    pub fn total(&self) -> f64 {
        match self {
            RawValue::Total(t) | RawValue::Split { total: t, .. } => *t,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTaskStatus {
    pub status: TaskStatus,
    #[serde(default)]
    pub note: Option<String>,
}

/// Numbers written the Vietnamese way (`22.000`) that YAML reads as
/// decimals (22.0): byte offsets of each, for a located error.
pub fn dotted_thousands(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (line_start, line) in text.split_inclusive('\n').scan(0, |pos, l| {
        let s = *pos;
        *pos += l.len();
        Some((s, l))
    }) {
        let Some(colon) = line.find(": ") else {
            continue;
        };
        let value = line[colon + 2..].trim_end();
        let value = value.split(" #").next().unwrap_or(value).trim();
        let groups: Vec<&str> = value.split('.').collect();
        let is_dotted = groups.len() >= 2
            && (1..=3).contains(&groups[0].len())
            && groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
            && groups[1..].iter().all(|g| g.len() == 3);
        if is_dotted {
            out.push(line_start + colon + 2 + (line[colon + 2..].len() - line[colon + 2..].trim_start().len()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_vietnamese_thousands_separators() {
        let t = "a: 22.000\nb: 22000\nc: 71.5\nd: 1.234.567 # x\ne: \"22.000\"\n";
        let found: Vec<&str> = dotted_thousands(t).iter().map(|&i| &t[i..i + 2]).collect();
        assert_eq!(found, ["22", "1."]);
    }

    #[test]
    fn values_are_a_number_or_a_split() {
        let v: BTreeMap<String, RawValue> =
            crate::yaml::from_str("a: 5\nb: {total: 3, wards: {x: 1, y: 2}}\n").unwrap();
        assert_eq!(v["a"].total(), 5.0);
        assert!(matches!(&v["b"], RawValue::Split { wards, .. } if wards.len() == 2));
        let e = crate::yaml::from_str::<BTreeMap<String, RawValue>>("a: nhiều\n").unwrap_err();
        let text = e.message.text(crate::messages::Lang::En);
        assert!(text.contains("a number, or a block"), "{text}");
    }
}
