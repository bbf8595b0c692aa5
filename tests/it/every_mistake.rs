//! Issue 12.9: `loa check` on one site holding one of every mistake a site
//! can hold together (tests/fixtures/every-mistake, one file per mistake that
//! would hide the others), each message once, in Vietnamese and in English.

use std::collections::{BTreeMap, BTreeSet};

use crate::harness::Site;

const TODAY: &str = "2026-11-30";

/// Every id of the catalogue.
fn catalogue_ids() -> BTreeSet<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/messages/vi.ftl");
    let ftl = std::fs::read_to_string(path).unwrap();
    ftl.lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, _)| id.to_string())
        .filter(|id| !id.starts_with(['#', ' ']))
        .collect()
}

/// A mistake of a site whose message comes with its own help: every
/// catalogue id `x` that has an `x-help` beside it.
fn catalogue_mistakes() -> BTreeSet<String> {
    let ids = catalogue_ids();
    ids.iter().filter_map(|id| id.strip_suffix("-help")).filter(|id| ids.contains(*id)).map(str::to_string).collect()
}

/// Mistakes `check` cannot report on a site, by id prefix or id, each with why.
const EXCLUDED: &[(&str, &str)] = &[
    ("publish-", "loa publish: targets, connections and credentials"),
    ("new-", "loa new: its command-line arguments and the files it adds"),
    ("init-", "loa init: the folder it is given"),
    ("scaffold-", "loa init/new: a file it would write already exists"),
    ("lock-", "build output: another build holds the output lock, or it cannot be opened"),
    ("output-", "build output: the output folder is refused or the old site cannot be removed"),
    ("active-file", "loa serve: the file being edited"),
    ("base-url-bad", "the --base-url argument of build and serve"),
    ("walk-unreadable", "I/O failure: a file or folder the system will not let loa read"),
    ("lang-unknown", "the --lang argument (or LOA_LANG), told before anything is read"),
    ("serve-watch-failed", "loa serve: the system refuses to watch the site's folders"),
    ("template-error-in", "a fallback for a template error naming no template file; no site reaches it"),
];

/// Mistakes `check` reports only on a site without other mistakes.
const ALONE: &[(&str, &str)] = &[
    ("config-", "a mistake in loa.yaml stops the run before content/ is read (src/config.rs)"),
    ("content-folder-missing", "without content/ there is nothing else to check"),
    ("serve-bind-failed", "told by `loa serve` alone, when it cannot listen (src/serve/mod.rs)"),
    ("check-", "check's own passes run only once the build found no error (src/check/mod.rs)"),
    ("reports-missing", "told only when every report could be read (src/model/linking.rs)"),
];

/// Mistakes told inside `yaml-in-field` (`in the field x: …`), whose id the
/// JSON does not show: the file of the fixture that holds each.
pub const IN_FIELD: &[(&str, &str)] = &[
    ("date-no-such-day", "content/loi/ngay-khong-co.md"),
    ("key-twice", "content/bao-cao/bc-khoa-hai-lan.md"),
    ("number-comma", "content/bao-cao/bc-dau-phay.md"),
    ("number-spaces", "content/bao-cao/bc-so-cach.md"),
    ("number-too-large", "content/bao-cao/bc-so-lon.md"),
    ("speech-blank", "content/doc-loa.yaml"),
    ("value-neither", "content/bao-cao/bc-gia-tri-chu.md"),
    ("yaml-decimal-comma", "content/bao-cao/bc-phay-khoi.md"),
    ("yaml-wrong-type", "content/loi/trong-so-phay.md"),
];

/// Mistakes `check` can report that the fixture does not hold yet, each with
/// why (each has a site of its own in tests/fixtures/message-examples/, run
/// by message_docs.rs).
const NOT_YET: &[(&str, &str)] = &[
    ("file-too-big", "needs a file over 1 MB (limits: file_mb) in the repository"),
    (
        "reports-not-checked",
        "needs reports naming a plan whose page or data has a mistake; the reports here name plans that read",
    ),
    (
        "reports-plan-left-out",
        "needs a report naming a plan whose page is a draft or dated later; every plan here is published",
    ),
    ("link-outside", "needs a symbolic link, which not every checkout keeps"),
    ("template-required", "needs a theme of its own without a required template"),
    ("template-error", "needs a theme of its own with a broken template (the fixture uses the project's)"),
    (
        "data-link-several",
        "needs two plans sharing an indicator id; the second plan here has mistakes, so links never reach it",
    ),
    ("report-plan-several", "needs two plans without mistakes sharing a number (cut for the deadline)"),
];

