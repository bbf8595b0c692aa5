//! Vietnamese document references in plain text ("Kế hoạch số 55-KH/QU ngày
//! 7/9/2021", "Nghị định 42/2022/NĐ-CP", "số 1851/UBND-NV"), found by a
//! hand-written scanner so pages can link the documents they cite.

use std::ops::Range;

use crate::text::{self, slug::slugify};

/// The kind of document a reference names (the words before the number).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    NghiQuyet,
    NghiQuyetLienTich,
    KeHoach,
    CongVan,
    CongDien,
    QuyetDinh,
    QuyDinh,
    ChiThi,
    KetLuan,
    BaoCao,
    ThongBao,
    ChuongTrinh,
    HuongDan,
    ToTrinh,
    ThongTu,
    ThongTuLienTich,
    NghiDinh,
    PhapLenh,
    Luat,
}

impl DocKind {
    /// Every kind, for lookups.
    pub const ALL: [DocKind; 19] = [
        DocKind::NghiQuyet,
        DocKind::NghiQuyetLienTich,
        DocKind::KeHoach,
        DocKind::CongVan,
        DocKind::CongDien,
        DocKind::QuyetDinh,
        DocKind::QuyDinh,
        DocKind::ChiThi,
        DocKind::KetLuan,
        DocKind::BaoCao,
        DocKind::ThongBao,
        DocKind::ChuongTrinh,
        DocKind::HuongDan,
        DocKind::ToTrinh,
        DocKind::ThongTu,
        DocKind::ThongTuLienTich,
        DocKind::NghiDinh,
        DocKind::PhapLenh,
        DocKind::Luat,
    ];

    /// The kind named by `s` in any case, with or without diacritics
    /// ("Kế hoạch", "KẾ HOẠCH", "ke hoach"). Whole words only.
    pub fn from_words(s: &str) -> Option<Self> {
        let slug = slugify(s);
        Self::ALL.into_iter().find(|k| slug.split('-').eq(k.names().0.iter().copied()))
    }

    /// The kind as a reader sees it, sentence case: "Kế hoạch".
    pub fn label(&self) -> &'static str {
        self.names().1
    }

    /// (the words folded like slugs, label).
    fn names(self) -> (&'static [&'static str], &'static str) {
        match self {
            DocKind::NghiQuyet => (&["nghi", "quyet"], "Nghị quyết"),
            DocKind::NghiQuyetLienTich => (&["nghi", "quyet", "lien", "tich"], "Nghị quyết liên tịch"),
            DocKind::KeHoach => (&["ke", "hoach"], "Kế hoạch"),
            DocKind::CongVan => (&["cong", "van"], "Công văn"),
            DocKind::CongDien => (&["cong", "dien"], "Công điện"),
            DocKind::QuyetDinh => (&["quyet", "dinh"], "Quyết định"),
            DocKind::QuyDinh => (&["quy", "dinh"], "Quy định"),
            DocKind::ChiThi => (&["chi", "thi"], "Chỉ thị"),
            DocKind::KetLuan => (&["ket", "luan"], "Kết luận"),
            DocKind::BaoCao => (&["bao", "cao"], "Báo cáo"),
            DocKind::ThongBao => (&["thong", "bao"], "Thông báo"),
            DocKind::ChuongTrinh => (&["chuong", "trinh"], "Chương trình"),
            DocKind::HuongDan => (&["huong", "dan"], "Hướng dẫn"),
            DocKind::ToTrinh => (&["to", "trinh"], "Tờ trình"),
            DocKind::ThongTu => (&["thong", "tu"], "Thông tư"),
            DocKind::ThongTuLienTich => (&["thong", "tu", "lien", "tich"], "Thông tư liên tịch"),
            DocKind::NghiDinh => (&["nghi", "dinh"], "Nghị định"),
            DocKind::PhapLenh => (&["phap", "lenh"], "Pháp lệnh"),
            DocKind::Luat => (&["luat"], "Luật"),
        }
    }
}

