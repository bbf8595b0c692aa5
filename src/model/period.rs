//! Reporting periods: a year (`2022`), a half (`2022-H1`), a quarter
//! (`2023-Q3`) or a month (`2023-05`) — parsed, ordered, with their first and
//! last days and their Vietnamese names ("6 tháng đầu năm 2022", "Quý III/2023").

use std::fmt;

use serde::{Deserialize, Deserializer};

use crate::date::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Year(i16),
    Half(i16, u8),
    Quarter(i16, u8),
    Month(i16, u8),
}

impl Period {
    /// Parses the written forms, in the data's notation (`2026-Q3`) or in
    /// words (`Quý III/2026`, `6 tháng đầu năm 2026`, `tháng 10/2026`,
    /// `năm 2026`); None when the text is none of them.
    pub fn parse(s: &str) -> Option<Period> {
        Period::parse_code(s).or_else(|| Period::parse_words(s))
    }

    /// `năm 2026`, `6 tháng đầu năm 2026`, `Quý III/2026`, `quý 3 năm
    /// 2026`, `tháng 10/2026`: folded to slug words first.
    fn parse_words(s: &str) -> Option<Period> {
        let slug = crate::slug::slugify(s);
        // "năm" is optional except before a lone year: "quý 3 năm 2026".
        let mut words: Vec<&str> = slug.split('-').collect();
        if words.len() > 2 {
            words.retain(|w| *w != "nam");
        }
        let year = |w: &str| -> Option<i16> { (w.len() == 4).then(|| w.parse().ok()).flatten() };
        let small = |w: &str, max: u8| -> Option<u8> {
            let roman = ["i", "ii", "iii", "iv"].iter().position(|r| *r == w).map(|i| i as u8 + 1);
            roman.or_else(|| w.parse().ok()).filter(|n| (1..=max).contains(n))
        };
        Some(match words.as_slice() {
            ["nam", y] => Period::Year(year(y)?),
            ["6", "thang", "dau", y] => Period::Half(year(y)?, 1),
            ["6", "thang", "cuoi", y] => Period::Half(year(y)?, 2),
            ["quy", q, y] => Period::Quarter(year(y)?, small(q, 4)?),
            ["thang", m, y] => Period::Month(year(y)?, m.parse().ok().filter(|m| (1..=12).contains(m))?),
            _ => return None,
        })
    }

