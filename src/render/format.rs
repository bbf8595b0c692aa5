//! Numbers, targets and statuses written the Vietnamese way: `22.000`,
//! `71,5%`, "khoảng 22.000 đoàn viên", "từ 75% trở lên", "Quý III/2023".

use crate::content::data::{AssessmentStatus, Cadence, Comparison, IndicatorKind, TaskStatus, ValueType};
use crate::model::figures::Judgement;
use crate::model::plan::Target;

/// `22000` → `22.000`, `71.5` → `71,5`, `-3` → `−3` (at most 2 decimals).
pub fn number(v: f64) -> String {
    let neg = v < 0.0;
    let v = v.abs();
    let rounded = (v * 100.0).round() / 100.0;
    let int = rounded.trunc() as u64;
    let frac = ((rounded - rounded.trunc()) * 100.0).round() as u64;
    let digits = int.to_string();
    let mut out = String::with_capacity(digits.len() + 6);
    if neg && (int > 0 || frac > 0) {
        out.push('−');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if frac > 0 {
        out.push(',');
        if frac.is_multiple_of(10) {
            out.push_str(&(frac / 10).to_string());
        } else {
            out.push_str(&format!("{frac:02}"));
        }
    }
    out
}

/// A value of an indicator: `71,5%` for percentages, `22.000` otherwise.
pub fn value(v: f64, kind: IndicatorKind) -> String {
    match kind {
        IndicatorKind::Percent => format!("{}%", number(v)),
        _ => number(v),
    }
}

/// A value with what it counts: `79,1%`, `3 ngày`, `22.000 đoàn viên`.
pub fn measured(v: f64, kind: IndicatorKind, measure: &str) -> String {
    match (kind, measure.trim()) {
        (IndicatorKind::Percent, _) | (_, "%") => format!("{}%", number(v)),
        (_, "") => number(v),
        (_, m) => format!("{} {m}", number(v)),
    }
}

/// A computed estimate (a point on the line to a target), rounded as the
/// indicator is counted: whole units for counts, one decimal for percents.
pub fn estimate(v: f64, kind: IndicatorKind) -> String {
    match kind {
        IndicatorKind::Percent | IndicatorKind::Average => value((v * 10.0).round() / 10.0, kind),
        IndicatorKind::Count | IndicatorKind::CountPerYear | IndicatorKind::Qualitative => value(v.round(), kind),
    }
}

/// A change between two values: `+1.200`, `−0,5 điểm %`.
pub fn change(delta: f64, kind: IndicatorKind) -> String {
    let sign = if delta > 0.0 { "+" } else { "" };
    match kind {
        IndicatorKind::Percent => format!("{sign}{} điểm %", number(delta)),
        _ => format!("{sign}{}", number(delta)),
    }
}

/// A share of a total: `0.125` → `12,5%`.
pub fn share(s: f64) -> String {
    format!("{}%", number((s * 1000.0).round() / 10.0))
}

/// A target as the plan states it: "khoảng 22.000 đoàn viên", "từ 75% trở
/// lên", "trên 99%", or the text of a qualitative target.
pub fn target(t: &Target, kind: IndicatorKind, measure: &str) -> String {
    let Some(v) = t.value else {
        return t.text.clone().unwrap_or_default();
    };
    let shown = measured(v, kind, measure);
    let per_year = if kind == IndicatorKind::CountPerYear { " mỗi năm" } else { "" };
    let percent = kind == IndicatorKind::Percent || measure.trim() == "%";
    match t.comparison {
        Comparison::AtLeast | Comparison::About if percent && v == 100.0 => "đạt 100%".to_string(),
        Comparison::AtMost if v == 0.0 && !percent && !measure.trim().is_empty() => {
            format!("không có {}{per_year}", measure.trim())
        }
        Comparison::AtLeast if percent => format!("từ {shown} trở lên{per_year}"),
        Comparison::AtLeast => format!("ít nhất {shown}{per_year}"),
        Comparison::MoreThan => format!("trên {shown}{per_year}"),
        Comparison::About => format!("khoảng {shown}{per_year}"),
        Comparison::AtMost => format!("tối đa {shown}{per_year}"),
        Comparison::LessThan => format!("dưới {shown}{per_year}"),
    }
}

/// (class, label) of a judgement; the class is for styling, the label
/// carries the meaning (colour is never the only signal).
pub fn judgement(j: Judgement) -> (&'static str, &'static str) {
    match j {
        Judgement::Achieved => ("dat", "Đã đạt"),
        Judgement::OnTrack => ("dung-tien-do", "Đúng tiến độ"),
        Judgement::Behind => ("cham", "Chậm so với lộ trình"),
        Judgement::TooEarly => ("chua-du", "Chưa đủ số liệu để đánh giá"),
        Judgement::MostlyAchieved => ("co-ban-dat", "Cơ bản đạt"),
        Judgement::NotAchieved => ("chua-dat", "Chưa đạt"),
    }
}

/// How an assessment of a qualitative indicator reads.
pub fn assessment(a: AssessmentStatus) -> &'static str {
    match a {
        AssessmentStatus::Achieved => "Đạt",
        AssessmentStatus::MostlyAchieved => "Cơ bản đạt",
        AssessmentStatus::NotAchieved => "Chưa đạt",
    }
}

