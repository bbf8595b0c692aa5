//! `loa check` (issue 12.5): writes nothing, exits 1 on errors, and
//! `--format json` gives every problem in a stable shape other tools read.

use crate::harness::Site;

#[test]
fn check_writes_nothing_not_even_a_lock() {
    let site = Site::fixture("basic");
    let before = site.tree("");
    let r = site.run(&["check", "--today", "2026-11-21"]);
    assert!(r.status.success(), "{}", r.stderr);
    assert_eq!(site.tree(""), before, "check changed the site folder");
}

#[test]
fn check_json_names_id_severity_place_message_and_help() {
    let site = Site::fixture("err-broken-link");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["check", "--format", "json", "--today", "2026-11-21", "--root"])
        .arg(site.root())
        .env("LOA_LANG", "vi")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("check --format json prints JSON");
    assert_eq!(v["version"], 1);
    assert!(v["errors"].as_u64().unwrap() >= 1, "{v}");
    let d = &v["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert!(d["file"].as_str().unwrap().starts_with("content/"), "{d}");
    assert!(d["line"].as_u64().unwrap() >= 1 && d["column"].as_u64().unwrap() >= 1, "{d}");
    assert!(d["message"].as_str().is_some_and(|m| !m.is_empty()), "{d}");
    for key in ["id", "help"] {
        assert!(d.get(key).is_some(), "{key} missing: {d}");
    }
}

#[test]
fn check_json_of_a_clean_site_is_empty_and_exits_0() {
    let site = Site::fixture("basic");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["check", "--format", "json", "--today", "2026-11-21", "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"], 0);
}
