//! Written text made ready to be read aloud: abbreviations expanded from
//! the site's list (`LĐ-TB&XH` → "Lao động – Thương binh và Xã hội"), then
//! dates, times, percentages, numbers, ranges and ordinals in words, then
//! symbols (`&`, `%`, `≥`) in words. What is not recognised is left as
//! written: a wrong reading is worse than a literal one.

use super::words::{self, Style};

/// How a site's text is read: its abbreviations and its dialect's words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speaker {
    /// (abbreviation, expansion), longest abbreviation first.
    abbreviations: Vec<(String, String)>,
    pub style: Style,
}

impl Speaker {
    pub fn new(abbreviations: impl IntoIterator<Item = (String, String)>, style: Style) -> Self {
        // An empty abbreviation would match before every word, forever.
        let mut abbreviations: Vec<(String, String)> =
            abbreviations.into_iter().filter(|(short, _)| !short.is_empty()).collect();
        abbreviations.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then_with(|| a.0.cmp(&b.0)));
        Speaker { abbreviations, style }
    }

    /// `text` as it is read aloud.
    pub fn speak(&self, text: &str) -> String {
        let expanded = self.expand(text);
        let spelled = self.spell(&expanded);
        symbols(&spelled)
    }

    /// Abbreviations of the list replaced where they stand as whole words
    /// (not inside a longer word), longest first.
    fn expand(&self, text: &str) -> String {
        if self.abbreviations.is_empty() {
            return text.to_string();
        }
        // Only a byte that starts some abbreviation can start a match: the
        // text between such bytes is copied as it is.
        let mut starts = [false; 256];
        for (short, _) in &self.abbreviations {
            if let Some(b) = short.as_bytes().first() {
                starts[*b as usize] = true;
            }
        }
        let whole = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        let mut out = String::with_capacity(text.len() + 32);
        let (mut copied, mut i) = (0, 0);
        while i < text.len() {
            if !starts[text.as_bytes()[i] as usize]
                || !text.is_char_boundary(i)
                || !whole(text[..i].chars().next_back())
            {
                i += 1;
                continue;
            }
            let found = self.abbreviations.iter().find(|(short, _)| {
                !short.is_empty()
                    && text[i..].starts_with(short.as_str())
                    && whole(text[i + short.len()..].chars().next())
            });
            match found {
                Some((short, long)) => {
                    out.push_str(&text[copied..i]);
                    out.push_str(long);
                    i += short.len();
                    copied = i;
                }
                None => i += 1,
            }
        }
        out.push_str(&text[copied..]);
        out
    }

    /// Every run of digits (with the signs around them) in words.
    fn spell(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() * 2);
        let mut rest = text;
        while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
            let before = &rest[..start];
            // A number glued to a word ("H2O", "Q3") is left as written.
            let glued = before.chars().last().is_some_and(|c| c.is_alphabetic());
            let len = token_len(&rest[start..]);
            let token = &rest[start..start + len];
            out.push_str(before);
            if let Some(period) = self.quarter(&mut out, token) {
                out.push_str(&period);
                rest = &rest[start + len..];
                continue;
            }
            match (glued, self.token(token, &out)) {
                (false, Some(words)) => {
                    // "ngày 7/9/2021": the date already says "ngày".
                    let words = strip_repeated(&out, words);
                    out.push_str(&words);
                }
                _ => out.push_str(token),
            }
            rest = &rest[start + len..];
        }
        out.push_str(rest);
        out
    }

    /// "quý III/2026": when `out` ends with "quý <roman>/" and `token` is
    /// a year, takes the numeral off `out` and gives "ba năm hai nghìn…".
    fn quarter(&self, out: &mut String, token: &str) -> Option<String> {
        let head = out.strip_suffix('/')?;
        let numeral = head.rsplit(char::is_whitespace).next()?;
        let n = words::roman(numeral)?;
        let before = head[..head.len() - numeral.len()].trim_end();
        let prev = before.rsplit(char::is_whitespace).next()?.to_lowercase();
        if !matches!(prev.as_str(), "quý" | "tháng" | "khóa") {
            return None;
        }
        let y = year(token)?;
        out.truncate(head.len() - numeral.len());
        Some(format!("{} năm {}", words::number(n, self.style), words::number(y, self.style)))
    }

    /// One number-like token in words, given the text said before it.
    fn token(&self, t: &str, before: &str) -> Option<String> {
        let s = self.style;
        let prev_word = last_word(before).to_lowercase();
        if let Some(p) = t.strip_suffix('%') {
            return Some(format!("{} phần trăm", words::decimal(p, s)?));
        }
        if let Some(d) = date_words(t, s) {
            return Some(d);
        }
        if let Some((h, m)) = t.split_once(':') {
            let (h, m) = (small(h, 23)?, small(m, 59)?);
            return Some(match m {
                0 => format!("{} giờ", words::number(h, s)),
                m => format!("{} giờ {} phút", words::number(h, s), words::number(m, s)),
            });
        }
        if let Some((a, b)) = t.split_once(['-', '–']) {
            return Some(format!("{} đến {}", self.token(a, before)?, self.token(b, before)?));
        }
        if let Some((a, b)) = t.split_once('/') {
            return Some(format!("{} trên {}", words::decimal(a, s)?, words::decimal(b, s)?));
        }
        if let Some(w) = words::decimal(t, s) {
            if prev_word == "thứ" {
                return Some(words::ordinal(t.parse().ok()?, s));
            }
            return Some(w);
        }
        // Numbered items: "1.1", "2.4.3" → "một chấm một".
        let parts: Option<Vec<String>> = t.split('.').map(|p| small(p, 999).map(|n| words::number(n, s))).collect();
        parts.map(|p| p.join(" chấm "))
    }
}

