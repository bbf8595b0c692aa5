//! Publishing targets as written under `publish:` in `loa.yaml` (raw, as
//! serde reads them, unknown keys rejected) and as validated: one kind of
//! target each, a location per portal (`{portal}` in it), no secret in the
//! file. Secrets come from the environment, the SSH agent or key files, or
//! the system keyring ([`super::credentials`]).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use serde::de::IgnoredAny;

use crate::messages::Msg;
use crate::msg;

/// The `publish:` map: target name → target.
pub type RawTargets = BTreeMap<String, RawTarget>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTarget {
    /// The portals published there; every portal when absent.
    #[serde(default)]
    portals: Option<Vec<String>>,
    #[serde(default)]
    folder: Option<String>,
    #[serde(default)]
    zip: Option<String>,
    #[serde(default)]
    sftp: Option<RawServer>,
    #[serde(default)]
    ftp: Option<RawFtp>,
    #[serde(default)]
    s3: Option<RawS3>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServer {
    host: String,
    #[serde(default)]
    port: Option<u16>,
    user: String,
    dir: String,
    #[serde(default)]
    key_file: Option<String>,
    #[serde(default)]
    known_hosts: Option<String>,
    /// Read only to refuse it with its own message.
    #[serde(default)]
    password: Option<IgnoredAny>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFtp {
    host: String,
    #[serde(default)]
    port: Option<u16>,
    user: String,
    dir: String,
    /// `tls` (the default: explicit TLS, "FTPS") or `none` (plain FTP, only
    /// when written so).
    #[serde(default)]
    encryption: Option<String>,
    /// A PEM certificate to trust besides the public authorities (a host
    /// with its own certificate).
    #[serde(default)]
    certificate: Option<String>,
    /// Read only to refuse it with its own message.
    #[serde(default)]
    password: Option<IgnoredAny>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawS3 {
    endpoint: String,
    bucket: String,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    prefix: Option<String>,
    /// Address buckets as `endpoint/bucket` (MinIO, Garage and most
    /// self-hosted stores) rather than `bucket.endpoint`.
    #[serde(default)]
    path_style: Option<bool>,
    /// Read only to refuse them with their own message.
    #[serde(default)]
    secret_key: Option<IgnoredAny>,
    #[serde(default)]
    access_key: Option<IgnoredAny>,
}

/// A validated target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub name: String,
    /// None: every portal.
    pub portals: Option<Vec<String>>,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A local or mounted folder (relative to the site root).
    Folder {
        path: String,
    },
    /// A .zip file (relative to the site root).
    Zip {
        path: String,
    },
    Sftp {
        host: String,
        port: u16,
        user: String,
        dir: String,
        key_file: Option<PathBuf>,
        known_hosts: Option<PathBuf>,
    },
    Ftp {
        host: String,
        port: u16,
        user: String,
        dir: String,
        tls: bool,
        certificate: Option<PathBuf>,
    },
    S3 {
        endpoint: String,
        bucket: String,
        region: String,
        prefix: String,
        path_style: bool,
    },
}

impl Kind {
    /// The name staff see: `SFTP`, `FTPS`, …
    pub fn label(&self) -> &'static str {
        match self {
            Kind::Folder { .. } => "folder",
            Kind::Zip { .. } => "zip",
            Kind::Sftp { .. } => "SFTP",
            Kind::Ftp { tls: true, .. } => "FTPS",
            Kind::Ftp { tls: false, .. } => "FTP",
            Kind::S3 { .. } => "S3",
        }
    }

    /// The location template (`{portal}` still in it).
    fn location(&self) -> &str {
        match self {
            Kind::Folder { path } | Kind::Zip { path } => path,
            Kind::Sftp { dir, .. } | Kind::Ftp { dir, .. } => dir,
            Kind::S3 { prefix, .. } => prefix,
        }
    }
}

impl Target {
    /// Whether the target receives portal `id`.
    pub fn serves(&self, id: &str) -> bool {
        self.portals.as_ref().is_none_or(|p| p.iter().any(|x| x == id))
    }

    /// The target's location for a portal (`{portal}` replaced).
    pub fn location_for(&self, portal: &str) -> String {
        self.kind.location().replace("{portal}", portal)
    }

    /// Where a host or bucket is, for messages: `sftp://user@host:22/dir`.
    pub fn describe(&self, portal: &str) -> String {
        let loc = self.location_for(portal);
        match &self.kind {
            Kind::Folder { .. } | Kind::Zip { .. } => loc,
            Kind::Sftp { host, port, user, .. } => {
                format!("sftp://{user}@{host}:{port}/{}", loc.trim_start_matches('/'))
            }
            Kind::Ftp { host, port, user, tls, .. } => {
                format!("{}://{user}@{host}:{port}/{}", if *tls { "ftps" } else { "ftp" }, loc.trim_start_matches('/'))
            }
            Kind::S3 { endpoint, bucket, .. } => format!("{}/{bucket}/{loc}", endpoint.trim_end_matches('/')),
        }
    }
}

/// A problem in a target's settings: the key to point at, what is wrong, how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: String,
    pub message: Msg,
    pub help: Msg,
    /// False when the line holds a secret, which is then not printed again.
    pub show_line: bool,
}

