//! Examples of `loa publish` against a real server on 127.0.0.1, started
//! with the publish tests' helpers (crate::publish::servers): the example's
//! `may-chu` file names it, `sftp` or `ftps`, and how it behaves
//! (`chi-doc`: it refuses every write; `het-cho`: its disk fills up after
//! one file; `khong-tls`: plain FTP only). The site's text files name the
//! server by placeholders, replaced before the run: `@CONG@` (its port),
//! `@THU_MUC@` (its folder), `@NGUOI_DUNG@` (the user sshd logs in), `@KHOA_MAY_CHU@` (sshd's host key,
//! for a `known_hosts` that trusts it). For SFTP the staff member's key is in
//! `~/.ssh/id_ed25519` (HOME is the site's `home/`); the FTPS server's
//! password is `mat-khau`, its certificate `@THU_MUC@/ca.pem`. In the doc,
//! what changes from run to run (port, folders, user, host key) is shown as
//! the stable values of [`SHOWN`].

use std::path::PathBuf;

use crate::harness::Site;
use crate::publish::servers::{self, Server};

/// How the doc shows the port, the server's folder, the user sshd logs in
/// as, the host key's fingerprint, and the home folder.
const SHOWN: Shown = Shown {
    port: "2222",
    dir: "/var/www",
    user: "phuong",
    fingerprint: "SHA256:q4V0n7Kc2mXbT9sLwE5yHd1RjPf8aGzU3oNiB6tCe0M",
    home: "~",
};

struct Shown {
    port: &'static str,
    dir: &'static str,
    user: &'static str,
    fingerprint: &'static str,
    home: &'static str,
}

/// A server started for an example, stopped when dropped.
pub struct Started {
    server: Server,
    /// The user sshd logs in (the user the tests run as), for SFTP.
    user: Option<String>,
    fingerprint: Option<String>,
    home: PathBuf,
}

/// Starts the server the site's `may-chu` file asks for (none without
/// one) and writes its port and folder into the site's text files.
pub fn start(site: &Site) -> Option<Started> {
    let asked = std::fs::read_to_string(site.path("may-chu")).ok()?;
    std::fs::remove_file(site.path("may-chu")).unwrap();
    let mut words = asked.split_whitespace();
    let kind = words.next().expect("`sftp` or `ftps` in may-chu");
    let flags: Vec<&str> = words.collect();
    let home = site.path("home");
    let started = match kind {
        "sftp" => {
            let server = servers::sshd(flags.contains(&"chi-doc"));
            let ssh = home.join(".ssh");
            std::fs::create_dir_all(&ssh).unwrap();
            std::fs::copy(server.dir.path().join("client"), ssh.join("id_ed25519")).unwrap();
            let fingerprint = Some(servers::fingerprint(&server.dir.path().join("host.pub")));
            Started { server, user: Some(servers::user()), fingerprint, home }
        }
        "ftps" => {
            let mut args = Vec::new();
            for f in &flags {
                args.extend_from_slice(match *f {
                    "chi-doc" => &["--read-only"][..],
                    "het-cho" => &["--quota", "1"],
                    "khong-tls" => &["--plain"],
                    other => panic!("may-chu: no server behaviour `{other}`"),
                });
            }
            Started { server: servers::ftps("mat-khau", &args), user: None, fingerprint: None, home }
        }
        other => panic!("may-chu: no server `{other}` (sftp, ftps)"),
    };
    let (port, dir) = (started.server.port.to_string(), started.server.dir.path().display().to_string());
    let user = started.user.clone().unwrap_or_default();
    let host_key = std::fs::read_to_string(started.server.dir.path().join("host.pub"))
        .map(|k| k.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    for e in walkdir::WalkDir::new(site.root()).into_iter().flatten().filter(|e| e.file_type().is_file()) {
        if let Ok(text) = std::fs::read_to_string(e.path())
            && text.contains('@')
        {
            std::fs::write(
                e.path(),
                text.replace("@CONG@", &port)
                    .replace("@THU_MUC@", &dir)
                    .replace("@NGUOI_DUNG@", &user)
                    .replace("@KHOA_MAY_CHU@", &host_key),
            )
            .unwrap();
        }
    }
    Some(started)
}

impl Started {
    /// The environment of a run against the server: the site's `home/` as
    /// HOME, no SSH agent of this machine.
    pub fn env(&self) -> Vec<(String, Option<String>)> {
        vec![("HOME".into(), Some(self.home.display().to_string())), ("SSH_AUTH_SOCK".into(), None)]
    }

    /// `printed` with the values of this run replaced by the doc's.
    pub fn shown(&self, printed: &str) -> String {
        let mut out = printed
            .replace(&self.home.display().to_string(), SHOWN.home)
            .replace(&self.server.dir.path().display().to_string(), SHOWN.dir)
            .replace(&format!(":{}", self.server.port), &format!(":{}", SHOWN.port));
        if let Some(u) = &self.user {
            out = out
                .replace(&format!("`{u}`"), &format!("`{}`", SHOWN.user))
                .replace(&format!("{u}@"), &format!("{}@", SHOWN.user));
        }
        if let Some(f) = &self.fingerprint {
            out = out.replace(f, SHOWN.fingerprint);
        }
        out
    }
}
