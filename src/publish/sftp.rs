//! A server reached by SSH, files sent by SFTP (russh and russh-sftp: pure
//! Rust, no OpenSSL). The host's key is checked against `known_hosts`; an
//! unknown host is refused with its fingerprint until the user passes
//! `--trust-host` with that fingerprint. Login: the key file named in
//! `loa.yaml`, else the SSH agent's keys, else the usual key files in
//! `~/.ssh`, then a password from the environment or the keyring. Each file
//! is written under a temporary name and renamed over the old one
//! (`posix-rename@openssh.com`), so visitors never read half a file.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use russh::client::{self, Handle};
use russh::keys::{HashAlg, PrivateKeyWithHashAlg, PublicKeyOrCertificate};
use russh_sftp::client::RawSftpSession;
use russh_sftp::client::error::Error as SftpError;
use russh_sftp::protocol::{FileAttributes, OpenFlags, StatusCode};

use super::Transport;
use super::credentials;
use super::error::Error;
use super::target::{Kind, Target};
use crate::messages::Msg;
use crate::messages::Text;
use crate::msg;

/// Bytes per SFTP write request (well under every server's packet limit).
const CHUNK: usize = 32 * 1024;
/// Write requests sent before waiting for their answers.
const IN_FLIGHT: usize = 16;

pub struct Sftp {
    rt: tokio::runtime::Runtime,
    _ssh: Handle<HostCheck>,
    sftp: RawSftpSession,
    target: String,
    root: String,
    /// Folders known to exist.
    made: HashSet<String>,
}

/// Checks the host key (russh calls it during the handshake) and keeps the
/// reason of a refusal for the message.
struct HostCheck {
    target: String,
    host: String,
    port: u16,
    known_hosts: PathBuf,
    trust: Option<String>,
    refusal: Arc<Mutex<Option<Error>>>,
}

impl client::Handler for HostCheck {
    type Error = russh::Error;

    async fn check_server_key(&mut self, key: &PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        let key = match key {
            PublicKeyOrCertificate::PublicKey { key, .. } => key.clone(),
            PublicKeyOrCertificate::Certificate(c) => c.public_key().clone().into(),
        };
        let fingerprint = key.fingerprint(HashAlg::Sha256).to_string();
        let (target, host, known_hosts) = (self.target.clone(), self.host.clone(), self.known_hosts.clone());
        let refusal = match russh::keys::check_known_hosts_path(&self.host, self.port, &key, &self.known_hosts) {
            Ok(true) => return Ok(true),
            Err(russh::keys::Error::KeyChanged { line }) => {
                Error::HostKeyChanged { target, host, fingerprint, known_hosts, line }
            }
            Ok(false) => match &self.trust {
                Some(t) if *t == fingerprint => {
                    return match russh::keys::known_hosts::learn_known_hosts_path(
                        &self.host,
                        self.port,
                        &key,
                        &self.known_hosts,
                    ) {
                        Ok(()) => {
                            let file = known_hosts.display().to_string();
                            eprintln!(
                                "{}",
                                msg!("publish-trusted", host = &host, fingerprint = &fingerprint, file = file)
                            );
                            Ok(true)
                        }
                        Err(e) => {
                            *self.refusal.lock().unwrap_or_else(|p| p.into_inner()) = Some(Error::Other {
                                target,
                                path: known_hosts.display().to_string(),
                                detail: Text::detail(&e),
                            });
                            Ok(false)
                        }
                    };
                }
                Some(given) => Error::FingerprintMismatch { host, given: given.clone(), fingerprint },
                None => Error::UnknownHost { target, host, fingerprint, known_hosts },
            },
            Err(e) => Error::Other { target, path: known_hosts.display().to_string(), detail: Text::detail(&e) },
        };
        *self.refusal.lock().unwrap_or_else(|p| p.into_inner()) = Some(refusal);
        Ok(false)
    }
}