/// The length of the number-like token at the start of `s`: digits and
/// the signs that join digits (`.`, `,`, `/`, `:`, `-`, `–`), plus a
/// closing `%`. A sign not followed by a digit ends the token.
fn token_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let sign = match s[i..].chars().next() {
            Some(c @ ('.' | ',' | '/' | ':' | '-' | '–')) => c.len_utf8(),
            _ => break,
        };
        if b.get(i + sign).is_some_and(|c| c.is_ascii_digit()) {
            i += sign;
        } else {
            break;
        }
    }
    if b.get(i) == Some(&b'%') {
        i += 1;
    }
    i
}

/// A whole number of at most `max`.
fn small(s: &str, max: u64) -> Option<u64> {
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|n| *n <= max)
}

/// `11/01/2022`, `2022-01-11` or `9/2021` in words.
fn date_words(t: &str, s: Style) -> Option<String> {
    let parts: Vec<&str> = t.split('/').collect();
    let valid = |d: u64, m: u64, y: u64| jiff::civil::Date::new(y as i16, m as i8, d as i8).is_ok();
    match parts[..] {
        [d, m, y] if y.len() == 4 => {
            let (d, m, y) = (small(d, 31)?, small(m, 12)?, year(y)?);
            valid(d, m, y).then(|| words::date(d as u8, m as u8, y as u16, s))
        }
        [m, y] if y.len() == 4 && m.len() <= 2 => {
            let (m, y) = (small(m, 12).filter(|m| *m > 0)?, year(y)?);
            Some(words::month_year(m as u8, y as u16, s))
        }
        _ => {
            let iso: Vec<&str> = t.split('-').collect();
            let [y, m, d] = iso[..] else { return None };
            if y.len() != 4 || m.len() != 2 || d.len() != 2 {
                return None;
            }
            let (d, m, y) = (small(d, 31)?, small(m, 12)?, year(y)?);
            valid(d, m, y).then(|| words::date(d as u8, m as u8, y as u16, s))
        }
    }
}

fn year(s: &str) -> Option<u64> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// Drops the first word of `words` ("ngày", "tháng") when the text just
/// before already ends with it.
fn strip_repeated(before: &str, words: String) -> String {
    let last = last_word(before).to_lowercase();
    for w in ["ngày", "tháng"] {
        if last == w
            && let Some(rest) = words.strip_prefix(w)
        {
            return rest.trim_start().to_string();
        }
    }
    words
}

/// The last word of `text`, found from its end: `text` is everything said
/// so far, so a scan from the start would make a long text quadratic.
fn last_word(text: &str) -> &str {
    text.rsplit(char::is_whitespace).find(|w| !w.is_empty()).unwrap_or("")
}

