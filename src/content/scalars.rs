//! The scalar values of the plan data as staff write them — numbers (digits
//! and a decimal dot, nothing else), years, keywords in English or
//! Vietnamese — and mappings whose keys may appear once. Each is read from
//! the text as written, so a mistake is reported at the value's own line
//! with what to write instead. The format is documented in docs/plans.md.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::diagnostics::did_you_mean;
use crate::messages::Msg;
use crate::msg;
use crate::slug::slugify;
use crate::yaml::invalid;

/// No real figure on a portal is larger than this (10^15): beyond it f64
/// no longer holds every whole number, and it is surely a typing mistake.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// A number of the plan data, checked as written.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Number(pub f64);

/// What is wrong with a written number, and how to write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberError {
    pub message: Msg,
    pub help: Msg,
}

fn number_error(message: Msg, help: Msg) -> NumberError {
    NumberError { message, help }
}

/// Reads a number written with digits and at most one decimal dot.
/// Everything else a staff member might type is refused with what to write.
pub fn parse_number(written: &str) -> Result<f64, NumberError> {
    let s = written.trim();
    if s.is_empty() || matches!(s, "~" | "null" | "Null" | "NULL") {
        return Err(number_error(msg!("number-missing"), msg!("number-write-figure")));
    }
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), ".nan" | "nan" | ".inf" | "inf" | "infinity" | ".infinity") {
        return Err(number_error(msg!("number-not-figure", written = s), msg!("number-write-figure")));
    }
    // Words where a figure belongs (`bốn ngày`, `nhiều`): not a number,
    // whatever separators they hold.
    let letters = body.chars().filter(|c| c.is_alphabetic()).count();
    let is_text = (letters > 1 && !body.starts_with("0x") && !body.starts_with("0o") && !body.starts_with("0b"))
        || body.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
    if is_text {
        return Err(number_error(msg!("number-not-number", written = s), msg!("number-write-figure")));
    }
    if body.ends_with('%') {
        let plain = body.trim_end_matches('%').trim();
        return Err(number_error(msg!("number-percent-sign", written = s), msg!("number-percent-help", plain = plain)));
    }
    if body.contains(',') {
        let digits_and_commas = body.bytes().all(|b| b.is_ascii_digit() || b == b',');
        let help = match body.split_once(',') {
            Some((a, b)) if digits_and_commas && !b.contains(',') && b.len() != 3 => {
                msg!("yaml-decimal-comma-help", number = format!("{a}.{b}"))
            }
            _ => msg!("number-separators-help", plain = body.replace(',', "")),
        };
        return Err(number_error(msg!("number-comma", written = s), help));
    }
    if body.contains([' ', '\u{a0}', '_']) {
        return Err(number_error(
            msg!("number-spaces", written = s),
            msg!("number-spaces-help", plain = body.replace([' ', '\u{a0}', '_'], "")),
        ));
    }
    if is_dotted_thousands(body) {
        let plain = body.replace('.', "");
        return Err(number_error(
            msg!(
                "number-thousands-dot",
                written = s,
                read = body.parse::<f64>().map_or(body.to_string(), |v| v.to_string())
            ),
            msg!("yaml-thousands-help", number = plain),
        ));
    }
    let plain_decimal = !body.is_empty()
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && body.bytes().filter(|b| *b == b'.').count() <= 1
        && body.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && body.bytes().last().is_some_and(|b| b.is_ascii_digit());
    if !plain_decimal {
        let help = if body.starts_with("0x") || body.starts_with("0o") || body.starts_with("0b") {
            msg!("number-hex-help")
        } else if body.bytes().any(|b| b.is_ascii_digit()) && body.contains(['e', 'E']) {
            msg!("number-exponent-help")
        } else if body.starts_with('.') || body.ends_with('.') {
            msg!("number-dot-help")
        } else {
            msg!("number-write-figure")
        };
        return Err(number_error(msg!("number-not-number", written = s), help));
    }
    let v: f64 =
        s.parse().map_err(|_| number_error(msg!("number-not-number", written = s), msg!("number-write-figure")))?;
    if !v.is_finite() || v.abs() > MAX_MAGNITUDE {
        return Err(number_error(msg!("number-too-large", written = s), msg!("number-too-large-help")));
    }
    Ok(v)
}

/// `22.000`, `1.234.567`: one to three digits (not a lone 0), then groups
/// of three after dots — the Vietnamese thousands dot, which YAML reads as
/// a decimal point.
pub fn is_dotted_thousands(s: &str) -> bool {
    let groups: Vec<&str> = s.split('.').collect();
    groups.len() >= 2
        && (1..=3).contains(&groups[0].len())
        && groups[0] != "0"
        && groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && groups[1..].iter().all(|g| g.len() == 3)
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Number;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                crate::yaml::expecting(f, msg!("expect-number"))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Number, E> {
                parse_number(s).map(Number).map_err(|e| invalid(e.message, e.help))
            }
        }
        // Asking for a string makes serde_yaml hand over the text as written.
        d.deserialize_str(V)
    }
}

