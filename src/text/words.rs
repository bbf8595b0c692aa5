//! Numbers, dates and percentages in Vietnamese words, for the loudspeaker
//! script (a text read aloud over the ward's loudspeakers): `22.000` →
//! "hai mươi hai nghìn", `71,5%` → "bảy mươi mốt phẩy năm phần trăm",
//! `11/01/2022` → "ngày mười một tháng một năm hai nghìn không trăm hai mươi
//! hai". The rules are the spoken ones: "mốt" for 1 and "tư" for 4 after
//! "mươi", "lăm" for 5 after "mười"/"mươi", "linh" (or "lẻ", the southern
//! word) before a units digit after an empty tens place, and "không trăm"
//! for an empty hundreds place after a higher group.

/// Words that differ between the north and the south.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// "linh" (north, the default) or "lẻ" (south): 105 → "một trăm linh năm".
    pub zero_tens: &'static str,
    /// "nghìn" (north, the default) or "ngàn" (south).
    pub thousand: &'static str,
}

impl Default for Style {
    fn default() -> Self {
        Style { zero_tens: "linh", thousand: "nghìn" }
    }
}

impl Style {
    /// The southern words: "lẻ", "ngàn".
    pub const SOUTH: Style = Style { zero_tens: "lẻ", thousand: "ngàn" };
}

const DIGITS: [&str; 10] = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/// A whole number in words: 0 → "không", 21 → "hai mươi mốt",
/// 1_005 → "một nghìn không trăm linh năm", 22_000 → "hai mươi hai nghìn".
pub fn number(n: u64, style: Style) -> String {
    if n == 0 {
        return DIGITS[0].to_string();
    }
    let mut words = Vec::new();
    read(n, false, style, &mut words);
    words.join(" ")
}

/// Reads `n` (> 0) into `out`. `inner`: something was said before it, so
/// its first group reads an empty hundreds place. Above a billion the
/// count of "tỷ" is itself a number ("một nghìn tỷ").
fn read(n: u64, inner: bool, style: Style, out: &mut Vec<String>) {
    const BILLION: u64 = 1_000_000_000;
    if n >= BILLION {
        read(n / BILLION, inner, style, out);
        out.push("tỷ".to_string());
        if !n.is_multiple_of(BILLION) {
            read(n % BILLION, true, style, out);
        }
        return;
    }
    let groups = [(n / 1_000_000) as u16, ((n / 1000) % 1000) as u16, (n % 1000) as u16];
    let scales = ["triệu", style.thousand, ""];
    let mut said = inner;
    for (g, scale) in groups.into_iter().zip(scales) {
        if g == 0 {
            continue;
        }
        out.push(group(g, said, style));
        if !scale.is_empty() {
            out.push(scale.to_string());
        }
        said = true;
    }
}

/// One group of three digits. `inner`: a higher group stands before it, so
/// an empty hundreds place is read ("không trăm") and a lone units digit
/// gets "linh".
fn group(g: u16, inner: bool, style: Style) -> String {
    let (h, t, u) = ((g / 100) as usize, ((g / 10) % 10) as usize, (g % 10) as usize);
    let mut w: Vec<&str> = Vec::new();
    if h > 0 || inner {
        w.push(DIGITS[h]);
        w.push("trăm");
    }
    let said_hundreds = !w.is_empty();
    match t {
        0 if u == 0 => {}
        0 => {
            if said_hundreds {
                w.push(style.zero_tens);
            }
            w.push(DIGITS[u]);
        }
        1 => {
            w.push("mười");
            match u {
                0 => {}
                5 => w.push("lăm"),
                _ => w.push(DIGITS[u]),
            }
        }
        _ => {
            w.push(DIGITS[t]);
            w.push("mươi");
            match u {
                0 => {}
                1 => w.push("mốt"),
                4 => w.push("tư"),
                5 => w.push("lăm"),
                _ => w.push(DIGITS[u]),
            }
        }
    }
    w.join(" ")
}

/// The digits after a decimal comma: up to two digits without a leading
/// zero as a number ("71,5" → "năm", "3,25" → "hai mươi lăm"), otherwise
/// digit by digit ("0,05" → "không năm", "3,125" → "một hai năm").
pub fn decimals(digits: &str, style: Style) -> String {
    let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    if !all_digits {
        return String::new();
    }
    if digits.len() <= 2 && !digits.starts_with('0') {
        return number(digits.parse().unwrap_or(0), style);
    }
    digits.bytes().map(|b| DIGITS[(b - b'0') as usize]).collect::<Vec<_>>().join(" ")
}

/// A decimal number written the Vietnamese way (`22.000`, `71,5`, `-3`,
/// `1.234.567,89`) in words, or None when `s` is not one.
pub fn decimal(s: &str, style: Style) -> Option<String> {
    let (neg, s) = match s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let whole = thousands(int)?;
    let mut out = String::new();
    if neg {
        out.push_str("âm ");
    }
    out.push_str(&number(whole, style));
    if let Some(f) = frac {
        let d = decimals(f, style);
        if d.is_empty() {
            return None;
        }
        out.push_str(" phẩy ");
        out.push_str(&d);
    }
    Some(out)
}

/// `1.234.567` or `1234` as a number; None for other shapes (`1.2`).
fn thousands(s: &str) -> Option<u64> {
    let mut parts = s.split('.');
    let first = parts.next()?;
    if first.is_empty() || first.len() > 18 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut digits = first.to_string();
    let grouped = s.contains('.');
    if grouped && first.len() > 3 {
        return None;
    }
    for p in parts {
        if p.len() != 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(p);
    }
    if digits.len() > 19 {
        return None;
    }
    digits.parse().ok()
}