/// Symbols read as words; roman numerals after "quý" as numbers.
fn symbols(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev_word = "";
    for (i, piece) in text.split_inclusive(char::is_whitespace).enumerate() {
        let word = piece.trim_end();
        let space = &piece[word.len()..];
        let bare = word.trim_end_matches(['.', ',', ';', ':', ')']);
        let tail = &word[bare.len()..];
        if i > 0
            && let Some(n) = words::roman(bare)
            && matches!(prev_word.to_lowercase().as_str(), "quý" | "khóa" | "phần")
        {
            out.push_str(&words::number(n, Style::default()));
            out.push_str(tail);
        } else {
            for c in word.chars() {
                match c {
                    '&' => out.push_str(" và "),
                    '%' => out.push_str(" phần trăm"),
                    '≥' => out.push_str("từ "),
                    '≤' => out.push_str("không quá "),
                    '>' => out.push_str("trên "),
                    '<' => out.push_str("dưới "),
                    '+' => out.push_str(" cộng "),
                    '/' | '-' => out.push(' '),
                    '*' | '#' | '_' | '`' | '|' => {}
                    c => out.push(c),
                }
            }
        }
        out.push_str(space);
        prev_word = bare;
    }
    // Symbols turned into words may leave doubled spaces.
    let mut clean = String::with_capacity(out.len());
    for line in out.split('\n') {
        if !clean.is_empty() {
            clean.push('\n');
        }
        clean.push_str(&line.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "));
    }
    clean
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker() -> Speaker {
        Speaker::new(
            [
                ("LĐ-TB&XH", "Lao động – Thương binh và Xã hội"),
                ("UBND", "Ủy ban nhân dân"),
                ("KH", "Kế hoạch"),
                ("TDP", "tổ dân phố"),
            ]
            .map(|(a, b)| (a.to_string(), b.to_string())),
            Style::default(),
        )
    }

    #[test]
    fn the_examples_of_the_issue() {
        let s = speaker();
        assert_eq!(s.speak("22.000"), "hai mươi hai nghìn");
        assert_eq!(s.speak("71,5%"), "bảy mươi mốt phẩy năm phần trăm");
        assert_eq!(s.speak("11/01/2022"), "ngày mười một tháng một năm hai nghìn không trăm hai mươi hai");
        assert_eq!(s.speak("Phòng LĐ-TB&XH"), "Phòng Lao động – Thương binh và Xã hội");
    }

    #[test]
    fn sentences() {
        let s = speaker();
        assert_eq!(
            s.speak("Kế hoạch số 10/KH-UBND ngày 11/01/2022 của UBND quận."),
            "Kế hoạch số mười Kế hoạch Ủy ban nhân dân ngày mười một tháng một năm hai nghìn không trăm hai mươi hai \
             của Ủy ban nhân dân quận."
        );
        assert_eq!(
            s.speak("hoàn thành trong tháng 9/2021, đạt ≥ 45%."),
            "hoàn thành trong tháng chín năm hai nghìn không trăm hai mươi mốt, đạt từ bốn mươi lăm phần trăm."
        );
        assert_eq!(
            s.speak("giai đoạn 2021-2025"),
            "giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm"
        );
        assert_eq!(s.speak("lúc 08:30 tại TDP số 5"), "lúc tám giờ ba mươi phút tại tổ dân phố số năm");
        assert_eq!(s.speak("lần thứ 4, nhiệm vụ 2.4"), "lần thứ tư, nhiệm vụ hai chấm bốn");
        assert_eq!(s.speak("quý III/2026"), "quý ba năm hai nghìn không trăm hai mươi sáu");
        assert_eq!(s.speak("KHÁC và UBNDX"), "KHÁC và UBNDX", "no expansion inside a word");
        assert_eq!(s.speak("mã Q3"), "mã Q3");
    }
    /// The expansion as first written (character by character), the
    /// reference the faster one must agree with.
    fn expand_slowly(s: &Speaker, text: &str) -> String {
        let mut out = String::new();
        let mut i = 0;
        let mut prev: Option<char> = None;
        'outer: while i < text.len() {
            if prev.is_none_or(|p| !p.is_alphanumeric()) {
                for (short, long) in &s.abbreviations {
                    if text[i..].starts_with(short.as_str())
                        && text[i + short.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
                    {
                        out.push_str(long);
                        i += short.len();
                        prev = short.chars().last();
                        continue 'outer;
                    }
                }
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            out.push(c);
            prev = Some(c);
            i += c.len_utf8();
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn expansion_agrees_with_the_reference(
            text in proptest::collection::vec(
                proptest::sample::select(vec!["UBND", "KH", "TDP", "LĐ-TB&XH", "KHÁC", "Đ", "ủy", " ", ",", "-", "5", "x", "\n"]),
                0..24,
            )
        ) {
            let s = speaker();
            let text = text.concat();
            proptest::prop_assert_eq!(s.expand(&text), expand_slowly(&s, &text));
        }
    }
}