/// One mention of a document in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocRef {
    /// Byte range of the whole mention: from the kind word (or the number
    /// when there is none) to the end of the date (or the number).
    pub range: Range<usize>,
    pub kind: Option<DocKind>,
    /// The number as a lookup key, see [`normalize_number`]: "10/KH-UBND".
    pub number: String,
    /// (year, month, day) when "ngày 7/9/2021" follows the number.
    pub date: Option<(u16, u8, u8)>,
    /// The issuer named right after the mention ("… của UBND phường Ba
    /// Đình"): the words after "của", up to punctuation, at most ten.
    pub issuer: Option<String>,
}

/// Every document reference in `text`, in order, not overlapping.
pub fn find(text: &str) -> Vec<DocRef> {
    let bytes = text.as_bytes();
    let mut refs = Vec::new();
    let mut i = 0;
    while let Some(start) = next_digit(bytes, i) {
        match number_end(text, start) {
            Some(end) => {
                let kind = kind_before(text, start);
                let date = date_after(text, end);
                let r = DocRef {
                    range: kind.map_or(start, |k| k.1)..date.map_or(end, |d| d.0),
                    kind: kind.map(|k| k.0),
                    number: normalize_number(&text[start..end]),
                    date: date.map(|d| d.1),
                    issuer: None,
                };
                let r = DocRef { issuer: issuer_after(text, r.range.end), ..r };
                i = r.range.end;
                refs.push(r);
            }
            None => i = start + digits_len(bytes, start),
        }
    }
    refs
}

/// The words after "của" that follow a mention, up to punctuation or the
/// end of the line, at most ten.
fn issuer_after(text: &str, at: usize) -> Option<String> {
    let rest = text.get(at..)?;
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    let lower_start: String = rest.chars().take(4).collect::<String>().to_lowercase();
    if lower_start != "của " {
        return None;
    }
    let after = &rest["của ".len()..];
    let end = after.find(['.', ',', ';', ':', '(', ')', '\n', '"', '“', '”', '[', ']']).unwrap_or(after.len());
    let words: Vec<&str> = after[..end].split_whitespace().take(10).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Index of the first ASCII digit at or after `from`. Most text has few
/// digits, so 16-byte blocks are tested without branching first.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    for block in bytes.get(from..)?.chunks(16) {
        if block.iter().fold(false, |any, b| any | b.is_ascii_digit()) {
            return block.iter().position(u8::is_ascii_digit).map(|p| at + p);
        }
        at += block.len();
    }
    None
}

/// What `written` (a report's `plan:`, a link's `@…`) names: its first
/// document mention, and the number as a lookup key — the mention's, or
/// `written` itself when it is a bare number `find` does not take alone.
pub fn written_number(written: &str) -> (String, Option<DocRef>) {
    let mention = find(written).into_iter().next();
    let key = normalize_number(mention.as_ref().map_or(written, |r| r.number.as_str()));
    (key, mention)
}

/// The canonical form of a document number, used as a lookup key: trimmed,
/// no spaces around `/` and `-` (dashes typed as `–` become `-`), letters
/// uppercased (`đ` → `Đ`, not `D`): " 10 /kh–ubnd" → "10/KH-UBND".
pub fn normalize_number(s: &str) -> String {
    // Already canonical, as numbers in running text almost always are.
    if s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'/' || b == b'-') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let mut after_sep = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        let c = if is_dash(c) { '-' } else { c };
        if c == '/' || c == '-' {
            out.push(c);
            after_sep = true;
        } else {
            if pending_space && !after_sep {
                out.push(' ');
            }
            after_sep = false;
            out.extend(c.to_uppercase());
        }
        pending_space = false;
    }
    out
}

/// Hyphen look-alikes that Word's autocorrect puts in document numbers.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2013}')
}

/// A letter or diacritic; Vietnamese letters (Latin-1, Extended-A/B,
/// Extended Additional) are answered without a Unicode table lookup.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' | '\u{d7}' | '\u{f7}' => false,
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' | '\u{300}'..='\u{36f}' => true,
        _ => c.is_alphabetic(),
    }
}

fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

fn digits_len(bytes: &[u8], at: usize) -> usize {
    bytes.get(at..).map_or(0, |b| b.iter().take_while(|b| b.is_ascii_digit()).count())
}

