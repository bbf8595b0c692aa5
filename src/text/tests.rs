//! Tests for the shared folding: `đ`/`Đ`, every tone on every vowel, `ư`
//! and `ơ`, composed and decomposed input, and agreement with the slugs
//! loa made before folding had one home.

use super::*;

#[test]
fn folds_d_with_stroke_both_cases() {
    assert_eq!(fold("đ Đ đường ĐOÀN"), "d d duong doan");
    assert_eq!(fold_char('đ'), Folded::Latin("d"));
    assert_eq!(fold_char('Đ'), Folded::Latin("d"));
}

#[test]
fn drops_every_tone_on_every_vowel() {
    let all = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    let want = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy";
    assert_eq!(fold(all), want);
    assert_eq!(fold(&all.to_uppercase()), want);
}

#[test]
fn folds_horned_letters() {
    assert_eq!(fold("ư ơ Ư Ơ ừ ợ"), "u o u o u o");
    assert_eq!(fold("Thương mại"), "thuong mai");
}

#[test]
fn composed_and_decomposed_text_fold_alike() {
    // "Đoàn Thường" typed with combining marks (NFD), as some editors save it,
    // and with the horn as a mark on a plain letter too.
    let nfc = "Đoàn Thường";
    let nfd = "Đoa\u{300}n Thu\u{31b}o\u{31b}\u{300}ng";
    assert_eq!(fold(nfc), "doan thuong");
    assert_eq!(fold(nfd), fold(nfc));
    let (mut a, mut b) = (String::new(), String::new());
    exact_into(nfc, &mut a);
    exact_into(nfd, &mut b);
    assert_eq!(a, "đoàn thường");
    assert_eq!(a, b, "the exact form is composed whatever the input");
}

#[test]
fn exact_form_keeps_diacritics_and_drops_case() {
    let mut s = String::new();
    exact_into("CÔNG Đoàn", &mut s);
    assert_eq!(s, "công đoàn");
    s.clear();
    exact_into("cộng", &mut s);
    assert_ne!(s, "công");
}

#[test]
fn other_scripts_are_kept_lowercase() {
    assert_eq!(fold("Москва 北京"), "москва 北京");
}

#[test]
fn words_are_runs_of_letters_digits_and_marks() {
    let text = "Kế hoạch số 10/KH-UBND, ngày 11/01/2022 (Đoa\u{300}n).";
    let words: Vec<&str> = words(text).map(|r| &text[r]).collect();
    assert_eq!(words, ["Kế", "hoạch", "số", "10", "KH", "UBND", "ngày", "11", "01", "2022", "Đoa\u{300}n"]);
    assert_eq!(super::words("").count(), 0);
    assert_eq!(super::words(" … ").count(), 0);
}

#[test]
fn words_agree_with_a_character_by_character_split() {
    let text = "Đường 3/2—phố Ω (x²) 北京市 «Tổ dân phố số 7» e\u{301}; ½ Ⅻ tab\there ĐOÀN-viên 2022.";
    let mut want = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (is_word_char(c) && i < text.len(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                want.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    let got: Vec<&str> = words(text).map(|r| &text[r]).collect();
    assert_eq!(got, want);
}

/// Slugs as loa made them before folding moved here.
fn old_slugify(text: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    let push = |out: &mut String, pending: &mut bool, c: char| {
        if *pending && !out.is_empty() {
            out.push('-');
        }
        *pending = false;
        out.push(c.to_ascii_lowercase());
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            push(&mut out, &mut pending_dash, c);
        } else if c.is_ascii() {
            pending_dash = true;
        } else {
            for f in deunicode::deunicode_char(c).unwrap_or("").chars() {
                if f.is_ascii_alphanumeric() {
                    push(&mut out, &mut pending_dash, f);
                } else {
                    pending_dash = true;
                }
            }
        }
    }
    out
}

#[test]
fn slugs_are_unchanged_for_every_latin_letter() {
    for c in ('\u{a0}'..='\u{24f}').chain('\u{1e00}'..='\u{1eff}').chain('\u{300}'..='\u{36f}') {
        let text = format!("a{c}b {c}");
        assert_eq!(slug::slugify(&text), old_slugify(&text), "{c:?} ({:x})", c as u32);
    }
}

/// What the search script does with a Latin letter that its `FOLD` table
/// does not list: decompose, drop the marks, lowercase.
fn js_default(c: char) -> String {
    use unicode_normalization::UnicodeNormalization;
    let s: String = c.to_string().nfd().filter(|m| !('\u{300}'..='\u{362}').contains(m)).collect();
    s.to_lowercase()
}

/// The script's `FOLD` table, read from its source.
fn js_fold_table() -> std::collections::BTreeMap<String, String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/static/search.js");
    let js = std::fs::read_to_string(path).expect("search.js");
    let line = js.lines().find_map(|l| l.trim().strip_prefix("var FOLD = ")).expect("a `var FOLD = {…};` line");
    serde_json::from_str(line.trim_end_matches(';')).expect("FOLD is a JSON object")
}

#[test]
fn search_js_folds_like_loa() {
    let mut want = std::collections::BTreeMap::new();
    for c in ('\u{c0}'..='\u{24f}').chain('\u{1e00}'..='\u{1eff}') {
        let loa = fold(&c.to_string());
        if loa != js_default(c) {
            want.insert(c.to_string(), loa);
        }
    }
    let got = js_fold_table();
    assert!(
        got == want,
        "search.js's FOLD table should be:\nvar FOLD = {};",
        serde_json::to_string(&want).unwrap_or_default()
    );
}