fn problem(key: &str, message: Msg, help: Msg) -> Problem {
    Problem { key: key.to_string(), message, help, show_line: true }
}

/// Validates one target; `portals` are the site's portal ids.
pub fn validate(name: &str, raw: RawTarget, portals: &[String]) -> Result<Target, Problem> {
    let kinds = [raw.folder.is_some(), raw.zip.is_some(), raw.sftp.is_some(), raw.ftp.is_some(), raw.s3.is_some()];
    let count = kinds.iter().filter(|k| **k).count();
    if count != 1 {
        return Err(problem(
            &format!("{name}:"),
            msg!("publish-target-one-kind", name = name, count = count),
            msg!("publish-target-one-kind-help"),
        ));
    }
    if let Some(list) = &raw.portals {
        for id in list {
            if !portals.contains(id) {
                let help = match crate::diagnostics::did_you_mean(id, portals.iter().map(String::as_str)) {
                    Some(m) => msg!("did-you-mean", name = m),
                    None => msg!("publish-names-are", list = portals.join(", ")),
                };
                return Err(problem(id, msg!("publish-target-unknown-portal", name = name, id = id), help));
            }
        }
    }
    refuse_secrets(name, &raw)?;
    let kind = kind(raw.folder, raw.zip, raw.sftp, raw.ftp, raw.s3)?;
    let target = Target { name: name.to_string(), portals: raw.portals, kind };
    let served = portals.iter().filter(|p| target.serves(p)).count();
    if served > 1 && !target.kind.location().contains("{portal}") {
        return Err(problem(
            target.kind.location(),
            msg!("publish-target-same-place", name = name, count = served, place = target.kind.location()),
            msg!("publish-target-same-place-help"),
        ));
    }
    Ok(target)
}

/// A password (or secret key) written in the file is refused with its own
/// message: secrets never belong in loa.yaml.
fn refuse_secrets(name: &str, raw: &RawTarget) -> Result<(), Problem> {
    let field = if raw.sftp.as_ref().is_some_and(|s| s.password.is_some())
        || raw.ftp.as_ref().is_some_and(|f| f.password.is_some())
    {
        Some("password")
    } else if raw.s3.as_ref().is_some_and(|s| s.secret_key.is_some()) {
        Some("secret_key")
    } else if raw.s3.as_ref().is_some_and(|s| s.access_key.is_some()) {
        Some("access_key")
    } else {
        None
    };
    match field {
        Some(f) => Err(Problem {
            show_line: false,
            ..problem(
                &format!("{f}:"),
                msg!("publish-target-password", field = f, name = name),
                msg!("publish-target-password-help", env = super::credentials::env_name(name), name = name),
            )
        }),
        None => Ok(()),
    }
}

