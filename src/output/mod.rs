//! Stage 4, write: the only code that writes to the output folder. A build
//! takes the output's lock (lock.rs), checks that the folder may be
//! replaced (guard.rs), writes into a staging folder beside the target and
//! swaps it in only when everything succeeded, in one atomic exchange
//! (swap.rs), so a failed, interrupted or killed build leaves the last good
//! site exactly as it was, and at no instant is the published folder
//! missing. Nothing outside the target is touched except the staging,
//! spare and lock files beside it, named after the target.
//!
//! A full build keeps the site it replaced as a spare folder and writes the
//! next build into it, overwriting files in place and removing the ones no
//! longer made: creating thousands of files right after deleting as many is
//! slow on ext4 (it skips recently freed inodes), and overwriting is not. A
//! file the spare already holds with the same bytes is left as it is.

pub mod guard;
pub mod lock;
pub mod manifest;
mod swap;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::fs;

/// Where a build writes, as the command line asked.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The output folder (`public/` or `--output`).
    pub out: &'a Path,
    /// Only this portal's folder inside it is replaced.
    pub portal: Option<&'a str>,
    /// The site root, whose sources the output must never be.
    pub site: &'a Path,
    /// The output folder was named by `--output` (not the default `public/`).
    pub explicit: bool,
}

/// A build's output in progress.
pub struct Staging {
    target: PathBuf,
    staging: PathBuf,
    /// Where the replaced site is kept for the next build; None: deleted.
    spare: Option<PathBuf>,
    /// Whether staging started as an earlier build (files to overwrite, and
    /// leftovers to remove before the swap).
    reused: bool,
    /// Folders already made, so each is created once however many files it holds.
    made: Mutex<HashSet<PathBuf>>,
    /// Files written, when staging was reused.
    written: Mutex<HashSet<PathBuf>>,
    /// Held until the output is swapped in or thrown away.
    _lock: lock::Lock,
}

/// Why a commit failed, and whether the published folder changed.
#[derive(Debug)]
pub struct CommitError {
    pub error: fs::Error,
    /// False: the published folder is exactly as it was before the build.
    pub changed: bool,
}

/// A step of the commit at which a test may kill the build (see
/// `LOA_TEST_KILL_AT` in docs/security.md): the process dies there at once,
/// as it would from `kill -9` or a power cut, and the next build must
/// find the published site whole.
fn step(name: &str) {
    if std::env::var_os("LOA_TEST_KILL_AT").is_some_and(|v| v == name) {
        swap::kill_self();
    }
}