impl Sftp {
    pub fn open(target: &Target, location: &str, trust: Option<&str>) -> Result<Sftp, Error> {
        let Kind::Sftp { host, port, user, key_file, known_hosts, .. } = &target.kind else {
            unreachable!("Sftp::open is given SFTP targets")
        };
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| Error::Other {
            target: target.name.clone(),
            path: String::new(),
            detail: Text::detail(&e),
        })?;
        let known_hosts = known_hosts
            .clone()
            .unwrap_or_else(|| std::env::home_dir().unwrap_or_default().join(".ssh").join("known_hosts"));
        let refusal = Arc::new(Mutex::new(None));
        let check = HostCheck {
            target: target.name.clone(),
            host: host.clone(),
            port: *port,
            known_hosts,
            trust: trust.map(str::to_string),
            refusal: refusal.clone(),
        };
        let config = Arc::new(client::Config {
            inactivity_timeout: Some(std::time::Duration::from_secs(60)),
            ..Default::default()
        });
        let address = format!("{host}:{port}");
        let Some(sock) =
            std::net::ToSocketAddrs::to_socket_addrs(&(host.as_str(), *port)).ok().and_then(|mut a| a.next())
        else {
            return Err(Error::Connect {
                target: target.name.clone(),
                address,
                detail: msg!("publish-unknown-address").into(),
            });
        };
        let connect = rt.block_on(async {
            tokio::time::timeout(std::time::Duration::from_secs(30), client::connect(config, sock, check)).await
        });
        let mut ssh = match connect {
            Ok(Ok(h)) => h,
            Ok(Err(e)) => {
                if let Some(r) = refusal.lock().unwrap_or_else(|p| p.into_inner()).take() {
                    return Err(r);
                }
                let detail = match &e {
                    russh::Error::IO(io) => super::error::connect_detail(io),
                    _ => Text::detail(&e),
                };
                return Err(Error::Connect { target: target.name.clone(), address, detail });
            }
            Err(_) => {
                return Err(Error::Connect {
                    target: target.name.clone(),
                    address,
                    detail: msg!("publish-no-answer").into(),
                });
            }
        };
        rt.block_on(login(&mut ssh, target, user, key_file.as_ref()))?;
        let sftp = rt
            .block_on(async {
                let ch = ssh.channel_open_session().await?;
                ch.request_subsystem(true, "sftp").await?;
                let sftp = RawSftpSession::new(ch.into_stream());
                sftp.set_timeout(120);
                sftp.init().await.map_err(|e| russh::Error::IO(std::io::Error::other(e.to_string())))?;
                Ok::<_, russh::Error>(sftp)
            })
            .map_err(|e| Error::Connect {
                target: target.name.clone(),
                address,
                detail: msg!("publish-no-sftp", detail = e.to_string()).into(),
            })?;
        let root = location.trim_end_matches('/').to_string();
        Ok(Sftp { rt, _ssh: ssh, sftp, target: target.name.clone(), root, made: HashSet::new() })
    }

    fn full(&self, path: &str) -> String {
        if self.root.is_empty() { path.to_string() } else { format!("{}/{path}", self.root) }
    }

    fn err(&self, path: &str, e: SftpError) -> Error {
        let (target, path) = (self.target.clone(), path.to_string());
        match &e {
            SftpError::Status(s) if s.status_code == StatusCode::PermissionDenied => {
                Error::NoPermission { target, path }
            }
            SftpError::Status(s) if s.status_code == StatusCode::Failure && self.disk_full() => {
                Error::NoSpace { target, path }
            }
            _ => Error::Other { target, path, detail: Text::detail(&e) },
        }
    }

    /// Whether the target's disk is full (OpenSSH reports a full disk as a
    /// plain "Failure"; its statvfs extension tells the free space).
    fn disk_full(&self) -> bool {
        let at = if self.root.is_empty() { ".".to_string() } else { self.root.clone() };
        self.rt
            .block_on(self.sftp.statvfs(at))
            .is_ok_and(|s| s.blocks_avail.saturating_mul(s.fragment_size.max(1)) < 64 * 1024)
    }

    /// Creates the folders above `path` that do not exist yet (the portal's
    /// folder and its parents included), remembering those known to exist.
    fn make_dirs(&mut self, path: &str) -> Result<(), Error> {
        let full = self.full(path);
        let mut missing: Vec<String> = Vec::new();
        let mut at = full.rsplit_once('/').map(|(d, _)| d.to_string());
        while let Some(d) = at.filter(|d| !d.is_empty() && !self.made.contains(d)) {
            if self.rt.block_on(self.sftp.stat(d.as_str())).is_ok() {
                self.made.insert(d);
                break;
            }
            at = d.rsplit_once('/').map(|(p, _)| p.to_string());
            missing.push(d);
        }
        for d in missing.into_iter().rev() {
            if let Err(e) = self.rt.block_on(self.sftp.mkdir(d.as_str(), FileAttributes::default())) {
                return Err(self.err(&d, e));
            }
            self.made.insert(d);
        }
        Ok(())
    }

    /// Writes a file, with up to [`IN_FLIGHT`] write requests on the way at
    /// once: over a slow link a large attachment does not wait a round trip
    /// per 32 KiB.
    fn write_file(&self, full: &str, bytes: &[u8]) -> Result<(), SftpError> {
        use futures_util::stream::{self, StreamExt};
        self.rt.block_on(async {
            let flags = OpenFlags::WRITE | OpenFlags::CREATE | OpenFlags::TRUNCATE;
            let h = self.sftp.open(full, flags, FileAttributes::default()).await?.handle;
            let writes = bytes.chunks(CHUNK).enumerate().map(|(i, chunk)| {
                let h = h.as_str();
                async move { self.sftp.write(h, (i * CHUNK) as u64, chunk.to_vec()).await }
            });
            let results: Vec<_> = stream::iter(writes).buffer_unordered(IN_FLIGHT).collect().await;
            let closed = self.sftp.close(h.as_str()).await;
            if let Some(Err(e)) = results.into_iter().find(Result::is_err) {
                return Err(e);
            }
            closed.map(|_| ())
        })
    }

    /// Renames `from` over `to`, replacing it in one step where the server can.
    fn replace(&self, from: &str, to: &str) -> Result<(), SftpError> {
        self.rt.block_on(async {
            let mut data = Vec::new();
            for s in [from, to] {
                data.extend_from_slice(&(s.len() as u32).to_be_bytes());
                data.extend_from_slice(s.as_bytes());
            }
            match self.sftp.extended("posix-rename@openssh.com", data).await {
                Ok(russh_sftp::protocol::Packet::Status(s)) if s.status_code == StatusCode::Ok => Ok(()),
                _ => {
                    // Without the extension: remove, then rename (a moment without the file).
                    let _ = self.sftp.remove(to).await;
                    self.sftp.rename(from, to).await.map(|_| ())
                }
            }
        })
    }
}

