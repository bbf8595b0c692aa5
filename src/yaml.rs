//! The only module that calls `serde_yaml` (deprecated upstream, so a swap
//! must be a one-file change). It turns YAML text into typed values and turns
//! the library's errors into located, plain-language messages with a hint,
//! explaining the mistakes Vietnamese text invites (an unquoted comma or
//! colon, a decimal comma, tabs) in the staff's words, never in Rust's.

mod all;
mod tape;

use serde::de::DeserializeOwned;

use crate::diagnostics::did_you_mean;
use crate::messages::{Msg, Text};
use crate::msg;
pub use tape::{Placeholder, scalar_or_block};

/// Separates message and help in errors raised by our own `Deserialize`
/// impls (see [`invalid`]); never shown to the user.
const HELP_SEP: char = '\u{1c}';
/// Separates the help from the key to point at (see [`invalid_at`]).
const AT_SEP: char = '\u{1b}';

/// A YAML problem at a 1-based line and column of the parsed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub message: Text,
    pub help: Option<Text>,
    pub line: usize,
    pub col: usize,
}

/// Parses `src` into `T`; on failure says where and what to do.
///
/// A value that may be a number or a block (see [`scalar_or_block`]) makes
/// the text be read twice: serde_yaml turns a plain scalar into a number
/// before a type that accepts either can see it, and `22.000` would arrive
/// as 22. The first pass records, in document order, which of the two each
/// such value is; the second asks serde_yaml for exactly that shape, so the
/// number's written text reaches our own checks.
pub fn from_str<T: DeserializeOwned>(src: &str) -> Result<T, YamlError> {
    // An empty document is an empty mapping for our purposes ("---\n---").
    let src = if src.trim().is_empty() { "{}" } else { src };
    parse(src).map_err(|e| translate(&e, src))
}

fn parse<T: DeserializeOwned>(src: &str) -> Result<T, serde_yaml::Error> {
    tape::start();
    let first = serde_yaml::from_str(src);
    if tape::replay() {
        let second = serde_yaml::from_str(src);
        tape::stop();
        second
    } else {
        first
    }
}

/// Like [`from_str`], but reports every mistake of the text, not only the
/// first (see [`all`]).
pub fn from_str_all<T: DeserializeOwned>(src: &str) -> Result<T, Vec<YamlError>> {
    let src = if src.trim().is_empty() { "{}" } else { src };
    all::parse_all(src)
}

/// Builds a deserialization error carrying a help line, for use inside our
/// own `Deserialize` impls (dates, periods, numbers, ids).
pub fn invalid<E: serde::de::Error>(message: impl Into<Text>, help: impl Into<Text>) -> E {
    E::custom(format!("{}{HELP_SEP}{}", encode(message.into()), encode(help.into())))
}

/// What a `Deserialize` impl expects, for its visitor's `expecting`: the
/// message travels through serde's error text and is shown translated.
pub fn expecting(f: &mut std::fmt::Formatter, what: Msg) -> std::fmt::Result {
    f.write_str(&what.encode())
}

fn encode(t: Text) -> String {
    match t {
        Text::Msg(m) => m.encode(),
        Text::Raw(s) => s,
    }
}

fn decode(s: &str) -> Text {
    Msg::decode(s).map_or_else(|| Text::Raw(s.to_string()), Text::from)
}

/// Like [`invalid`], for an error found while reading a whole block (a
/// key written twice): serde_yaml places it at the start of the block, so
/// the message is moved to the `nth` (1-based) key `key:` after that point.
pub fn invalid_at<E: serde::de::Error>(message: impl Into<Text>, help: impl Into<Text>, key: &str, nth: usize) -> E {
    E::custom(format!("{}{HELP_SEP}{}{AT_SEP}{nth}{AT_SEP}{key}", encode(message.into()), encode(help.into())))
}

fn translate(e: &serde_yaml::Error, src: &str) -> YamlError {
    let (mut line, mut col) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
    // serde_yaml appends " at line L column C" to the message; we show the
    // position ourselves.
    let raw = e.to_string();
    let raw = match raw.rfind(" at line ") {
        Some(i) => &raw[..i],
        None => &raw,
    };
    // An error about one key of a block: point at that key.
    let raw = match raw.split_once(AT_SEP) {
        Some((head, at)) => {
            if let Some((nth, key)) = at.split_once(AT_SEP)
                && let Some((l, c)) = find_key(src, line, col, key, nth.parse().unwrap_or(1))
            {
                (line, col) = (l, c);
            }
            head
        }
        None => raw,
    };
    // Nested fields come prefixed with their path: "document.issued: ...".
    let (field_path, raw) = split_field_path(raw);
    let source_line = src.lines().nth(line.saturating_sub(1)).unwrap_or_default();
    let (message, help) = friendly(raw, source_line, col, field_path);
    let message = match (field_path, message) {
        (Some(p), Text::Msg(m)) => msg!("yaml-in-field", field = p, message = *m).into(),
        (Some(p), Text::Raw(m)) => msg!("yaml-in-field", field = p, message = msg!("raw", text = m)).into(),
        (None, m) => m,
    };
    YamlError { message, help, line, col }
}

