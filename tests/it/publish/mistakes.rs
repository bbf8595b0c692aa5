//! The common mistakes of publishing, each against a real server, each
//! with the message a staff member needs: an unknown or changed host key,
//! a wrong key or password, no password at all, no permission, no space
//! left, a host without TLS; and the keyring as the password's home.

use super::servers;
use super::{build, publish, sftp_site, site_with};

#[test]
fn an_unknown_ssh_host_is_refused_with_its_fingerprint_until_trusted() {
    let server = servers::sshd(false);
    let site = sftp_site(&server, "");
    let known = server.dir.path().join("known_hosts");
    std::fs::remove_file(&known).unwrap();
    build(&site);
    let fp = servers::fingerprint(&server.dir.path().join("host.pub"));
    let r = publish(&site, &[], &[]);
    assert!(!r.ok, "{}", r.stderr);
    assert!(r.stderr.contains("is not known yet") && r.stderr.contains(&fp), "{}", r.stderr);
    assert!(r.stderr.contains(&format!("--trust-host {fp}")), "{}", r.stderr);
    assert!(!known.exists(), "nothing is trusted without asking");
    // Staff read it in Vietnamese by default.
    let r = publish(&site, &[], &[("LOA_LANG", "vi")]);
    assert!(
        r.stderr.contains("chưa được biết; dấu vân tay khóa của máy chủ là") && r.stderr.contains(&fp),
        "{}",
        r.stderr
    );
    // A fingerprint read wrong trusts nothing.
    let r = publish(&site, &["--trust-host", "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"], &[]);
    assert!(!r.ok && r.stderr.contains("does not match"), "{}", r.stderr);
    let r = publish(&site, &["--trust-host", &fp], &[]);
    assert!(r.ok, "{}", r.stderr);
    assert!(std::fs::read_to_string(&known).unwrap().contains(&format!("[127.0.0.1]:{}", server.port)));
    // From now on the host is known.
    assert!(publish(&site, &[], &[]).ok);
}

#[test]
fn a_changed_ssh_host_key_is_refused() {
    let server = servers::sshd(false);
    let site = sftp_site(&server, "");
    let other = server.dir.path().join("other");
    servers::ssh_key(&other);
    let pub_key = std::fs::read_to_string(other.with_extension("pub")).unwrap();
    let key = pub_key.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    std::fs::write(server.dir.path().join("known_hosts"), format!("[127.0.0.1]:{} {key}\n", server.port)).unwrap();
    build(&site);
    let r = publish(&site, &[], &[]);
    assert!(!r.ok, "{}", r.stderr);
    assert!(r.stderr.contains("is not the one recorded") && r.stderr.contains("line 1"), "{}", r.stderr);
    assert!(r.stderr.contains("impersonating"), "{}", r.stderr);
}

#[test]
fn a_wrong_ssh_key_or_password_is_refused_by_name() {
    let server = servers::sshd(false);
    let stranger = server.dir.path().join("stranger");
    servers::ssh_key(&stranger);
    let site = sftp_site(&server, "");
    let config = std::fs::read_to_string(site.path("loa.yaml")).unwrap();
    let client = format!("{}/client", server.dir.path().display());
    site.write("loa.yaml", &config.replace(&client, &stranger.display().to_string()));
    build(&site);
    let r = publish(&site, &[], &[]);
    assert!(!r.ok && r.stderr.contains("refused to log in"), "{}", r.stderr);
    // No key at all, a wrong password from the environment.
    let key_line = format!("      key_file: {}\n", stranger.display());
    site.write("loa.yaml", &std::fs::read_to_string(site.path("loa.yaml")).unwrap().replace(&key_line, ""));
    let r = publish(&site, &[], &[]);
    assert!(!r.ok && r.stderr.contains("no password for the target `may-chu`"), "{}", r.stderr);
    assert!(r.stderr.contains("LOA_PASSWORD_MAY_CHU"), "{}", r.stderr);
    let r = publish(&site, &[], &[("LOA_PASSWORD_MAY_CHU", "not-the-password")]);
    assert!(!r.ok && r.stderr.contains("wrong password or key"), "{}", r.stderr);
}