/// A year: four digits, 1900–2200.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Year(pub i16);

impl<'de> Deserialize<'de> for Year {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Year;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                crate::yaml::expecting(f, msg!("expect-year"))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Year, E> {
                let t = s.trim();
                match t.parse::<i16>() {
                    Ok(y) if t.len() == 4 && (1900..=2200).contains(&y) => Ok(Year(y)),
                    _ => Err(invalid(msg!("year-bad", written = t), msg!("year-help"))),
                }
            }
        }
        d.deserialize_str(V)
    }
}

/// A keyword of the format: its id and the other ways to write it.
pub trait Keyword: Sized + Copy + 'static {
    /// What the keyword is, for messages: a catalogue id ("kw-task-status").
    const WHAT: &'static str;
    /// (value, id, Vietnamese and older forms).
    const TABLE: &'static [(Self, &'static str, &'static [&'static str])];

    /// The keyword written as `s`, in English or Vietnamese, in any case,
    /// with or without diacritics.
    fn from_text(s: &str) -> Option<Self> {
        let key = slugify(s);
        Self::TABLE.iter().find(|(_, id, alt)| *id == key || alt.iter().any(|a| slugify(a) == key)).map(|(v, _, _)| *v)
    }

    fn id(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::TABLE.iter().find(|(v, _, _)| *v == self).map_or("", |(_, id, _)| id)
    }
}

/// Reads a keyword, or explains which ones exist.
pub fn keyword<'de, K: Keyword, D: Deserializer<'de>>(d: D) -> Result<K, D::Error> {
    struct V<K>(PhantomData<K>);
    impl<K: Keyword> Visitor<'_> for V<K> {
        type Value = K;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            crate::yaml::expecting(f, Msg::new(K::WHAT))
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<K, E> {
            K::from_text(s).ok_or_else(|| unknown_keyword::<K, E>(s))
        }
    }
    d.deserialize_str(V(PhantomData))
}

fn unknown_keyword<K: Keyword, E: de::Error>(s: &str) -> E {
    let key = slugify(s);
    let every = K::TABLE.iter().flat_map(|(_, id, alt)| std::iter::once(*id).chain(alt.iter().copied()));
    let slugs: Vec<(String, &str)> = every.map(|w| (slugify(w), w)).collect();
    let help = match did_you_mean(&key, slugs.iter().map(|(k, _)| k.as_str())) {
        Some(m) => {
            let written = slugs.iter().find(|(k, _)| k == m).map_or(m, |(_, w)| w);
            msg!("did-you-mean", name = written.to_string())
        }
        None => msg!(
            "keyword-one-of",
            list = K::TABLE
                .iter()
                .map(|(_, id, alt)| match alt.first() {
                    Some(vi) => format!("`{id}` ({vi})"),
                    None => format!("`{id}`"),
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    invalid(msg!("keyword-unknown", written = s.trim(), what = Msg::new(K::WHAT)), help)
}

/// Declares a keyword enum: its values, ids and other written forms, and
/// its `Deserialize` through [`keyword`].
macro_rules! keywords {
    ($(#[$m:meta])* $name:ident, $what:literal, { $($(#[$vm:meta])* $v:ident = $id:literal $([$($alt:literal),*])?),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $v),+ }
        impl $crate::content::scalars::Keyword for $name {
            const WHAT: &'static str = $what;
            const TABLE: &'static [(Self, &'static str, &'static [&'static str])] =
                &[$(($name::$v, $id, &[$($($alt),*)?])),+];
        }
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::content::scalars::keyword(d)
            }
        }
    };
}
pub(crate) use keywords;

/// A mapping whose keys may each appear once, in the order written. (serde
/// maps keep the last of two equal keys without a word.)
#[derive(Debug, Clone, PartialEq)]
pub struct UniqueMap<K, V>(pub Vec<(K, V)>);

impl<K, V> Default for UniqueMap<K, V> {
    fn default() -> Self {
        UniqueMap(Vec::new())
    }
}

