//! Replays the fuzz targets' seeds and every input a fuzzing run found a
//! problem with (fuzz/seeds/<target>/, fuzz/regressions/<target>/) on the
//! stable toolchain, so each finding stays fixed. The targets themselves
//! are run for long under libFuzzer (docs/fuzzing.md), not here.

#[path = "../../fuzz/targets.rs"]
pub mod targets;

use std::path::Path;

/// A fuzz target: what it is called and the function it runs.
type Target = (&'static str, fn(&[u8]));

const TARGETS: &[Target] = &[
    ("frontmatter", targets::frontmatter),
    ("yaml_data", targets::yaml_data),
    ("markdown", targets::markdown),
    ("slug", targets::slug),
    ("period", targets::period),
    ("number", targets::number),
];

#[test]
fn seeds_and_regressions_keep_every_target_invariant() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0;
    for (name, target) in TARGETS {
        for kind in ["seeds", "regressions"] {
            let Ok(rd) = std::fs::read_dir(fuzz.join(kind).join(name)) else { continue };
            for e in rd.flatten() {
                let data = std::fs::read(e.path()).unwrap();
                let r = std::panic::catch_unwind(|| target(&data));
                assert!(r.is_ok(), "fuzz target {name} fails on {}", e.path().display());
                replayed += 1;
            }
        }
    }
    assert!(replayed >= 20, "only {replayed} inputs replayed");
}

#[test]
fn the_markdown_target_sees_active_content() {
    // The invariant the markdown target checks can fail.
    assert!(targets::inert("<p onclick=\"x()\">a</p>").is_err());
    assert!(targets::inert("<a href=\"java&#x09;script:x\">a</a>").is_err());
    assert!(targets::inert("<img src=\"DATA:image/svg+xml,x\">").is_err());
    assert!(targets::inert("<svg><rect/></svg>").is_err());
    assert!(targets::inert("<p title=\"a onclick=x\">on</p><a href=\"/javascript:x\">x</a>").is_ok());
    // A space inside the scheme makes a relative address, as browsers parse it.
    assert!(targets::inert("<a href=\"javascr ipt:x\">a</a>").is_ok());
    assert!(targets::inert("<a href=\" \tjava\nscript:x\">a</a>").is_err());
}
