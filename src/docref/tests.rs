//! Tests for the document-reference scanner: every documented form, the
//! look-alikes it must skip, and byte ranges in multi-byte text.

use super::*;

type Ymd = Option<(u16, u8, u8)>;

/// The one reference in `text`, checked to cover all of it.
fn whole(text: &str) -> DocRef {
    let refs = find(text);
    assert_eq!(refs.len(), 1, "{text:?} → {refs:?}");
    assert_eq!(refs[0].range, 0..text.len(), "{text:?}");
    refs[0].clone()
}

#[test]
fn recognises_every_example_with_kind_number_and_date() {
    use DocKind::*;
    let cases: [(&str, DocKind, &str, Ymd); 10] = [
        ("Nghị quyết số 02-NQ/TW", NghiQuyet, "02-NQ/TW", None),
        ("Kế hoạch số 55-KH/QU ngày 7/9/2021", KeHoach, "55-KH/QU", Some((2021, 9, 7))),
        ("Chỉ thị số 16/CT-TTg", ChiThi, "16/CT-TTG", None),
        ("Quyết định số 2200-QĐ/TU", QuyetDinh, "2200-QĐ/TU", None),
        ("Chương trình số 02/CTr-UBND-LĐLĐ, ngày 16/10/2020", ChuongTrinh, "02/CTR-UBND-LĐLĐ", Some((2020, 10, 16))),
        ("Công văn số 1851/UBND-NV", CongVan, "1851/UBND-NV", None),
        ("Kết luận số 01-KL/TW, ngày 18/5/2021", KetLuan, "01-KL/TW", Some((2021, 5, 18))),
        ("Kế hoạch 10/KH-UBND", KeHoach, "10/KH-UBND", None),
        ("Nghị định 42/2022/NĐ-CP", NghiDinh, "42/2022/NĐ-CP", None),
        ("Chỉ thị số 05-CT/TW ngày 15/5/2016", ChiThi, "05-CT/TW", Some((2016, 5, 15))),
    ];
    for (text, kind, number, date) in cases {
        let r = whole(text);
        assert_eq!(r.kind, Some(kind), "{text}");
        assert_eq!(r.number, number, "{text}");
        assert_eq!(r.date, date, "{text}");
    }
}

#[test]
fn date_forms_zero_padded_dashed_and_spelled_out() {
    assert_eq!(whole("Kế hoạch số 55-KH/QU ngày 07/09/2021").date, Some((2021, 9, 7)));
    assert_eq!(whole("Kế hoạch số 55-KH/QU, ngày 07-09-2021").date, Some((2021, 9, 7)));
    let r = whole("Luật số 59/2020/QH14 ngày 17 tháng 6 năm 2020");
    assert_eq!((r.kind, r.number.as_str()), (Some(DocKind::Luat), "59/2020/QH14"));
    assert_eq!(r.date, Some((2020, 6, 17)));
    // An impossible date is not part of the mention.
    let text = "Kế hoạch số 55-KH/QU ngày 31/2/2021";
    let r = &find(text)[0];
    assert_eq!((r.range.end, r.date), ("Kế hoạch số 55-KH/QU".len(), None));
}

#[test]
fn kind_words_in_any_case_or_folded() {
    for text in ["KẾ HOẠCH SỐ 10/KH-UBND", "kế hoạch số 10/KH-UBND", "Ke hoach so 10/KH-UBND"] {
        assert_eq!(whole(text).kind, Some(DocKind::KeHoach), "{text}");
    }
    // Decomposed (NFD) "Kế hoạch".
    assert_eq!(whole("Ke\u{302}\u{301} hoa\u{323}ch 10/KH-UBND").kind, Some(DocKind::KeHoach));
    assert_eq!(whole("Thông tư liên tịch số 01/2020/TTLT-BTC").kind, Some(DocKind::ThongTuLienTich));
    assert_eq!(DocKind::from_words("kế   hoạch"), Some(DocKind::KeHoach));
    assert_eq!(DocKind::from_words("Kế hoạch số"), None);
    assert_eq!(DocKind::KeHoach.label(), "Kế hoạch");
    for k in DocKind::ALL {
        assert_eq!(DocKind::from_words(k.label()), Some(k));
        assert_eq!(whole(&format!("{} số 1/A", k.label())).kind, Some(k));
        assert_eq!(whole(&format!("{} 1/A", k.label().to_uppercase())).kind, Some(k));
    }
}

#[test]
fn bare_numbers_have_no_kind_and_start_at_the_number() {
    let text = "theo số 10/KH-UBND";
    let r = &find(text)[0];
    assert_eq!((r.kind, &text[r.range.clone()]), (None, "10/KH-UBND"));
    assert_eq!(whole("55-KH/QU").number, "55-KH/QU");
    assert_eq!(whole("1851/UBND-NV").number, "1851/UBND-NV");
    let text = "Số: 10/KH-UBND";
    assert_eq!(find(text)[0].range.start, "Số: ".len());
    assert_eq!(find("Kế hoạch: 10/KH-UBND")[0].kind, None);
    assert_eq!(whole("Kế hoạch số: 10/KH-UBND").kind, Some(DocKind::KeHoach));
    // A word that is not a kind is not swallowed.
    let text = "Văn bản 02-NQ/TW";
    assert_eq!(find(text)[0].range.start, "Văn bản ".len());
}

