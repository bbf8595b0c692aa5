//! Calendar dates as staff write them in front matter and data files
//! (`2022-01-11`, optionally with a time `2022-01-11 08:30`), with the
//! messages that explain the format when they don't.

use std::fmt;

use serde::{Deserialize, Deserializer};

use crate::yaml;

/// A civil date and time in the portal's local time (Vietnam has one time
/// zone and no daylight saving, so no zone is stored).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub jiff::civil::DateTime);

impl Date {
    pub fn ymd(year: i16, month: i8, day: i8) -> Option<Self> {
        jiff::civil::Date::new(year, month, day).ok().map(|d| Date(d.to_datetime(jiff::civil::Time::midnight())))
    }

    pub fn date(&self) -> jiff::civil::Date {
        self.0.date()
    }

    pub fn year(&self) -> i16 {
        self.0.year()
    }

    pub fn month(&self) -> i8 {
        self.0.month()
    }

    pub fn day(&self) -> i8 {
        self.0.day()
    }

    pub fn has_time(&self) -> bool {
        self.0.time() != jiff::civil::Time::midnight()
    }

    /// Today in Vietnam (UTC+7), from the system clock.
    pub fn today() -> Self {
        let now = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(7)));
        Date(now.date().to_datetime(jiff::civil::Time::midnight()))
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM[:SS]`.
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let s = s.trim();
        let (date_part, time_part) = match s.find(['T', ' ']) {
            Some(i) => (&s[..i], Some(s[i + 1..].trim())),
            None => (s, None),
        };
        let mut it = date_part.split('-');
        let (Some(y), Some(m), Some(d), None) = (it.next(), it.next(), it.next(), it.next()) else {
            return Err(DateError::Format);
        };
        let num = |p: &str, max_len: usize| {
            if p.is_empty() || p.len() > max_len || !p.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                p.parse::<i16>().ok()
            }
        };
        let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
            return Err(DateError::Format);
        };
        if y < 1000 {
            return Err(DateError::Format);
        }
        let date = jiff::civil::Date::new(y, m as i8, d as i8).map_err(|_| DateError::NoSuchDay)?;
        let time = match time_part {
            None | Some("") => jiff::civil::Time::midnight(),
            Some(t) => {
                let parts: Vec<&str> = t.split(':').collect();
                let field = |i: usize| parts.get(i).map_or(Some(0), |p| num(p, 2)).filter(|_| parts.len() <= 3);
                match (parts.len() >= 2, field(0), field(1), field(2)) {
                    (true, Some(h), Some(mi), Some(se)) => {
                        jiff::civil::Time::new(h as i8, mi as i8, se as i8, 0).map_err(|_| DateError::Format)?
                    }
                    _ => return Err(DateError::Format),
                }
            }
        };
        Ok(Date(date.to_datetime(time)))
    }

    /// `YYYY-MM-DD`, for machine-readable output (datetime attributes, feeds).
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year(), self.month(), self.day())
    }

    /// `DD/MM/YYYY`, the Vietnamese way.
    pub fn vi(&self) -> String {
        format!("{:02}/{:02}/{:04}", self.day(), self.month(), self.year())
    }

    /// The date for people reading the site's language: `11/01/2022` in
    /// Vietnamese, `11 January 2022` in English (day, month name, year: an
    /// English reader cannot mistake it for 1 November, as `11/01/2022` can be).
    pub fn shown(&self, lang: crate::messages::Lang) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match lang {
            crate::messages::Lang::Vi => self.vi(),
            crate::messages::Lang::En => {
                format!("{} {} {:04}", self.day(), MONTHS[(self.month() as usize).clamp(1, 12) - 1], self.year())
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    Format,
    NoSuchDay,
}

/// A help line for a string that is not a date we accept. When the text is
/// written the Vietnamese way (`11/01/2022`, `11-01-2022`), shows it rewritten.
pub fn help_for(s: &str) -> crate::messages::Msg {
    let parts: Vec<&str> = s.trim().split(['/', '-', '.']).collect();
    if let [d, m, y] = parts[..]
        && y.len() == 4
        && [d, m, y].iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && d.len() <= 2
        && m.len() <= 2
    {
        return crate::msg!("date-rewritten-help", date = format!("{y}-{m:0>2}-{d:0>2}"));
    }
    crate::msg!("date-format-help")
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                yaml::expecting(f, crate::msg!("expect-date"))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Date, E> {
                Date::parse(s).map_err(|e| match e {
                    DateError::Format => yaml::invalid(crate::msg!("date-bad", written = s), help_for(s)),
                    DateError::NoSuchDay => yaml::invalid(
                        crate::msg!("date-no-such-day", written = s),
                        crate::msg!("date-no-such-day-help"),
                    ),
                })
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Date, E> {
                Err(yaml::invalid(
                    crate::msg!("date-bad", written = n.to_string()),
                    crate::msg!("date-year-only-help", year = n.to_string()),
                ))
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Date, E> {
                self.visit_i64(n as i64)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_times() {
        let d = Date::parse("2022-01-11").unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2022, 1, 11));
        assert!(!d.has_time());
        assert_eq!(d.vi(), "11/01/2022");
        assert_eq!(d.shown(crate::messages::Lang::Vi), "11/01/2022");
        assert_eq!(d.shown(crate::messages::Lang::En), "11 January 2022");
        assert_eq!(Date::parse("2021-12-07").unwrap().shown(crate::messages::Lang::En), "7 December 2021");
        assert_eq!(d.iso(), "2022-01-11");
        let t = Date::parse("2022-01-11 08:30").unwrap();
        assert!(t.has_time() && t > d);
        assert_eq!(Date::parse("2022-01-11T08:30:15").unwrap().0.second(), 15);
        assert_eq!(Date::parse("2021-9-7").unwrap().vi(), "07/09/2021");
    }

    #[test]
    fn rejects_vietnamese_order_and_impossible_days() {
        assert_eq!(Date::parse("11/01/2022"), Err(DateError::Format));
        assert_eq!(Date::parse("2022-02-30"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("22-01-11"), Err(DateError::Format));
        assert_eq!(Date::parse("2022-01-11 8h"), Err(DateError::Format));
        assert_eq!(Date::parse(""), Err(DateError::Format));
    }

    #[test]
    fn help_rewrites_vietnamese_dates() {
        let en = |s| help_for(s).text(crate::messages::Lang::En);
        assert_eq!(en("11/01/2022"), "dates are written year-month-day: `2022-01-11`");
        assert_eq!(en("7/9/2021"), "dates are written year-month-day: `2021-09-07`");
        assert!(en("hôm qua").contains("2022-01-11"));
    }
}
