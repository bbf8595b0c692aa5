//! Plain text gathered during the Markdown pass: whitespace-collapsed
//! buffers (heading titles, summary), the summary rule with its word-boundary
//! cut, and the word counter.

use super::SUMMARY_LIMIT;
use crate::docref::is_letter;

/// Text with whitespace collapsed to single spaces, trimmed, and capped at
/// `cap` bytes.
#[derive(Debug)]
pub(super) struct PlainText {
    pub(super) buf: String,
    space: bool,
    cap: usize,
}

impl PlainText {
    pub(super) fn new(cap: usize) -> Self {
        PlainText { buf: String::new(), space: false, cap }
    }

    /// Appends `s` word by word; once `cap` is reached the rest is ignored.
    pub(super) fn push(&mut self, s: &str) {
        if self.buf.len() >= self.cap {
            return;
        }
        self.space |= s.starts_with(char::is_whitespace);
        for word in s.split_whitespace() {
            if self.space && !self.buf.is_empty() {
                self.buf.push(' ');
            }
            let room = self.cap.saturating_sub(self.buf.len());
            self.buf.push_str(&word[..word.floor_char_boundary(room)]);
            if self.buf.len() >= self.cap {
                return;
            }
            self.space = true;
        }
        if !s.is_empty() {
            self.space = s.ends_with(char::is_whitespace);
        }
    }

    pub(super) fn space(&mut self) {
        self.space = true;
    }
}

/// The summary: text before `<!-- more -->`, else the first paragraph.
#[derive(Debug)]
pub(super) struct Summary {
    before_more: PlainText,
    first_paragraph: PlainText,
    pub(super) more: bool,
    in_paragraph: bool,
    paragraph_done: bool,
}

impl Summary {
    /// `more_possible`: the source has a `<!--` at all; if not, the text
    /// before the marker is not collected.
    pub(super) fn new(more_possible: bool) -> Self {
        // Four bytes per character at most: enough to know the text is too long.
        let cap = 4 * (SUMMARY_LIMIT + 1);
        Summary {
            before_more: PlainText::new(if more_possible { cap } else { 0 }),
            first_paragraph: PlainText::new(cap),
            more: false,
            in_paragraph: false,
            paragraph_done: false,
        }
    }

    pub(super) fn push(&mut self, s: &str) {
        if !self.more {
            self.before_more.push(s);
        }
        if self.in_paragraph && !self.paragraph_done {
            self.first_paragraph.push(s);
        }
    }

    pub(super) fn space(&mut self) {
        self.before_more.space();
        self.first_paragraph.space();
    }

    pub(super) fn paragraph(&mut self, start: bool) {
        self.in_paragraph = start;
        if !start && !self.first_paragraph.buf.is_empty() {
            self.paragraph_done = true;
        }
    }

    pub(super) fn finish(self) -> String {
        let text =
            if self.more && !self.before_more.buf.is_empty() { self.before_more.buf } else { self.first_paragraph.buf };
        truncate(text, SUMMARY_LIMIT)
    }
}

/// Cuts `text` at a word boundary so that it and "…" fit in `limit` characters.
pub(super) fn truncate(text: String, limit: usize) -> String {
    if text.chars().nth(limit).is_none() {
        return text;
    }
    let keep = text.char_indices().nth(limit.saturating_sub(1)).map_or(text.len(), |(i, _)| i);
    let cut = if text[keep..].starts_with(' ') { keep } else { text[..keep].rfind(' ').unwrap_or(keep) };
    let head = text[..cut].trim_end_matches(|c: char| c.is_whitespace() || ",;:-–".contains(c));
    let mut out = String::with_capacity(head.len() + 3);
    out.push_str(head);
    out.push('…');
    out
}

/// Counts words: runs of non-space characters with a letter or digit in them.
#[derive(Debug, Default)]
pub(super) struct Words {
    pub(super) count: usize,
    in_word: bool,
    alnum: bool,
}

impl Words {
    /// Counts the words of `s`; a word may continue from the previous call
    /// ("**Kế**hoạch" arrives in two pieces). Works on bytes: Vietnamese
    /// text is a third multi-byte characters, and decoding each is slow.
    pub(super) fn push(&mut self, s: &str) {
        let bytes = s.as_bytes();
        // Locals, not fields, in the loop: they stay in registers.
        let (mut count, mut in_word, mut alnum) = (self.count, self.in_word, self.alnum);
        let mut i = 0;
        while i < bytes.len() {
            if in_word && alnum {
                // Inside a counted word: skip to the next space. Lead bytes
                // of multi-byte spaces are checked in place: 0xe1 also starts
                // most Vietnamese letters with two marks (U+1EA0–U+1EF9).
                while i < bytes.len() {
                    let b = bytes[i];
                    if b <= b' ' || (matches!(b, 0xc2 | 0xe1..=0xe3) && space_len(bytes, i) > 0) {
                        break;
                    }
                    i += 1;
                }
                if i == bytes.len() {
                    break;
                }
            }
            let b = bytes[i];
            let space = match b {
                b'!'..=b'~' => 0,
                b' ' | b'\t'..=b'\r' => 1,
                0xc2 | 0xe1..=0xe3 => space_len(bytes, i),
                _ => 0,
            };
            if space > 0 {
                count += usize::from(in_word && alnum);
                (in_word, alnum) = (false, false);
                i += space;
                continue;
            }
            in_word = true;
            // At most one lookup per word; continuation bytes are skipped.
            if !alnum {
                alnum = if b.is_ascii() {
                    b.is_ascii_alphanumeric()
                } else {
                    s.get(i..).and_then(|t| t.chars().next()).is_some_and(|c| is_letter(c) || c.is_numeric())
                };
            }
            i += 1;
        }
        (self.count, self.in_word, self.alnum) = (count, in_word, alnum);
    }

    pub(super) fn end(&mut self) {
        if self.in_word && self.alnum {
            self.count += 1;
        }
        self.in_word = false;
        self.alnum = false;
    }
}

/// Length of the whitespace character (as `char::is_whitespace` defines it)
/// starting at byte `i`, or 0. Multi-byte spaces are recognised by their
/// UTF-8 bytes: U+0085, U+00A0 (no-break space, common in text pasted from
/// Word), U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
pub(super) fn space_len(bytes: &[u8], i: usize) -> usize {
    let at = |k: usize| bytes.get(i + k).copied();
    match at(0) {
        Some(b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') => 1,
        Some(0xc2) if matches!(at(1), Some(0x85 | 0xa0)) => 2,
        Some(0xe1) if (at(1), at(2)) == (Some(0x9a), Some(0x80)) => 3,
        Some(0xe2) => match (at(1), at(2)) {
            (Some(0x80), Some(0x80..=0x8a | 0xa8 | 0xa9 | 0xaf)) | (Some(0x81), Some(0x9f)) => 3,
            _ => 0,
        },
        Some(0xe3) if (at(1), at(2)) == (Some(0x80), Some(0x80)) => 3,
        _ => 0,
    }
}