impl Staging {
    /// Starts a build as `req` asks: checks the target, takes the lock
    /// (waiting for another build, `waiting` tells whom), clears leftovers
    /// of interrupted builds and makes the staging folder.
    pub fn start(req: &Request, waiting: &dyn Fn(&str)) -> Result<Staging, Diagnostic> {
        let out = swap::follow_link(req.out);
        let target = match req.portal {
            Some(id) => out.join(id),
            None => out.clone(),
        };
        guard::check(&out, req.site, req.explicit, None)?;
        if req.portal.is_some() {
            guard::check(&target, req.site, req.explicit, Some(&out))?;
        }
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(|e| e.diagnostic())?;
        }
        let lock = lock::acquire(&out, lock::patience(), waiting)?;
        Self::begin(&target, req.portal.is_none(), lock).map_err(|e| e.diagnostic())
    }

    /// Starts a build into `target`, clearing leftovers of interrupted builds.
    /// With `keep_spare`, the replaced site is kept beside the target for
    /// the next build to overwrite (only for targets whose folder is not
    /// published: a full build's output folder, not a portal inside it).
    fn begin(target: &Path, keep_spare: bool, lock: lock::Lock) -> fs::Result<Staging> {
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
        let spare = keep_spare.then(|| parent.join(format!(".{name}.loa-spare")));
        let reused = match &spare {
            Some(sp) if sp.is_dir() => std::fs::rename(sp, &staging).is_ok(),
            _ => false,
        };
        if !reused {
            fs::create_dir_all(&staging)?;
        }
        let s = Staging {
            target: target.to_path_buf(),
            staging,
            spare,
            reused,
            made: Mutex::new(HashSet::new()),
            written: Mutex::new(HashSet::new()),
            _lock: lock,
        };
        s.write(guard::MARKER, guard::MARKER_TEXT.as_bytes())?;
        Ok(s)
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
        self.reuse_place(&dest, |old| {
            // In a reused folder most files are as the earlier build wrote
            // them: reading one to compare is cheaper than writing it.
            let same_len = old.is_some_and(|m| m.is_file() && m.len() == bytes.len() as u64);
            if same_len && std::fs::read(&dest).is_ok_and(|b| b == bytes) {
                return Ok(());
            }
            fs::write(&dest, bytes)
        })
    }

    pub fn copy(&self, rel: &str, from: &Path) -> fs::Result<()> {
        let dest = self.dest(rel);
        self.make_parent(&dest)?;
        self.reuse_place(&dest, |_| fs::copy(from, &dest).map(|_| ()))
    }

    /// Runs `op` writing `dest`, giving it what an earlier build left there
    /// (a reused staging folder only); records the file, and clears a folder
    /// left where the file now goes.
    fn reuse_place(&self, dest: &Path, op: impl Fn(Option<&std::fs::Metadata>) -> fs::Result<()>) -> fs::Result<()> {
        if !self.reused {
            return op(None);
        }
        let mut old = std::fs::symlink_metadata(dest).ok();
        if old.as_ref().is_some_and(|m| m.is_dir()) {
            fs::remove_dir_all(dest)?;
            old = None;
        }
        op(old.as_ref())?;
        if let Ok(mut w) = self.written.lock() {
            w.insert(dest.to_path_buf());
        }
        Ok(())
    }

    fn make_parent(&self, dest: &Path) -> fs::Result<()> {
        let Some(dir) = dest.parent() else { return Ok(()) };
        let known = self.made.lock().map(|m| m.contains(dir)).unwrap_or(false);
        if !known {
            if self.reused {
                // A file of the earlier build may stand where a folder goes now.
                let mut d = Some(dir);
                while let Some(x) = d.filter(|x| x.starts_with(&self.staging) && *x != self.staging) {
                    if x.is_file() {
                        std::fs::remove_file(x).map_err(|source| fs::Error {
                            op: "remove",
                            path: x.to_path_buf(),
                            source,
                        })?;
                    }
                    d = x.parent();
                }
            }
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

    /// Swaps the staged output in place of the target, in one atomic
    /// exchange where the system has one (Linux); returns the problems of
    /// putting the replaced site aside, which come after the new one is
    /// published and so do not fail the build.
    pub fn commit(self) -> Result<Vec<Diagnostic>, CommitError> {
        let unchanged = |error| CommitError { error, changed: false };
        if self.reused {
            let written = self.written.lock().map(|mut w| std::mem::take(&mut *w)).unwrap_or_default();
            remove_unwritten(&self.staging, &written).map_err(unchanged)?;
        }
        step("before-swap");
        // After the swap, `staging` holds the replaced site (if any).
        let had_old = swap::replace(&self.staging, &self.target, step)?;
        step("swapped");
        let mut warnings = Vec::new();
        if had_old {
            let kept = self.spare.as_ref().is_some_and(|sp| std::fs::rename(&self.staging, sp).is_ok());
            if !kept && let Err(e) = remove_tree(&self.staging) {
                warnings.push(
                    Diagnostic::warning(crate::msg!("output-old-left", error = e.to_string()))
                        .with_help(crate::msg!("output-old-left-help")),
                );
            }
        }
        step("done");
        Ok(warnings)
    }

    /// Throws the staged output away; the target is untouched. (Kept as
    /// the spare when there is one: the next build overwrites it anyway.)
    pub fn abandon(self) {
        let kept = self.spare.as_ref().is_some_and(|sp| std::fs::rename(&self.staging, sp).is_ok());
        if !kept {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

/// Removes, below `dir`, every file not in `written` and the folders left
/// empty (subfolders in parallel); returns whether `dir` is now empty.
fn remove_unwritten(dir: &Path, written: &HashSet<PathBuf>) -> fs::Result<bool> {
    let rd =
        std::fs::read_dir(dir).map_err(|source| fs::Error { op: "read folder", path: dir.to_path_buf(), source })?;
    let mut kept = 0;
    let mut folders = Vec::new();
    for e in rd.flatten() {
        let p = e.path();
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            folders.push(p);
        } else if written.contains(&p) {
            kept += 1;
        } else {
            std::fs::remove_file(&p).map_err(|source| fs::Error { op: "remove", path: p.clone(), source })?;
        }
    }
    let emptied: Vec<bool> = folders.par_iter().map(|f| remove_unwritten(f, written)).collect::<fs::Result<_>>()?;
    for (f, empty) in folders.iter().zip(emptied) {
        if empty {
            fs::remove_dir_all(f)?;
        } else {
            kept += 1;
        }
    }
    Ok(kept == 0)
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

    /// `Staging::begin` with the target's lock taken.
    fn begin(target: &Path, keep_spare: bool) -> fs::Result<Staging> {
        let lock = lock::acquire(target, lock::PATIENCE, &|_| {}).expect("lock");
        Staging::begin(target, keep_spare, lock)
    }

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

        let s = begin(&target, false).unwrap();
        s.write("a/index.html", b"new").unwrap();
        s.abandon();
        assert!(target.join("old.html").exists());
        assert!(!target.join("a").exists());

        let s = begin(&target, false).unwrap();
        s.write("a/index.html", b"new").unwrap();
        s.commit().map_err(|e| e.error).unwrap();
        assert!(!target.join("old.html").exists());
        assert_eq!(std::fs::read(target.join("a/index.html")).unwrap(), b"new");
        let left: Vec<_> = std::fs::read_dir(&d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| *n != ".public.loa-lock")
            .collect();
        assert_eq!(left, vec![std::ffi::OsString::from("public")]);
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn the_spare_is_overwritten_and_cleaned_of_files_no_longer_made() {
        let d = tmp("spare");
        let target = d.join("public");
        let build = |files: &[(&str, &str)]| full_build(&target, files);
        build(&[("a/index.html", "1"), ("b/index.html", "1"), ("c", "file")]);
        build(&[("a/index.html", "2")]);
        assert!(d.join(".public.loa-spare/b/index.html").exists(), "the first build is kept as the spare");
        // The third build starts from the first one's files.
        build(&[("a/index.html", "3"), ("c/index.html", "now a folder")]);
        let mut files: Vec<String> = walk(&target);
        files.sort();
        assert_eq!(files, [guard::MARKER, "a/index.html", "c/index.html"]);
        assert_eq!(std::fs::read_to_string(target.join("a/index.html")).unwrap(), "3");
        // A failed build leaves the target as it was.
        let s = begin(&target, true).unwrap();
        s.write("z/index.html", b"x").unwrap();
        s.abandon();
        assert!(!target.join("z").exists());
        assert_eq!(std::fs::read_to_string(target.join("c/index.html")).unwrap(), "now a folder");
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn files_the_spare_already_holds_are_not_rewritten() {
        let d = tmp("same");
        let target = d.join("public");
        let build = |files: &[(&str, &str)]| full_build(&target, files);
        build(&[("same.html", "một"), ("changed.html", "aaa")]);
        build(&[("same.html", "một"), ("changed.html", "aaa")]);
        // The spare now holds the first build; date its files in the past.
        let past = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
        for f in ["same.html", "changed.html"] {
            let file = std::fs::File::options().write(true).open(d.join(".public.loa-spare").join(f)).unwrap();
            file.set_modified(past).unwrap();
        }
        build(&[("same.html", "một"), ("changed.html", "bbb")]);
        let modified = |f: &str| std::fs::metadata(target.join(f)).unwrap().modified().unwrap();
        assert_eq!(modified("same.html"), past, "an identical file is left as it was");
        assert_ne!(modified("changed.html"), past);
        assert_eq!(std::fs::read_to_string(target.join("changed.html")).unwrap(), "bbb");
        assert_eq!(std::fs::read_to_string(target.join("same.html")).unwrap(), "một");
        std::fs::remove_dir_all(&d).unwrap();
    }

    /// A full build (keeping a spare) of `files`, `(path, text)` pairs.
    fn full_build(target: &Path, files: &[(&str, &str)]) {
        let s = begin(target, true).unwrap();
        for (rel, text) in files {
            s.write(rel, text.as_bytes()).unwrap();
        }
        s.commit().map_err(|e| e.error).unwrap();
    }

    fn walk(dir: &Path) -> Vec<String> {
        let mut out = vec![];
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p).into_iter().map(|s| format!("{}/{s}", e.file_name().to_string_lossy())));
            } else {
                out.push(e.file_name().to_string_lossy().into_owned());
            }
        }
        out
    }

    #[test]
    fn leftovers_of_interrupted_builds_are_cleared() {
        let d = tmp("stale");
        std::fs::create_dir_all(d.join(".public.loa-staging-1/x")).unwrap();
        std::fs::create_dir_all(d.join("keep")).unwrap();
        let s = begin(&d.join("public"), false).unwrap();
        s.abandon();
        let left: Vec<_> = std::fs::read_dir(&d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| *n != ".public.loa-lock")
            .collect();
        assert_eq!(left, vec![std::ffi::OsString::from("keep")]);
        std::fs::remove_dir_all(&d).unwrap();
    }
}
