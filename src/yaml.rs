//! The only module that calls `serde_yaml` (deprecated upstream, so a swap
//! must be a one-file change). It turns YAML text into typed values and turns
//! the library's errors into located, plain-language messages with a hint.

use serde::de::DeserializeOwned;

use crate::diagnostics::did_you_mean;

/// Separates message and help in errors raised by our own `Deserialize`
/// impls (see [`invalid`]); never shown to the user.
const HELP_SEP: char = '\u{1f}';

/// A YAML problem at a 1-based line and column of the parsed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub message: String,
    pub help: Option<String>,
    pub line: usize,
    pub col: usize,
}

/// Parses `src` into `T`; on failure says where and what to do.
pub fn from_str<T: DeserializeOwned>(src: &str) -> Result<T, YamlError> {
    // An empty document is an empty mapping for our purposes ("---\n---").
    let src = if src.trim().is_empty() { "{}" } else { src };
    serde_yaml::from_str(src).map_err(|e| translate(&e, src))
}

/// Builds a deserialization error carrying a help line, for use inside our
/// own `Deserialize` impls (dates, periods, ids).
pub fn invalid<E: serde::de::Error>(message: impl std::fmt::Display, help: impl std::fmt::Display) -> E {
    E::custom(format!("{message}{HELP_SEP}{help}"))
}

fn translate(e: &serde_yaml::Error, src: &str) -> YamlError {
    let (line, col) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
    // serde_yaml appends " at line L column C" to the message; we show the
    // position ourselves.
    let raw = e.to_string();
    let raw = match raw.rfind(" at line ") {
        Some(i) => &raw[..i],
        None => &raw,
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

/// Reads a free-form value (`extra:`) as JSON, refusing a key written twice
/// in any of its mappings (typed maps would silently keep the last one).
/// For `#[serde(deserialize_with = "crate::yaml::free_form")]`.
pub fn free_form<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    use serde::Deserialize;
    // serde_yaml's own Value rejects duplicate keys as it reads them.
    let value = Option::<serde_yaml::Value>::deserialize(d)?;
    value
        .map(|v| {
            serde_json::to_value(v).map_err(|e| {
                invalid(format!("this value cannot be used in `extra`: {e}"), "use text, numbers, lists and blocks")
            })
        })
        .transpose()
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
