//! Numbers, targets and statuses written in the site's language: the
//! Vietnamese way `22.000`, `71,5%`, "khoảng 22.000 đoàn viên", "từ 75% trở
//! lên", "Quý III/2023"; the English way `22,000`, `71.5%`, "about 22,000 …".

use crate::content::data::{AssessmentStatus, Cadence, Comparison, IndicatorKind, TaskStatus, ValueType};
use crate::messages::{Lang, t as t_};
use crate::model::figures::Judgement;
use crate::model::plan::Target;
use crate::msg;

/// `22000` → `22.000` (`22,000` in English), `71.5` → `71,5` (`71.5`),
/// `-3` → `−3`, at most 2 decimals: the same digits in both languages, only
/// the separators differ. Any finite number, however large, keeps all its
/// digits (found by the `number` fuzz target's invariant: 1e20 was shown as
/// 18.446.744.073.709.551.615).
pub fn number(v: f64, lang: Lang) -> String {
    let (group, decimal) = lang.separators();
    let a = v.abs();
    // Hundredths rounded half away from zero (0,125 → 0,13), as people
    // round; above 2^53 every f64 is a whole number, printed exactly.
    let fixed = if a < 9.0e13 {
        let cents = (a * 100.0).round() as u64;
        format!("{}.{:02}", cents / 100, cents % 100)
    } else {
        format!("{a:.0}")
    };
    crate::text::numeral::grouped(&fixed, v.is_sign_negative(), group, decimal)
}

/// A value of an indicator: `71,5%` for percentages, `22.000` otherwise.
pub fn value(v: f64, kind: IndicatorKind, lang: Lang) -> String {
    match kind {
        IndicatorKind::Percent => format!("{}%", number(v, lang)),
        _ => number(v, lang),
    }
}

/// A value with what it counts: `79,1%`, `3 ngày`, `22.000 đoàn viên`.
pub fn measured(v: f64, kind: IndicatorKind, measure: &str, lang: Lang) -> String {
    match (kind, measure.trim()) {
        (IndicatorKind::Percent, _) | (_, "%") => format!("{}%", number(v, lang)),
        (_, "") => number(v, lang),
        (_, m) => format!("{} {m}", number(v, lang)),
    }
}

/// A computed estimate (a point on the line to a target), rounded as the
/// indicator is counted: whole units for counts, one decimal for percents.
pub fn estimate(v: f64, kind: IndicatorKind, lang: Lang) -> String {
    match kind {
        IndicatorKind::Percent | IndicatorKind::Average => value((v * 10.0).round() / 10.0, kind, lang),
        IndicatorKind::Count | IndicatorKind::CountPerYear | IndicatorKind::Qualitative => value(v.round(), kind, lang),
    }
}

/// A change between two values: `+1.200`, `−0,5 điểm %`.
pub fn change(delta: f64, kind: IndicatorKind, lang: Lang) -> String {
    let sign = if delta > 0.0 { "+" } else { "" };
    match kind {
        IndicatorKind::Percent => {
            let value = format!("{sign}{}", number(delta, lang));
            let one = number(delta.abs(), lang) == "1";
            if one { msg!("ui-change-point", value = value) } else { msg!("ui-change-points", value = value) }
                .text(lang)
        }
        _ => format!("{sign}{}", number(delta, lang)),
    }
}

/// A share of a total: `0.125` → `12,5%`.
pub fn share(s: f64, lang: Lang) -> String {
    format!("{}%", number((s * 1000.0).round() / 10.0, lang))
}

