//! FTP with explicit TLS ("FTPS": `AUTH TLS`, then encrypted commands and
//! data), the common offer of cheap shared hosting (cPanel, DirectAdmin).
//! Plain FTP only when `loa.yaml` says `encryption: none` in words. Uses
//! suppaftp with rustls (no OpenSSL); the host's certificate is checked
//! against the public authorities, plus the one named in `certificate:`.
//! Files go up under a temporary name and are renamed over the old ones.

use std::collections::HashSet;
use std::io::Cursor;
use std::sync::Arc;

use suppaftp::types::FileType;
use suppaftp::{FtpError, RustlsConnector, RustlsFtpStream, Status};

use super::Transport;
use super::credentials;
use super::error::Error;
use super::target::{Kind, Target};
use crate::messages::Text;
use crate::msg;

pub struct Ftp {
    ftp: RustlsFtpStream,
    target: String,
    root: String,
    made: HashSet<String>,
}

impl Ftp {
    pub fn open(target: &Target, location: &str) -> Result<Ftp, Error> {
        let Kind::Ftp { host, port, user, tls, certificate, .. } = &target.kind else {
            unreachable!("Ftp::open is given FTP targets")
        };
        let name = target.name.clone();
        let address = format!("{host}:{port}");
        let Some(password) = credentials::secret(target) else {
            return Err(Error::NoSecret { target: name, env: Text::detail(credentials::env_name(&target.name)) });
        };
        let sock = std::net::ToSocketAddrs::to_socket_addrs(&(host.as_str(), *port))
            .ok()
            .and_then(|mut a| a.next())
            .ok_or_else(|| Error::Connect {
                target: name.clone(),
                address: address.clone(),
                detail: msg!("publish-unknown-address").into(),
            })?;
        let mut ftp =
            RustlsFtpStream::connect_timeout(sock, std::time::Duration::from_secs(30)).map_err(|e| Error::Connect {
                target: name.clone(),
                address: address.clone(),
                detail: match &e {
                    FtpError::ConnectionError(io) => super::error::connect_detail(io),
                    _ => Text::detail(&e),
                },
            })?;
        if *tls {
            let config =
                tls_config(certificate.as_deref()).map_err(|detail| Error::Tls { target: name.clone(), detail })?;
            ftp = ftp
                .into_secure(RustlsConnector::from(Arc::new(config)), host)
                .map_err(|e| Error::Tls { target: name.clone(), detail: tls_detail(&e, host) })?;
        }
        if let Err(e) = ftp.login(user.as_str(), password.as_str()) {
            return Err(match e {
                FtpError::UnexpectedResponse(r) if r.status == Status::NotLoggedIn => Error::Auth {
                    target: name.clone(),
                    user: user.clone(),
                    tried: vec![msg!("publish-tried-password", env = credentials::env_name(&target.name))],
                    env: credentials::env_name(&target.name),
                },
                e => Error::Connect { target: name, address, detail: Text::detail(&e) },
            });
        }
        ftp.transfer_type(FileType::Binary).map_err(|e| Error::Other {
            target: name.clone(),
            path: String::new(),
            detail: Text::detail(&e),
        })?;
        Ok(Ftp { ftp, target: name, root: location.trim_end_matches('/').to_string(), made: HashSet::new() })
    }

    fn full(&self, path: &str) -> String {
        if self.root.is_empty() { path.to_string() } else { format!("{}/{path}", self.root) }
    }

    fn err(&self, path: &str, e: FtpError) -> Error {
        classify(&self.target, path, e)
    }

    fn make_dirs(&mut self, path: &str) -> Result<(), Error> {
        let full = self.full(path);
        let parts: Vec<&str> = full.split('/').collect();
        for i in 1..parts.len() {
            let dir = parts[..i].join("/");
            if dir.is_empty() || self.made.contains(&dir) {
                continue;
            }
            // MKD fails when the folder exists: that is fine; a real failure
            // shows when the file is written.
            let _ = self.ftp.mkdir(&dir);
            self.made.insert(dir);
        }
        Ok(())
    }
}

/// Why the TLS handshake failed: a certificate problem in the catalogue's
/// words, else the library's.
fn tls_detail(e: &FtpError, host: &str) -> Text {
    let inner = match e {
        FtpError::ConnectionError(io) => super::error::tls_detail(io, host),
        _ => None,
    };
    inner.unwrap_or_else(|| Text::detail(e))
}

