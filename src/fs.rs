//! Thin wrappers over `std::fs` that name the path in every error, so an I/O
//! failure always says which file or folder it was about.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// An I/O error with the operation and the path it concerned.
#[derive(Debug)]
pub struct Error {
    pub op: &'static str,
    pub path: PathBuf,
    pub source: io::Error,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not {} `{}`: {}", self.op, self.path.display(), self.source)
    }
}

impl Error {
    /// The error as a catalogue message (the operating system's own words
    /// quoted as they are).
    pub fn msg(&self) -> crate::messages::Msg {
        let op = match self.op {
            "read" => "fs-op-read",
            "write" => "fs-op-write",
            "create folder" => "fs-op-create-folder",
            "remove folder" => "fs-op-remove-folder",
            "move" => "fs-op-move",
            "copy" => "fs-op-copy",
            "remove" => "fs-op-remove",
            "read folder" => "fs-op-read-folder",
            "swap in" => "fs-op-swap-in",
            _ => "fs-op-other",
        };
        crate::msg!(
            "fs-error",
            op = crate::messages::Msg::new(op),
            path = self.path.display().to_string(),
            detail = crate::messages::Text::io(&self.source)
        )
    }
}

impl Error {
    /// The error as a diagnostic, with what to do for its kind.
    pub fn diagnostic(&self) -> crate::diagnostics::Diagnostic {
        use io::ErrorKind::*;
        let help = match self.source.kind() {
            NotADirectory | IsADirectory | AlreadyExists | DirectoryNotEmpty => "fs-error-place-help",
            PermissionDenied | ReadOnlyFilesystem => "fs-error-permission-help",
            StorageFull | QuotaExceeded | FileTooLarge => "fs-error-full-help",
            NotFound => "fs-error-gone-help",
            _ => "fs-error-other-help",
        };
        crate::diagnostics::Diagnostic::error(self.msg()).with_help(crate::messages::Msg::new(help))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

pub type Result<T> = std::result::Result<T, Error>;

fn wrap<T>(op: &'static str, path: &Path, r: io::Result<T>) -> Result<T> {
    r.map_err(|source| Error { op, path: path.to_path_buf(), source })
}

pub fn read(path: &Path) -> Result<Vec<u8>> {
    wrap("read", path, std::fs::read(path))
}

pub fn write(path: &Path, contents: &[u8]) -> Result<()> {
    wrap("write", path, std::fs::write(path, contents))
}

pub fn create_dir_all(path: &Path) -> Result<()> {
    wrap("create folder", path, std::fs::create_dir_all(path))
}

pub fn remove_dir_all(path: &Path) -> Result<()> {
    wrap("remove folder", path, std::fs::remove_dir_all(path))
}

pub fn rename(from: &Path, to: &Path) -> Result<()> {
    wrap("move", from, std::fs::rename(from, to))
}

pub fn copy(from: &Path, to: &Path) -> Result<u64> {
    wrap("copy", from, std::fs::copy(from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn each_kind_of_failure_says_what_to_do() {
        let help = |errno| {
            let e = Error { op: "write", path: PathBuf::from("public/a"), source: io::Error::from_raw_os_error(errno) };
            e.diagnostic().help.and_then(|h| h.id())
        };
        assert_eq!(help(20), Some("fs-error-place-help")); // ENOTDIR
        assert_eq!(help(17), Some("fs-error-place-help")); // EEXIST
        assert_eq!(help(13), Some("fs-error-permission-help")); // EACCES
        assert_eq!(help(28), Some("fs-error-full-help")); // ENOSPC
        assert_eq!(help(2), Some("fs-error-gone-help")); // ENOENT
        assert_eq!(help(5), Some("fs-error-other-help")); // EIO
    }
}