/// A target as the plan states it: "khoảng 22.000 đoàn viên", "từ 75% trở
/// lên", "trên 99%", "đạt 100%", "không có hồ sơ quá hạn", or the text of a
/// qualitative target.
pub fn target(t: &Target, kind: IndicatorKind, measure: &str, lang: Lang) -> String {
    let Some(v) = t.value else {
        return t.text.clone().unwrap_or_default();
    };
    let shown = measured(v, kind, measure, lang);
    let per_year =
        if kind == IndicatorKind::CountPerYear { format!(" {}", t_(lang, "ui-per-year")) } else { String::new() };
    let percent = kind == IndicatorKind::Percent || measure.trim() == "%";
    let m = match t.comparison {
        Comparison::AtLeast | Comparison::About if percent && v == 100.0 => msg!("ui-target-all"),
        Comparison::AtMost if v == 0.0 && !percent && !measure.trim().is_empty() => {
            msg!("ui-target-none", measure = measure.trim(), per_year = per_year)
        }
        Comparison::AtLeast if percent => msg!("ui-target-at-least-percent", value = shown, per_year = per_year),
        Comparison::AtLeast => msg!("ui-target-at-least", value = shown, per_year = per_year),
        Comparison::MoreThan => msg!("ui-target-more-than", value = shown, per_year = per_year),
        Comparison::About => msg!("ui-target-about", value = shown, per_year = per_year),
        Comparison::AtMost => msg!("ui-target-at-most", value = shown, per_year = per_year),
        Comparison::LessThan => msg!("ui-target-less-than", value = shown, per_year = per_year),
    };
    m.text(lang)
}

/// (class, label) of a judgement; the class is for styling, the label
/// carries the meaning (colour is never the only signal).
pub fn judgement(j: Judgement, lang: Lang) -> (&'static str, String) {
    let (class, id) = match j {
        Judgement::Achieved => ("dat", "ui-judgement-achieved"),
        Judgement::OnTrack => ("dung-tien-do", "ui-judgement-on-track"),
        Judgement::Behind => ("cham", "ui-judgement-behind"),
        Judgement::TooEarly => ("chua-du", "ui-judgement-too-early"),
        Judgement::MostlyAchieved => ("co-ban-dat", "ui-judgement-mostly"),
        Judgement::NotAchieved => ("chua-dat", "ui-judgement-not-achieved"),
    };
    (class, t_(lang, id))
}

/// How an assessment of a qualitative indicator reads.
pub fn assessment(a: AssessmentStatus, lang: Lang) -> String {
    t_(
        lang,
        match a {
            AssessmentStatus::Achieved => "ui-assessment-achieved",
            AssessmentStatus::MostlyAchieved => "ui-assessment-mostly",
            AssessmentStatus::NotAchieved => "ui-assessment-not",
        },
    )
}

/// What a value is, when it is not simply for its period: "lũy kế", "ước".
pub fn value_type(t: ValueType, lang: Lang) -> Option<String> {
    match t {
        ValueType::Period => None,
        ValueType::Cumulative => Some(t_(lang, "ui-type-cumulative")),
        ValueType::Estimate => Some(t_(lang, "ui-type-estimate")),
    }
}

/// The kind of an indicator, for its page.
pub fn kind(k: IndicatorKind, lang: Lang) -> String {
    t_(
        lang,
        match k {
            IndicatorKind::Count => "ui-kind-count",
            IndicatorKind::Percent => "ui-kind-percent",
            IndicatorKind::CountPerYear => "ui-kind-count-per-year",
            IndicatorKind::Average => "ui-kind-average",
            IndicatorKind::Qualitative => "ui-kind-qualitative",
        },
    )
}

/// (class, label) of a task status.
pub fn status(s: TaskStatus, lang: Lang) -> (&'static str, String) {
    let (class, id) = match s {
        TaskStatus::NotStarted => ("chua-trien-khai", "ui-status-not-started"),
        TaskStatus::InProgress => ("dang-thuc-hien", "ui-status-in-progress"),
        TaskStatus::Done => ("hoan-thanh", "ui-status-done"),
        TaskStatus::Delayed => ("cham", "ui-status-delayed"),
    };
    (class, t_(lang, id))
}

