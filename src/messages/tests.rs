//! The catalogue's own checks: both languages parse, hold the same ids with
//! the same variables, every id the code names exists, and every entry is
//! used somewhere.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// id → the variables its value and attributes use.
fn entries(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let res = fluent_syntax::parser::parse(lang.source()).unwrap_or_else(|(_, errs)| {
        panic!("{}.ftl does not parse: {errs:?}", lang.code());
    });
    let mut out = BTreeMap::new();
    for entry in res.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            assert!(out.insert(m.id.name.to_string(), vars).is_none(), "{} twice in {}.ftl", m.id.name, lang.code());
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

/// Every string literal in the Rust sources that looks like a message id.
fn literals_in_code() -> BTreeSet<String> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeSet::new();
    for e in walkdir::WalkDir::new(src).into_iter().flatten() {
        if e.path().extension().is_some_and(|x| x == "rs") {
            let text = std::fs::read_to_string(e.path()).unwrap();
            for (i, part) in text.split('"').enumerate() {
                if i % 2 == 1
                    && !part.is_empty()
                    && part.bytes().all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit())
                {
                    out.insert(part.to_string());
                }
            }
        }
    }
    out
}

/// Ids the code names through `msg!("id"…)`, `Msg::new("id")` or `t(_, "id")`.
fn ids_in_code() -> BTreeSet<String> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeSet::new();
    for e in walkdir::WalkDir::new(src).into_iter().flatten() {
        if e.path().extension().is_some_and(|x| x == "rs") {
            let text = std::fs::read_to_string(e.path()).unwrap();
            for marker in ["msg!(\"", "Msg::new(\"", "t(lang, \"", "t(Lang::Vi, \"", "t(Lang::En, \""] {
                for piece in text.split(marker).skip(1) {
                    let id = piece.split('"').next().unwrap_or_default();
                    if id != "id" && !id.is_empty() {
                        out.insert(id.to_string());
                    }
                }
            }
        }
    }
    out
}

#[test]
fn both_languages_have_the_same_ids_and_variables() {
    let vi = entries(Lang::Vi);
    let en = entries(Lang::En);
    let vi_ids: BTreeSet<_> = vi.keys().collect();
    let en_ids: BTreeSet<_> = en.keys().collect();
    assert_eq!(vi_ids.difference(&en_ids).collect::<Vec<_>>(), Vec::<&&String>::new(), "only in vi.ftl");
    assert_eq!(en_ids.difference(&vi_ids).collect::<Vec<_>>(), Vec::<&&String>::new(), "only in en.ftl");
    for (id, vars) in &vi {
        assert_eq!(vars, &en[id], "`{id}` uses other variables in vi.ftl and en.ftl");
    }
}

#[test]
fn every_id_the_code_names_exists() {
    let vi = entries(Lang::Vi);
    let missing: Vec<_> = ids_in_code().into_iter().filter(|id| !vi.contains_key(id)).collect();
    assert!(missing.is_empty(), "ids used in the code but not in the catalogue: {missing:?}");
}

#[test]
fn every_entry_is_used() {
    let used = literals_in_code();
    let unused: Vec<_> = entries(Lang::Vi).into_keys().filter(|id| !used.contains(id)).collect();
    assert!(unused.is_empty(), "catalogue entries no code uses: {unused:?}");
}

#[test]
fn arguments_fill_in_and_no_isolation_marks_appear() {
    let m = Msg::new("did-you-mean").arg("name", "title");
    assert_eq!(m.text(Lang::En), "did you mean `title`?");
    assert_eq!(m.text(Lang::Vi), "có phải ý bạn là `title`?");
    assert!(!m.text(Lang::Vi).contains('\u{2068}'));
}

#[test]
fn messages_survive_encoding() {
    let m = Msg::new("did-you-mean").arg("name", "tiêu đề: x").arg("n", 3);
    assert_eq!(Msg::decode(&m.encode()), Some(m));
    assert_eq!(Msg::decode("plain text"), None);
}

