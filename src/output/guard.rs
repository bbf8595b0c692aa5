//! Which folders a build may replace. A build replaces its whole output
//! folder, so a mistyped `--output` must never name the site's sources
//! (after resolving `..` and symbolic links) nor an existing folder that
//! loa did not make. Loa marks the folders it makes with a small file,
//! [`MARKER`], written into every output it swaps in.

use std::path::{Component, Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::messages::Msg;
use crate::msg;

/// The file in an output folder that says loa made it.
pub const MARKER: &str = ".loa-output";

/// What the marker file holds: a note for whoever finds it.
pub const MARKER_TEXT: &str = "This folder is made by loa (loa build) and replaced whole at every build.\n\
                               Do not keep anything else here: it would be deleted.\n";

/// The site's folders an output may never be, hold, or lie inside.
const SOURCES: &[&str] = &["content", "static", "templates", "themes", "i18n"];

/// `p` made absolute, with `..` and symbolic links resolved as far as the
/// path exists (the rest, not yet made, is appended as written).
pub fn resolve(p: &Path) -> PathBuf {
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let mut existing = abs.as_path();
    let mut rest: Vec<&std::ffi::OsStr> = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            for c in rest.iter().rev() {
                if *c == ".." {
                    out.pop();
                } else if *c != "." {
                    out.push(c);
                }
            }
            return out;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name);
                existing = parent;
            }
            _ => return lexical(&abs),
        }
    }
}

/// `..` and `.` removed without looking at the disk.
fn lexical(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// Refuses an output folder `out` whose replacement would destroy sources
/// of the site at `root`, or (when `explicit`, that is given by
/// `--output`) an existing folder loa did not make. `portal_of` is the
/// output root when `out` is one portal's folder inside it.
pub fn check(out: &Path, root: &Path, explicit: bool, portal_of: Option<&Path>) -> Result<(), Diagnostic> {
    let (t, r) = (resolve(out), resolve(root));
    let shown = out.display().to_string();
    let source = SOURCES.iter().map(|s| r.join(s)).find(|s| t.starts_with(s) || s.starts_with(&t));
    let reason = if r.starts_with(&t) {
        Some(msg!("output-reason-site"))
    } else if let Some(s) = source {
        Some(msg!("output-reason-source", folder = s.file_name().unwrap_or_default().to_string_lossy().into_owned()))
    } else if t.join(crate::config::FILE_NAME).exists() {
        Some(msg!("output-reason-other-site", file = crate::config::FILE_NAME))
    } else if t.join(".git").exists() {
        Some(msg!("output-reason-git"))
    } else {
        None
    };
    let public = root.join("public").display().to_string();
    if let Some(reason) = reason {
        return Err(refused(&shown, reason).with_help(msg!("output-use-own", public = public)));
    }
    match std::fs::symlink_metadata(&t) {
        Ok(m) if !m.is_dir() => {
            return Err(Diagnostic::error(msg!("output-is-file", out = shown)).with_help(msg!("output-is-file-help")));
        }
        Ok(_) if explicit && !made_by_loa(&t) && !portal_of.is_some_and(made_by_loa) && !is_empty(&t) => {
            let help = msg!("output-not-loa-help", marker = MARKER, public = public);
            return Err(refused(&shown, msg!("output-reason-not-loa")).with_help(help));
        }
        _ => {}
    }
    Ok(())
}

fn refused(out: &str, reason: Msg) -> Diagnostic {
    Diagnostic::error(msg!("output-refused", out = out, reason = reason))
}

/// Whether `dir` holds loa's marker.
pub fn made_by_loa(dir: &Path) -> bool {
    dir.join(MARKER).is_file()
}

fn is_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut rd| rd.next().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_sources_and_what_holds_them() {
        let root = Path::new("/srv/site");
        for bad in [
            "/srv/site",
            "/srv",
            "/srv/site/content",
            "/srv/site/content/x",
            "/srv/site/static",
            "/srv/site/themes/default",
            "/srv/site/templates",
            "/srv/site/public/../content",
        ] {
            let e = check(Path::new(bad), root, false, None).unwrap_err();
            assert_eq!(e.message.id(), Some("output-refused"), "{bad}");
        }
        assert!(check(Path::new("/srv/site/public"), root, false, None).is_ok());
        assert!(check(Path::new("/srv/other-out"), root, true, None).is_ok(), "a folder not yet made");
    }

    #[test]
    fn symlinks_are_resolved_before_judging() {
        let d = std::env::temp_dir().join(format!("loa-guard-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("site/content")).unwrap();
        std::os::unix::fs::symlink(d.join("site/content"), d.join("out")).unwrap();
        let e = check(&d.join("out"), &d.join("site"), true, None).unwrap_err();
        let en = |e: &Diagnostic| e.message.text(crate::messages::Lang::En);
        assert!(en(&e).contains("`content` folder"), "{}", en(&e));
        let e = check(&d.join("out/../../site/content"), &d.join("site"), false, None).unwrap_err();
        assert_eq!(e.message.id(), Some("output-refused"));
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn an_existing_folder_needs_the_marker_when_named_by_output() {
        let d = std::env::temp_dir().join(format!("loa-guard-marker-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("site")).unwrap();
        std::fs::create_dir_all(d.join("docs")).unwrap();
        std::fs::write(d.join("docs/report.odt"), "x").unwrap();
        let e = check(&d.join("docs"), &d.join("site"), true, None).unwrap_err();
        assert!(e.message.text(crate::messages::Lang::En).contains("loa did not make"));
        assert!(check(&d.join("docs"), &d.join("site"), false, None).is_ok(), "the default public/ is loa's");
        std::fs::write(d.join("docs").join(MARKER), MARKER_TEXT).unwrap();
        assert!(check(&d.join("docs"), &d.join("site"), true, None).is_ok());
        std::fs::create_dir_all(d.join("empty")).unwrap();
        assert!(check(&d.join("empty"), &d.join("site"), true, None).is_ok());
        std::fs::write(d.join("file"), "x").unwrap();
        assert_eq!(
            check(&d.join("file"), &d.join("site"), true, None).unwrap_err().message.id(),
            Some("output-is-file")
        );
        std::fs::remove_dir_all(&d).unwrap();
    }
}
