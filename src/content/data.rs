//! The raw shapes of the plan data staff write in YAML — units
//! (`don-vi.yaml`), plans (`ke-hoach.yaml`) and reports (`report:` in front
//! matter) — as written, before the model checks their references. Every
//! number is a [`Number`], every keyword is accepted in English or
//! Vietnamese, every mapping refuses a key written twice. The format is
//! documented in docs/plans.md.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::content::scalars::{Keyword, Number, UniqueMap, Year, keywords, parse_number};
use crate::date::Date;
use crate::model::period::Period;
use crate::msg;
use crate::yaml::{Placeholder, invalid, scalar_or_block};

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
    pub partial: bool,
    #[serde(default)]
    pub note: Option<String>,
}

keywords!(Cadence, "kw-cadence", {
    Once = "once" ["một lần"],
    Monthly = "monthly" ["hằng tháng", "hàng tháng"],
    Quarterly = "quarterly" ["hằng quý", "hàng quý"],
    HalfYearly = "half-yearly" ["6 tháng", "hằng 6 tháng", "nửa năm", "6 tháng một lần"],
    Yearly = "yearly" ["hằng năm", "hàng năm"],
    Ongoing = "ongoing" ["thường xuyên"],
});

keywords!(IndicatorKind, "kw-indicator-kind", {
    Count = "count" ["số lượng"],
    Percent = "percent" ["tỷ lệ", "tỉ lệ", "phần trăm"],
    CountPerYear = "count-per-year" ["số lượng mỗi năm", "số lượng hằng năm"],
    Average = "average" ["bình quân", "trung bình"],
    Qualitative = "qualitative" ["định tính"],
});

keywords!(
    #[derive(Default)]
    Direction, "kw-direction", {
    #[default]
    Higher = "higher" ["càng cao càng tốt", "tăng", "cao"],
    Lower = "lower" ["càng thấp càng tốt", "giảm", "thấp"],
});

keywords!(
    #[derive(Default)]
    Scope, "kw-scope", {
    #[default]
    Area = "area" ["toàn địa bàn"],
    PerUnit = "per-unit" ["theo đơn vị", "per-ward", "theo phường"],
});

keywords!(Combine, "kw-combine", {
    Sum = "sum" ["cộng", "tổng"],
    WeightedMean = "weighted-mean" ["bình quân gia quyền"],
    None = "none" ["không cộng"],
});

keywords!(
    #[derive(Default)]
    AchievedBy, "kw-achieved-by", {
    #[default]
    FullPeriod = "full-period" ["cả kỳ"],
    AnyPeriod = "any-period" ["mọi kỳ"],
});

keywords!(Comparison, "kw-comparison", {
    AtLeast = "at-least" ["ít nhất", "tối thiểu", "trở lên", "từ"],
    MoreThan = "more-than" ["trên", "hơn"],
    About = "about" ["khoảng", "khoảng chừng"],
    AtMost = "at-most" ["tối đa", "không quá"],
    LessThan = "less-than" ["dưới", "ít hơn"],
});

keywords!(TaskStatus, "kw-task-status", {
    NotStarted = "not-started" ["chưa triển khai"],
    InProgress = "in-progress" ["đang thực hiện", "đang triển khai"],
    Done = "done" ["hoàn thành"],
    Delayed = "delayed" ["chậm tiến độ", "chậm"],
});

keywords!(
    #[derive(Default)]
    ValueType, "kw-value-type", {
    #[default]
    Period = "period" ["trong kỳ"],
    Cumulative = "cumulative" ["lũy kế", "lũy kế từ đầu năm"],
    Estimate = "estimate" ["ước", "ước thực hiện", "ước tính"],
});

keywords!(AssessmentStatus, "kw-assessment", {
    Achieved = "achieved" ["đạt"],
    MostlyAchieved = "mostly-achieved" ["cơ bản đạt"],
    NotAchieved = "not-achieved" ["chưa đạt", "không đạt"],
});

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlan {
    pub area: String,
    pub start: Year,
    pub end: Year,
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
    pub from: Option<Period>,
    #[serde(default)]
    pub due_days: Option<Number>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub measure: Option<String>,
    pub kind: IndicatorKind,
    #[serde(default)]
    pub direction: Option<Direction>,
    #[serde(default)]
    pub scope: Scope,
    #[serde(default)]
    pub combine: Option<Combine>,
    #[serde(default)]
    pub weighted_by: Option<String>,
    #[serde(default)]
    pub achieved_by: AchievedBy,
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
    pub year: Year,
    pub value: Number,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTarget {
    #[serde(default)]
    pub year: Option<Year>,
    #[serde(default)]
    pub period: Option<Period>,
    #[serde(default)]
    pub value: Option<Number>,
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
    pub values: UniqueMap<String, RawValue>,
    #[serde(default)]
    pub tasks: UniqueMap<String, RawTaskStatus>,
}

/// A reported value: a number (the area's value for the period), an
/// assessment word (qualitative indicators), or a block.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    Number(f64),
    Assessment(AssessmentStatus),
    Block(RawValueBlock),
}

