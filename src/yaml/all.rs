//! Every mistake of a YAML text in one run. serde stops at the first error,
//! so after each one the entry that holds it is blanked out of a copy of
//! the text (its lines kept, empty, so every later position stays true) and
//! the copy is read again. A syntax error is final (the rest of the text
//! cannot be read) but for the one Vietnamese text invites most, a `: `
//! inside an unquoted value (`title: Kế hoạch: năm 2026`): that value is
//! read quoted, as the message tells the staff member to write it. An error
//! that blanking itself could have caused (a required field now missing, a
//! list now empty, broken indentation) ends the search unreported: no
//! message may say something untrue.

use serde::de::DeserializeOwned;

use super::{YamlError, parse, translate};
use crate::diagnostics::did_you_mean;

/// How many more mistakes one file reports at most.
const MAX_MORE: usize = 100;

/// Parses `src`, collecting every mistake that is certainly one.
pub(super) fn parse_all<T: DeserializeOwned>(src: &str) -> Result<T, Vec<YamlError>> {
    let first = match parse::<T>(src) {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    let mut text = src.to_string();
    let (e, first) = told_whole(translate(&first, src), first, &text);
    let mut errors = vec![e];
    let mut blanked: Vec<Blanked> = Vec::new();
    let mut last = first;
    for _ in 0..MAX_MORE {
        let Some(line) = last.location().map(|l| l.line()) else { break };
        if can_go_on(&last.to_string()) {
            let Some(b) = blank(&mut text, line) else { break };
            blanked.push(b);
        } else if !(errors.last().is_some_and(colon_in_text) && quote_value(&mut text, line)) {
            break;
        }
        let read = if text.trim().is_empty() { "{}" } else { text.as_str() };
        let next = match parse::<T>(read) {
            Ok(_) => break,
            Err(e) => e,
        };
        let (e, next) = told_whole(translate(&next, read), next, read);
        let raw = next.to_string();
        // A colon inside a plain value is the text's own, blanking or not.
        let own_colon = colon_in_text(&e) && cut_value_col(read, e.line).is_some();
        if (!own_colon && caused_by_blanking(&raw, e.line, &blanked))
            || errors.iter().any(|x| (x.line, x.col, &x.message) == (e.line, e.col, &e.message))
        {
            break;
        }
        errors.push(e);
        last = next;
    }
    Err(errors)
}

/// What was blanked: the key written on its first line and its lines.
struct Blanked {
    key: String,
    first: usize,
    last: usize,
}

/// After this error, can the rest of the text still be read? Not after a
/// syntax error (no other kind of error lacks a serde prefix) nor a missing
/// field (serde raises it when the whole block has been read).
fn can_go_on(raw: &str) -> bool {
    let raw = raw.split_once(": ").map_or(raw, |(path, rest)| if path.contains(' ') { raw } else { rest });
    ["unknown field", "invalid type", "invalid value", "unknown variant", "duplicate", "\u{1c}"]
        .iter()
        .any(|p| raw.starts_with(p) || (*p == "\u{1c}" && raw.contains(p)))
}

/// An error the blanking may have caused rather than the staff member.
fn caused_by_blanking(raw: &str, line: usize, blanked: &[Blanked]) -> bool {
    // A syntax error after a value was blanked may come from the blanking
    // (indentation); after quoting values alone it is the text's own.
    if !can_go_on(raw) && !raw.contains("missing field `") {
        return !blanked.is_empty();
    }
    // A required field blanked, or misspelt (`titel:` for `title:`, told
    // "did you mean `title`?" already).
    if let Some(missing) = raw.split("missing field `").nth(1).and_then(|r| r.split('`').next())
        && blanked.iter().any(|b| b.key == missing || did_you_mean(&b.key, [missing]).is_some())
    {
        return true;
    }
    // A block or list left empty reads as nothing.
    raw.contains("unit value") && blanked.iter().any(|b| line + 1 >= b.first && line <= b.last + 1)
}

/// Blanks the entry at 1-based `line`: a list item (`- …`) with all its
/// lines, or a key with the lines of its value.
fn blank(text: &mut String, line: usize) -> Option<Blanked> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let start = line.checked_sub(1)?;
    let first = *lines.get(start)?;
    let content = first.trim_start_matches(' ');
    if content.trim().is_empty() {
        return None;
    }
    let indent = first.len() - content.len();
    let mut end = start + 1;
    while end < lines.len() {
        let l = lines[end];
        let c = l.trim_start_matches(' ');
        let is_blank = c.trim().is_empty() || c.starts_with('#');
        if !is_blank && l.len() - c.len() <= indent {
            break;
        }
        end += 1;
    }
    let item = content.strip_prefix('-').unwrap_or(content).trim_start();
    let key = item.split(':').next().unwrap_or_default().trim().trim_matches(['"', '\'']).to_string();
    let mut out = String::with_capacity(text.len());
    for (i, l) in lines.iter().enumerate() {
        if (start..end).contains(&i) {
            out.push_str(if l.ends_with("\r\n") {
                "\r\n"
            } else if l.ends_with('\n') {
                "\n"
            } else {
                ""
            });
        } else {
            out.push_str(l);
        }
    }
    *text = out;
    Some(Blanked { key, first: line, last: end })
}