/// Skips at most one space (or no-break space) at `at`.
fn skip_one_space(text: &str, at: usize) -> usize {
    match char_at(text, at) {
        Some(c @ (' ' | '\u{a0}')) => at + c.len_utf8(),
        _ => at,
    }
}

fn skip_spaces(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    at + rest.len() - rest.trim_start().len()
}

/// Start of the whitespace run that ends at `at`.
fn trim_spaces_back(text: &str, at: usize) -> usize {
    text.get(..at).map_or(at, |s| s.trim_end().len())
}

/// End of a document number whose digits start at `start`: digits, then
/// groups joined by `/` or `-`, each either a year (`2022`) or an
/// abbreviation starting with a capital (`KH`, `QĐ`, `CTr`, `QH14`); the
/// number must end with an abbreviation and contain a `/` before it.
fn number_end(text: &str, start: usize) -> Option<usize> {
    // Not glued to a word or to a URL, path, or date before it.
    if let Some(c) = char_before(text, start)
        && (is_letter(c) || c.is_numeric() || is_dash(c) || "/_.@#%&=?~+\\$".contains(c))
    {
        return None;
    }
    let bytes = text.as_bytes();
    let mut p = start + digits_len(bytes, start);
    let mut first = true;
    let mut slash = false;
    let mut end = None;
    loop {
        // Spaces are tolerated around the first separator only ("10 /KH-UBND").
        let q = if first { skip_one_space(text, p) } else { p };
        let sep = match char_at(text, q) {
            Some(c) if c == '/' || is_dash(c) => c,
            _ => break,
        };
        let after = q + sep.len_utf8();
        let g = if first { skip_one_space(text, after) } else { after };
        let spaced = q != p || g != after;
        slash |= sep == '/';
        let n = digits_len(bytes, g);
        if n == 4 && !spaced {
            p = g + n;
        } else if let Some(e) = abbreviation_end(text, g) {
            if slash {
                end = Some(e);
            }
            p = e;
        } else {
            break;
        }
        first = false;
    }
    let end = end?;
    // Not followed by more of a word, path or file name.
    match char_at(text, end) {
        Some(c) if is_letter(c) || c.is_numeric() || is_dash(c) => None,
        Some('/' | '_' | '@' | '\\') => None,
        Some('.' | ':') if char_at(text, end + 1).is_some_and(char::is_alphanumeric) => None,
        _ => Some(end),
    }
}

/// End of an abbreviation group at `at`: a capital, letters (more capitals
/// than small letters: `CTr`, `TTg`, but not `Tổng`), optional digits.
fn abbreviation_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let first = rest.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    let (mut upper, mut lower) = (0usize, 0usize);
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        } else if !is_letter(c) {
            end = i;
            break;
        }
    }
    if upper <= lower {
        return None;
    }
    Some(at + end + digits_len(text.as_bytes(), at + end))
}

/// Start of the word that ends at `end`, if there is one.
fn word_start(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?;
    let start = head.char_indices().rev().take_while(|(_, c)| is_letter(*c)).last().map(|(i, _)| i)?;
    Some(start)
}

/// The kind words (and "số") right before a number, with where they start.
fn kind_before(text: &str, num_start: usize) -> Option<(DocKind, usize)> {
    let mut p = trim_spaces_back(text, num_start);
    if p == num_start {
        return None;
    }
    let colon = char_before(text, p) == Some(':');
    let before_so = if colon { trim_spaces_back(text, p - 1) } else { p };
    if let Some(s) = word_start(text, before_so)
        && Folded::new(&text[s..before_so]).is_some_and(|f| f.is("so"))
    {
        p = trim_spaces_back(text, s);
        if p == s {
            return None;
        }
    } else if colon {
        return None;
    }
    // Words back, nearest first, while some kind could still be longer
    // ("tịch" → "liên tịch" → "tư liên tịch" → "Thông tư liên tịch").
    let mut words = [Folded::default(); 4];
    let mut found = 0;
    let mut best = None;
    let mut e = p;
    while found < words.len() {
        let Some(s) = word_start(text, e) else { break };
        let Some(word) = Folded::new(&text[s..e]) else {
            break;
        };
        words[found] = word;
        found += 1;
        let mut longer = false;
        for kind in DocKind::ALL {
            let parts = kind.names().0;
            let ends_so = parts.len() >= found && parts.iter().rev().zip(&words[..found]).all(|(part, w)| w.is(part));
            if ends_so && parts.len() == found {
                best = Some((kind, s));
            }
            longer |= ends_so && parts.len() > found;
        }
        e = trim_spaces_back(text, s);
        if !longer || e == s {
            break;
        }
    }
    best
}