/// The block form of a reported value.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawValueBlock {
    #[serde(default, alias = "total")]
    pub value: Option<Number>,
    #[serde(default, rename = "type")]
    pub kind: ValueType,
    #[serde(default, alias = "wards")]
    pub units: UniqueMap<String, RawUnitValue>,
    #[serde(default)]
    pub status: Option<AssessmentStatus>,
    #[serde(default)]
    pub text: Option<String>,
}

/// One unit's value: a number, or a value with its weight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RawUnitValue {
    pub value: f64,
    pub weight: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnitBlock {
    value: Number,
    #[serde(default)]
    weight: Option<Number>,
}

impl Placeholder for RawValue {
    fn placeholder() -> Self {
        RawValue::Number(0.0)
    }
}

impl Placeholder for RawUnitValue {
    fn placeholder() -> Self {
        RawUnitValue { value: 0.0, weight: None }
    }
}

/// A figure serde_yaml already turned into a number (only when a value is
/// read outside [`crate::yaml::from_str`]'s two passes).
fn checked<E: de::Error>(v: f64) -> Result<f64, E> {
    parse_number(&v.to_string()).map_err(|e| invalid(e.message, e.help))
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                crate::yaml::expecting(f, msg!("expect-value"))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawValue, E> {
                match parse_number(s) {
                    Ok(v) => Ok(RawValue::Number(v)),
                    Err(e) => match AssessmentStatus::from_text(s) {
                        Some(a) => Ok(RawValue::Assessment(a)),
                        None if e.message.id == "number-not-number"
                            && s.chars().any(char::is_alphabetic)
                            && !s.chars().any(|c| c.is_ascii_digit()) =>
                        {
                            Err(invalid(msg!("value-neither", written = s.trim()), msg!("value-neither-help")))
                        }
                        None => Err(invalid(e.message, e.help)),
                    },
                }
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawValue, E> {
                checked(v).map(RawValue::Number)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawValue, E> {
                checked(v as f64).map(RawValue::Number)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawValue, E> {
                checked(v as f64).map(RawValue::Number)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawValue, A::Error> {
                RawValueBlock::deserialize(de::value::MapAccessDeserializer::new(map)).map(RawValue::Block)
            }
        }
        scalar_or_block(d, V)
    }
}

impl<'de> Deserialize<'de> for RawUnitValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawUnitValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                crate::yaml::expecting(f, msg!("expect-unit-value"))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawUnitValue, E> {
                parse_number(s)
                    .map(|value| RawUnitValue { value, weight: None })
                    .map_err(|e| invalid(e.message, e.help))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawUnitValue, E> {
                checked(v).map(|value| RawUnitValue { value, weight: None })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawUnitValue, E> {
                self.visit_f64(v as f64)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawUnitValue, E> {
                self.visit_f64(v as f64)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawUnitValue, A::Error> {
                let b = RawUnitBlock::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RawUnitValue { value: b.value.0, weight: b.weight.map(|w| w.0) })
            }
        }
        scalar_or_block(d, V)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTaskStatus {
    pub status: TaskStatus,
    #[serde(default)]
    pub note: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(src: &str) -> Result<UniqueMap<String, RawValue>, crate::yaml::YamlError> {
        crate::yaml::from_str(src)
    }

    #[test]
    fn values_are_a_number_an_assessment_or_a_block() {
        let v = values("a: 5\nb: {value: 3, units: {x: 1, y: {value: 2, weight: 10}}}\nc: cơ bản đạt\nd: {total: 4, type: lũy kế}\n").unwrap();
        assert_eq!(v.0[0].1, RawValue::Number(5.0));
        let RawValue::Block(b) = &v.0[1].1 else { panic!() };
        assert_eq!(b.units.0[1].1, RawUnitValue { value: 2.0, weight: Some(10.0) });
        assert_eq!(v.0[2].1, RawValue::Assessment(AssessmentStatus::MostlyAchieved));
        let RawValue::Block(d) = &v.0[3].1 else { panic!() };
        assert_eq!((d.value, d.kind), (Some(Number(4.0)), ValueType::Cumulative));
        let e = values("a: nhiều\n").unwrap_err();
        assert!(format!("{e:?}").contains("value-neither"), "{e:?}");
    }

    #[test]
    fn every_number_of_a_report_is_checked_where_it_is_written() {
        for (src, line) in [
            ("a: 22.000\n", 1),
            ("a: 1\nb: {value: 22.000}\n", 2),
            ("a: 1\nb:\n  value: 3\n  units:\n    x: 22.000\n", 5),
            ("a: 1\nb:\n  units: {x: {value: 1, weight: .inf}}\n", 3),
            ("a: 1\nb: .nan\n", 2),
            ("a: 1\nb: {value: 1e400}\n", 2),
            ("a: 0x1F\n", 1),
        ] {
            let e = values(src).unwrap_err();
            assert_eq!(e.line, line, "{src}: {e:?}");
        }
        let e = values("a:\n  value: 3\n  units:\n    x: 1\n    x: 2\n").unwrap_err();
        assert_eq!(e.line, 5, "{e:?}");
    }
}