impl<K, V> UniqueMap<K, V> {
    pub fn iter(&self) -> impl Iterator<Item = &(K, V)> {
        self.0.iter()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl<'de, K, V> Deserialize<'de> for UniqueMap<K, V>
where
    K: Deserialize<'de> + PartialEq + fmt::Display,
    V: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Vis<K, V>(PhantomData<(K, V)>);
        impl<'de, K, V> Visitor<'de> for Vis<K, V>
        where
            K: Deserialize<'de> + PartialEq + fmt::Display,
            V: Deserialize<'de>,
        {
            type Value = UniqueMap<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                crate::yaml::expecting(f, msg!("expect-keyed-block"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out: Vec<(K, V)> = Vec::new();
                while let Some(k) = map.next_key::<K>()? {
                    if out.iter().any(|(x, _)| *x == k) {
                        let key = k.to_string();
                        return Err(crate::yaml::invalid_at(
                            msg!("key-twice", key = key.as_str()),
                            msg!("key-twice-help"),
                            &key,
                            2,
                        ));
                    }
                    let v = map.next_value::<V>()?;
                    out.push((k, v));
                }
                Ok(UniqueMap(out))
            }
        }
        d.deserialize_map(Vis(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_written() {
        for (w, v) in [("22000", 22000.0), ("71.5", 71.5), ("-3", -3.0), ("0.500", 0.5), ("+4", 4.0), ("100", 100.0)] {
            assert_eq!(parse_number(w), Ok(v), "{w}");
        }
        let help = |w: &str| parse_number(w).unwrap_err().help.text(crate::messages::Lang::En);
        assert!(help("22.000").contains("`22000`"));
        assert!(help("1.234.567").contains("`1234567`"));
        assert!(help("61,2").contains("`61.2`"), "{}", help("61,2"));
        assert!(help("22,000").contains("`22000`"));
        assert!(help("75%").contains("`75`"));
        assert!(help("1e3").contains("in full"));
        assert!(help("0x1F").contains("ordinary digits"));
        assert!(help("22 000").contains("`22000`"));
        for bad in [".nan", ".inf", "-.inf", "1e400", "~", "", "nhiều", "1.2.3", ".5", "5.", "9999999999999999"] {
            assert!(parse_number(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn numbers_in_every_yaml_form() {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            year: Year,
            value: Number,
        }
        for (src, line) in [
            ("- {year: 2023, value: 22.000}\n", 1),
            ("- year: 2023\n  value: 22.000\n", 2),
            ("- year: 2023\n  value: \"22.000\"\n", 2),
            ("\n\n- {year: 2023,\n   value: .inf}\n", 4),
            ("- year: 2023\n  value: 1e400\n", 2),
        ] {
            let e = crate::yaml::from_str::<Vec<T>>(src).unwrap_err();
            assert_eq!(e.line, line, "{src}: {e:?}");
        }
        let e = crate::yaml::from_str::<Vec<T>>("- {year: 2023, value: 61,2}\n").unwrap_err();
        assert!(e.help.unwrap().text(crate::messages::Lang::En).contains("61.2"), "{:?}", e.message);
        let ok = crate::yaml::from_str::<Vec<T>>("- {year: \"2023\", value: 22000}\n").unwrap();
        assert_eq!((ok[0].year, ok[0].value), (Year(2023), Number(22000.0)));
    }

    keywords!(Colour, "kw-cadence", { Red = "red" ["đỏ", "màu đỏ"], Blue = "blue" ["xanh"] });

    #[test]
    fn keywords_in_english_or_vietnamese() {
        let m: UniqueMap<String, Colour> = crate::yaml::from_str("a: red\nb: \"Đỏ\"\nc: mau do\nd: Xanh\n").unwrap();
        assert_eq!(
            m.0.iter().map(|(_, c)| *c).collect::<Vec<_>>(),
            [Colour::Red, Colour::Red, Colour::Red, Colour::Blue]
        );
        let e = crate::yaml::from_str::<UniqueMap<String, Colour>>("a: red\nb: rde\n").unwrap_err();
        let en = |t: &crate::messages::Text| t.text(crate::messages::Lang::En);
        // (The nested "what" is rendered in the run's language, Vietnamese here.)
        assert_eq!((e.line, en(&e.message).as_str()), (2, "in the field `b`: `rde` is not một nhịp thực hiện"));
        assert_eq!(e.help.as_ref().map(en).as_deref(), Some("did you mean `red`?"));
        assert_eq!(Colour::Blue.id(), "blue");
    }

    #[test]
    fn a_key_written_twice_is_refused_at_the_second() {
        let e = crate::yaml::from_str::<UniqueMap<String, Number>>("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!((e.line, e.col), (3, 1), "{e:?}");
        assert!(e.message.text(crate::messages::Lang::En).contains("`a` is written twice"));
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct R {
            values: UniqueMap<String, Number>,
        }
        let e = crate::yaml::from_str::<R>("values:\n  x: 1\n  \"y\": 2\n  'y': 3\n").unwrap_err();
        assert_eq!(e.line, 4, "{e:?}");
        let e = crate::yaml::from_str::<R>("values: {x: 1, x: 2}\n").unwrap_err();
        assert_eq!((e.line, e.col), (1, 16), "{e:?}");
    }
}