#[test]
fn rejects_dates_fractions_percentages_ranges_urls_and_plain_numbers() {
    for text in [
        "ngày 12/6/2021",
        "tháng 10/2021",
        "1/2 số hộ",
        "đạt 50% kế hoạch",
        "giai đoạn 2022-2025",
        "giai đoạn 2022–2025",
        "năm 2021",
        "Kế hoạch số 10",
        "Kế hoạch số 55-KH",
        "https://vanban.gov.vn/10/KH-UBND",
        "https://vanban.gov.vn/?so=10/KH-UBND",
        "tải 10/KH-UBND.pdf",
        "A10/KH-UBND",
        "10/KH-UBND/abc",
        "10/Tổng số",
        "10/kh-ubnd",
    ] {
        assert_eq!(find(text), [], "{text}");
    }
}

#[test]
fn finds_several_references_in_one_sentence() {
    let text = "Thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị (khóa XIII), \
                Kế hoạch số 35-KH/TU ngày 28/7/2021 của Thành ủy Hà Nội, Kế hoạch số 55-KH/QU ngày 7/9/2021";
    let refs = find(text);
    let got: Vec<(&str, &str, Ymd)> =
        refs.iter().map(|r| (&text[r.range.clone()], r.number.as_str(), r.date)).collect();
    assert_eq!(
        got,
        [
            ("Nghị quyết số 02-NQ/TW ngày 12/6/2021", "02-NQ/TW", Some((2021, 6, 12))),
            ("Kế hoạch số 35-KH/TU ngày 28/7/2021", "35-KH/TU", Some((2021, 7, 28))),
            ("Kế hoạch số 55-KH/QU ngày 7/9/2021", "55-KH/QU", Some((2021, 9, 7))),
        ]
    );
}

#[test]
fn byte_ranges_are_right_after_multibyte_text() {
    let prefix = "Ủy ban nhân dân phường Đống Đa đã ban hành ";
    let text = format!("{prefix}Quyết định số 2200-QĐ/TU; xem “số 1851/UBND-NV”.");
    let refs = find(&text);
    assert_eq!(refs.len(), 2);
    assert_eq!(refs[0].range.start, prefix.len());
    assert_eq!(&text[refs[0].range.clone()], "Quyết định số 2200-QĐ/TU");
    assert_eq!(&text[refs[1].range.clone()], "1851/UBND-NV");
}

#[test]
fn tolerates_spaces_and_en_dash_around_the_first_separator() {
    let r = whole("Kế hoạch số 10 /KH-UBND");
    assert_eq!(r.number, "10/KH-UBND");
    assert_eq!(whole("Kế hoạch số 10–KH/UBND").number, "10-KH/UBND");
    // Later separators must be tight: " - UBND" is not part of the number.
    let text = "số 10/KH-UBND - UBND phường";
    assert_eq!(find(text)[0].number, "10/KH-UBND");
}

#[test]
fn normalize_number_builds_one_key_for_every_spelling() {
    for s in ["10/KH-UBND", "10 /KH-UBND", " 10 / kh - ubnd ", "10/kh-ubnd", "10/KH–UBND"] {
        assert_eq!(normalize_number(s), "10/KH-UBND", "{s:?}");
    }
    assert_eq!(normalize_number("2200-qđ/tu"), "2200-QĐ/TU");
    assert_eq!(normalize_number("02/CTr-UBND"), "02/CTR-UBND");
    assert_eq!(normalize_number(""), "");
}

#[test]
fn never_panics_on_odd_input() {
    for text in ["", "1", "/", "1/", "1/Đ", "số", " số 1/Ư", "Kế hoạch số 1/A ngày", "1/A ngày 1/1/", "\u{300}1/A"]
    {
        let _ = find(text);
    }
    assert_eq!(whole("1/A").number, "1/A");
    // Every suffix of a dense sentence: no panic, ranges on char boundaries.
    let text = "Ủy ban, Kế hoạch số: 55–KH/QU, ngày 7 tháng 9 năm 2021; 1/Đ ngày 1/1/2021";
    for (i, _) in text.char_indices() {
        for r in find(&text[i..]) {
            assert!(text[i..].get(r.range.clone()).is_some());
        }
    }
}

#[test]
fn random_text_gives_ordered_in_bounds_ranges() {
    const TOKENS: [&str; 16] = [
        "Kế hoạch",
        " số ",
        "10",
        "/",
        "-",
        "KH",
        "UBND",
        "Đ",
        "ngày",
        " ",
        "7/9/2021",
        ",",
        "2022",
        "ư",
        "\u{301}",
        "tháng",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..5000 {
        let len = next() % 24;
        let text: String = (0..len).map(|_| TOKENS[(next() % 16) as usize]).collect();
        let refs = find(&text);
        for r in &refs {
            let mention = text.get(r.range.clone());
            assert!(mention.is_some_and(|m| !m.is_empty()), "{text:?} {r:?}");
            assert!(r.number.contains('/'), "{text:?} {r:?}");
        }
        assert!(refs.windows(2).all(|w| w[0].range.end <= w[1].range.start), "{text:?}");
    }
}