/// A short word folded by [`text::fold_char`] ("Hoạch", "HOA\u{323}CH" → "hoach")
/// without allocating; `None` for anything that cannot be a kind word.
#[derive(Debug, Clone, Copy, Default)]
struct Folded {
    buf: [u8; 8],
    len: usize,
}

impl Folded {
    fn new(word: &str) -> Option<Self> {
        let mut f = Folded::default();
        for c in word.chars() {
            let one;
            let folded = match text::fold_char(c) {
                text::Folded::Ascii(b) => {
                    one = [b];
                    &one[..]
                }
                text::Folded::Latin(s) => s.as_bytes(),
                text::Folded::Mark => continue,
                text::Folded::Other(_) => return None,
            };
            for &b in folded {
                if !b.is_ascii_alphabetic() {
                    return None;
                }
                *f.buf.get_mut(f.len)? = b;
                f.len += 1;
            }
        }
        Some(f)
    }

    fn is(&self, s: &str) -> bool {
        self.buf.get(..self.len) == Some(s.as_bytes())
    }
}

/// "ngày 7/9/2021", ", ngày 07-09-2021" or "ngày 7 tháng 9 năm 2021" right
/// after a number: (end of the date, (year, month, day)).
fn date_after(text: &str, at: usize) -> Option<(usize, (u16, u8, u8))> {
    let mut p = skip_spaces(text, at);
    if char_at(text, p) == Some(',') {
        p = skip_spaces(text, p + 1);
    }
    if p == at {
        return None;
    }
    let word_end = word(text, p, "ngay")?;
    let p = skip_spaces(text, word_end);
    if p == word_end {
        return None;
    }
    let bytes = text.as_bytes();
    let (day, p) = small_number(bytes, p, 2)?;
    let (month, year, end) = match char_at(text, p) {
        Some(sep @ ('/' | '-' | '.')) => {
            let (month, p) = small_number(bytes, p + 1, 2)?;
            if char_at(text, p) != Some(sep) {
                return None;
            }
            let (year, p) = small_number(bytes, p + 1, 4)?;
            (month, year, p)
        }
        _ => {
            let p = skip_spaces(text, p);
            let e = word(text, p, "thang")?;
            let (month, p) = small_number(bytes, skip_spaces(text, e), 2)?;
            let e = word(text, skip_spaces(text, p), "nam")?;
            let (year, p) = small_number(bytes, skip_spaces(text, e), 4)?;
            (month, year, p)
        }
    };
    if let Some(c) = char_at(text, end)
        && (c.is_alphanumeric()
            || (matches!(c, '/' | '-' | '.') && char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit())))
    {
        return None;
    }
    let ok =
        (1900..=2100).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
    ok.then_some((end, (year as u16, month as u8, day as u8)))
}

/// The word at `at` if it folds to `folded` ("Ngày", "NGÀY" → "ngay").
fn word(text: &str, at: usize, folded: &str) -> Option<usize> {
    let rest = text.get(at..)?;
    let len = rest.char_indices().find(|(_, c)| !is_letter(*c)).map_or(rest.len(), |(i, _)| i);
    (len > 0 && Folded::new(&rest[..len]).is_some_and(|f| f.is(folded))).then_some(at + len)
}

/// 1 to `max` ASCII digits at `at` (no more), and where they end.
fn small_number(bytes: &[u8], at: usize, max: usize) -> Option<(u32, usize)> {
    let n = digits_len(bytes, at);
    if n == 0 || n > max {
        return None;
    }
    let value = bytes[at..at + n].iter().fold(0u32, |v, b| v * 10 + u32::from(b - b'0'));
    Some((value, at + n))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests;