/// The CSS class of "done".
pub const DONE: &str = "hoan-thanh";
/// The CSS class of "in progress".
pub const IN_PROGRESS: &str = "dang-thuc-hien";

pub fn cadence(c: Cadence, lang: Lang) -> String {
    t_(
        lang,
        match c {
            Cadence::Once => "ui-cadence-once",
            Cadence::Monthly => "ui-cadence-monthly",
            Cadence::Quarterly => "ui-cadence-quarterly",
            Cadence::HalfYearly => "ui-cadence-half-yearly",
            Cadence::Yearly => "ui-cadence-yearly",
            Cadence::Ongoing => "ui-cadence-ongoing",
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates_are_rounded_as_the_indicator_is_counted() {
        assert_eq!(estimate(22881.02, IndicatorKind::Count, Lang::Vi), "22.881");
        assert_eq!(estimate(24.6, IndicatorKind::CountPerYear, Lang::Vi), "25");
        assert_eq!(estimate(71.54, IndicatorKind::Percent, Lang::Vi), "71,5%");
    }

    #[test]
    fn numbers_beyond_64_bits_keep_their_digits() {
        // Pinned by the `number` fuzz target's invariant (fuzz/regressions/number/).
        assert_eq!(number(1e20, Lang::Vi), "100.000.000.000.000.000.000");
        assert_eq!(number(-2.5e19, Lang::Vi), "−25.000.000.000.000.000.000");
        assert_eq!(number(0.125, Lang::Vi), "0,13");
        assert_eq!(number(89_999_999_999_999.5, Lang::Vi), "89.999.999.999.999,5");
    }

    #[test]
    fn vietnamese_numbers() {
        assert_eq!(number(22000.0, Lang::Vi), "22.000");
        assert_eq!(number(1234567.0, Lang::Vi), "1.234.567");
        assert_eq!(number(71.5, Lang::Vi), "71,5");
        assert_eq!(number(45.25, Lang::Vi), "45,25");
        assert_eq!(number(0.05, Lang::Vi), "0,05");
        assert_eq!(number(999.999, Lang::Vi), "1.000");
        assert_eq!(number(-1200.0, Lang::Vi), "−1.200");
        assert_eq!(number(-0.001, Lang::Vi), "0");
        assert_eq!(number(0.0, Lang::Vi), "0");
        assert_eq!(value(71.5, IndicatorKind::Percent, Lang::Vi), "71,5%");
        assert_eq!(share(0.125, Lang::Vi), "12,5%");
    }

    #[test]
    fn english_numbers() {
        let en = |v| number(v, Lang::En);
        assert_eq!(en(22000.0), "22,000");
        assert_eq!(en(1234567.0), "1,234,567");
        assert_eq!(en(71.5), "71.5");
        assert_eq!(en(45.25), "45.25");
        assert_eq!(en(0.05), "0.05");
        assert_eq!(en(0.125), "0.13");
        assert_eq!(en(999.999), "1,000");
        assert_eq!(en(-1200.0), "−1,200");
        assert_eq!(en(-0.001), "0");
        assert_eq!(en(1e20), "100,000,000,000,000,000,000");
        assert_eq!(value(71.5, IndicatorKind::Percent, Lang::En), "71.5%");
        assert_eq!(share(0.125, Lang::En), "12.5%");
        assert_eq!(estimate(22881.02, IndicatorKind::Count, Lang::En), "22,881");
        assert_eq!(estimate(71.54, IndicatorKind::Percent, Lang::En), "71.5%");
        assert_eq!(measured(22000.0, IndicatorKind::Count, "members", Lang::En), "22,000 members");
        assert_eq!(change(-0.5, IndicatorKind::Count, Lang::En), "−0.5");
        assert_eq!(change(1200.0, IndicatorKind::Count, Lang::En), "+1,200");
    }

    /// Both languages show the same digits, rounded the same way: only the
    /// separators differ. Swapping them in the English form gives the
    /// Vietnamese one, over whole numbers, decimals, negatives, halves
    /// (rounding), large and tiny values.
    #[test]
    fn english_and_vietnamese_differ_only_in_separators() {
        let swap = |s: &str| {
            s.chars()
                .map(|c| match c {
                    ',' => '.',
                    '.' => ',',
                    c => c,
                })
                .collect::<String>()
        };
        let mut values = vec![0.0, -0.0, 0.005, 0.125, 0.994, 0.995, 999.995, 1e15, 9.0e13, -2.5e19, 1e20, f64::MAX];
        let mut x = 0.001_f64;
        while x < 1e16 {
            for m in [1.0, 1.005, 2.5, 3.125, 7.777, 9.999] {
                values.push(x * m);
                values.push(-x * m);
            }
            x *= 7.3;
        }
        // A simple generator, reproducible: many digits in every position.
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..5000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let v = (seed % 1_000_000_000_000) as f64 / 10f64.powi((seed >> 40) as i32 % 6);
            values.push(if seed & 1 == 0 { v } else { -v });
        }
        for v in values {
            let (vi, en) = (number(v, Lang::Vi), number(v, Lang::En));
            assert_eq!(swap(&en), vi, "{v}");
            for kind in [IndicatorKind::Count, IndicatorKind::Percent, IndicatorKind::Average] {
                assert_eq!(swap(&estimate(v, kind, Lang::En)), estimate(v, kind, Lang::Vi), "{v}");
            }
            assert_eq!(swap(&share(v / 100.0, Lang::En)), share(v / 100.0, Lang::Vi), "{v}");
        }
    }

    #[test]
    fn changes_have_a_sign() {
        assert_eq!(change(1200.0, IndicatorKind::Count, Lang::Vi), "+1.200");
        assert_eq!(change(-0.5, IndicatorKind::Percent, Lang::Vi), "−0,5 điểm %");
        assert_eq!(change(0.0, IndicatorKind::Count, Lang::Vi), "0");
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
            target(&t(22000.0, Comparison::About), IndicatorKind::Count, "đoàn viên", Lang::Vi),
            "khoảng 22.000 đoàn viên"
        );
        assert_eq!(target(&t(75.0, Comparison::AtLeast), IndicatorKind::Percent, "%", Lang::Vi), "từ 75% trở lên");
        assert_eq!(target(&t(99.0, Comparison::MoreThan), IndicatorKind::Percent, "%", Lang::Vi), "trên 99%");
        assert_eq!(
            target(&t(25.0, Comparison::AtLeast), IndicatorKind::CountPerYear, "công đoàn cơ sở", Lang::Vi),
            "ít nhất 25 công đoàn cơ sở mỗi năm"
        );
        let q = Target {
            period: crate::model::period::Period::Year(2045),
            value: None,
            text: Some("Hầu hết".into()),
            comparison: Comparison::AtLeast,
        };
        assert_eq!(target(&q, IndicatorKind::Percent, "%", Lang::Vi), "Hầu hết");
        assert_eq!(target(&t(100.0, Comparison::AtLeast), IndicatorKind::Percent, "%", Lang::Vi), "đạt 100%");
        assert_eq!(
            target(&t(0.0, Comparison::AtMost), IndicatorKind::Count, "hồ sơ quá hạn", Lang::Vi),
            "không có hồ sơ quá hạn"
        );
        assert_eq!(target(&t(3.0, Comparison::AtMost), IndicatorKind::Average, "ngày", Lang::Vi), "tối đa 3 ngày");
        assert_eq!(measured(79.1, IndicatorKind::Percent, "%", Lang::Vi), "79,1%");
        assert_eq!(measured(3.0, IndicatorKind::Average, "ngày", Lang::Vi), "3 ngày");
        assert_eq!(
            target(&t(22000.0, Comparison::About), IndicatorKind::Count, "members", Lang::En),
            "about 22,000 members"
        );
    }
}
