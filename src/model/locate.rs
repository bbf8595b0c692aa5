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
        self.anchor_nth(key, value, 1)
    }

    /// The offset of the `nth` (1-based) line `key: value`, or of the last
    /// one found, or the base: a second item with the same id is pointed
    /// at, not the first.
    pub fn anchor_nth(&self, key: &str, value: &str, nth: usize) -> usize {
        let pats = [format!("{key}: {value}"), format!("{key}: \"{value}\""), format!("{key}: '{value}'")];
        let mut found = self.base;
        let mut seen = 0;
        let mut pos = self.base;
        while seen < nth {
            let next = pats
                .iter()
                .filter_map(|p| find_from(self.text, pos, p).map(|i| (i, p.len())))
                .filter(|(i, len)| {
                    // The whole value: `id: a` is not `id: ab`.
                    let after = self.text[i + len..].chars().next();
                    after.is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_' || c == '.'))
                })
                .min();
            let Some((i, len)) = next else { break };
            found = i;
            seen += 1;
            pos = i + len;
        }
        found
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