/// An error about a value cut at a `: ` inside it (`value: nhiều: lắm`):
/// serde reads the value up to the colon (`nhiều`) and refuses it before
/// the parser reaches the colon, so the message would name a text that is
/// not what was written. Told instead: the colon's own syntax error, after
/// which [`quote_value`] reads the value whole and its error names it whole.
/// Other errors (one about the key, or a line without such a value) are
/// kept as they are.
fn told_whole(e: YamlError, raw: serde_yaml::Error, text: &str) -> (YamlError, serde_yaml::Error) {
    let Some(value_col) = cut_value_col(text, e.line) else { return (e, raw) };
    if colon_in_text(&e) || e.col < value_col {
        return (e, raw);
    }
    // The text is well formed up to this line (serde read it): the first
    // syntax error of an untyped read is this line's colon.
    match super::parse::<serde_yaml::Value>(text) {
        Err(syntax) => {
            let t = translate(&syntax, text);
            if colon_in_text(&t) && t.line == e.line { (t, syntax) } else { (e, raw) }
        }
        Ok(_) => (e, raw),
    }
}

/// The 1-based column where the value of `key: value` at 1-based `line`
/// starts, when that value is unquoted and holds a `: ` (before any
/// ` #` comment).
fn cut_value_col(text: &str, line: usize) -> Option<usize> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    let content = l.trim_start_matches(' ');
    let content = content.strip_prefix("- ").unwrap_or(content);
    let (key, value) = content.split_once(": ")?;
    let plain_key = !key.is_empty() && !key.contains([' ', '{', '[', '"', '\'', '#']);
    let value_part = value.split_once(" #").map_or(value, |(v, _)| v);
    let trimmed = value_part.trim_start();
    let quoted = trimmed.starts_with(['"', '\'', '{', '[', '|', '>', '&', '*', '!']);
    if !plain_key || quoted || !value_part.contains(": ") {
        return None;
    }
    let before = l.len() - content.len() + key.len() + 2 + (value_part.len() - trimmed.len());
    Some(l[..before].chars().count() + 1)
}

/// A syntax error of a `: ` inside an unquoted value.
fn colon_in_text(e: &YamlError) -> bool {
    e.help.as_ref().and_then(|h| h.id()) == Some("yaml-colon-in-text")
}

