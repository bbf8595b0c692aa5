//! The only module that calls `serde_yaml` (deprecated upstream, so a swap
//! must be a one-file change). It turns YAML text into typed values and turns
//! the library's errors into located, plain-language messages with a hint.

use std::cell::RefCell;
use std::collections::VecDeque;

use serde::de::{DeserializeOwned, Deserializer, IgnoredAny, Visitor};

use crate::diagnostics::did_you_mean;

/// Separates message and help in errors raised by our own `Deserialize`
/// impls (see [`invalid`]); never shown to the user.
const HELP_SEP: char = '\u{1f}';
/// Separates the help from the text to point at (see [`invalid_at`]).
const AT_SEP: char = '\u{1e}';

/// A YAML problem at a 1-based line and column of the parsed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub message: String,
    pub help: Option<String>,
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
    TAPE.with(|t| *t.borrow_mut() = Tape::Record(Vec::new()));
    let first = serde_yaml::from_str(src);
    let shapes = TAPE.with(|t| std::mem::replace(&mut *t.borrow_mut(), Tape::Off));
    let result = match shapes {
        Tape::Record(shapes) if !shapes.is_empty() => {
            TAPE.with(|t| *t.borrow_mut() = Tape::Replay(shapes.into()));
            let second = serde_yaml::from_str(src);
            TAPE.with(|t| *t.borrow_mut() = Tape::Off);
            second
        }
        _ => first,
    };
    result.map_err(|e| translate(&e, src))
}

/// Builds a deserialization error carrying a help line, for use inside our
/// own `Deserialize` impls (dates, periods, ids).
pub fn invalid<E: serde::de::Error>(message: impl std::fmt::Display, help: impl std::fmt::Display) -> E {
    E::custom(format!("{message}{HELP_SEP}{help}"))
}

/// Like [`invalid`], for an error found while reading a whole block (a
/// key written twice): serde_yaml places it at the start of the block, so
/// the message is moved to the `nth` (1-based) key `key:` after that point.
pub fn invalid_at<E: serde::de::Error>(
    message: impl std::fmt::Display,
    help: impl std::fmt::Display,
    key: &str,
    nth: usize,
) -> E {
    E::custom(format!("{message}{HELP_SEP}{help}{AT_SEP}{nth}{AT_SEP}{key}"))
}

