//! Real servers for the publish tests, each started on 127.0.0.1 at a free
//! port and stopped when dropped: OpenSSH's sshd (SFTP) with throw-away
//! keys, an FTP server with TLS (pyftpdlib) with a throw-away certificate
//! authority, and an S3-compatible server (moto in server mode). What they
//! need is installed by scripts/setup-test-deps.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A server process, killed when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
    /// The server's scratch folder (keys, config, served files).
    pub dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port nobody listens on now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wait_for(port: u16, child: &mut Child, what: &str) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut e, &mut err);
            }
            panic!("{what} exited ({status}): {err}");
        }
        assert!(start.elapsed() < Duration::from_secs(30), "{what} did not listen on {port} in 30 s");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e} (run scripts/setup-test-deps)"));
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// A new ed25519 key pair at `path` (and `path.pub`).
pub fn ssh_key(path: &Path) {
    run(Command::new("ssh-keygen").args(["-q", "-t", "ed25519", "-N", "", "-C", "loa-test", "-f"]).arg(path));
}

/// The SHA256 fingerprint of a public key file, as `ssh-keygen -l` shows it.
pub fn fingerprint(pub_key: &Path) -> String {
    let out = Command::new("ssh-keygen").arg("-lf").arg(pub_key).output().unwrap();
    String::from_utf8_lossy(&out.stdout).split_whitespace().nth(1).unwrap().to_string()
}

/// The user the tests run as (sshd logs in as this user).
pub fn user() -> String {
    let out = Command::new("id").arg("-un").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// OpenSSH's sshd with its own host key, accepting the client key
/// `dir/client` (made here); files are served from the real file system.
/// With `read_only`, the SFTP service refuses every write.
pub fn sshd(read_only: bool) -> Server {
    let dir = tempfile::Builder::new().prefix("loa-sshd-").tempdir().unwrap();
    let d = dir.path();
    ssh_key(&d.join("host"));
    ssh_key(&d.join("client"));
    std::fs::copy(d.join("client.pub"), d.join("authorized_keys")).unwrap();
    // sshd insists on its privilege separation folder.
    let _ = std::fs::create_dir_all("/run/sshd");
    let port = free_port();
    let config = format!(
        "Port {port}\nListenAddress 127.0.0.1\nHostKey {d}/host\nPidFile {d}/sshd.pid\nAuthorizedKeysFile {d}/authorized_keys\n\
         StrictModes no\nUsePAM no\nPermitRootLogin yes\nPasswordAuthentication yes\nKbdInteractiveAuthentication no\n\
         Subsystem sftp internal-sftp{}\nLogLevel ERROR\n",
        if read_only { " -R" } else { "" },
        d = d.display()
    );
    std::fs::write(d.join("sshd_config"), config).unwrap();
    let mut child = Command::new("/usr/sbin/sshd")
        .args(["-D", "-e", "-f"])
        .arg(d.join("sshd_config"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start /usr/sbin/sshd (run scripts/setup-test-deps)");
    wait_for(port, &mut child, "sshd");
    Server { child, port, dir }
}

/// The Python of the test servers' virtual environment.
fn python() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/.venv-publish/bin/python");
    assert!(p.exists(), "{} is missing: run scripts/setup-test-deps", p.display());
    p
}

/// A certificate authority `dir/ca.pem` and a certificate for 127.0.0.1
/// signed by it (`dir/server.pem`, `dir/server.key`).
pub fn tls_certificates(d: &Path) {
    let openssl = |args: &[&str]| run(Command::new("openssl").args(args).current_dir(d));
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=loa test CA",
    ]);
    openssl(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=127.0.0.1",
    ]);
    std::fs::write(d.join("san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n")
        .unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "san.ext",
    ]);
}

/// An FTP server requiring TLS (pyftpdlib), user `staff` with `password`,
/// serving `dir/www`. `flags`: `--read-only`, `--quota BYTES`, `--plain`.
pub fn ftps(password: &str, flags: &[&str]) -> Server {
    let dir = tempfile::Builder::new().prefix("loa-ftps-").tempdir().unwrap();
    let d = dir.path();
    tls_certificates(d);
    std::fs::create_dir_all(d.join("www")).unwrap();
    let port = free_port();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/servers/ftps.py");
    let mut child = Command::new(python())
        .arg(script)
        .arg(port.to_string())
        .arg(d.join("www"))
        .args(["staff", password])
        .arg(d.join("server.pem"))
        .arg(d.join("server.key"))
        .args(flags)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for(port, &mut child, "the FTPS server");
    Server { child, port, dir }
}

/// moto's S3 server, with the bucket `bucket` created.
pub fn s3() -> Server {
    let dir = tempfile::Builder::new().prefix("loa-s3-").tempdir().unwrap();
    let port = free_port();
    let moto = python().with_file_name("moto_server");
    let mut child = Command::new(moto)
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for(port, &mut child, "moto_server");
    let server = Server { child, port, dir };
    s3_tool(&server, &["mkbucket"]);
    server
}

/// Runs tests/servers/s3.py against the server: `mkbucket` or `dump DIR`.
pub fn s3_tool(server: &Server, args: &[&str]) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/servers/s3.py");
    run(Command::new(python()).arg(script).arg(format!("http://127.0.0.1:{}", server.port)).arg("bucket").args(args));
}
