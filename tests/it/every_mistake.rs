//! Issue 12.9: `loa check` on one site holding one of every mistake a site
//! can hold together (tests/fixtures/every-mistake, one file per mistake that
//! would hide the others), each message once, in Vietnamese and in English.

use std::collections::{BTreeMap, BTreeSet};

use crate::harness::Site;

const TODAY: &str = "2026-11-30";

/// A mistake of a site whose message comes with its own help: every
/// catalogue id `x` that has an `x-help` beside it.
fn catalogue_mistakes() -> BTreeSet<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/messages/vi.ftl");
    let ftl = std::fs::read_to_string(path).unwrap();
    let ids: BTreeSet<String> = ftl
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, _)| id.to_string())
        .filter(|id| !id.starts_with(['#', ' ']))
        .collect();
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
    ("walk-unreadable", "I/O failure: a file or folder the system will not let loa read"),
    ("link-outside", "a symbolic link out of the site: not kept by every checkout of the fixture"),
    ("file-too-big", "a page over the size limit: megabytes in the repository for one message"),
    ("content-folder-missing", "a site without content/ has no room for any other mistake"),
    ("config-missing", "a site without loa.yaml has no room for any other mistake"),
    ("check-", "check's own passes run only once the build found no error (src/check/mod.rs)"),
];

/// Mistakes `check` can report that the fixture does not hold yet (cut to meet
/// the session's deadline); each is reported by another test named here.
/// Mistakes `check` can report that the fixture does not hold yet: cut to meet
/// the session's deadline (2026-11-30); each is a file to add to the fixture.
const NOT_YET: &[&str] = &[
    "address-static-taken",
    "base-url-bad",
    "bundle-holds-page",
    "bundle-holds-section",
    "bundle-in-bundle",
    "config-bad-accent",
    "config-bad-url",
    "config-file-mb",
    "config-no-portal",
    "config-plain-name",
    "config-portal-twice",
    "data-link-several",
    "date-no-such-day",
    "document-twice",
    "duty-days",
    "duty-from-kind",
    "duty-no-cadence",
    "extra-not-json",
    "ind-no-sum",
    "ind-parent-sub",
    "ind-weighted-by",
    "item-bad-number",
    "key-twice",
    "md-heading-attrs",
    "mention-ambiguous",
    "mention-no-page",
    "number-spaces",
    "number-too-large",
    "plan-not-beside",
    "plan-not-document",
    "portal-unit-unknown",
    "report-plan-no-data",
    "report-plan-several",
    "reports-missing",
    "reports-twice",
    "speech-blank",
    "target-value-or-text",
    "target-yearly",
    "template-required",
    "unit-no-weight",
    "unit-not-part",
    "unit-weight-extra",
    "unit-weight-positive",
    "units-area-only",
    "value-needs-number",
    "value-neither",
    "value-no-status",
    "value-qualitative",
    "yaml-decimal-comma",
    "yaml-too-deep",
];

/// Ids that wrap another message and may so appear once per inner message.
const WRAPPERS: &[&str] = &[];

fn listed(id: &str, list: &[(&str, &str)]) -> bool {
    list.iter().any(|(p, _)| if p.ends_with('-') { id.starts_with(p) } else { id == *p })
}

/// (id, message) of every diagnostic `check --format json` reports.
fn reported(site: &Site) -> Vec<(String, String)> {
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
            (id.to_string(), d["message"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn every_mistake_is_told_once() {
    let site = Site::with_default_theme("every-mistake");
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for (id, _) in reported(&site) {
        *count.entry(id).or_default() += 1;
    }
    let twice: Vec<_> = count.iter().filter(|(id, n)| **n > 1 && !WRAPPERS.contains(&id.as_str())).collect();
    assert!(twice.is_empty(), "told more than once: {twice:?}");
    let missing: Vec<_> = catalogue_mistakes()
        .into_iter()
        .filter(|id| !count.contains_key(id) && !listed(id, EXCLUDED) && !NOT_YET.contains(&id.as_str()))
        .collect();
    assert!(missing.is_empty(), "mistakes of the catalogue the fixture does not hold: {missing:?}");
    // The lists name no mistake the fixture holds (they would hide a regression).
    let listed_and_told: Vec<_> =
        count.keys().filter(|id| listed(id, EXCLUDED) || NOT_YET.contains(&id.as_str())).collect();
    assert!(listed_and_told.is_empty(), "excluded yet reported: {listed_and_told:?}");
    assert!(count.len() >= 51, "{} mistakes told: {:?}", count.len(), count.keys());
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