/// The wrapper of [`IN_FIELD`]'s messages.
const WRAPPER: &str = "yaml-in-field";

fn listed(id: &str, list: &[(&str, &str)]) -> bool {
    list.iter().any(|(p, _)| if p.ends_with('-') { id.starts_with(p) } else { id == *p })
}

/// (id, (message, file)) of every diagnostic `check --format json` reports.
fn reported(site: &Site) -> Vec<(String, (String, String))> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["check", "--format", "json", "--today", TODAY, "--root"])
        .arg(site.root())
        .env("LOA_LANG", "en")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let diags = v["diagnostics"].as_array().unwrap();
    diags
        .iter()
        .map(|d| {
            let id = d["id"].as_str().unwrap_or_else(|| panic!("a message outside the catalogue: {d}"));
            let file = d["file"].as_str().unwrap_or_default().to_string();
            (id.to_string(), (d["message"].as_str().unwrap().to_string(), file))
        })
        .collect()
}

#[test]
fn every_mistake_is_told_once() {
    let site = Site::with_default_theme("every-mistake");
    let told = reported(&site);
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for (id, _) in &told {
        *count.entry(id.as_str()).or_default() += 1;
    }
    let twice: Vec<_> = count.iter().filter(|(id, n)| **n > 1 && **id != WRAPPER).collect();
    assert!(twice.is_empty(), "told more than once: {twice:?}");
    // One `in the field` message per mistake of IN_FIELD, each in its file
    // and each different.
    let wrapped: Vec<_> = told.iter().filter(|(id, _)| id == WRAPPER).collect();
    let files: BTreeSet<&str> = wrapped.iter().map(|(_, (_, file))| file.as_str()).collect();
    let texts: BTreeSet<&str> = wrapped.iter().map(|(_, (text, _))| text.as_str()).collect();
    let expected: BTreeSet<&str> = IN_FIELD.iter().map(|(_, file)| *file).collect();
    assert_eq!(files, expected, "the `in the field` messages are not the ones listed");
    assert_eq!((wrapped.len(), texts.len()), (IN_FIELD.len(), IN_FIELD.len()), "{wrapped:?}");

    let covered = |id: &str| count.contains_key(id) || IN_FIELD.iter().any(|(i, _)| *i == id);
    let missing: Vec<_> = catalogue_mistakes()
        .into_iter()
        .filter(|id| !covered(id) && ![EXCLUDED, ALONE, NOT_YET].iter().any(|list| listed(id, list)))
        .collect();
    assert!(missing.is_empty(), "mistakes of the catalogue the fixture does not hold: {missing:?}");
    // The lists name no mistake the fixture holds (they would hide a regression).
    let listed_and_told: Vec<_> =
        count.keys().filter(|id| [EXCLUDED, ALONE, NOT_YET].iter().any(|list| listed(id, list))).collect();
    assert!(listed_and_told.is_empty(), "listed as not told, yet told: {listed_and_told:?}");
    // Every id the lists name is in the catalogue (a typo would cover nothing).
    let ids = catalogue_ids();
    let lists = [EXCLUDED, ALONE, NOT_YET, IN_FIELD];
    let unknown: Vec<_> = lists
        .iter()
        .flat_map(|l| l.iter().map(|(id, _)| *id))
        .filter(|id| if id.ends_with('-') { !ids.iter().any(|i| i.starts_with(id)) } else { !ids.contains(*id) })
        .collect();
    assert!(unknown.is_empty(), "not in the catalogue: {unknown:?}");
    assert_eq!(count.len() - 1 + IN_FIELD.len(), 91, "mistakes told: {:?}", count.keys());
}

#[test]
fn every_mistake_in_vietnamese_and_english() {
    let site = Site::with_default_theme("every-mistake");
    let vi = site.run_in("vi", &["check", "--today", TODAY]);
    assert_eq!(vi.status.code(), Some(1));
    insta::assert_snapshot!("every_mistake_vi", vi.stderr);
    let en = site.run(&["check", "--today", TODAY]);
    assert_eq!(en.status.code(), Some(1));
    insta::assert_snapshot!("every_mistake_en", en.stderr);
}
