//! Diagnostics: the one type every stage uses to report a problem in the
//! site (file, line, column, message, help), a collector so a run reports all
//! of them at once, and the printer that shows them to a non-programmer.
//! Message and help are catalogue messages (src/messages/), shown in the
//! language chosen for the run.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::messages::{Lang, Text};

/// How bad a problem is: errors fail the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, located as precisely as we know.
///
/// `line` and `col` are 1-based; 0 means "unknown". Columns count characters,
/// not bytes, because Vietnamese text is mostly multi-byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: Option<PathBuf>,
    pub line: usize,
    pub col: usize,
    pub message: Text,
    /// The source line the diagnostic points into, shown with a caret.
    pub snippet: Option<String>,
    pub help: Option<Text>,
}

impl Diagnostic {
    pub fn error(message: impl Into<Text>) -> Self {
        Self::new(Severity::Error, message)
    }

    pub fn warning(message: impl Into<Text>) -> Self {
        Self::new(Severity::Warning, message)
    }

    fn new(severity: Severity, message: impl Into<Text>) -> Self {
        Diagnostic { severity, path: None, line: 0, col: 0, message: message.into(), snippet: None, help: None }
    }

    /// Names the file (relative to the site root, as the user sees it).
    pub fn in_file(mut self, path: impl AsRef<Path>) -> Self {
        self.path = Some(path.as_ref().to_path_buf());
        self
    }

    /// Points at a byte offset of `src`, recording line, column and the line's text.
    pub fn at(self, src: &str, byte_offset: usize) -> Self {
        let (line, col) = line_col(src, byte_offset);
        self.at_line_col(src, line, col)
    }

    /// Points at a 1-based line and column of `src`.
    pub fn at_line_col(mut self, src: &str, line: usize, col: usize) -> Self {
        self.line = line;
        self.col = col;
        self.snippet = src.split('\n').nth(line.saturating_sub(1)).map(|l| l.trim_end_matches('\r').to_string());
        self
    }

    pub fn with_help(mut self, help: impl Into<Text>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// 1-based (line, column) of a byte offset; the column counts characters.
/// An offset past the end, or inside a character, is clamped.
pub fn line_col(src: &str, byte_offset: usize) -> (usize, usize) {
    let mut offset = byte_offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// The closest candidate to a misspelt name, if one is close enough to be a
/// likely typo ("titel" → "title").
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(input, c), c))
        .filter(|(d, c)| *d <= 2.max(c.chars().count() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

impl Diagnostic {
    /// The diagnostic as printed, in `lang`: `path:line:col: error: message`,
    /// the source line with a caret under the column, and the help.
    pub fn render(&self, lang: Lang) -> String {
        use std::fmt::Write;
        let mut f = String::new();
        if let Some(path) = &self.path {
            let _ = write!(f, "{}", path.display());
            if self.line > 0 {
                let _ = write!(f, ":{}", self.line);
                if self.col > 0 {
                    let _ = write!(f, ":{}", self.col);
                }
            }
            f.push_str(": ");
        }
        let label = match self.severity {
            Severity::Error => crate::messages::t(lang, "label-error"),
            Severity::Warning => crate::messages::t(lang, "label-warning"),
        };
        let _ = write!(f, "{label}: {}", self.message.text(lang));
        if let (Some(snippet), true) = (&self.snippet, self.line > 0) {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            let (shown, caret) = window(snippet, self.col);
            let _ = write!(f, "\n {number} | {shown}");
            if let Some(width) = caret {
                let _ = write!(f, "\n {pad} | {}^", " ".repeat(width));
            }
        }
        if let Some(help) = &self.help {
            let _ = write!(f, "\n  {}: {}", crate::messages::t(lang, "label-help"), help.text(lang));
        }
        f
    }
}

/// The part of a source line shown under a diagnostic, and the width of the
/// text before the caret (when there is a column), as a terminal draws it:
/// tabs widened, combining marks taking no cell. A long line (minified
/// text, a pasted paragraph) is cut to a window around the column.
fn window(snippet: &str, col: usize) -> (String, Option<usize>) {
    const BEFORE: usize = 60;
    const AFTER: usize = 60;
    let chars: Vec<char> = snippet.chars().collect();
    let at = col.saturating_sub(1).min(chars.len());
    let (start, end) = if chars.len() > BEFORE + AFTER {
        let start = at.saturating_sub(BEFORE);
        (start, (at + AFTER).min(chars.len()))
    } else {
        (0, chars.len())
    };
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(chars[start..end].iter().map(|c| if *c == '\t' { "    ".to_string() } else { c.to_string() }));
    if end < chars.len() {
        shown.push('…');
    }
    let caret = (col > 0).then(|| {
        let lead = usize::from(start > 0);
        lead + chars[start..at]
            .iter()
            .map(|c| match c {
                '\t' => 4,
                '\u{300}'..='\u{36f}' => 0,
                _ => 1,
            })
            .sum::<usize>()
    });
    (shown, caret)
}

/// Shown in the run's language (see `messages::lang`).
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(crate::messages::lang()))
    }
}

