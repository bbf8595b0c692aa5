//! What can go wrong while publishing, classified so that each common
//! mistake (wrong password, unknown host key, no space left, no permission)
//! gets its own message saying what to do, and every message's text lives
//! here, in one place.

use std::path::PathBuf;

use crate::diagnostics::Diagnostic;
use crate::messages::{Msg, Text, lang};
use crate::msg;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The built portal is missing or has no manifest.
    NotBuilt { portal: String, dir: PathBuf },
    /// A built file differs from the manifest: public/ changed after the build.
    ChangedSinceBuild { path: PathBuf },
    /// The host could not be reached.
    Connect { target: String, address: String, detail: Text },
    /// The host refused the user name and password or key; `tried` says with what.
    Auth { target: String, user: String, tried: Vec<Msg>, env: String },
    /// No password or key to log in with; `env` names where to put it.
    NoSecret { target: String, env: Text },
    /// The SSH host is not in known_hosts.
    UnknownHost { target: String, host: String, fingerprint: String, known_hosts: PathBuf },
    /// The SSH host's key differs from the one in known_hosts.
    HostKeyChanged { target: String, host: String, fingerprint: String, known_hosts: PathBuf, line: usize },
    /// `--trust-host` named another fingerprint than the host shows.
    FingerprintMismatch { host: String, given: String, fingerprint: String },
    /// The TLS handshake failed (certificate not trusted, no TLS offered).
    Tls { target: String, detail: Text },
    /// The target's disk or quota is full.
    NoSpace { target: String, path: String },
    /// The user may not write (or delete) there.
    NoPermission { target: String, path: String },
    /// Anything else the host or the disk said.
    Other { target: String, path: String, detail: Text },
    /// Stopped by Ctrl-C (or the test hook): what was sent is recorded.
    Interrupted { target: String, portal: String, sent: usize, left: usize },
}

impl Error {
    pub fn diagnostic(&self) -> Diagnostic {
        let (message, help): (Msg, Option<Msg>) = match self {
            Error::NotBuilt { portal, dir } => (
                msg!("publish-not-built", portal = portal, dir = dir.display().to_string()),
                Some(msg!("publish-not-built-help")),
            ),
            Error::ChangedSinceBuild { path } => (
                msg!("publish-changed-since-build", path = path.display().to_string()),
                Some(msg!("publish-changed-since-build-help")),
            ),
            Error::Connect { target, address, detail } => (
                msg!("publish-connect", address = address, target = target, detail = detail.clone()),
                Some(msg!("publish-connect-help")),
            ),
            Error::Auth { target, user, tried, env } => {
                let tried: Vec<String> = tried.iter().map(|m| m.text(lang())).collect();
                (
                    msg!("publish-auth", user = user, target = target, tried = tried.join(", ")),
                    Some(msg!("publish-auth-help", env = env, target = target)),
                )
            }
            Error::NoSecret { target, env } => (
                msg!("publish-no-secret", target = target),
                Some(msg!("publish-no-secret-help", env = env.clone(), target = target)),
            ),
            Error::UnknownHost { target, host, fingerprint, known_hosts } => (
                msg!("publish-unknown-host", host = host, target = target, fingerprint = fingerprint),
                Some(msg!(
                    "publish-unknown-host-help",
                    fingerprint = fingerprint,
                    file = known_hosts.display().to_string()
                )),
            ),
            Error::HostKeyChanged { target, host, fingerprint, known_hosts, line } => (
                msg!(
                    "publish-host-key-changed",
                    host = host,
                    target = target,
                    file = known_hosts.display().to_string(),
                    line = *line,
                    fingerprint = fingerprint
                ),
                Some(msg!("publish-host-key-changed-help")),
            ),
            Error::FingerprintMismatch { host, given, fingerprint } => (
                msg!("publish-fingerprint-mismatch", given = given, host = host, fingerprint = fingerprint),
                Some(msg!("publish-fingerprint-mismatch-help")),
            ),
            Error::Tls { target, detail } => {
                (msg!("publish-tls", target = target, detail = detail.clone()), Some(msg!("publish-tls-help")))
            }
            Error::NoSpace { target, path } => {
                (msg!("publish-no-space", target = target, path = path), Some(msg!("publish-no-space-help")))
            }
            Error::NoPermission { target, path } => {
                (msg!("publish-no-permission", path = path, target = target), Some(msg!("publish-no-permission-help")))
            }
            Error::Other { target, path, detail } => (
                msg!("publish-other", target = target, path = path, detail = detail.clone()),
                Some(msg!("publish-other-help")),
            ),
            Error::Interrupted { target, portal, sent, left } => (
                msg!("publish-interrupted", portal = portal, target = target, sent = *sent, left = *left),
                Some(msg!("publish-interrupted-help")),
            ),
        };
        let d = Diagnostic::error(message);
        match help {
            Some(h) => d.with_help(h),
            None => d,
        }
    }
}