impl Transport for Sftp {
    fn read(&mut self, path: &str) -> Result<Option<Vec<u8>>, Error> {
        let full = self.full(path);
        let got = self.rt.block_on(async {
            let h = self.sftp.open(full.as_str(), OpenFlags::READ, FileAttributes::default()).await?.handle;
            let mut out = Vec::new();
            loop {
                match self.sftp.read(h.as_str(), out.len() as u64, CHUNK as u32).await {
                    Ok(d) if !d.data.is_empty() => out.extend_from_slice(&d.data),
                    Ok(_) => break,
                    Err(SftpError::Status(s)) if s.status_code == StatusCode::Eof => break,
                    Err(e) => return Err(e),
                }
            }
            let _ = self.sftp.close(h).await;
            Ok(out)
        });
        match got {
            Ok(b) => Ok(Some(b)),
            Err(SftpError::Status(s)) if s.status_code == StatusCode::NoSuchFile => Ok(None),
            Err(e) => Err(self.err(path, e)),
        }
    }

    fn put(&mut self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.make_dirs(path)?;
        let full = self.full(path);
        let (dir, name) = full.rsplit_once('/').map_or((String::new(), full.as_str()), |(d, n)| (format!("{d}/"), n));
        let tmp = format!("{dir}.{name}.loa-tmp");
        if let Err(e) = self.write_file(&tmp, bytes) {
            let _ = self.rt.block_on(self.sftp.remove(tmp.as_str()));
            return Err(self.err(path, e));
        }
        self.replace(&tmp, &full).map_err(|e| self.err(path, e))
    }