/// Which shape each value read through [`scalar_or_block`] has, in
/// document order: recorded by the first pass of [`from_str`], replayed
/// by the second. Per thread: a parse never leaves its thread.
enum Tape {
    Off,
    Record(Vec<Shape>),
    Replay(VecDeque<Shape>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Scalar,
    Block,
    Other,
}

thread_local! {
    static TAPE: RefCell<Tape> = const { RefCell::new(Tape::Off) };
}

/// A value that stands in for a scalar during the first pass of
/// [`from_str`], whose result is thrown away.
pub trait Placeholder {
    fn placeholder() -> Self;
}

/// Deserializes a value written either as a scalar (handed to the
/// visitor's `visit_str` with its text as written, `22.000` included) or
/// as a block (`visit_map`). See [`from_str`] for why this takes two passes.
pub fn scalar_or_block<'de, D, V>(d: D, visitor: V) -> Result<V::Value, D::Error>
where
    D: Deserializer<'de>,
    V: Visitor<'de>,
    V::Value: Placeholder,
{
    enum Step {
        Record,
        Replay(Option<Shape>),
    }
    let step = TAPE.with(|t| match &mut *t.borrow_mut() {
        Tape::Record(_) => Step::Record,
        Tape::Replay(q) => Step::Replay(q.pop_front()),
        Tape::Off => Step::Replay(None),
    });
    match step {
        Step::Record => d.deserialize_any(Probe(visitor)),
        Step::Replay(Some(Shape::Scalar)) => d.deserialize_str(visitor),
        Step::Replay(Some(Shape::Block)) => d.deserialize_map(visitor),
        Step::Replay(_) => d.deserialize_any(visitor),
    }
}

fn record(shape: Shape) {
    TAPE.with(|t| {
        if let Tape::Record(v) = &mut *t.borrow_mut() {
            v.push(shape);
        }
    });
}

/// First pass: notes the shape; a block is read by the real visitor (the
/// values nested in it are recorded in their turn), a scalar is replaced.
struct Probe<V>(V);

impl<'de, V> Visitor<'de> for Probe<V>
where
    V: Visitor<'de>,
    V::Value: Placeholder,
{
    type Value = V::Value;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.0.expecting(f)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        record(Shape::Block);
        self.0.visit_map(map)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<V::Value, A::Error> {
        record(Shape::Other);
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(V::Value::placeholder())
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.scalar()
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.scalar()
    }
}

impl<'de, V> Probe<V>
where
    V: Visitor<'de>,
    V::Value: Placeholder,
{
    fn scalar<E>(self) -> Result<V::Value, E> {
        record(Shape::Scalar);
        Ok(V::Value::placeholder())
    }
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
    let (message, help) = friendly(raw, src, line);
    let message = match field_path {
        Some(p) => format!("in `{p}`: {message}"),
        None => message,
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

fn friendly(raw: &str, src: &str, line: usize) -> (String, Option<String>) {
    if let Some((message, help)) = raw.split_once(HELP_SEP) {
        return (message.to_string(), Some(help.to_string()));
    }
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or_default();
        if !name.is_empty() && name.bytes().all(|b| b.is_ascii_digit()) {
            // `{value: 61,2}`: the comma ended the value and `2` became a key.
            return (
                format!("a number is followed by `,{name}`: decimals take a dot"),
                Some(format!("write the decimals after a dot, e.g. `61.{name}`, not `61,{name}`")),
            );
        }
        let expected: Vec<&str> = rest.split('`').skip(2).step_by(2).collect();
        let help = match did_you_mean(name, expected.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None if expected.is_empty() => "remove this field".to_string(),
            None => format!(
                "the fields allowed here are {}; free-form values go under `extra:`",
                expected.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
            ),
        };
        return (format!("unknown field `{name}`"), Some(help));
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or_default();
        return (format!("missing required field `{name}`"), Some(format!("add a line `{name}: …` to this block")));
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "another type"));
        let help = match expected {
            e if e.contains("sequence") => {
                "write a list: one item per line starting with `- `, or `[a, b]`".to_string()
            }
            e if e.contains("bool") => "write `true` or `false`".to_string(),
            e if e.contains("string") => "put the text in quotes: \"…\"".to_string(),
            e if e.contains("integer") || e.contains("number") => {
                "write a plain number such as 22000 (no dots or commas for thousands)".to_string()
            }
            _ => format!("this field expects {expected}"),
        };
        return (format!("expected {expected}, found {found}"), Some(help));
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let name = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = rest.split('`').skip(2).step_by(2).collect();
        let help = match did_you_mean(name, expected.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!("write one of: {}", expected.join(", ")),
        };
        return (format!("unknown value `{name}`"), Some(help));
    }
    if raw.starts_with("duplicate field `") || raw.starts_with("duplicate entry") {
        return (raw.to_string(), Some("each key may appear only once: remove one of them".to_string()));
    }
    // Syntax errors from the scanner: the most common causes for staff are an
    // unquoted colon in a value and tabs for indentation.
    let source_line = src.lines().nth(line.saturating_sub(1)).unwrap_or_default();
    let help = if source_line.contains('\t') {
        "YAML does not allow tabs for indentation: indent with spaces"
    } else if source_line.matches(": ").count() > 1 {
        "a value that contains `: ` must be put in quotes, e.g. title: \"Kế hoạch: năm 2022\""
    } else {
        "check the indentation and that every `key: value` pair is on its own line; put text with special characters in quotes"
    };
    (format!("invalid YAML: {raw}"), Some(help.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
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

    #[test]
    fn unknown_field_suggests_the_closest_one() {
        let e = from_str::<Fm>("title: a\ntagz: [x]\n").unwrap_err();
        assert_eq!(e.message, "unknown field `tagz`");
        assert_eq!(e.help.as_deref(), Some("did you mean `tags`?"));
        assert_eq!((e.line, e.col), (2, 1));
    }

    #[test]
    fn missing_field_is_named() {
        let e = from_str::<Fm>("draft: true\n").unwrap_err();
        assert_eq!(e.message, "missing required field `title`");
    }

    #[test]
    fn wrong_type_says_what_was_expected() {
        let e = from_str::<Fm>("title: a\ntags: x\n").unwrap_err();
        assert_eq!(e.message, "in `tags`: expected a sequence, found string \"x\"");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn syntax_error_points_at_the_line_and_explains_colons() {
        let e = from_str::<Fm>("title: Kế hoạch: năm 2022\n").unwrap_err();
        assert!(e.message.starts_with("invalid YAML"), "{}", e.message);
        assert_eq!(e.line, 1);
        assert!(e.help.unwrap().contains("quotes"));
    }

    #[test]
    fn custom_errors_carry_their_help() {
        #[derive(Debug)]
        struct Even;
        impl<'de> Deserialize<'de> for Even {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let n = u32::deserialize(d)?;
                if n % 2 == 0 { Ok(Even) } else { Err(invalid(format!("{n} is odd"), "use an even number")) }
            }
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct W {
            n: Even,
        }
        let e = from_str::<W>("\nn: 3\n").unwrap_err();
        assert_eq!(e.message, "3 is odd");
        assert_eq!(e.help.as_deref(), Some("use an even number"));
        assert_eq!(e.line, 2);
    }
}