    fn parse_code(s: &str) -> Option<Period> {
        let s = s.trim();
        let (y, rest) = match s.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (s, None),
        };
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i16 = y.parse().ok()?;
        let small = |t: &str, max: u8| -> Option<u8> {
            let n: u8 = t.parse().ok()?;
            (t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()) && (1..=max).contains(&n)).then_some(n)
        };
        Some(match rest {
            None => Period::Year(year),
            Some(r) => match r.as_bytes().first()? {
                b'H' | b'h' => Period::Half(year, small(&r[1..], 2)?),
                b'Q' | b'q' => Period::Quarter(year, small(&r[1..], 4)?),
                _ if r.len() == 2 => Period::Month(year, small(r, 12)?),
                _ => return None,
            },
        })
    }

    pub fn year(&self) -> i16 {
        match *self {
            Period::Year(y) | Period::Half(y, _) | Period::Quarter(y, _) | Period::Month(y, _) => y,
        }
    }

    /// First and last month (1–12) of the period.
    fn months(&self) -> (u8, u8) {
        match *self {
            Period::Year(_) => (1, 12),
            Period::Half(_, h) => (6 * h - 5, 6 * h),
            Period::Quarter(_, q) => (3 * q - 2, 3 * q),
            Period::Month(_, m) => (m, m),
        }
    }

    pub fn start(&self) -> Date {
        let (m, _) = self.months();
        Date::ymd(self.year(), m as i8, 1).unwrap_or_else(unreachable_date)
    }

    pub fn end(&self) -> Date {
        let (_, m) = self.months();
        let last = jiff::civil::Date::new(self.year(), m as i8, 1).map(|d| d.last_of_month().day()).unwrap_or(28);
        Date::ymd(self.year(), m as i8, last).unwrap_or_else(unreachable_date)
    }

    /// Length in months: 12, 6, 3 or 1.
    pub fn len_months(&self) -> u8 {
        let (a, b) = self.months();
        b - a + 1
    }

    /// The period of the same kind just before this one.
    pub fn previous(&self) -> Period {
        match *self {
            Period::Year(y) => Period::Year(y - 1),
            Period::Half(y, 1) => Period::Half(y - 1, 2),
            Period::Half(y, h) => Period::Half(y, h - 1),
            Period::Quarter(y, 1) => Period::Quarter(y - 1, 4),
            Period::Quarter(y, q) => Period::Quarter(y, q - 1),
            Period::Month(y, 1) => Period::Month(y - 1, 12),
            Period::Month(y, m) => Period::Month(y, m - 1),
        }
    }

    /// The period of the same kind just after this one.
    pub fn next(&self) -> Period {
        match *self {
            Period::Year(y) => Period::Year(y.saturating_add(1)),
            Period::Half(y, 2) => Period::Half(y.saturating_add(1), 1),
            Period::Half(y, h) => Period::Half(y, h + 1),
            Period::Quarter(y, 4) => Period::Quarter(y.saturating_add(1), 1),
            Period::Quarter(y, q) => Period::Quarter(y, q + 1),
            Period::Month(y, 12) => Period::Month(y.saturating_add(1), 1),
            Period::Month(y, m) => Period::Month(y, m + 1),
        }
    }

    /// The period of this kind that contains `d`.
    pub fn containing(kind: &Period, d: Date) -> Period {
        let (y, m) = (d.year(), d.month() as u8);
        match kind {
            Period::Year(_) => Period::Year(y),
            Period::Half(..) => Period::Half(y, if m <= 6 { 1 } else { 2 }),
            Period::Quarter(..) => Period::Quarter(y, (m - 1) / 3 + 1),
            Period::Month(..) => Period::Month(y, m),
        }
    }

    /// How people say it: "Năm 2022", "6 tháng đầu năm 2022", "Quý III/2023", "Tháng 5/2023".
    pub fn label_vi(&self) -> String {
        match *self {
            Period::Year(y) => format!("Năm {y}"),
            Period::Half(y, 1) => format!("6 tháng đầu năm {y}"),
            Period::Half(y, _) => format!("6 tháng cuối năm {y}"),
            Period::Quarter(y, q) => format!("Quý {}/{y}", ["I", "II", "III", "IV"][(q.clamp(1, 4) - 1) as usize]),
            Period::Month(y, m) => format!("Tháng {m}/{y}"),
        }
    }

    /// The name inside a sentence: "năm 2022", "6 tháng đầu năm 2022",
    /// "quý III/2023" (the numeral stays upper case), "tháng 5/2023".
    pub fn label_mid(&self) -> String {
        let l = self.label_vi();
        let mut c = l.chars();
        match c.next() {
            Some(f) => f.to_lowercase().chain(c).collect(),
            None => l,
        }
    }

    /// How people say it, in `lang`, as a heading: "Quý III/2023", "Q3 2023".
    pub fn label(&self, lang: crate::messages::Lang) -> String {
        self.msg(true).text(lang)
    }

    /// The name inside a sentence, in `lang`: "quý III/2023", "Q3 2023".
    pub fn name(&self, lang: crate::messages::Lang) -> String {
        self.msg(false).text(lang)
    }

    /// The period as a catalogue message (heading or inside a sentence).
    pub fn msg(&self, title: bool) -> crate::messages::Msg {
        use crate::msg;
        match (*self, title) {
            (Period::Year(y), false) => msg!("period-year", year = y.to_string()),
            (Period::Year(y), true) => msg!("period-year-title", year = y.to_string()),
            (Period::Half(y, h), false) => msg!("period-half", year = y.to_string(), n = i64::from(h)),
            (Period::Half(y, h), true) => msg!("period-half-title", year = y.to_string(), n = i64::from(h)),
            (Period::Quarter(y, q), false) => msg!("period-quarter", year = y.to_string(), n = i64::from(q)),
            (Period::Quarter(y, q), true) => msg!("period-quarter-title", year = y.to_string(), n = i64::from(q)),
            (Period::Month(y, m), false) => msg!("period-month", year = y.to_string(), n = i64::from(m)),
            (Period::Month(y, m), true) => msg!("period-month-title", year = y.to_string(), n = i64::from(m)),
        }
    }

    /// Whether two periods are of the same kind (both quarters, …).
    pub fn same_kind(&self, other: &Period) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }

    /// Sort key: by end date, then longer periods first (a year after its H2).
    pub fn sort_key(&self) -> (Date, std::cmp::Reverse<u8>) {
        (self.end(), std::cmp::Reverse(self.len_months()))
    }
}