/// A calendar date in words: "ngày mười một tháng một năm hai nghìn
/// không trăm hai mươi hai". Month 4 is "tư".
pub fn date(day: u8, month: u8, year: u16, style: Style) -> String {
    format!("ngày {} {}", number(day.into(), style), month_year(month, year, style))
}

/// "tháng chín năm hai nghìn không trăm hai mươi mốt".
pub fn month_year(month: u8, year: u16, style: Style) -> String {
    format!("{} năm {}", month_name(month, style), number(year.into(), style))
}

/// "tháng một" … "tháng tư" … "tháng mười hai".
pub fn month_name(month: u8, style: Style) -> String {
    match month {
        4 => "tháng tư".to_string(),
        m => format!("tháng {}", number(m.into(), style)),
    }
}

/// An ordinal after "thứ": 1 → "nhất", 4 → "tư", others as numbers.
pub fn ordinal(n: u64, style: Style) -> String {
    match n {
        1 => "nhất".to_string(),
        4 => "tư".to_string(),
        n => number(n, style),
    }
}

/// A roman numeral I–XII (quarters, months in some documents) as a number.
pub fn roman(s: &str) -> Option<u64> {
    const R: [&str; 12] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
    R.iter().position(|r| *r == s).map(|i| i as u64 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spoken forms, including every special word: linh/lẻ, mốt, tư,
    /// lăm, mươi, "không trăm", and the scale words.
    const TABLE: &[(u64, &str)] = &[
        (0, "không"),
        (1, "một"),
        (4, "bốn"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (31, "ba mươi mốt"),
        (44, "bốn mươi tư"),
        (45, "bốn mươi lăm"),
        (55, "năm mươi lăm"),
        (71, "bảy mươi mốt"),
        (99, "chín mươi chín"),
        (100, "một trăm"),
        (101, "một trăm linh một"),
        (104, "một trăm linh bốn"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (111, "một trăm mười một"),
        (115, "một trăm mười lăm"),
        (121, "một trăm hai mươi mốt"),
        (205, "hai trăm linh năm"),
        (999, "chín trăm chín mươi chín"),
        (1_000, "một nghìn"),
        (1_005, "một nghìn không trăm linh năm"),
        (1_015, "một nghìn không trăm mười lăm"),
        (1_050, "một nghìn không trăm năm mươi"),
        (1_100, "một nghìn một trăm"),
        (2_021, "hai nghìn không trăm hai mươi mốt"),
        (2_022, "hai nghìn không trăm hai mươi hai"),
        (2_025, "hai nghìn không trăm hai mươi lăm"),
        (22_000, "hai mươi hai nghìn"),
        (29_000, "hai mươi chín nghìn"),
        (100_000, "một trăm nghìn"),
        (105_000, "một trăm linh năm nghìn"),
        (1_000_000, "một triệu"),
        (1_000_005, "một triệu không trăm linh năm"),
        (1_200_000, "một triệu hai trăm nghìn"),
        (3_321_000, "ba triệu ba trăm hai mươi mốt nghìn"),
        (1_000_000_000, "một tỷ"),
        (2_500_000_000, "hai tỷ năm trăm triệu"),
        (1_000_000_000_000, "một nghìn tỷ"),
        (5_000_000_001_000, "năm nghìn tỷ không trăm linh một nghìn"),
    ];

    #[test]
    fn numbers_are_read_as_spoken() {
        for (n, words) in TABLE {
            assert_eq!(number(*n, Style::default()), *words, "{n}");
        }
    }

    #[test]
    fn the_south_says_le_and_ngan() {
        assert_eq!(number(105, Style::SOUTH), "một trăm lẻ năm");
        assert_eq!(number(2_004, Style::SOUTH), "hai ngàn không trăm lẻ bốn");
        assert_eq!(number(22_000, Style::SOUTH), "hai mươi hai ngàn");
    }

    #[test]
    fn decimals_thousands_and_negatives() {
        let s = Style::default();
        assert_eq!(decimal("22.000", s).unwrap(), "hai mươi hai nghìn");
        assert_eq!(decimal("71,5", s).unwrap(), "bảy mươi mốt phẩy năm");
        assert_eq!(decimal("3,25", s).unwrap(), "ba phẩy hai mươi lăm");
        assert_eq!(decimal("0,05", s).unwrap(), "không phẩy không năm");
        assert_eq!(
            decimal("1.234.567,125", s).unwrap(),
            "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy phẩy một hai năm"
        );
        assert_eq!(decimal("-3", s).unwrap(), "âm ba");
        assert_eq!(decimal("1.2", s), None);
        assert_eq!(decimal("1234.567", s), None);
        assert_eq!(decimal("", s), None);
    }

    #[test]
    fn dates_months_and_ordinals() {
        let s = Style::default();
        assert_eq!(date(11, 1, 2022, s), "ngày mười một tháng một năm hai nghìn không trăm hai mươi hai");
        assert_eq!(date(7, 9, 2021, s), "ngày bảy tháng chín năm hai nghìn không trăm hai mươi mốt");
        assert_eq!(date(24, 4, 2025, s), "ngày hai mươi tư tháng tư năm hai nghìn không trăm hai mươi lăm");
        assert_eq!(month_year(12, 2026, s), "tháng mười hai năm hai nghìn không trăm hai mươi sáu");
        assert_eq!(ordinal(1, s), "nhất");
        assert_eq!(ordinal(4, s), "tư");
        assert_eq!(ordinal(2, s), "hai");
        assert_eq!(roman("III"), Some(3));
        assert_eq!(roman("IIII"), None);
    }
}
