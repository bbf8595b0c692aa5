//! S3-compatible object storage (AWS S3, MinIO, Garage, Ceph, Viettel or
//! FPT object storage behind a CDN): requests signed by rusty-s3 (SigV4,
//! no I/O of its own) and sent by ureq over rustls. An object is replaced in
//! one step by S3 itself. Each object gets its Content-Type, so a bucket
//! served as a website shows pages rather than downloading them. The access
//! key id comes from `LOA_ACCESS_KEY_<TARGET>` or `AWS_ACCESS_KEY_ID`, the
//! secret from the environment or the keyring ([`super::credentials`]).

use std::time::Duration;

use rusty_s3::{Bucket, Credentials, S3Action, UrlStyle};

use super::Transport;
use super::credentials;
use super::error::Error;
use super::target::{Kind, Target};
use crate::messages::Text;
use crate::msg;

/// How long a signed request stays valid.
const SIGNED_FOR: Duration = Duration::from_secs(600);

pub struct S3 {
    agent: ureq::Agent,
    bucket: Bucket,
    creds: Credentials,
    target: String,
    prefix: String,
}

/// The environment variable holding a target's access key id.
pub fn key_env(target: &str) -> String {
    credentials::env_name(target).replacen("LOA_PASSWORD_", "LOA_ACCESS_KEY_", 1)
}

impl S3 {
    pub fn open(target: &Target, location: &str) -> Result<S3, Error> {
        let Kind::S3 { endpoint, bucket, region, path_style, .. } = &target.kind else {
            unreachable!("S3::open is given S3 targets")
        };
        let name = target.name.clone();
        let key = std::env::var(key_env(&name)).or_else(|_| std::env::var("AWS_ACCESS_KEY_ID")).ok();
        let (Some(key), Some(secret)) = (key.filter(|k| !k.is_empty()), credentials::secret(target)) else {
            return Err(Error::NoSecret {
                target: name.clone(),
                env: msg!("publish-no-s3-keys", key = key_env(&name), env = credentials::env_name(&name)).into(),
            });
        };
        let url = url::Url::parse(endpoint).map_err(|e| Error::Connect {
            target: name.clone(),
            address: endpoint.clone(),
            detail: Text::detail(e),
        })?;
        let style = if *path_style { UrlStyle::Path } else { UrlStyle::VirtualHost };
        let bucket = Bucket::new(url, style, bucket.clone(), region.clone()).map_err(|e| Error::Connect {
            target: name.clone(),
            address: endpoint.clone(),
            detail: Text::detail(e),
        })?;
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(300)))
            .build()
            .into();
        let s3 = S3 { agent, bucket, creds: Credentials::new(key, secret), target: name, prefix: location.to_string() };
        // One request checks the address, the keys and the bucket before anything is planned.
        s3.get(super::JOURNAL).map(|_| s3)
    }

    fn key(&self, path: &str) -> String {
        if self.prefix.is_empty() { path.to_string() } else { format!("{}/{path}", self.prefix) }
    }

    fn get(&self, path: &str) -> Result<Option<Vec<u8>>, Error> {
        let key = self.key(path);
        let url = self.bucket.get_object(Some(&self.creds), &key).sign(SIGNED_FOR);
        let mut resp = self.agent.get(url.as_str()).call().map_err(|e| self.net(e))?;
        let status = resp.status().as_u16();
        let body = resp.body_mut().with_config().limit(1 << 30).read_to_vec().map_err(|e| self.net(e))?;
        match status {
            200 => Ok(Some(body)),
            404 if code(&body) == "NoSuchKey" || code(&body).is_empty() => Ok(None),
            _ => Err(self.status(path, status, &body)),
        }
    }

    fn net(&self, e: ureq::Error) -> Error {
        Error::Connect {
            target: self.target.clone(),
            address: self.bucket.base_url().to_string(),
            detail: match &e {
                ureq::Error::Rustls(r) => super::error::tls_detail(r, self.bucket.base_url().host_str().unwrap_or(""))
                    .unwrap_or_else(|| Text::detail(&e)),
                ureq::Error::Io(io) => super::error::tls_detail(io, self.bucket.base_url().host_str().unwrap_or(""))
                    .unwrap_or_else(|| super::error::connect_detail(io)),
                ureq::Error::HostNotFound => msg!("publish-unknown-address").into(),
                ureq::Error::Timeout(_) => msg!("publish-timed-out").into(),
                _ => Text::detail(&e),
            },
        }
    }

    /// Classifies an S3 error answer (its XML `<Code>`).
    fn status(&self, path: &str, status: u16, body: &[u8]) -> Error {
        let (target, path) = (self.target.clone(), path.to_string());
        let code = code(body);
        match code.as_str() {
            "InvalidAccessKeyId" | "SignatureDoesNotMatch" => Error::Auth {
                target: target.clone(),
                user: "(access key)".into(),
                tried: vec![msg!(
                    "publish-tried-s3-keys",
                    key = key_env(&target),
                    env = credentials::env_name(&target)
                )],
                env: credentials::env_name(&target),
            },
            "AccessDenied" | "AllAccessDisabled" => Error::NoPermission { target, path },
            "QuotaExceeded" | "XMinioStorageFull" | "InsufficientStorage" | "EntityTooLarge" => {
                Error::NoSpace { target, path }
            }
            _ if status == 507 => Error::NoSpace { target, path },
            _ if status == 403 => Error::NoPermission { target, path },
            "NoSuchBucket" => {
                Error::Other { target, path, detail: msg!("publish-no-bucket", bucket = self.bucket.name()).into() }
            }
            _ => Error::Other { target, path, detail: Text::detail(format!("HTTP {status} {code}")) },
        }
    }

    fn check(&self, path: &str, resp: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Result<(), Error> {
        let mut resp = resp.map_err(|e| self.net(e))?;
        let status = resp.status().as_u16();
        if (200..300).contains(&status) {
            return Ok(());
        }
        let body = resp.body_mut().read_to_vec().unwrap_or_default();
        Err(self.status(path, status, &body))
    }
}

/// The `<Code>` of an S3 error document.
fn code(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    text.split_once("<Code>")
        .and_then(|(_, r)| r.split_once("</Code>"))
        .map(|(c, _)| c.trim().to_string())
        .unwrap_or_default()
}

/// The Content-Type of a file by its extension.
fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "atom" => "application/atom+xml",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "zip" => "application/zip",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    }
}

impl Transport for S3 {
    fn read(&mut self, path: &str) -> Result<Option<Vec<u8>>, Error> {
        self.get(path)
    }

    fn put(&mut self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        let key = self.key(path);
        let url = self.bucket.put_object(Some(&self.creds), &key).sign(SIGNED_FOR);
        let resp = self.agent.put(url.as_str()).header("content-type", content_type(path)).send(bytes);
        self.check(path, resp)
    }

    fn delete(&mut self, path: &str) -> Result<(), Error> {
        let key = self.key(path);
        let url = self.bucket.delete_object(Some(&self.creds), &key).sign(SIGNED_FOR);
        let resp = self.agent.delete(url.as_str()).call();
        self.check(path, resp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_and_types() {
        assert_eq!(code(b"<Error><Code>NoSuchKey</Code><Message>x</Message></Error>"), "NoSuchKey");
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("STYLE.CSS"), "text/css; charset=utf-8");
        assert_eq!(content_type("x"), "application/octet-stream");
    }
}