/// Every diagnostic of a run, collected so the user sees them all at once.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.items.iter()
    }

    /// Orders by file, then position, so output is the same on every run
    /// whatever order parallel stages finished in.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (&a.path, a.line, a.col, a.severity, &a.message).cmp(&(&b.path, b.line, b.col, b.severity, &b.message))
        });
        self.items.dedup();
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<T: IntoIterator<Item = Diagnostic>>(iter: T) -> Self {
        Diagnostics { items: iter.into_iter().collect() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_is_one_based_and_counts_characters() {
        let src = "một\nhai ba\nbốn";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, "một".len()), (1, 4));
        assert_eq!(line_col(src, "một\n".len()), (2, 1));
        assert_eq!(line_col(src, "một\nhai ".len()), (2, 5));
        assert_eq!(line_col(src, "một\nhai ba\nb".len()), (3, 2));
    }

    #[test]
    fn line_col_clamps_offsets_past_the_end_or_inside_a_character() {
        let src = "bốn";
        assert_eq!(line_col(src, 1000), (1, 4));
        // byte 2 is inside the three-byte "ố"
        assert_eq!(line_col(src, 2), (1, 2));
        assert_eq!(line_col("", 5), (1, 1));
    }

    #[test]
    fn line_col_handles_crlf() {
        let src = "a\r\nb";
        assert_eq!(line_col(src, 3), (2, 1));
    }

    #[test]
    fn display_shows_location_snippet_caret_and_help() {
        let src = "---\ntitel: Kế hoạch\n---\n";
        let d = Diagnostic::error(Text::detail("unknown field `titel`"))
            .in_file("content/a.md")
            .at(src, 4)
            .with_help(Text::detail("did you mean `title`?"));
        assert_eq!(
            d.render(Lang::En),
            "content/a.md:2:1: error: unknown field `titel`\n 2 | titel: Kế hoạch\n   | ^\n  help: did you mean `title`?"
        );
        assert_eq!(
            d.render(Lang::Vi),
            "content/a.md:2:1: lỗi: unknown field `titel`\n 2 | titel: Kế hoạch\n   | ^\n  cách sửa: did you mean `title`?"
        );
    }

    #[test]
    fn caret_lines_up_under_vietnamese_text() {
        let src = "date: ngày 11/01/2022";
        let d = Diagnostic::error(Text::detail("x")).in_file("a.md").at(src, "date: ngày ".len());
        let text = d.render(Lang::En);
        let lines: Vec<&str> = text.lines().collect();
        // Both positions in characters: the caret sits under the first "1" of the date.
        let caret = lines[2].chars().position(|c| c == '^').unwrap();
        let digit = lines[1].chars().collect::<String>().find("11/").unwrap();
        let digit = lines[1][..digit].chars().count();
        assert_eq!(caret, digit);
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_around_the_column() {
        let line = format!("{}LỖI{}", "a".repeat(5000), "b".repeat(5000));
        let d = Diagnostic::error(Text::detail("x")).in_file("a.md").at(&line, 5000);
        let text = d.render(Lang::En);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[1].chars().count() < 140, "{}", lines[1].len());
        assert!(lines[1].contains("LỖI"));
        let caret = lines[2].chars().position(|c| c == '^').unwrap();
        let at = lines[1].chars().collect::<String>().find('L').unwrap();
        assert_eq!(caret, lines[1][..at].chars().count());
    }

    #[test]
    fn did_you_mean_finds_close_names_only() {
        let fields = ["title", "date", "draft", "weight"];
        assert_eq!(did_you_mean("titel", fields), Some("title"));
        assert_eq!(did_you_mean("dat", fields), Some("date"));
        assert_eq!(did_you_mean("summary", fields), None);
    }

    #[test]
    fn sort_orders_by_file_then_position() {
        let mut ds = Diagnostics::new();
        ds.push(Diagnostic::error(Text::detail("b")).in_file("b.md"));
        ds.push(Diagnostic::error(Text::detail("a2")).in_file("a.md").at("x\ny", 2));
        ds.push(Diagnostic::error(Text::detail("a1")).in_file("a.md").at("x\ny", 0));
        ds.sort();
        let msgs: Vec<_> = ds.iter().map(|d| d.message.text(Lang::En)).collect();
        assert_eq!(msgs, ["a1", "a2", "b"]);
    }
}