    fn delete(&mut self, path: &str) -> Result<(), Error> {
        let full = self.full(path);
        match self.rt.block_on(self.sftp.remove(full.as_str())) {
            Ok(_) => {}
            Err(SftpError::Status(s)) if s.status_code == StatusCode::NoSuchFile => {}
            Err(e) => return Err(self.err(path, e)),
        }
        // Folders left empty go too (a folder still holding files refuses).
        let mut at = full.as_str();
        while let Some(i) = at.rfind('/') {
            at = &at[..i];
            if at.len() <= self.root.len() || self.rt.block_on(self.sftp.rmdir(at)).is_err() {
                break;
            }
            self.made.remove(at);
        }
        Ok(())
    }
}

/// Logs in: the configured key file, else the agent's keys and the usual
/// key files, then the password, if any.
async fn login(
    ssh: &mut Handle<HostCheck>,
    target: &Target,
    user: &str,
    key_file: Option<&PathBuf>,
) -> Result<(), Error> {
    let secret = credentials::secret(target);
    let mut tried: Vec<Msg> = Vec::new();
    let rsa_hash = ssh.best_supported_rsa_hash().await.ok().flatten().flatten();
    let mut files: Vec<PathBuf> = key_file.cloned().into_iter().collect();
    if key_file.is_none() {
        if let Ok(mut agent) = russh::keys::agent::client::AgentClient::connect_env().await
            && let Ok(ids) = agent.request_identities().await
        {
            for id in ids {
                tried.push(msg!("publish-tried-agent"));
                let key = id.public_key().into_owned();
                let r = ssh.authenticate_publickey_with(user, key, rsa_hash, &mut agent).await;
                if r.is_ok_and(|r| r.success()) {
                    return Ok(());
                }
            }
        }
        let ssh_dir = std::env::home_dir().unwrap_or_default().join(".ssh");
        files.extend(["id_ed25519", "id_ecdsa", "id_rsa"].map(|n| ssh_dir.join(n)).into_iter().filter(|p| p.exists()));
    }
    for f in &files {
        let key = match russh::keys::load_secret_key(f, secret.as_deref()) {
            Ok(k) => k,
            Err(e) => {
                if key_file == Some(f) {
                    return Err(Error::Other {
                        target: target.name.clone(),
                        path: f.display().to_string(),
                        detail: msg!(
                            "publish-key-file",
                            detail = e.to_string(),
                            env = credentials::env_name(&target.name)
                        )
                        .into(),
                    });
                }
                continue;
            }
        };
        tried.push(msg!("publish-tried-key", file = f.display().to_string()));
        let key = PrivateKeyWithHashAlg::new(Arc::new(key), rsa_hash);
        if ssh.authenticate_publickey(user, key).await.is_ok_and(|r| r.success()) {
            return Ok(());
        }
    }
    if let Some(pw) = &secret {
        tried.push(msg!("publish-tried-password", env = credentials::env_name(&target.name)));
        if ssh.authenticate_password(user, pw).await.is_ok_and(|r| r.success()) {
            return Ok(());
        }
    }
    if tried.is_empty() {
        return Err(Error::NoSecret {
            target: target.name.clone(),
            env: Text::detail(credentials::env_name(&target.name)),
        });
    }
    tried.dedup();
    Err(Error::Auth {
        target: target.name.clone(),
        user: user.to_string(),
        tried,
        env: credentials::env_name(&target.name),
    })
}