/// Quotes the value of `key: value` at 1-based `line` (its comment, after
/// ` #`, kept outside), as the message of a `: ` inside it says to write
/// it. False when the line is not such a line (a flow block, a list item,
/// a value already quoted or a block scalar): the text then stays as it is.
fn quote_value(text: &mut String, line: usize) -> bool {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let Some(l) = line.checked_sub(1).and_then(|i| lines.get(i)) else { return false };
    let body = l.trim_end_matches(['\n', '\r']);
    let ending = &l[body.len()..];
    let content = body.trim_start_matches(' ');
    let indent = &body[..body.len() - content.len()];
    let Some((key, value)) = content.split_once(": ") else { return false };
    let plain_key = !key.is_empty() && !key.contains([' ', '{', '[', '"', '\'', '#']) && !key.starts_with('-');
    let (value, comment) = value.split_once(" #").map_or((value, None), |(v, c)| (v, Some(c)));
    let value = value.trim();
    if !plain_key || value.is_empty() || value.starts_with(['"', '\'', '{', '[', '|', '>', '&', '*', '!']) {
        return false;
    }
    let quoted = format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""));
    let comment = comment.map(|c| format!(" #{c}")).unwrap_or_default();
    let fixed = format!("{indent}{key}: {quoted}{comment}{ending}");
    let i = line - 1;
    *text = lines[..i].concat() + &fixed + &lines[i + 1..].concat();
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Task {
        status: String,
        #[serde(default)]
        value: Option<f64>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        #[serde(default)]
        year: Option<i32>,
        #[serde(default)]
        draft: bool,
        #[serde(default)]
        tasks: Vec<Task>,
    }

    fn lines(src: &str) -> Vec<(usize, String)> {
        parse_all::<Doc>(src)
            .unwrap_err()
            .iter()
            .map(|e| (e.line, e.message.id().unwrap_or_default().to_string()))
            .collect()
    }

    #[test]
    fn every_mistake_of_a_file_comes_out() {
        let src = "title: a\nyaer: 2026\ndraft: có\ntasks:\n  - {status: xong, value: 61,2}\n  - status: done\n    value: nhiều\n  - status: done\n    valeu: 3\n";
        let got = lines(src);
        let at: Vec<usize> = got.iter().map(|g| g.0).collect();
        assert_eq!(at, [2, 3, 5, 7, 9], "{got:?}");
    }

    #[test]
    fn a_blanked_required_field_is_not_reported_missing() {
        // `title` has the wrong type; once blanked it is missing, which is
        // not the staff member's mistake.
        let got = lines("title: [a, b]\nyaer: 1\n");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|g| g.1 != "yaml-missing-field"), "{got:?}");
    }

    #[test]
    fn a_list_left_empty_is_not_reported() {
        let got = lines("title: a\ntasks:\n  - {status: a, value: x}\n");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_misspelt_required_field_is_told_once() {
        let got = lines("titel: a\n");
        assert_eq!(got, [(1, "yaml-unknown-field".to_string())]);
    }

    #[test]
    fn a_syntax_error_is_the_only_message() {
        let got = lines("title: a\ntasks:\n  - {status: a: b}\nyaer: 1\n");
        assert_eq!(got, [(3, "yaml-syntax".to_string())]);
    }

    #[test]
    fn after_a_colon_in_a_value_the_rest_is_read_as_if_quoted() {
        // The value read quoted, as the message says to write it: the
        // mistakes after it come out in the same run, and nothing else.
        let src =
            "title: Kế hoạch: năm 2026   # bắt buộc\nyaer: 1\ndraft: có\ntasks:\n  - status: a\n    value: x: y\n";
        let e = parse_all::<Doc>(src).unwrap_err();
        let got: Vec<(usize, String)> = e.iter().map(|e| (e.line, e.message.text(Lang::En))).collect();
        assert_eq!(got.iter().map(|g| g.0).collect::<Vec<_>>(), [1, 2, 3, 6, 6], "{got:?}");
        assert!(got[0].1.contains("a `:` appears where a value was expected"), "{got:?}");
        assert!(got[3].1.contains("a `:` appears where a value was expected"), "{got:?}");
        assert!(got[4].1.contains("tasks[0].value") && got[4].1.contains("\"x: y\""), "{got:?}");
        let two = lines("title: a: b\nyear: x: y\n");
        assert_eq!(two.iter().map(|g| g.0).collect::<Vec<_>>(), [1, 2, 2], "{two:?}");
    }

    #[test]
    fn a_value_cut_at_a_colon_is_told_whole() {
        // serde refuses `x` (what it read before the colon) before the
        // parser sees the colon: the message names what was written.
        let e = parse_all::<Doc>("title: a\nyear: x: y # năm\n").unwrap_err();
        let got: Vec<(usize, usize, String)> = e.iter().map(|e| (e.line, e.col, e.message.text(Lang::En))).collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].2.contains("a `:` appears where a value was expected"), "{got:?}");
        assert!(got[1].2.contains("the text \"x: y\""), "{got:?}");
        assert!(got.iter().all(|g| !g.2.contains("\"x\"")), "{got:?}");
        // An error about the key itself stays as it is.
        let e = parse_all::<Doc>("title: a\nyaer: x: y\n").unwrap_err();
        assert!(
            e[0].message.id() == Some("yaml-unknown-field")
                || e.iter().any(|x| x.message.text(Lang::En).contains("yaer"))
        );
        assert_eq!(cut_value_col("  value: x: y # c", 1), Some(10));
        assert_eq!(cut_value_col("- value: x: y", 1), Some(10));
        assert_eq!(cut_value_col("value: \"x: y\"", 1), None);
        assert_eq!(cut_value_col("value: x # a: b", 1), None);
    }

    #[test]
    fn quoting_keeps_the_comment_and_escapes() {
        let mut t = "a: 1\n  title: Kế hoạch: \"năm\" 2026 # c\r\nb: 2".to_string();
        assert!(quote_value(&mut t, 2));
        assert_eq!(t, "a: 1\n  title: \"Kế hoạch: \\\"năm\\\" 2026\" # c\r\nb: 2");
        for no in ["- a: b: c", "t: {a: b}", "t: \"a\": b", "t: |"] {
            assert!(!quote_value(&mut no.to_string(), 1), "{no}");
        }
    }

    #[test]
    fn a_missing_field_is_reported_after_the_others() {
        let e = parse_all::<Doc>("yaer: 1\n").unwrap_err();
        let ids: Vec<_> = e.iter().map(|e| e.message.text(Lang::En)).collect();
        assert_eq!(ids.len(), 2, "{ids:?}");
        assert!(ids[1].contains("`title` is required"), "{ids:?}");
    }

    #[test]
    fn line_ends_are_kept_when_blanking() {
        let mut t = "a: 1\r\nb:\r\n  c: 2\r\nd: 3".to_string();
        let b = blank(&mut t, 2).unwrap();
        assert_eq!(t, "a: 1\r\n\r\n\r\nd: 3");
        assert_eq!((b.key.as_str(), b.first, b.last), ("b", 2, 3));
    }
}