/// The 1-based line and column of the `nth` key `key` written at or after
/// line `line`, column `col` (1-based): `key:`, `"key":` or `'key':` at the
/// start of a line or after `{` or `,`.
fn find_key(src: &str, line: usize, col: usize, key: &str, nth: usize) -> Option<(usize, usize)> {
    let line_start: usize = src.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let from = (line_start + col.saturating_sub(1)).min(src.len());
    let mut seen = 0;
    let mut i = from;
    while i < src.len() {
        let rest = &src[i..];
        let hit = [format!("{key}:"), format!("\"{key}\":"), format!("'{key}':")]
            .iter()
            .filter_map(|p| rest.find(p.as_str()).map(|j| (j, p.len())))
            .min();
        let (j, len) = hit?;
        let at = i + j;
        let before = src[..at].trim_end_matches([' ', '\t']);
        if before.is_empty() || before.ends_with(['\n', '{', ',', '-']) {
            seen += 1;
            if seen == nth {
                let l = src[..at].matches('\n').count() + 1;
                let c = src[src[..at].rfind('\n').map_or(0, |n| n + 1)..at].chars().count() + 1;
                return Some((l, c));
            }
        }
        i = at + len;
    }
    None
}

fn split_field_path(raw: &str) -> (Option<&str>, &str) {
    if let Some((path, rest)) = raw.split_once(": ") {
        let looks_like_path = !path.is_empty()
            && path
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '[' || c == ']' || c == '-');
        if looks_like_path {
            return (Some(path), rest);
        }
    }
    (None, raw)
}

/// The names between backticks after the first one: serde's "expected one
/// of `a`, `b`" lists.
fn backticked(rest: &str) -> Vec<&str> {
    rest.split('`').skip(2).step_by(2).collect()
}

fn friendly(raw: &str, line: &str, col: usize, field: Option<&str>) -> (Text, Option<Text>) {
    if let Some((message, help)) = raw.split_once(HELP_SEP) {
        return (decode(message), Some(decode(help)));
    }
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or_default();
        return unknown_field(name, &backticked(rest), line, col);
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or_default();
        return (
            msg!("yaml-missing-field", name = name).into(),
            Some(msg!("yaml-missing-field-help", name = name).into()),
        );
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return wrong_type(found, expected, field);
    }
    if let Some(rest) = raw.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        // A whole number out of its type's range (a port of 99999): say
        // the range, not "a whole number" the value already is.
        let what = match (expected_words(expected, field), integer_range(expected)) {
            (w, Some((min, max))) if w.id == "expect-whole-number" && found.starts_with("integer `") => {
                msg!("expect-whole-number-between", min = min as f64, max = max as f64)
            }
            (w, _) => w,
        };
        return (
            msg!("yaml-invalid-value", found = found_words(found), expected = what.clone()).into(),
            Some(msg!("yaml-write-expected", expected = what).into()),
        );
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let name = rest.split('`').next().unwrap_or_default();
        let expected = backticked(rest);
        let help = match did_you_mean(name, expected.iter().copied()) {
            Some(best) => msg!("did-you-mean", name = best),
            None => msg!("yaml-one-of", list = list(&expected)),
        };
        return (msg!("yaml-unknown-value", name = name).into(), Some(help.into()));
    }
    if let Some(rest) = raw.strip_prefix("duplicate field `") {
        let name = rest.split('`').next().unwrap_or_default();
        return (msg!("yaml-duplicate-field", name = name).into(), Some(msg!("yaml-duplicate-help").into()));
    }
    if raw.starts_with("duplicate entry") {
        return (msg!("yaml-duplicate-entry").into(), Some(msg!("yaml-duplicate-help").into()));
    }
    if raw.contains("recursion limit exceeded") || raw.contains("repetition limit exceeded") {
        return (msg!("yaml-too-deep").into(), Some(msg!("yaml-too-deep-help").into()));
    }
    syntax(raw, line)
}