#[test]
fn languages_parse_loosely() {
    assert_eq!(Lang::parse("vi"), Some(Lang::Vi));
    assert_eq!(Lang::parse("en_US.UTF-8"), Some(Lang::En));
    assert_eq!(Lang::parse("EN"), Some(Lang::En));
    assert_eq!(Lang::parse("fr"), None);
}

/// Every sentence loa shows is in the catalogue: there is no conversion
/// from a string to a [`Text`] (the compiler refuses one), and a raw text
/// is made only by `Text::detail`, for another program's words, in the
/// files that quote them (I/O and network errors). A new use elsewhere must
/// be a catalogue message instead, or be added here with its reason.
#[test]
fn raw_texts_only_quote_other_programs() {
    let allowed = [
        "src/messages/mod.rs",        // defines Text::detail
        "src/yaml.rs",                // a serde message that is not ours, quoted
        "src/fs.rs",                  // the operating system's error
        "src/publish/error.rs",       // a transfer's error
        "src/publish/credentials.rs", // the keyring's rare errors
        "src/publish/ftp.rs",         // the FTP server's reply, TLS errors
        "src/publish/s3.rs",          // the S3 server's reply
        "src/publish/sftp.rs",        // the SSH library's error
        "src/publish/zip.rs",         // the zip library's error
        "src/session/render.rs",      // an empty help under "and N more"
    ];
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for e in walkdir::WalkDir::new(&src).into_iter().flatten() {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let rel = format!("src/{}", path.strip_prefix(&src).unwrap().display());
        let text = std::fs::read_to_string(path).unwrap();
        // Unit tests may make raw texts for their fixtures.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let is_test_file = rel.ends_with("/tests.rs") || rel.ends_with("_tests.rs");
        let raw = code.contains("Text::Raw(") || code.contains("Text::detail(");
        assert!(!raw || is_test_file || allowed.contains(&rel.as_str()), "{rel} makes a raw text: use the catalogue");
    }
}

// docs/thong-bao.md, made from this catalogue with an example of every
// message, is checked by tests/it/message_docs.rs.

#[test]
fn decimal_numbers_take_the_language_marks() {
    assert_eq!(super::number(62.5, Lang::Vi), "62,5");
    assert_eq!(super::number(62.5, Lang::En), "62.5");
    assert_eq!(super::number(1234567.25, Lang::Vi), "1.234.567,25");
    assert_eq!(super::number(1234567.25, Lang::En), "1,234,567.25");
    assert_eq!(super::number(-3.0, Lang::Vi), "−3");
    assert_eq!(super::number(100.0, Lang::En), "100");
    let m = Msg::new("parts-mean-gap").arg("id", "x").arg("mean", 62.5).arg("total", 70.0);
    assert!(m.text(Lang::Vi).contains(" là 62,5, khác số đã báo cáo 70"), "{}", m.text(Lang::Vi));
    assert!(m.text(Lang::En).contains(" is 62.5, not the reported 70"), "{}", m.text(Lang::En));
    // A decimal survives the string encoding serde errors travel in.
    assert_eq!(Msg::decode(&m.encode()), Some(m));
}

#[test]
fn file_errors_of_the_common_kinds_are_told_in_the_catalogues_words() {
    use std::io::{Error, ErrorKind};
    let exists = Text::io(&Error::from(ErrorKind::AlreadyExists));
    assert_eq!(exists.text(Lang::Vi), "ở đó đã có một tệp hay thư mục");
    assert_eq!(exists.text(Lang::En), "a file or folder is already there");
    assert_eq!(Text::io(&Error::from(ErrorKind::IsADirectory)).id(), Some("io-is-folder"));
    assert_eq!(Text::io(&Error::from(ErrorKind::PermissionDenied)).id(), Some("io-permission"));
    // Others keep the system's words.
    assert_eq!(Text::io(&Error::other("lạ")).id(), None);
}
