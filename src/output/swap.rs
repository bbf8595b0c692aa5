//! Putting a staged folder in place of the published one with no instant
//! at which the published folder is missing: on Linux one `renameat2` call
//! with `RENAME_EXCHANGE` swaps the two folders atomically (the staging
//! name then holds the old site); where that is not available, two renames
//! with the old site put back if the second fails. A first build (no
//! published folder yet) is one atomic rename.

use std::path::{Path, PathBuf};

use super::CommitError;
use crate::fs;

/// Swaps `staging` into `target`. Returns whether there was an old site,
/// which `staging` then holds. `step` marks the points at which a test
/// may kill the process.
pub fn replace(staging: &Path, target: &Path, step: fn(&str)) -> Result<bool, CommitError> {
    let unchanged = |error| CommitError { error, changed: false };
    let had_old = std::fs::symlink_metadata(target).is_ok();
    if !had_old {
        fs::rename(staging, target).map_err(unchanged)?;
        return Ok(false);
    }
    match exchange(staging, target) {
        Ok(()) => return Ok(true),
        Err(e) if !unsupported(&e) => {
            return Err(unchanged(fs::Error { op: "swap in", path: staging.to_path_buf(), source: e }));
        }
        Err(_) => {}
    }
    // No atomic exchange here: move the old site aside, then the new in.
    let aside = staging.with_extension("old");
    fs::rename(target, &aside).map_err(unchanged)?;
    step("between-renames");
    if let Err(error) = fs::rename(staging, target) {
        let restored = std::fs::rename(&aside, target).is_ok();
        return Err(CommitError { error, changed: !restored });
    }
    fs::rename(&aside, staging).map_err(|error| CommitError { error, changed: true })?;
    Ok(true)
}

/// The file system or system has no atomic exchange (EINVAL: e.g. some
/// network file systems).
fn unsupported(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::Unsupported || matches!(e.raw_os_error(), Some(libc::ENOSYS | libc::EINVAL))
}

/// Atomically exchanges two paths (Linux `renameat2(RENAME_EXCHANGE)`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both are valid NUL-terminated paths that outlive the call;
    // AT_FDCWD makes relative paths relative to the working folder.
    let r = unsafe { libc::renameat2(libc::AT_FDCWD, a.as_ptr(), libc::AT_FDCWD, b.as_ptr(), libc::RENAME_EXCHANGE) };
    if r == 0 { Ok(()) } else { Err(std::io::Error::last_os_error()) }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// The output folder the user named, or the folder it links to: a
/// published folder is often a link into the web server's tree, and the
/// link must stay a link.
pub fn follow_link(out: &Path) -> PathBuf {
    match std::fs::symlink_metadata(out) {
        Ok(m) if m.file_type().is_symlink() => out.canonicalize().unwrap_or_else(|_| out.to_path_buf()),
        _ => out.to_path_buf(),
    }
}

/// Dies at once, as from `kill -9` (for the tests that kill a build
/// between the steps of its commit).
#[cfg(unix)]
pub fn kill_self() {
    // SAFETY: kill(2) on our own process id; SIGKILL cannot be caught.
    unsafe {
        libc::kill(libc::getpid(), libc::SIGKILL);
    }
}

#[cfg(not(unix))]
pub fn kill_self() {
    std::process::abort();
}