/// Why a connection failed: the catalogue's words for the common kinds
/// (refused, no answer, no route), the system's own words for the rest.
pub fn connect_detail(e: &std::io::Error) -> Text {
    use std::io::ErrorKind::*;
    match e.kind() {
        ConnectionRefused => msg!("publish-refused").into(),
        TimedOut => msg!("publish-timed-out").into(),
        NetworkUnreachable | HostUnreachable | NetworkDown => msg!("publish-unreachable").into(),
        _ => Text::detail(e),
    }
}

/// Why a TLS connection failed, when a certificate problem of rustls is
/// inside `e` (itself, or an I/O error wrapping it, or a source of it): the
/// catalogue's words for the common ones (unknown issuer, expired, not yet
/// valid, another name, revoked), the library's words for the rest. None
/// when no rustls error is inside.
pub fn tls_detail(e: &(dyn std::error::Error + 'static), host: &str) -> Option<Text> {
    use rustls::CertificateError as C;
    let mut at = Some(e);
    while let Some(e) = at {
        if let Some(r) = e.downcast_ref::<rustls::Error>() {
            let m = match r {
                rustls::Error::InvalidCertificate(c) => match c {
                    C::UnknownIssuer => msg!("tls-unknown-issuer"),
                    C::Expired | C::ExpiredContext { .. } => msg!("tls-expired"),
                    C::NotValidYet | C::NotValidYetContext { .. } => msg!("tls-not-yet-valid"),
                    C::NotValidForName | C::NotValidForNameContext { .. } => msg!("tls-wrong-name", host = host),
                    C::Revoked => msg!("tls-revoked"),
                    _ => return Some(Text::detail(r)),
                },
                _ => return Some(Text::detail(r)),
            };
            return Some(m.into());
        }
        at = match e.downcast_ref::<std::io::Error>() {
            Some(io) => io.get_ref().map(|inner| inner as &(dyn std::error::Error + 'static)),
            None => e.source(),
        };
    }
    None
}

/// Classifies a local I/O error (folders, zips).
pub fn from_io(target: &str, path: &str, e: &std::io::Error) -> Error {
    use std::io::ErrorKind::*;
    match e.kind() {
        StorageFull | QuotaExceeded | FileTooLarge => Error::NoSpace { target: target.into(), path: path.into() },
        PermissionDenied | ReadOnlyFilesystem => Error::NoPermission { target: target.into(), path: path.into() },
        _ => Error::Other { target: target.into(), path: path.into(), detail: Text::io(e) },
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

    #[test]
    fn common_certificate_problems_are_told_in_the_catalogue_s_words() {
        use rustls::CertificateError as C;
        let wrapped = |c: C| std::io::Error::new(std::io::ErrorKind::InvalidData, rustls::Error::InvalidCertificate(c));
        let id = |c: C| tls_detail(&wrapped(c), "ftp.example.vn").and_then(|t| t.id());
        assert_eq!(id(C::UnknownIssuer), Some("tls-unknown-issuer"));
        assert_eq!(id(C::Expired), Some("tls-expired"));
        assert_eq!(id(C::NotValidYet), Some("tls-not-yet-valid"));
        assert_eq!(id(C::NotValidForName), Some("tls-wrong-name"));
        assert_eq!(id(C::Revoked), Some("tls-revoked"));
        let wrong = tls_detail(&wrapped(C::NotValidForName), "ftp.example.vn").unwrap();
        assert!(wrong.text(crate::messages::Lang::Vi).contains("`ftp.example.vn`"));
        // A rare one keeps the library's words; no rustls error: None.
        let rare = tls_detail(&wrapped(C::BadSignature), "h").unwrap();
        assert_eq!(
            rare.text(crate::messages::Lang::Vi),
            rustls::Error::InvalidCertificate(C::BadSignature).to_string()
        );
        assert!(tls_detail(&std::io::Error::from(std::io::ErrorKind::ConnectionReset), "h").is_none());
    }

    #[test]
    fn common_connection_failures_are_told_in_the_catalogue_s_words() {
        use std::io::{Error as Io, ErrorKind};
        assert_eq!(connect_detail(&Io::from(ErrorKind::ConnectionRefused)).id(), Some("publish-refused"));
        assert_eq!(connect_detail(&Io::from(ErrorKind::TimedOut)).id(), Some("publish-timed-out"));
        assert_eq!(connect_detail(&Io::from(ErrorKind::NetworkUnreachable)).id(), Some("publish-unreachable"));
        assert_eq!(connect_detail(&Io::from(ErrorKind::HostUnreachable)).id(), Some("publish-unreachable"));
        let other = Io::from(ErrorKind::ConnectionReset);
        assert_eq!(connect_detail(&other).text(crate::messages::Lang::Vi), other.to_string());
    }
}
