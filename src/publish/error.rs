//! What can go wrong while publishing, classified so that each common
//! mistake (wrong password, unknown host key, no space left, no permission)
//! gets its own message saying what to do, and every message's text lives
//! here, in one place.

use std::path::PathBuf;

use crate::diagnostics::Diagnostic;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The built portal is missing or has no manifest.
    NotBuilt { portal: String, dir: PathBuf },
    /// A built file differs from the manifest: public/ changed after the build.
    ChangedSinceBuild { path: PathBuf },
    /// The host could not be reached.
    Connect { target: String, address: String, detail: String },
    /// The host refused the user name and password or key.
    Auth { target: String, user: String, tried: String, env: String },
    /// No password or key to log in with.
    NoSecret { target: String, env: String },
    /// The SSH host is not in known_hosts.
    UnknownHost { target: String, host: String, fingerprint: String, known_hosts: PathBuf },
    /// The SSH host's key differs from the one in known_hosts.
    HostKeyChanged { target: String, host: String, fingerprint: String, known_hosts: PathBuf, line: usize },
    /// `--trust-host` named another fingerprint than the host shows.
    FingerprintMismatch { host: String, given: String, fingerprint: String },
    /// The TLS handshake failed (certificate not trusted, no TLS offered).
    Tls { target: String, detail: String },
    /// The target's disk or quota is full.
    NoSpace { target: String, path: String },
    /// The user may not write (or delete) there.
    NoPermission { target: String, path: String },
    /// Anything else the host or the disk said.
    Other { target: String, path: String, detail: String },
    /// Stopped by Ctrl-C (or the test hook): what was sent is recorded.
    Interrupted { target: String, portal: String, sent: usize, left: usize },
}

/// The hint that closes every message about the target's state.
const STILL_CONSISTENT: &str =
    "the target still serves a consistent site: nothing was deleted, and every page sent so far has its files";

impl Error {
    pub fn diagnostic(&self) -> Diagnostic {
        match self {
            Error::NotBuilt { portal, dir } => {
                Diagnostic::error(format!("the portal `{portal}` is not built in `{}`", dir.display()))
                    .with_help("run `loa build` first (with the same --output, if you gave one), then `loa publish`")
            }
            Error::ChangedSinceBuild { path } => Diagnostic::error(format!(
                "`{}` is not the file the last build wrote (it was changed or removed afterwards)",
                path.display()
            ))
            .with_help("run `loa build` again, then `loa publish`"),
            Error::Connect { target, address, detail } => Diagnostic::error(format!(
                "could not reach `{address}` (target `{target}`): {detail}"
            ))
            .with_help("check the host name and port in loa.yaml and the network connection; nothing was changed on the target"),
            Error::Auth { target, user, tried, env } => Diagnostic::error(format!(
                "the host refused to log in `{user}` (target `{target}`): wrong password or key ({tried})"
            ))
            .with_help(format!(
                "check the user name in loa.yaml and the password in the environment variable {env} or the keyring \
                 (`loa publish --target {target} --save-password`); for a key, check that the host lists its public key"
            )),
            Error::NoSecret { target, env } => Diagnostic::error(format!(
                "no password for the target `{target}`"
            ))
            .with_help(format!(
                "passwords are never written in loa.yaml: set the environment variable {env}, or save it in the system keyring with \
                 `loa publish --target {target} --save-password`"
            )),
            Error::UnknownHost { target, host, fingerprint, known_hosts } => Diagnostic::error(format!(
                "the host `{host}` (target `{target}`) is not known yet; its key's fingerprint is {fingerprint}"
            ))
            .with_help(format!(
                "ask the hosting provider (or run `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the server) whether its \
                 fingerprint is {fingerprint}; if it is, run `loa publish --trust-host {fingerprint}` once: the key is added to `{}`",
                known_hosts.display()
            )),
            Error::HostKeyChanged { target, host, fingerprint, known_hosts, line } => Diagnostic::error(format!(
                "the key of the host `{host}` (target `{target}`) is not the one recorded in `{}` line {line}: it now shows {fingerprint}",
                known_hosts.display()
            ))
            .with_help(
                "someone may be impersonating the host: do not publish; ask the hosting provider whether they changed the server's key, \
                 and only then remove that line and trust the new key",
            ),
            Error::FingerprintMismatch { host, given, fingerprint } => Diagnostic::error(format!(
                "--trust-host {given} does not match the key of `{host}`, whose fingerprint is {fingerprint}"
            ))
            .with_help("nothing was trusted; check the fingerprint with the hosting provider"),
            Error::Tls { target, detail } => Diagnostic::error(format!(
                "could not open an encrypted (TLS) connection to the target `{target}`: {detail}"
            ))
            .with_help(
                "if the host uses its own certificate, save it as a .pem file and name it in `certificate:`; if it offers only plain FTP, \
                 write `encryption: none` (the password then travels unencrypted)",
            ),
            Error::NoSpace { target, path } => Diagnostic::error(format!(
                "no space left on the target `{target}` while writing `{path}`"
            ))
            .with_help(format!("free space or ask the hosting provider for a larger quota, then run `loa publish` again: it continues where it stopped; {STILL_CONSISTENT}")),
            Error::NoPermission { target, path } => Diagnostic::error(format!(
                "no permission to write `{path}` on the target `{target}`"
            ))
            .with_help(format!("check the folder in loa.yaml and that this user may write there (ask the hosting provider); {STILL_CONSISTENT}")),
            Error::Other { target, path, detail } => Diagnostic::error(format!(
                "publishing to `{target}` failed at `{path}`: {detail}"
            ))
            .with_help(format!("run `loa publish` again: it continues where it stopped; {STILL_CONSISTENT}")),
            Error::Interrupted { target, portal, sent, left } => Diagnostic::error(format!(
                "publishing `{portal}` to `{target}` was interrupted after {sent} file(s); {left} left"
            ))
            .with_help(format!("run `loa publish` again to finish: it continues where it stopped; {STILL_CONSISTENT}")),
        }
    }
}

/// Classifies a local I/O error (folders, zips).
pub fn from_io(target: &str, path: &str, e: &std::io::Error) -> Error {
    use std::io::ErrorKind::*;
    match e.kind() {
        StorageFull | QuotaExceeded | FileTooLarge => Error::NoSpace { target: target.into(), path: path.into() },
        PermissionDenied | ReadOnlyFilesystem => Error::NoPermission { target: target.into(), path: path.into() },
        _ => Error::Other { target: target.into(), path: path.into(), detail: e.to_string() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_are_classified() {
        let no_space = std::io::Error::from_raw_os_error(28); // ENOSPC
        assert!(matches!(from_io("t", "a", &no_space), Error::NoSpace { .. }));
        let denied = std::io::Error::from_raw_os_error(13); // EACCES
        assert!(matches!(from_io("t", "a", &denied), Error::NoPermission { .. }));
        let rofs = std::io::Error::from_raw_os_error(30); // EROFS
        assert!(matches!(from_io("t", "a", &rofs), Error::NoPermission { .. }));
    }
}