/// A field serde does not know. Field names are short ASCII words: a
/// "field" with spaces, Vietnamese letters or digits is most likely a piece
/// of a text value cut off at an unquoted comma (`note: 3 buổi, 410 người`
/// inside `{…}`) or a decimal comma (`{value: 61,2}`).
fn unknown_field(name: &str, expected: &[&str], line: &str, col: usize) -> (Text, Option<Text>) {
    let is_word = !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'-');
    if !is_word {
        let before: String = line.chars().take(col.saturating_sub(1)).collect();
        let before = before.trim_end();
        if name.bytes().all(|b| b.is_ascii_digit())
            && let Some(whole) = before
                .strip_suffix(',')
                .map(|b| b.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or_default().to_string())
            && !whole.is_empty()
        {
            let number = format!("{whole}.{name}");
            return (
                msg!("yaml-decimal-comma", written = format!("{whole},{name}")).into(),
                Some(msg!("yaml-decimal-comma-help", number = number).into()),
            );
        }
        return (msg!("yaml-text-cut", piece = name).into(), Some(msg!("yaml-quote-text").into()));
    }
    let help = match did_you_mean(name, expected.iter().copied()) {
        Some(best) => msg!("did-you-mean", name = best),
        None if expected.is_empty() => msg!("yaml-remove-field"),
        None => msg!("yaml-allowed-fields", list = list(expected)),
    };
    (msg!("yaml-unknown-field", name = name).into(), Some(help.into()))
}

fn list(names: &[&str]) -> String {
    names.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
}

fn wrong_type(found: &str, expected: &str, field: Option<&str>) -> (Text, Option<Text>) {
    let what = expected_words(expected, field);
    let found_text = found.strip_prefix("string \"").and_then(|s| s.strip_suffix('"'));
    let wants_number = matches!(what.id, "expect-number" | "expect-whole-number" | "expect-year");
    let help = match found_text {
        Some(t) if wants_number && looks_like_decimal_comma(t) => {
            msg!("yaml-decimal-comma-help", number = t.replace(',', "."))
        }
        Some(t) if wants_number && t.contains('.') && t.chars().all(|c| c.is_ascii_digit() || c == '.') => {
            msg!("yaml-thousands-help", number = t.replace('.', ""))
        }
        _ => match what.id {
            "expect-list" => msg!("yaml-write-list"),
            "expect-bool" => msg!("yaml-write-bool"),
            "expect-text" => msg!("yaml-quote-text"),
            _ => msg!("yaml-write-expected", expected = what.clone()),
        },
    };
    (msg!("yaml-wrong-type", expected = what, found = found_words(found)).into(), Some(help.into()))
}

fn looks_like_decimal_comma(t: &str) -> bool {
    let mut parts = t.split(',');
    matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None)
        if !a.is_empty() && !b.is_empty() && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()))
}

/// The smallest and largest values of an integer type serde names.
fn integer_range(ty: &str) -> Option<(i64, u64)> {
    Some(match ty {
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "i8" => (i8::MIN.into(), i8::MAX as u64),
        "i16" => (i16::MIN.into(), i16::MAX as u64),
        "i32" => (i32::MIN.into(), i32::MAX as u64),
        _ => return None,
    })
}

/// What serde expected, in the staff's words: never a Rust type name.
fn expected_words(expected: &str, field: Option<&str>) -> Msg {
    if let Some(m) = Msg::decode(expected) {
        return m;
    }
    let last_field = field.and_then(|f| f.rsplit('.').next()).unwrap_or_default();
    match expected {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" | "an integer"
            if matches!(last_field, "year" | "start" | "end") =>
        {
            msg!("expect-year")
        }
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" | "an integer" => {
            msg!("expect-whole-number")
        }
        "f32" | "f64" | "a number" => msg!("expect-number"),
        "a boolean" => msg!("expect-bool"),
        e if e.starts_with("a string") => msg!("expect-text"),
        e if e.contains("sequence") => msg!("expect-list"),
        e if e.contains("map") || e.starts_with("struct ") => msg!("expect-block"),
        e if e.starts_with("one of") || e.starts_with("variant") => msg!("expect-keyword"),
        _ => msg!("expect-other"),
    }
}