#[test]
fn no_permission_on_the_host_says_so_and_changes_nothing() {
    let server = servers::sshd(true);
    let site = sftp_site(&server, "");
    build(&site);
    let r = publish(&site, &[], &[]);
    assert!(!r.ok, "{}", r.stderr);
    assert!(r.stderr.contains("no permission to write"), "{}", r.stderr);
}

#[test]
fn ftps_wrong_password_no_space_and_a_host_without_tls() {
    let server = servers::ftps("mat-khau", &["--quota", "1"]);
    let site = site_with(&format!(
        "  hosting:\n    ftp:\n      host: 127.0.0.1\n      port: {}\n      user: staff\n      dir: '{{portal}}'\n      certificate: {}/ca.pem\n",
        server.port,
        server.dir.path().display()
    ));
    build(&site);
    // Without its certificate, the test CA is unknown: said in Vietnamese,
    // not in the TLS library's English ("invalid peer certificate: UnknownIssuer").
    let config = std::fs::read_to_string(site.path("loa.yaml")).unwrap();
    let line = format!("      certificate: {}/ca.pem\n", server.dir.path().display());
    site.write("loa.yaml", &config.replace(&line, ""));
    let r = publish(&site, &[], &[("LOA_PASSWORD_HOSTING", "mat-khau"), ("LOA_LANG", "vi")]);
    assert!(
        !r.ok && r.stderr.contains("tới nơi xuất bản `hosting`: chứng chỉ của máy chủ không do một tổ chức cấp chứng chỉ được công nhận cấp"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("UnknownIssuer"), "{}", r.stderr);
    site.write("loa.yaml", &config);
    let r = publish(&site, &[], &[("LOA_PASSWORD_HOSTING", "sai")]);
    assert!(!r.ok && r.stderr.contains("refused to log in `staff`"), "{}", r.stderr);
    // The quota lets one file in, then the server says the disk is full.
    let r = publish(&site, &[], &[("LOA_PASSWORD_HOSTING", "mat-khau")]);
    assert!(!r.ok && r.stderr.contains("no space left on the target `hosting`"), "{}", r.stderr);
    assert!(!server.dir.path().join("www/main").join(super::MANIFEST).exists());

    // A host offering only plain FTP: refused, unless loa.yaml says so in words.
    let plain = servers::ftps("mat-khau", &["--plain"]);
    let config = std::fs::read_to_string(site.path("loa.yaml")).unwrap();
    site.write("loa.yaml", &config.replace(&format!("port: {}", server.port), &format!("port: {}", plain.port)));
    let r = publish(&site, &[], &[("LOA_PASSWORD_HOSTING", "mat-khau")]);
    assert!(!r.ok && r.stderr.contains("could not open an encrypted (TLS) connection"), "{}", r.stderr);
    let config = std::fs::read_to_string(site.path("loa.yaml")).unwrap();
    site.write("loa.yaml", &format!("{config}      encryption: none\n"));
    let r = publish(&site, &[], &[("LOA_PASSWORD_HOSTING", "mat-khau")]);
    assert!(r.ok, "{}", r.stderr);
    assert!(plain.dir.path().join("www/main/index.html").exists());
}

/// The password saved with `--save-password` in the system keyring is
/// used by the next publish. The kernel keyring lives in a login session:
/// `keyctl session` gives both runs one, as a desktop login does.
#[test]
fn a_password_saved_in_the_keyring_is_used() {
    let server = servers::ftps("tu-khoa", &[]);
    let name = format!("kr-{}", server.port);
    let site = site_with(&format!(
        "  {name}:\n    ftp:\n      host: 127.0.0.1\n      port: {}\n      user: staff\n      dir: '{{portal}}'\n      certificate: {}/ca.pem\n",
        server.port,
        server.dir.path().display()
    ));
    build(&site);
    let script = r#"printf 'tu-khoa\n' | "$0" publish --save-password --root "$1" && "$0" publish --root "$1""#;
    let out = std::process::Command::new("keyctl")
        .args(["session", "-", "sh", "-c", script, env!("CARGO_BIN_EXE_loa")])
        .arg(site.root())
        .env("HOME", site.path("home"))
        .env("LOA_LANG", "en")
        .env_remove("LOA_NO_KEYRING")
        .output()
        .expect("keyctl (run scripts/setup-test-deps)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("saved the password") && stderr.contains("sent "), "{stderr}");
    assert!(server.dir.path().join("www/main/index.html").exists());
}

/// An empty password (Enter pressed at once, or nothing on standard input)
/// is refused before the keyring is asked, in Vietnamese, saying how to
/// type one; a password the keyring refuses (longer than the kernel's
/// 32 767 bytes) is told in the catalogue's words, not the keyring's.
#[test]
fn an_empty_or_refused_password_is_told_in_vietnamese() {
    let site = site_with("  hosting:\n    ftp:\n      host: ftp.example.vn\n      user: u\n      dir: '{portal}'\n");
    let r = publish(&site, &["--save-password"], &[("LOA_LANG", "vi"), ("LOA_NO_KEYRING", "")]);
    assert!(!r.ok, "{}", r.stderr);
    assert!(r.stderr.contains("lỗi: chưa lưu gì cho `hosting`: mật khẩu để trống"), "{}", r.stderr);
    assert!(r.stderr.contains("chạy lại `loa publish --target hosting --save-password`, gõ mật khẩu"), "{}", r.stderr);
    assert!(!r.stderr.contains("invalid") && !r.stderr.contains("kho mật khẩu của hệ thống:"), "{}", r.stderr);
    let script = r#"head -c 40000 /dev/zero | tr '\0' x | "$0" publish --save-password --root "$1""#;
    let out = std::process::Command::new("keyctl")
        .args(["session", "-", "sh", "-c", script, env!("CARGO_BIN_EXE_loa")])
        .arg(site.root())
        .env("LOA_LANG", "vi")
        .env_remove("LOA_NO_KEYRING")
        .output()
        .expect("keyctl (run scripts/setup-test-deps)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "không lưu được mật khẩu của `hosting` vào kho mật khẩu của hệ thống: kho mật khẩu không nhận mật khẩu này"
        ),
        "{stderr}"
    );
}

#[test]
fn a_site_not_built_or_changed_after_the_build_is_not_published() {
    let out = tempfile::tempdir().unwrap();
    let site = site_with(&format!("  thu-muc:\n    folder: {}/{{portal}}\n", out.path().display()));
    let r = publish(&site, &[], &[]);
    assert!(!r.ok && r.stderr.contains("the portal `main` is not built"), "{}", r.stderr);
    assert!(r.stderr.contains("run `loa build` first"), "{}", r.stderr);
    build(&site);
    std::fs::write(site.path("public/main/index.html"), "edited by hand").unwrap();
    let r = publish(&site, &[], &[]);
    assert!(!r.ok && r.stderr.contains("is not the file the last build wrote"), "{}", r.stderr);
    assert!(!out.path().join("main/index.html").exists(), "the home page goes last: nothing reached it");
}

#[test]
fn unknown_targets_and_portals_get_a_did_you_mean() {
    let site = site_with("  thu-muc:\n    folder: /nowhere/{portal}\n");
    let r = publish(&site, &["--target", "thu-mux"], &[]);
    assert!(!r.ok && r.stderr.contains("no publishing target `thu-mux`"), "{}", r.stderr);
    assert!(r.stderr.contains("did you mean `thu-muc`?"), "{}", r.stderr);
    let r = publish(&site, &["--portal", "mian"], &[]);
    assert!(!r.ok && r.stderr.contains("did you mean `main`?"), "{}", r.stderr);
}

#[test]
fn a_password_in_loa_yaml_is_refused_where_it_is_written() {
    let site = site_with(
        "  hosting:\n    ftp:\n      host: ftp.example.vn\n      user: u\n      dir: '{portal}'\n      password: bi-mat\n",
    );
    let r = publish(&site, &[], &[]);
    assert!(!r.ok, "{}", r.stderr);
    assert!(r.stderr.contains("loa.yaml:11:7: error: a password is written in loa.yaml"), "{}", r.stderr);
    assert!(r.stderr.contains("LOA_PASSWORD_HOSTING"), "{}", r.stderr);
    assert!(!r.stderr.contains("bi-mat"), "the password is not repeated: {}", r.stderr);
}
