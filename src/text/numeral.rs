//! A number's digits written with a language's separators (`1.234.567,5`
//! or `1,234,567.5`): one place that decides grouping, the minus sign and
//! trailing zeros, shared by the pages (`render::format`) and the messages.

/// `digits` (ASCII, as `format!` writes an `f64`'s magnitude: `1234.50`,
/// no sign, no exponent) grouped by thousands with `group`, the fraction
/// after `decimal` without trailing zeros, and `−` (U+2212) in front when
/// `negative` and some digit is not zero: a negative zero, or a value that
/// rounded to zero, is written `0`, never `−0`.
pub fn grouped(digits: &str, negative: bool, group: char, decimal: char) -> String {
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::with_capacity(int.len() + int.len() / 3 + frac.len() + 4);
    if negative && (int.bytes().any(|b| b != b'0') || !frac.is_empty()) {
        out.push('−');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn groups_signs_and_trims() {
        assert_eq!(grouped("1234567.50", false, '.', ','), "1.234.567,5");
        assert_eq!(grouped("1234567.50", true, ',', '.'), "−1,234,567.5");
        assert_eq!(grouped("123", false, '.', ','), "123");
        assert_eq!(grouped("0.00", true, '.', ','), "0");
        assert_eq!(grouped("0", true, '.', ','), "0");
        assert_eq!(grouped("0.05", true, '.', ','), "−0,05");
        assert_eq!(grouped("100000000000000000000", false, '.', ','), "100.000.000.000.000.000.000");
    }
}