/// What was found, in the staff's words.
fn found_words(found: &str) -> Msg {
    if let Some(s) = found.strip_prefix("string \"").and_then(|s| s.strip_suffix('"')) {
        return msg!("found-text", text = s);
    }
    for (prefix, id) in
        [("integer `", "found-number"), ("floating point `", "found-number"), ("boolean `", "found-bool")]
    {
        if let Some(v) = found.strip_prefix(prefix) {
            // "integer `99999999999999999999` as u128": the number alone.
            return Msg::new(id).arg("text", v.split('`').next().unwrap_or(v));
        }
    }
    match found {
        "sequence" => msg!("found-list"),
        "map" => msg!("found-block"),
        "unit value" | "unit" => msg!("found-nothing"),
        other => msg!("found-other", text = other),
    }
}

/// Syntax errors from the scanner: the most common causes for staff are an
/// unquoted colon or comma in a value and tabs for indentation.
fn syntax(raw: &str, line: &str) -> (Text, Option<Text>) {
    let help = if line.contains('\t') {
        msg!("yaml-tabs")
    } else if line.matches(": ").count() > 1 {
        msg!("yaml-colon-in-text")
    } else if line.contains('{') || line.contains('[') {
        msg!("yaml-flow-quote")
    } else {
        msg!("yaml-check-indent")
    };
    let detail = [
        ("mapping values are not allowed", "yaml-syntax-colon"),
        ("did not find expected key", "yaml-syntax-key"),
        ("cannot start any token", "yaml-syntax-token"),
        ("did not find expected ',' or '}'", "yaml-syntax-flow-map"),
        ("did not find expected ',' or ']'", "yaml-syntax-flow-list"),
        ("unexpected end of stream", "yaml-syntax-end"),
        ("tab character", "yaml-syntax-tab"),
        ("block sequence entries are not allowed", "yaml-syntax-dash"),
        ("did not find expected '-' indicator", "yaml-syntax-dash"),
        ("found unknown anchor", "yaml-syntax-alias"),
        ("unknown anchor", "yaml-syntax-alias"),
    ]
    .iter()
    .find(|(needle, _)| raw.contains(needle))
    .map_or_else(|| msg!("raw", text = raw), |(_, id)| Msg::new(id));
    let help = if detail.id == "yaml-syntax-tab" { msg!("yaml-tabs") } else { help };
    (msg!("yaml-syntax", detail = detail).into(), Some(help.into()))
}