/// What a value is, when it is not simply for its period: "lũy kế", "ước".
pub fn value_type(t: ValueType) -> Option<&'static str> {
    match t {
        ValueType::Period => None,
        ValueType::Cumulative => Some("lũy kế"),
        ValueType::Estimate => Some("ước"),
    }
}

/// The kind of an indicator, for its page.
pub fn kind(k: IndicatorKind) -> &'static str {
    match k {
        IndicatorKind::Count => "Số lượng",
        IndicatorKind::Percent => "Tỷ lệ (%)",
        IndicatorKind::CountPerYear => "Số lượng mỗi năm",
        IndicatorKind::Average => "Bình quân",
        IndicatorKind::Qualitative => "Định tính",
    }
}

pub fn status(s: TaskStatus) -> (&'static str, &'static str) {
    match s {
        TaskStatus::NotStarted => ("chua-trien-khai", "Chưa triển khai"),
        TaskStatus::InProgress => ("dang-thuc-hien", "Đang thực hiện"),
        TaskStatus::Done => ("hoan-thanh", "Hoàn thành"),
        TaskStatus::Delayed => ("cham", "Chậm tiến độ"),
    }
}

pub fn cadence(c: Cadence) -> &'static str {
    match c {
        Cadence::Once => "Một lần",
        Cadence::Monthly => "Hằng tháng",
        Cadence::Quarterly => "Hằng quý",
        Cadence::HalfYearly => "6 tháng một lần",
        Cadence::Yearly => "Hằng năm",
        Cadence::Ongoing => "Thường xuyên",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates_are_rounded_as_the_indicator_is_counted() {
        assert_eq!(estimate(22881.02, IndicatorKind::Count), "22.881");
        assert_eq!(estimate(24.6, IndicatorKind::CountPerYear), "25");
        assert_eq!(estimate(71.54, IndicatorKind::Percent), "71,5%");
    }

    #[test]
    fn vietnamese_numbers() {
        assert_eq!(number(22000.0), "22.000");
        assert_eq!(number(1234567.0), "1.234.567");
        assert_eq!(number(71.5), "71,5");
        assert_eq!(number(45.25), "45,25");
        assert_eq!(number(0.05), "0,05");
        assert_eq!(number(999.999), "1.000");
        assert_eq!(number(-1200.0), "−1.200");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(0.0), "0");
        assert_eq!(value(71.5, IndicatorKind::Percent), "71,5%");
        assert_eq!(share(0.125), "12,5%");
    }

    #[test]
    fn changes_have_a_sign() {
        assert_eq!(change(1200.0, IndicatorKind::Count), "+1.200");
        assert_eq!(change(-0.5, IndicatorKind::Percent), "−0,5 điểm %");
        assert_eq!(change(0.0, IndicatorKind::Count), "0");
    }

    #[test]
    fn targets_read_as_the_plan_writes_them() {
        let t = |value, comparison| Target {
            period: crate::model::period::Period::Year(2023),
            value: Some(value),
            text: None,
            comparison,
        };
        assert_eq!(
            target(&t(22000.0, Comparison::About), IndicatorKind::Count, "đoàn viên"),
            "khoảng 22.000 đoàn viên"
        );
        assert_eq!(target(&t(75.0, Comparison::AtLeast), IndicatorKind::Percent, "%"), "từ 75% trở lên");
        assert_eq!(target(&t(99.0, Comparison::MoreThan), IndicatorKind::Percent, "%"), "trên 99%");
        assert_eq!(
            target(&t(25.0, Comparison::AtLeast), IndicatorKind::CountPerYear, "công đoàn cơ sở"),
            "ít nhất 25 công đoàn cơ sở mỗi năm"
        );
        let q = Target {
            period: crate::model::period::Period::Year(2045),
            value: None,
            text: Some("Hầu hết".into()),
            comparison: Comparison::AtLeast,
        };
        assert_eq!(target(&q, IndicatorKind::Percent, "%"), "Hầu hết");
        assert_eq!(target(&t(100.0, Comparison::AtLeast), IndicatorKind::Percent, "%"), "đạt 100%");
        assert_eq!(target(&t(0.0, Comparison::AtMost), IndicatorKind::Count, "hồ sơ quá hạn"), "không có hồ sơ quá hạn");
        assert_eq!(target(&t(3.0, Comparison::AtMost), IndicatorKind::Average, "ngày"), "tối đa 3 ngày");
        assert_eq!(measured(79.1, IndicatorKind::Percent, "%"), "79,1%");
        assert_eq!(measured(3.0, IndicatorKind::Average, "ngày"), "3 ngày");
    }
}