/// The TLS settings: the public authorities (webpki-roots), plus a
/// certificate the user names for a host with its own.
fn tls_config(extra: Option<&std::path::Path>) -> Result<rustls::ClientConfig, Text> {
    use rustls_pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = extra {
        let certs =
            rustls_pki_types::CertificateDer::pem_file_iter(path).map_err(|e| cert_problem(path, e.to_string()))?;
        for c in certs {
            let c = c.map_err(|e| cert_problem(path, e.to_string()))?;
            roots.add(c).map_err(|e| cert_problem(path, e.to_string()))?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Text::detail(&e))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

/// Classifies an FTP server's refusal: 452 and 552 (and the words of a
/// full disk or quota) are no space, 550 and 553 with the words of a
/// refusal are no permission.
fn classify(target: &str, path: &str, e: FtpError) -> Error {
    let (target, path) = (target.to_string(), path.to_string());
    match e {
        FtpError::UnexpectedResponse(r) => {
            let text = String::from_utf8_lossy(&r.body).to_lowercase();
            match r.status.code() {
                452 | 552 => Error::NoSpace { target, path },
                550 | 553 if text.contains("permission") || text.contains("denied") || text.contains("privilege") => {
                    Error::NoPermission { target, path }
                }
                _ if text.contains("no space") || text.contains("quota") || text.contains("disk full") => {
                    Error::NoSpace { target, path }
                }
                _ => Error::Other { target, path, detail: Text::detail(text.trim()) },
            }
        }
        e => Error::Other { target, path, detail: Text::detail(&e) },
    }
}

fn cert_problem(path: &std::path::Path, detail: String) -> Text {
    msg!("publish-certificate", file = path.display().to_string(), detail = detail).into()
}

impl Transport for Ftp {
    fn read(&mut self, path: &str) -> Result<Option<Vec<u8>>, Error> {
        let full = self.full(path);
        match self.ftp.retr_as_buffer(&full) {
            Ok(c) => Ok(Some(c.into_inner())),
            Err(FtpError::UnexpectedResponse(r)) if r.status.code() == 550 => Ok(None),
            Err(e) => Err(self.err(path, e)),
        }
    }

    fn put(&mut self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.make_dirs(path)?;
        let full = self.full(path);
        let (dir, name) = full.rsplit_once('/').map_or((String::new(), full.as_str()), |(d, n)| (format!("{d}/"), n));
        let tmp = format!("{dir}.{name}.loa-tmp");
        if let Err(e) = self.ftp.put_file(&tmp, &mut Cursor::new(bytes)) {
            let _ = self.ftp.rm(&tmp);
            return Err(self.err(path, e));
        }
        self.ftp.rename(&tmp, &full).map_err(|e| self.err(path, e))
    }

    fn delete(&mut self, path: &str) -> Result<(), Error> {
        let full = self.full(path);
        match self.ftp.rm(&full) {
            Ok(()) => {}
            Err(FtpError::UnexpectedResponse(r)) if r.status.code() == 550 && !self.exists(&full) => {}
            Err(e) => return Err(self.err(path, e)),
        }
        let mut at = full.as_str();
        while let Some(i) = at.rfind('/') {
            at = &at[..i];
            if at.len() <= self.root.len() || self.ftp.rmdir(at).is_err() {
                break;
            }
            self.made.remove(at);
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Error> {
        let _ = self.ftp.quit();
        Ok(())
    }
}

impl Ftp {
    fn exists(&mut self, full: &str) -> bool {
        self.ftp.size(full).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(code: u32, text: &str) -> Error {
        let r = suppaftp::types::Response::new(Status::from(code), format!("{code} {text}").into_bytes());
        classify("t", "a.html", FtpError::UnexpectedResponse(r))
    }

    #[test]
    fn full_disks_and_refusals_are_told_apart() {
        assert!(matches!(refusal(552, "Exceeded storage allocation"), Error::NoSpace { .. }));
        assert!(matches!(refusal(452, "Insufficient storage space"), Error::NoSpace { .. }));
        assert!(matches!(refusal(451, "Failure writing: disk full"), Error::NoSpace { .. }));
        assert!(matches!(refusal(550, "Permission denied."), Error::NoPermission { .. }));
        assert!(matches!(refusal(550, "Not enough privileges."), Error::NoPermission { .. }));
        assert!(matches!(refusal(550, "No such file"), Error::Other { .. }));
    }
}
