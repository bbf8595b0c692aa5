//! Finding where in a YAML file or front matter a checked value was written,
//! so a diagnostic about it (an unknown unit id, say) points at its line and
//! column: by the `key: value` line of its item, then the value itself as a
//! whole word.

use crate::diagnostics::Diagnostic;

/// Points diagnostics into one file's text.
pub struct Locator<'a> {
    pub shown: &'a std::path::Path,
    pub text: &'a str,
    /// Where the searched region starts (the front matter of a page).
    pub base: usize,
}

impl Locator<'_> {
    /// An error at the first occurrence of `needle` at or after `from`.
    pub fn error_after(&self, from: usize, needle: &str, message: impl Into<crate::messages::Text>) -> Diagnostic {
        let at = find_token(self.text, from.max(self.base), needle).unwrap_or(from.max(self.base));
        Diagnostic::error(message).in_file(self.shown).at(self.text, at)
    }

    /// The offset of the line `key: value` (value quoted or not), or the base.
    pub fn anchor(&self, key: &str, value: &str) -> usize {
        for pat in [format!("{key}: {value}"), format!("{key}: \"{value}\""), format!("{key}: '{value}'")] {
            if let Some(i) = find_from(self.text, self.base, &pat) {
                return i;
            }
        }
        self.base
    }
}

/// Like [`find_from`], but only where `needle` stands alone: `phong-l` is
/// not found inside `phong-lđ`.
pub fn find_token(text: &str, from: usize, needle: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let mut pos = from;
    while let Some(i) = find_from(text, pos, needle) {
        let before = text[..i].chars().next_back();
        let after = text[i + needle.len()..].chars().next();
        let starts_word = needle.chars().next().is_some_and(is_word);
        let ends_word = needle.chars().next_back().is_some_and(is_word);
        let glued = (starts_word && before.is_some_and(is_word)) || (ends_word && after.is_some_and(is_word));
        if !glued {
            return Some(i);
        }
        pos = i + needle.len();
    }
    find_from(text, from, needle)
}

pub fn find_from(text: &str, from: usize, needle: &str) -> Option<usize> {
    text.get(from..).and_then(|t| t.find(needle)).map(|i| from + i)
}