fn kind(
    folder: Option<String>,
    zip: Option<String>,
    sftp: Option<RawServer>,
    ftp: Option<RawFtp>,
    s3: Option<RawS3>,
) -> Result<Kind, Problem> {
    let path = |s: Option<String>| s.map(|s| PathBuf::from(expand_home(&s)));
    Ok(if let Some(path) = folder {
        Kind::Folder { path }
    } else if let Some(path) = zip {
        if !path.ends_with(".zip") {
            return Err(problem(
                &path,
                msg!("publish-target-not-zip", path = &path),
                msg!("publish-target-not-zip-help"),
            ));
        }
        Kind::Zip { path }
    } else if let Some(s) = sftp {
        Kind::Sftp {
            port: s.port.unwrap_or(22),
            host: s.host,
            user: s.user,
            dir: s.dir,
            key_file: path(s.key_file),
            known_hosts: path(s.known_hosts),
        }
    } else if let Some(f) = ftp {
        let tls = match f.encryption.as_deref() {
            None | Some("tls") => true,
            Some("none") => false,
            Some(other) => {
                return Err(problem(
                    &format!("encryption: {other}"),
                    msg!("publish-target-encryption", value = other),
                    msg!("publish-target-encryption-help"),
                ));
            }
        };
        Kind::Ftp {
            port: f.port.unwrap_or(21),
            host: f.host,
            user: f.user,
            dir: f.dir,
            tls,
            certificate: path(f.certificate),
        }
    } else if let Some(s) = s3 {
        let endpoint = s.endpoint.trim_end_matches('/').to_string();
        if !(endpoint.starts_with("https://") || endpoint.starts_with("http://")) {
            return Err(problem(
                &s.endpoint,
                msg!("publish-target-endpoint", url = &s.endpoint),
                msg!("publish-target-endpoint-help"),
            ));
        }
        let prefix = s.prefix.unwrap_or_else(|| "{portal}".into()).trim_matches('/').to_string();
        Kind::S3 {
            endpoint,
            bucket: s.bucket,
            region: s.region.unwrap_or_else(|| "us-east-1".into()),
            prefix,
            path_style: s.path_style.unwrap_or(true),
        }
    } else {
        unreachable!("validate checked that one kind is given")
    })
}

/// `~/x` → the home folder's `x` (key files and known_hosts are often written so).
pub fn expand_home(path: &str) -> String {
    match (path.strip_prefix("~/"), std::env::home_dir()) {
        (Some(rest), Some(home)) => home.join(rest).to_string_lossy().into_owned(),
        _ => path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Result<Vec<Target>, Problem> {
        let raw: RawTargets = crate::yaml::from_str(src)
            .map_err(|e| problem("", msg!("raw", text = e.message.to_string()), msg!("raw", text = "")))?;
        let portals = vec!["a".to_string(), "b".to_string()];
        raw.into_iter().map(|(n, r)| validate(&n, r, &portals)).collect()
    }

    #[test]
    fn each_kind_reads_with_its_defaults() {
        let t = parse(
            "s:\n  sftp: {host: h, user: u, dir: '/w/{portal}'}\nf:\n  ftp: {host: h, user: u, dir: 'w/{portal}'}\n\
             z:\n  zip: out/{portal}.zip\no:\n  s3: {endpoint: 'http://127.0.0.1:9000/', bucket: b}\n",
        )
        .unwrap();
        let by = |n: &str| t.iter().find(|x| x.name == n).unwrap();
        assert!(matches!(by("s").kind, Kind::Sftp { port: 22, .. }));
        assert!(matches!(by("f").kind, Kind::Ftp { port: 21, tls: true, .. }));
        assert_eq!(by("f").kind.label(), "FTPS");
        assert_eq!(by("z").location_for("a"), "out/a.zip");
        assert_eq!(by("o").describe("b"), "http://127.0.0.1:9000/b/b");
    }

    #[test]
    fn plain_ftp_only_when_written_in_words() {
        let t = parse("f:\n  ftp: {host: h, user: u, dir: '{portal}', encryption: none}\n").unwrap();
        assert_eq!(t[0].kind.label(), "FTP");
        let e = parse("f:\n  ftp: {host: h, user: u, dir: '{portal}', encryption: no}\n").unwrap_err();
        assert_eq!(e.message.id, "publish-target-encryption", "{e:?}");
    }

    #[test]
    fn several_portals_need_their_own_place_and_known_ids() {
        let e = parse("f:\n  folder: /srv/www\n").unwrap_err();
        assert_eq!(e.message.id, "publish-target-same-place", "{e:?}");
        assert!(parse("f:\n  portals: [a]\n  folder: /srv/www\n").is_ok());
        let e = parse("f:\n  portals: [c]\n  folder: /srv/www\n").unwrap_err();
        assert_eq!(e.message.id, "publish-target-unknown-portal", "{e:?}");
        let e = parse("f:\n  folder: /x/{portal}\n  zip: y.zip\n").unwrap_err();
        assert_eq!(e.message.id, "publish-target-one-kind", "{e:?}");
    }

    #[test]
    fn a_password_in_the_file_is_refused_with_its_own_message() {
        let e = parse("f:\n  sftp: {host: h, user: u, dir: '{portal}', password: x}\n").unwrap_err();
        assert_eq!(e.message.id, "publish-target-password", "{e:?}");
        let e = parse("f:\n  s3: {endpoint: 'https://s3.vn', bucket: b, secret_key: x}\n").unwrap_err();
        assert_eq!(e.message.id, "publish-target-password", "{e:?}");
    }
}
