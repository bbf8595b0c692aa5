//! Text shared by slugs, document references and search: one folding of
//! Vietnamese (and other Latin-script) letters to lowercase ASCII — `đ`/`Đ`
//! → `d`, tones and marks dropped, text saved composed (NFC) or decomposed
//! (NFD) folding alike — plus the words of a text and their exact form.
//! The search script (`themes/default/static/search.js`) folds queries the
//! same way; `tests` checks the two agree letter by letter. Also numbers,
//! dates and abbreviations in words for the loudspeaker script (`words`,
//! `spoken`), and digits grouped the language's way (`numeral`).

pub mod numeral;
pub mod slug;
pub mod spoken;
pub mod words;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// How one character folds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folded {
    /// An ASCII character, lowercased.
    Ascii(u8),
    /// A Latin letter with marks, or without a decomposition (`đ`, `ø`,
    /// `ß`): its ASCII letters (`d`, `o`, `ss`), lowercased.
    Latin(&'static str),
    /// A combining mark (text saved decomposed): dropped.
    Mark,
    /// Anything else: kept as it is (lowercased by [`fold`]).
    Other(char),
}

/// Folds one character. Letters of the Latin-1 Supplement, Latin
/// Extended-A/B and Latin Extended Additional blocks (every Vietnamese
/// letter) become ASCII, the way `deunicode` spells them: unlike Unicode
/// decomposition, that also turns `đ` into `d`.
pub fn fold_char(c: char) -> Folded {
    match c {
        '\0'..='\x7f' => Folded::Ascii((c as u8).to_ascii_lowercase()),
        // Combining diacritics; U+0363–U+036F are letters written above.
        '\u{300}'..='\u{362}' => Folded::Mark,
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => match latin(c) {
            Some(s) => Folded::Latin(s),
            None => Folded::Other(c),
        },
        _ => Folded::Other(c),
    }
}

/// The lowercase ASCII letters of a Latin letter, from a table built once.
fn latin(c: char) -> Option<&'static str> {
    static TABLE: std::sync::OnceLock<Vec<Option<&'static str>>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let build = |c: char| {
            let s = deunicode::deunicode_char(c)?;
            let ok = !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphabetic());
            ok.then(|| &*Box::leak(s.to_ascii_lowercase().into_boxed_str()))
        };
        let ranges = ['\u{c0}'..='\u{24f}', '\u{1e00}'..='\u{1eff}'];
        ranges.into_iter().flat_map(|r| r.map(build)).collect()
    });
    let i = match c {
        '\u{c0}'..='\u{24f}' => c as usize - 0xc0,
        '\u{1e00}'..='\u{1eff}' => c as usize - 0x1e00 + (0x250 - 0xc0),
        _ => return None,
    };
    table.get(i).copied().flatten()
}

/// `text` folded: lowercase, Latin letters in ASCII, marks dropped
/// (`Đường Hoàng Hoa Thám` → `duong hoang hoa tham`).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends `text` folded to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        out.extend(text.bytes().map(|b| b.to_ascii_lowercase() as char));
        return;
    }
    for c in text.chars() {
        match fold_char(c) {
            Folded::Ascii(b) => out.push(b as char),
            Folded::Latin(s) => out.push_str(s),
            Folded::Mark => {}
            Folded::Other(c) => out.extend(c.to_lowercase()),
        }
    }
}

/// `text` as typed, compared without case: composed (NFC) and lowercase.
/// Two words with the same exact form carry the same diacritics.
pub fn exact_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        out.extend(text.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        out.extend(text.chars().flat_map(char::to_lowercase));
    } else {
        out.extend(text.nfc().flat_map(char::to_lowercase));
    }
}

/// A character that belongs to a word: a letter, digit or combining mark.
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\x7f' => false,
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' | '\u{300}'..='\u{36f}' => c != '\u{d7}' && c != '\u{f7}',
        _ => c.is_alphanumeric(),
    }
}

/// The words of `text`: runs of letters, digits and marks, as byte ranges.
/// Read byte by byte (ASCII) and character by character decoded in place:
/// a site's whole text goes through here for its search index.
pub fn words(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let (word, len) = char_at(bytes, i);
            if word {
                break;
            }
            i += len;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() {
            let (word, len) = char_at(bytes, i);
            if !word {
                break;
            }
            i += len;
        }
        Some(start..i)
    })
}

/// Whether the character starting at byte `i` of UTF-8 text belongs to a
/// word, and its length in bytes.
#[inline]
fn char_at(b: &[u8], i: usize) -> (bool, usize) {
    let c = b[i];
    if c < 0x80 {
        return (c.is_ascii_alphanumeric(), 1);
    }
    let cont = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0) & 0x3f);
    let (code, len) = match c {
        0xc0..=0xdf => ((u32::from(c & 0x1f) << 6) | cont(1), 2),
        0xe0..=0xef => ((u32::from(c & 0x0f) << 12) | (cont(1) << 6) | cont(2), 3),
        _ => ((u32::from(c & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4),
    };
    (char::from_u32(code).is_some_and(is_word_char), len)
}

#[cfg(test)]
mod tests;
