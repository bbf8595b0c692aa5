//! Slugs for URLs and heading ids: Vietnamese (and any other script) folded
//! to lowercase ASCII words joined by `-` (`Kế hoạch số 10/KH-UBND` →
//! `ke-hoach-so-10-kh-ubnd`, `Đường` → `duong`). Latin letters fold as
//! [`super::fold_char`] says; other scripts are transliterated.

use super::{Folded, fold_char};

/// Folds `text` to a URL-safe slug. Empty when nothing alphanumeric remains.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in text.chars() {
        match fold_char(c) {
            Folded::Ascii(b) if b.is_ascii_alphanumeric() => push(&mut out, &mut pending_dash, b as char),
            Folded::Ascii(_) => pending_dash = true,
            Folded::Latin(s) => s.chars().for_each(|f| push(&mut out, &mut pending_dash, f)),
            Folded::Mark => {}
            // Other scripts: deunicode's transliteration ("中" → "zhong").
            Folded::Other(c) => {
                for f in deunicode::deunicode_char(c).unwrap_or("").chars() {
                    if f.is_ascii_alphanumeric() {
                        push(&mut out, &mut pending_dash, f);
                    } else {
                        pending_dash = true;
                    }
                }
            }
        }
    }
    out
}

fn push(out: &mut String, pending_dash: &mut bool, c: char) {
    if *pending_dash && !out.is_empty() {
        out.push('-');
    }
    *pending_dash = false;
    out.push(c.to_ascii_lowercase());
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn folds_vietnamese_document_titles() {
        assert_eq!(slugify("Kế hoạch số 10/KH-UBND"), "ke-hoach-so-10-kh-ubnd");
        assert_eq!(slugify("Quyết định số 2200-QĐ/TU"), "quyet-dinh-so-2200-qd-tu");
    }

    #[test]
    fn folds_d_with_stroke() {
        assert_eq!(slugify("Đường Điện Biên Phủ"), "duong-dien-bien-phu");
        assert_eq!(slugify("đ"), "d");
    }

    #[test]
    fn folds_every_vowel_with_every_tone() {
        let all = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
        assert_eq!(slugify(all), "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy");
        assert_eq!(slugify(&all.to_uppercase()), slugify(all));
    }

    #[test]
    fn folds_decomposed_text_like_precomposed() {
        // "Hà Nội" typed with combining marks (NFD), as some editors save it.
        assert_eq!(slugify("Ha\u{300} No\u{302}\u{323}i"), "ha-noi");
    }

    #[test]
    fn collapses_punctuation_and_trims_dashes() {
        assert_eq!(slugify("  I. MỤC ĐÍCH, YÊU CẦU  "), "i-muc-dich-yeu-cau");
        assert_eq!(slugify("--a--b--"), "a-b");
        assert_eq!(slugify("“”…"), "");
    }
}