fn unreachable_date() -> Date {
    // Periods are built only from parsed, range-checked months.
    Date::ymd(2000, 1, 1).expect("a valid constant date")
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.sort_key().cmp(&other.sort_key()).then_with(|| self.to_string().cmp(&other.to_string()))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            // Four digits, as parsed (`0005` was written `5`, which does not parse).
            Period::Year(y) => write!(f, "{y:04}"),
            Period::Half(y, h) => write!(f, "{y:04}-H{h}"),
            Period::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y:04}-{m:02}"),
        }
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Period;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                crate::yaml::expecting(f, crate::msg!("expect-period"))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Period, E> {
                Period::parse(s).ok_or_else(|| {
                    crate::yaml::invalid(crate::msg!("period-bad", written = s.trim()), crate::msg!("period-help"))
                })
            }
        }
        // Asking for a string gets the text as written, and an error placed on it.
        d.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn early_years_are_written_as_parsed() {
        // Pinned by the `period` fuzz target's invariant (fuzz/regressions/period/).
        let p = Period::parse("0005-Q1").unwrap();
        assert_eq!(p.to_string(), "0005-Q1");
        assert_eq!(Period::parse(&p.to_string()), Some(p));
    }

    #[test]
    fn parses_every_written_form() {
        assert_eq!(Period::parse("2022"), Some(Period::Year(2022)));
        assert_eq!(Period::parse("2022-H1"), Some(Period::Half(2022, 1)));
        assert_eq!(Period::parse("2023-q3"), Some(Period::Quarter(2023, 3)));
        assert_eq!(Period::parse("2023-05"), Some(Period::Month(2023, 5)));
        assert_eq!(Period::parse("năm 2026"), Some(Period::Year(2026)));
        assert_eq!(Period::parse("6 tháng đầu năm 2026"), Some(Period::Half(2026, 1)));
        assert_eq!(Period::parse("6 tháng cuối năm 2026"), Some(Period::Half(2026, 2)));
        assert_eq!(Period::parse("Quý III/2026"), Some(Period::Quarter(2026, 3)));
        assert_eq!(Period::parse("quý 3 năm 2026"), Some(Period::Quarter(2026, 3)));
        assert_eq!(Period::parse("tháng 10/2026"), Some(Period::Month(2026, 10)));
        assert_eq!(Period::parse("Tháng 5 năm 2023"), Some(Period::Month(2023, 5)));
        for bad in
            ["22", "2022-H3", "2022-Q0", "2022-13", "2022-5", "2022-", "2022-H1x", "", "quý V/2026", "tháng 13/2026"]
        {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn display_round_trips_for_every_period_of_a_century() {
        for y in 2000..2100 {
            let mut all = vec![Period::Year(y)];
            all.extend((1..=2).map(|h| Period::Half(y, h)));
            all.extend((1..=4).map(|q| Period::Quarter(y, q)));
            all.extend((1..=12).map(|m| Period::Month(y, m)));
            for p in all {
                assert_eq!(Period::parse(&p.to_string()), Some(p));
                assert_eq!(Period::parse(&p.label_vi()), Some(p), "{}", p.label_vi());
                assert!(p.start() <= p.end());
                assert_eq!(p.start().year(), y);
                // The previous period ends the day before this one starts.
                let prev_end = p.previous().end().date();
                assert_eq!(prev_end.tomorrow().unwrap(), p.start().date(), "{p}");
                assert_eq!(p.next().previous(), p);
                assert_eq!(Period::containing(&p, p.end()), p);
                assert_eq!(Period::containing(&p, p.start()), p);
            }
        }
    }

    #[test]
    fn first_and_last_days() {
        assert_eq!(Period::Half(2022, 2).start().vi(), "01/07/2022");
        assert_eq!(Period::Quarter(2024, 1).end().vi(), "31/03/2024");
        assert_eq!(Period::Month(2024, 2).end().vi(), "29/02/2024");
        assert_eq!(Period::Year(2023).end().vi(), "31/12/2023");
    }

    #[test]
    fn vietnamese_names() {
        assert_eq!(Period::Year(2022).label_vi(), "Năm 2022");
        assert_eq!(Period::Half(2022, 1).label_vi(), "6 tháng đầu năm 2022");
        assert_eq!(Period::Half(2022, 2).label_vi(), "6 tháng cuối năm 2022");
        assert_eq!(Period::Quarter(2023, 3).label_vi(), "Quý III/2023");
        assert_eq!(Period::Month(2023, 5).label_vi(), "Tháng 5/2023");
        assert_eq!(Period::Quarter(2026, 3).label_mid(), "quý III/2026");
        assert_eq!(Period::Half(2026, 1).label_mid(), "6 tháng đầu năm 2026");
    }

    #[test]
    fn order_is_by_end_then_longer_first() {
        let mut ps = vec![Period::Year(2022), Period::Half(2022, 2), Period::Half(2022, 1), Period::Quarter(2022, 1)];
        ps.sort();
        assert_eq!(
            ps,
            vec![Period::Quarter(2022, 1), Period::Half(2022, 1), Period::Year(2022), Period::Half(2022, 2)]
        );
    }
}
