//! Stage 4, write: the only code that writes to the output folder. A build
//! writes into a staging folder beside the target and swaps it in only when
//! everything succeeded, so a failed or interrupted build leaves the last
//! good site exactly as it was. Nothing outside the target is touched except
//! the staging and old folders, named after the target.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::fs;

/// A build's output in progress.
pub struct Staging {
    target: PathBuf,
    staging: PathBuf,
    old: PathBuf,
    /// Folders already made, so each is created once however many files it holds.
    made: Mutex<HashSet<PathBuf>>,
}

/// Refuses output folders whose replacement would destroy sources: the
/// site root itself, a folder that holds it, or one that looks like a site
/// or a repository.
pub fn check_target(target: &Path, root: &Path) -> Result<(), Diagnostic> {
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (t, r) = (abs(target), abs(root));
    let danger = r.starts_with(&t)
        || t == r.join("content")
        || t.starts_with(r.join("content"))
        || t == r.join("themes")
        || t.join(crate::config::FILE_NAME).exists()
        || t.join(".git").exists();
    if danger {
        return Err(Diagnostic::error(format!(
            "refusing to use `{}` as the output folder: building replaces the whole folder",
            target.display()
        ))
        .with_help("choose a folder that only holds the built site, e.g. `public`"));
    }
    if t.exists() && !t.is_dir() {
        return Err(Diagnostic::error(format!("the output `{}` is a file, not a folder", target.display()))
            .with_help("remove it or choose another --output"));
    }
    Ok(())
}

impl Staging {
    /// Starts a build into `target`, clearing leftovers of interrupted builds.
    pub fn begin(target: &Path) -> fs::Result<Staging> {
        let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
        let prefix_staging = format!(".{name}.loa-staging-");
        let prefix_old = format!(".{name}.loa-old-");
        fs::create_dir_all(parent)?;
        if let Ok(rd) = std::fs::read_dir(parent) {
            for e in rd.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                if (n.starts_with(&prefix_staging) || n.starts_with(&prefix_old)) && e.path().is_dir() {
                    fs::remove_dir_all(&e.path())?;
                }
            }
        }
        let pid = std::process::id();
        let staging = parent.join(format!("{prefix_staging}{pid}"));
        let old = parent.join(format!("{prefix_old}{pid}"));
        fs::create_dir_all(&staging)?;
        Ok(Staging { target: target.to_path_buf(), staging, old, made: Mutex::new(HashSet::new()) })
    }

    /// Where files for `rel` (a `/`-separated path) go.
    fn dest(&self, rel: &str) -> PathBuf {
        let mut p = self.staging.clone();
        p.extend(rel.split('/').filter(|s| !s.is_empty() && *s != ".."));
        p
    }

    pub fn write(&self, rel: &str, bytes: &[u8]) -> fs::Result<()> {
        let dest = self.dest(rel);
        self.make_parent(&dest)?;
        fs::write(&dest, bytes)
    }

    pub fn copy(&self, rel: &str, from: &Path) -> fs::Result<()> {
        let dest = self.dest(rel);
        self.make_parent(&dest)?;
        fs::copy(from, &dest).map(|_| ())
    }

    fn make_parent(&self, dest: &Path) -> fs::Result<()> {
        let Some(dir) = dest.parent() else { return Ok(()) };
        let known = self.made.lock().map(|m| m.contains(dir)).unwrap_or(false);
        if !known {
            fs::create_dir_all(dir)?;
            if let Ok(mut m) = self.made.lock() {
                let mut d = Some(dir);
                while let Some(x) = d.filter(|x| x.starts_with(&self.staging)) {
                    m.insert(x.to_path_buf());
                    d = x.parent();
                }
            }
        }
        Ok(())
    }

    /// Swaps the staged output in place of the target.
    pub fn commit(self) -> fs::Result<()> {
        let had_old = self.target.exists();
        if had_old {
            fs::rename(&self.target, &self.old)?;
        }
        if let Err(e) = fs::rename(&self.staging, &self.target) {
            // Put the previous site back before reporting.
            if had_old {
                let _ = std::fs::rename(&self.old, &self.target);
            }
            return Err(e);
        }
        if had_old {
            remove_tree(&self.old)?;
        }
        Ok(())
    }

    /// Throws the staged output away; the target is untouched.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }
}

/// Removes a folder, its subfolders in parallel (a large site's old output
/// has thousands of files).
fn remove_tree(dir: &Path) -> fs::Result<()> {
    let children: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|rd| rd.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    children.par_iter().filter(|p| p.is_dir()).try_for_each(|p| fs::remove_dir_all(p))?;
    fs::remove_dir_all(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("loa-output-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn commit_replaces_and_abandon_keeps() {
        let d = tmp("swap");
        let target = d.join("public");
        std::fs::create_dir_all(&target).unwrap();
        std::fs::write(target.join("old.html"), "old").unwrap();

        let s = Staging::begin(&target).unwrap();
        s.write("a/index.html", b"new").unwrap();
        s.abandon();
        assert!(target.join("old.html").exists());
        assert!(!target.join("a").exists());

        let s = Staging::begin(&target).unwrap();
        s.write("a/index.html", b"new").unwrap();
        s.commit().unwrap();
        assert!(!target.join("old.html").exists());
        assert_eq!(std::fs::read(target.join("a/index.html")).unwrap(), b"new");
        let left: Vec<_> = std::fs::read_dir(&d).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, vec![std::ffi::OsString::from("public")]);
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn leftovers_of_interrupted_builds_are_cleared() {
        let d = tmp("stale");
        std::fs::create_dir_all(d.join(".public.loa-staging-1/x")).unwrap();
        std::fs::create_dir_all(d.join("keep")).unwrap();
        let s = Staging::begin(&d.join("public")).unwrap();
        s.abandon();
        let left: Vec<_> = std::fs::read_dir(&d).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, vec![std::ffi::OsString::from("keep")]);
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn refuses_to_replace_sources() {
        let root = Path::new("/srv/site");
        assert!(check_target(root, root).is_err());
        assert!(check_target(Path::new("/srv"), root).is_err());
        assert!(check_target(Path::new("/srv/site/content"), root).is_err());
        assert!(check_target(Path::new("/srv/site/public"), root).is_ok());
    }
}
