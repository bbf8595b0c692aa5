//! Text encodings staff's files arrive in: UTF-16 (Notepad's "Unicode"),
//! the legacy Vietnamese encodings TCVN3 (ABC), VNI and Windows-1258 (not
//! UTF-8 at all), and — the sly one — TCVN3 or VNI text that a word
//! processor already mis-read and saved as UTF-8, which shows residents
//! `KÕ ho¹ch` for "Kế hoạch". Each gets a diagnostic saying how to convert.

use std::path::Path;

use crate::diagnostics::Diagnostic;

use crate::msg;

/// Whether `bytes` look like UTF-16: a byte-order mark, or text whose
/// every other byte is zero.
pub fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(1024)];
    head.len() >= 8 && head.iter().filter(|b| **b == 0).count() * 3 >= head.len()
}

/// The diagnostic for a file saved as UTF-16.
pub fn utf16(shown: &Path) -> Diagnostic {
    Diagnostic::error(msg!("utf16")).in_file(shown).with_help(msg!("utf16-help"))
}

/// Latin-1 characters no Vietnamese word holds, which TCVN3 and VNI text
/// read as Windows-1252 is full of (`ho¹ch`, `ViÖt`, `Vieät`, `®\u{AD}êng`).
/// Left out: quotes, degrees, fractions, the soft hyphen and the middle
/// dot, which real text uses beside letters.
fn is_mojibake_char(c: char) -> bool {
    matches!(
        c,
        '¢' | '£'
            | '¤'
            | '¥'
            | '¦'
            | '§'
            | '¨'
            | '©'
            | 'ª'
            | '¬'
            | '®'
            | '¯'
            | '´'
            | 'µ'
            | '¶'
            | '¸'
            | '¹'
            | 'º'
            | 'Ä'
            | 'Å'
            | 'Æ'
            | 'Ç'
            | 'Ë'
            | 'Î'
            | 'Ï'
            | 'Ð'
            | 'Ñ'
            | 'Ö'
            | 'Ø'
            | 'Û'
            | 'Ü'
            | 'Þ'
            | 'ß'
            | 'ä'
            | 'å'
            | 'æ'
            | 'ç'
            | 'ë'
            | 'î'
            | 'ï'
            | 'ð'
            | 'ñ'
            | 'ö'
            | 'ø'
            | 'û'
            | 'ü'
            | 'þ'
            | 'ÿ'
    )
}

/// Fewest suspicious words before a file is called mis-encoded: one
/// German or Spanish name is not enough.
const MIN_WORDS: usize = 3;

/// The byte offset and text of the first word of TCVN3 or VNI text pasted
/// as UTF-8, and how many such words there are, when there are enough.
pub fn find_mojibake(text: &str) -> Option<(usize, &str, usize)> {
    // Every sign of mojibake is in U+00A2..U+00FF, written in UTF-8 with a
    // lead byte 0xC2 or 0xC3: a text without those bytes has none.
    // Vietnamese letters use the same lead byte 0xC3, so look for the
    // signs themselves before the costlier word-by-word pass.
    if !text.bytes().any(|b| b == 0xC2 || b == 0xC3) || !text.chars().any(is_mojibake_char) {
        return None;
    }
    let mut first = None;
    let mut count = 0;
    let mut start = None;
    let mut flagged = (false, false);
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if c.is_alphanumeric() || is_mojibake_char(c) {
            start.get_or_insert(i);
            flagged.0 |= c.is_ascii_alphabetic();
            flagged.1 |= is_mojibake_char(c);
            continue;
        }
        if let Some(s) = start.take() {
            if flagged == (true, true) {
                count += 1;
                first.get_or_insert((s, &text[s..i]));
            }
            flagged = (false, false);
        }
    }
    let (offset, word) = first?;
    (count >= MIN_WORDS).then_some((offset, word, count))
}

/// A warning for mis-encoded text in `text` (the file `shown`), if any.
pub fn mojibake_warning(shown: &Path, text: &str) -> Option<Diagnostic> {
    let (offset, word, count) = find_mojibake(text)?;
    Some(
        Diagnostic::warning(msg!("mojibake", word = word, more = count - 1))
            .in_file(shown)
            .at(text, offset)
            .with_help(msg!("mojibake-help")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcvn3_and_vni_pasted_as_utf8_are_found() {
        // "Kế hoạch phát triển đường giao thông Việt Nam" in TCVN3 and in VNI, read as Windows-1252.
        let tcvn3 = "KÕ ho¹ch ph¸t triÓn ®\u{AD}êng giao th«ng ViÖt Nam";
        let (offset, word, count) = find_mojibake(tcvn3).unwrap();
        assert_eq!((offset, word), (tcvn3.find("ho¹ch").unwrap(), "ho¹ch"));
        assert!(count >= 3, "{count}");
        let vni = "Keá hoaïch phaùt trieån ñöôøng giao thoâng Vieät Nam";
        assert_eq!(find_mojibake(vni).map(|m| m.1), Some("hoaïch"));
    }

    #[test]
    fn real_vietnamese_and_a_few_foreign_names_are_not() {
        let vi = "Kế hoạch phát triển đường giao thông Việt Nam — «trích» 30°C, ½ số hộ · Müller";
        assert_eq!(find_mojibake(vi), None);
        let text = "Đoàn công tác gồm ông Müller và bà Øster.";
        assert_eq!(find_mojibake(text), None, "two names are not enough");
    }

    #[test]
    fn utf16_is_recognised_with_or_without_a_bom() {
        assert!(is_utf16(&[0xFF, 0xFE, b'-', 0]));
        let le: Vec<u8> = "---\ntitle: a\n".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert!(is_utf16(&le));
        assert!(!is_utf16("---\ntitle: Kế hoạch\n".as_bytes()));
    }
}