/// Reads a free-form value (`extra:`) as JSON, refusing a key written twice
/// in any of its mappings (typed maps would silently keep the last one).
/// For `#[serde(deserialize_with = "crate::yaml::free_form")]`.
pub fn free_form<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    use serde::Deserialize;
    // serde_yaml's own Value rejects duplicate keys as it reads them.
    let value = Option::<serde_yaml::Value>::deserialize(d)?;
    value
        .map(|v| {
            // serde_json refuses only a key that is neither text nor a number
            // (a list, a block, nothing). serde_yaml places the error at the
            // start of the enclosing block: point at `extra:` itself (and so
            // tell it once).
            serde_json::to_value(v)
                .map_err(|_| invalid_at(crate::msg!("extra-not-json"), crate::msg!("extra-not-json-help"), "extra", 1))
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Fm {
        title: String,
        #[serde(default)]
        tags: Vec<String>,
        #[serde(default)]
        draft: bool,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Status {
        status: String,
        #[serde(default)]
        note: Option<String>,
        #[serde(default)]
        value: Option<f64>,
        #[serde(default)]
        year: Option<i16>,
    }

    fn en(t: &Text) -> String {
        t.text(Lang::En)
    }

    fn help(e: &YamlError) -> String {
        e.help.as_ref().map(en).unwrap_or_default()
    }

    #[test]
    fn unknown_field_suggests_the_closest_one() {
        let e = from_str::<Fm>("title: a\ntagz: [x]\n").unwrap_err();
        assert_eq!(en(&e.message), "there is no field `tagz` here");
        assert_eq!(help(&e), "did you mean `tags`?");
        assert_eq!((e.line, e.col), (2, 1));
    }

    #[test]
    fn missing_field_is_named() {
        let e = from_str::<Fm>("draft: true\n").unwrap_err();
        assert_eq!(en(&e.message), "the field `title` is required");
        assert_eq!(e.message.id(), Some("yaml-missing-field"));
    }

    #[test]
    fn wrong_type_says_what_was_expected() {
        let e = from_str::<Fm>("title: a\ntags: x\n").unwrap_err();
        assert_eq!(en(&e.message), "in the field `tags`: a list is expected here, but it says the text \"x\"");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn a_whole_number_out_of_range_is_told_the_range() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Port {
            port: u16,
        }
        let e = from_str::<Port>("port: 99999\n").unwrap_err();
        let want = "the number 99999 cannot be used here: a whole number from 0 to 65,535 is expected";
        assert_eq!(en(&e.message), format!("in the field `port`: {want}"));
        assert!(
            e.message.text(Lang::Vi).ends_with("cần một số nguyên từ 0 đến 65.535"),
            "{}",
            e.message.text(Lang::Vi)
        );
        // A year stays a year, whatever its type's range.
        let e = from_str::<Status>("status: a\nyear: 99999\n").unwrap_err();
        assert!(en(&e.message).contains("a year, e.g. 2026"), "{}", en(&e.message));
    }

    #[test]
    fn never_a_rust_type_name() {
        let e = from_str::<Status>("status: a\nyear: năm nay\n").unwrap_err();
        let all = format!("{} {}", en(&e.message), help(&e));
        assert!(all.contains("a year, e.g. 2026"), "{all}");
        for t in ["i16", "f64", "u8", "usize"] {
            assert!(!all.contains(t), "{all}");
        }
        let e = from_str::<Status>("status: a\nvalue: nhiều\n").unwrap_err();
        assert!(en(&e.message).contains("a number"), "{}", en(&e.message));
    }

    #[test]
    fn syntax_error_points_at_the_line_and_explains_colons() {
        let e = from_str::<Fm>("title: Kế hoạch: năm 2022\n").unwrap_err();
        assert_eq!(e.message.id(), Some("yaml-syntax"));
        assert_eq!(e.line, 1);
        assert!(help(&e).contains("quotes"), "{}", help(&e));
    }

    #[test]
    fn an_unquoted_comma_in_a_block_is_a_text_to_quote() {
        let e = from_str::<Status>("{status: done, note: 3 buổi tập huấn, 410 người}\n").unwrap_err();
        assert_eq!(e.message.id(), Some("yaml-text-cut"), "{}", en(&e.message));
        assert!(en(&e.message).contains("410 người"));
        assert!(help(&e).contains("quotes"), "{}", help(&e));
    }

    #[test]
    fn a_decimal_comma_says_decimals_take_a_dot() {
        let e = from_str::<Status>("{status: done, value: 61,2}\n").unwrap_err();
        assert_eq!(e.message.id(), Some("yaml-decimal-comma"), "{}", en(&e.message));
        assert!(help(&e).contains("61.2"), "{}", help(&e));
        let e = from_str::<Status>("status: done\nvalue: 61,2\n").unwrap_err();
        assert!(help(&e).contains("61.2"), "{}", help(&e));
    }

    #[test]
    fn tabs_are_explained() {
        let e = from_str::<Fm>("title: a\ntags:\n\t- x\n").unwrap_err();
        assert!(help(&e).contains("tab"), "{}", help(&e));
    }

    #[test]
    fn messages_read_in_vietnamese_by_default() {
        let e = from_str::<Fm>("title: a\ntagz: [x]\n").unwrap_err();
        assert_eq!(e.message.text(Lang::Vi), "ở đây không có trường `tagz`");
    }

    #[test]
    fn custom_errors_carry_their_help() {
        #[derive(Debug)]
        struct Even;
        impl<'de> Deserialize<'de> for Even {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let n = u32::deserialize(d)?;
                if n % 2 == 0 {
                    Ok(Even)
                } else {
                    Err(invalid(Text::detail(format!("{n} is odd")), Text::detail("use an even number")))
                }
            }
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct W {
            n: Even,
        }
        let e = from_str::<W>("\nn: 3\n").unwrap_err();
        assert_eq!(en(&e.message), "3 is odd");
        assert_eq!(help(&e), "use an even number");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn catalogue_messages_survive_the_trip_through_serde() {
        #[derive(Debug)]
        struct Never;
        impl<'de> Deserialize<'de> for Never {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                Err(invalid(msg!("yaml-unknown-value", name = s), msg!("did-you-mean", name = "done")))
            }
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct W {
            n: Never,
        }
        let e = from_str::<W>("n: dne\n").unwrap_err();
        assert_eq!(e.message.id(), Some("yaml-unknown-value"));
        assert_eq!(help(&e), "did you mean `done`?");
    }

    #[test]
    fn a_number_too_large_is_shown_without_serde_words() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct W {
            n: i64,
        }
        let e = from_str::<W>("n: 99999999999999999999\n").unwrap_err();
        let text = en(&e.message);
        assert!(text.contains("99999999999999999999") && !text.contains("u128"), "{text}");
    }
}
