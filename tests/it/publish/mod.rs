//! `loa publish` against real targets on 127.0.0.1: a folder, a .zip,
//! OpenSSH (SFTP), an FTP server with TLS and an S3-compatible server. Each
//! target goes through the same story: publish the site, publish again
//! (nothing travels), change a page (only the changed files travel, as the
//! manifests count them), delete a page, interrupt a publish and resume it.
//! Then the common mistakes, each with its message.

mod mistakes;
pub mod servers;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::harness::Site;
use servers::Server;

const JOURNAL: &str = ".loa-publish-journal.json";
const MANIFEST: &str = ".loa-manifest.json";

struct Run {
    ok: bool,
    stderr: String,
}

/// Runs `loa publish ARGS --root SITE` with a HOME of its own (no SSH keys,
/// agent or known_hosts of the machine), the keyring off unless `env` turns
/// it on, and `env` set.
fn publish(site: &Site, args: &[&str], env: &[(&str, &str)]) -> Run {
    let home = site.path("home");
    std::fs::create_dir_all(&home).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_loa"));
    cmd.arg("publish").args(args).arg("--root").arg(site.root());
    cmd.env("HOME", &home)
        .env("NO_COLOR", "1")
        .env("LOA_LANG", "en")
        .env_remove("SSH_AUTH_SOCK")
        .env("LOA_NO_KEYRING", "1");
    for (k, v) in env {
        if v.is_empty() {
            cmd.env_remove(k)
        } else {
            cmd.env(k, v)
        };
    }
    let out = cmd.stdin(Stdio::null()).output().unwrap();
    Run { ok: out.status.success(), stderr: String::from_utf8_lossy(&out.stderr).into_owned() }
}

/// The number before `word` in "sent 3 file(s)" / "deleted 1 file(s)".
fn count(stderr: &str, word: &str) -> usize {
    let at = stderr.find(&format!("{word} ")).unwrap_or_else(|| panic!("no `{word}` in:\n{stderr}"));
    let rest = &stderr[at + word.len() + 1..];
    rest.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("no count in:\n{stderr}"))
}

/// Every file under `dir`, by `/`-separated relative path.
fn files_in(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir).into_iter().flatten().filter(|e| e.file_type().is_file()) {
        let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
        out.insert(rel, std::fs::read(e.path()).unwrap());
    }
    out
}

/// The built portal (`public/main`), the manifest included.
fn built(site: &Site) -> BTreeMap<String, Vec<u8>> {
    files_in(&site.path("public/main"))
}

fn manifest_entries(site: &Site) -> BTreeMap<String, serde_json::Value> {
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.path("public/main").join(MANIFEST)).unwrap()).unwrap();
    m["files"].as_object().unwrap().clone().into_iter().collect()
}

/// Files changed and removed between two manifests.
fn diff(before: &BTreeMap<String, serde_json::Value>, after: &BTreeMap<String, serde_json::Value>) -> (usize, usize) {
    let changed = after.iter().filter(|(p, e)| before.get(*p) != Some(e)).count();
    let removed = before.keys().filter(|p| !after.contains_key(*p)).count();
    (changed, removed)
}

fn build(site: &Site) {
    site.build(&[]);
}

/// A copy of the publish fixture with `publish:` set to `targets` (YAML).
fn site_with(targets: &str) -> Site {
    let site = Site::fixture("publish");
    let config = std::fs::read_to_string(site.path("loa.yaml")).unwrap();
    site.write("loa.yaml", &format!("{config}publish:\n{targets}"));
    site
}

/// The story every target goes through; `remote()` lists what the target
/// holds, `resumable` is false for the zip (written whole at the end).
fn story(site: &Site, env: &[(&str, &str)], remote: &dyn Fn() -> BTreeMap<String, Vec<u8>>, resumable: bool) {
    build(site);
    let total = built(site).len() - 1;
    let same_as_built = |when: &str| {
        let r = remote();
        assert!(!r.keys().any(|k| k.contains(".loa-tmp")), "{when}: temporary files left: {:?}", r.keys());
        assert!(!r.contains_key(JOURNAL), "{when}: the journal was left");
        assert_eq!(r.keys().collect::<Vec<_>>(), built(site).keys().collect::<Vec<_>>(), "{when}");
        assert!(r == built(site), "{when}: a file differs");
    };

    // 1. The first publish sends everything.
    let r = publish(site, &[], env);
    assert!(r.ok, "{}", r.stderr);
    assert_eq!(count(&r.stderr, "sent"), total, "{}", r.stderr);
    same_as_built("first publish");
    let r = publish(site, &[], env);
    assert!(r.ok && r.stderr.contains("up to date"), "{}", r.stderr);

    // 2. A changed page: only the files whose bytes changed travel.
    let before = manifest_entries(site);
    site.edit("content/tin-tuc/phat-loa.md", "6 giờ", "5 giờ 30");
    build(site);
    let (changed, _) = diff(&before, &manifest_entries(site));
    assert!(changed >= 1 && changed < total, "{changed} of {total}");
    let dry = publish(site, &["--dry-run"], env);
    assert!(dry.ok && dry.stderr.contains("~ tin-tuc/lich-phat-loa-thang-11/index.html"), "{}", dry.stderr);
    let r = publish(site, &[], env);
    assert!(r.ok, "{}", r.stderr);
    assert_eq!((count(&r.stderr, "sent"), count(&r.stderr, "deleted")), (changed, 0), "{}", r.stderr);
    same_as_built("after a change");

    // 3. A deleted page is deleted on the target.
    let before = manifest_entries(site);
    std::fs::remove_file(site.path("content/tin-tuc/ve-sinh.md")).unwrap();
    build(site);
    let (changed, removed) = diff(&before, &manifest_entries(site));
    assert!(removed >= 1);
    let r = publish(site, &[], env);
    assert!(r.ok, "{}", r.stderr);
    assert_eq!((count(&r.stderr, "sent"), count(&r.stderr, "deleted")), (changed, removed), "{}", r.stderr);
    assert!(!remote().contains_key("tin-tuc/tong-ve-sinh-cuoi-tuan/index.html"));
    same_as_built("after a deletion");

    // 4. Interrupted after one file, then resumed; meanwhile the target
    // serves no link to a file that is not there (a new page, linked from
    // the listing and the home page, goes up first).
    let before = manifest_entries(site);
    site.edit("content/tin-tuc/hop-dan/index.md", "năm 2027", "năm 2027 và 2028");
    site.edit("content/van-ban/ke-hoach-5.md", "năm 2026", "năm 2026 (sửa đổi)");
    site.write("content/tin-tuc/moi.md", "---\ntitle: Thông báo mới\ndate: 2026-11-20\n---\nThông báo.\n");
    build(site);
    let (changed, _) = diff(&before, &manifest_entries(site));
    assert!(changed >= 3, "{changed}");
    let old_manifest = remote()[MANIFEST].clone();
    let mut interrupt = env.to_vec();
    interrupt.push(("LOA_TEST_INTERRUPT_AFTER", "1"));
    let r = publish(site, &[], &interrupt);
    assert!(!r.ok && r.stderr.contains("interrupted after 1 file(s)"), "{}", r.stderr);
    assert_eq!(remote()[MANIFEST], old_manifest, "the manifest goes last");
    assert_links_resolve(&remote(), &built(site));
    assert_eq!(remote().contains_key(JOURNAL), resumable);
    let r = publish(site, &[], env);
    assert!(r.ok, "{}", r.stderr);
    let expected = if resumable { changed - 1 } else { changed };
    assert_eq!(count(&r.stderr, "sent"), expected, "{}", r.stderr);
    assert_eq!(r.stderr.contains("continued the interrupted publish"), resumable, "{}", r.stderr);
    same_as_built("after resuming");
}

/// Every link of every page on the target that points into the site leads
/// to a file the target has.
fn assert_links_resolve(remote: &BTreeMap<String, Vec<u8>>, site: &BTreeMap<String, Vec<u8>>) {
    for (path, bytes) in remote.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        for link in loa::publish::plan::links_in(path, &html, "/") {
            if site.contains_key(&link) {
                assert!(remote.contains_key(&link), "{path} links to {link}, not on the target yet");
            }
        }
    }
}

#[test]
fn the_build_writes_the_same_manifest_for_the_same_site_listing_every_file() {
    let site = Site::fixture("publish");
    build(&site);
    let first = std::fs::read(site.path("public/main").join(MANIFEST)).unwrap();
    let files: Vec<String> = built(&site).into_keys().filter(|k| k != MANIFEST).collect();
    let listed: Vec<String> = manifest_entries(&site).into_keys().collect();
    assert_eq!(listed, files);
    build(&site);
    assert_eq!(std::fs::read(site.path("public/main").join(MANIFEST)).unwrap(), first);
}

#[test]
fn files_the_site_did_not_publish_are_never_deleted() {
    let out = tempfile::tempdir().unwrap();
    let site = site_with(&format!("  thu-muc:\n    folder: {}/{{portal}}\n", out.path().display()));
    build(&site);
    // A file the hosting put there, and a manifest naming a file outside the portal's folder.
    std::fs::create_dir_all(out.path().join("main")).unwrap();
    std::fs::write(out.path().join("main/google123.html"), "verification").unwrap();
    std::fs::write(out.path().join("outside.html"), "not ours").unwrap();
    let forged = r#"{"format":"loa-manifest/1","files":{"../outside.html":{"size":8,"hash":"0"},"google123.html.old":{"size":1,"hash":"0"}}}"#;
    std::fs::write(out.path().join("main").join(MANIFEST), forged).unwrap();
    let r = publish(&site, &[], &[]);
    assert!(r.ok, "{}", r.stderr);
    assert!(out.path().join("outside.html").exists());
    assert!(out.path().join("main/google123.html").exists());
    std::fs::remove_file(site.path("content/tin-tuc/ve-sinh.md")).unwrap();
    build(&site);
    assert!(publish(&site, &[], &[]).ok);
    assert!(out.path().join("main/google123.html").exists());
    assert!(!out.path().join("main/tin-tuc/tong-ve-sinh-cuoi-tuan/index.html").exists());
}

#[test]
fn folder_target() {
    let out = tempfile::tempdir().unwrap();
    let site = site_with(&format!("  thu-muc:\n    folder: {}/{{portal}}\n", out.path().display()));
    story(&site, &[], &|| files_in(&out.path().join("main")), true);
}

#[test]
fn zip_target_is_the_whole_site_opened_and_compared() {
    let site = site_with("  goi:\n    zip: ../xuat-ban/{portal}.zip\n");
    let zip_path = site.root().parent().unwrap().join("xuat-ban/main.zip");
    let _cleanup = Cleanup(zip_path.parent().unwrap().to_path_buf());
    let read = || {
        let mut out = BTreeMap::new();
        let Ok(f) = std::fs::File::open(&zip_path) else { return out };
        let mut z = zip::ZipArchive::new(f).unwrap();
        for i in 0..z.len() {
            let mut e = z.by_index(i).unwrap();
            let mut b = Vec::new();
            std::io::Read::read_to_end(&mut e, &mut b).unwrap();
            out.insert(e.name().unwrap().to_string(), b);
        }
        out
    };
    story(&site, &[], &read, false);
}

/// Removes a folder when dropped.
struct Cleanup(std::path::PathBuf);

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A site publishing to `server` by SFTP with the client key, the host trusted.
fn sftp_site(server: &Server, extra: &str) -> Site {
    let d = server.dir.path();
    let site = site_with(&format!(
        "  may-chu:\n    sftp:\n      host: 127.0.0.1\n      port: {}\n      user: {}\n      dir: {}/www/{{portal}}\n      key_file: {}/client\n      known_hosts: {}/known_hosts\n{extra}",
        server.port,
        servers::user(),
        d.display(),
        d.display(),
        d.display()
    ));
    let host_key = std::fs::read_to_string(d.join("host.pub")).unwrap();
    let key = host_key.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    std::fs::write(d.join("known_hosts"), format!("[127.0.0.1]:{} {key}\n", server.port)).unwrap();
    site
}

#[test]
fn sftp_target_on_openssh() {
    let server = servers::sshd(false);
    let site = sftp_site(&server, "");
    // An attachment of many SFTP write requests, sent several at a time.
    let big: Vec<u8> = (0..700_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(site.path("content/tin-tuc/hop-dan/bao-cao.pdf"), big).unwrap();
    let www = server.dir.path().join("www/main");
    story(&site, &[], &|| files_in(&www), true);
    assert_eq!(std::fs::metadata(www.join("tin-tuc/hop-dan-to-5/bao-cao.pdf")).unwrap().len(), 700_000);
}

#[test]
fn ftps_target_with_explicit_tls() {
    let server = servers::ftps("mat-khau", &[]);
    let site = site_with(&format!(
        "  hosting:\n    ftp:\n      host: 127.0.0.1\n      port: {}\n      user: staff\n      dir: '{{portal}}'\n      certificate: {}/ca.pem\n",
        server.port,
        server.dir.path().display()
    ));
    let www = server.dir.path().join("www/main");
    story(&site, &[("LOA_PASSWORD_HOSTING", "mat-khau")], &|| files_in(&www), true);
}

#[test]
fn s3_target_on_an_s3_compatible_server() {
    let server = servers::s3();
    let site = site_with(&format!(
        "  kho:\n    s3:\n      endpoint: http://127.0.0.1:{}\n      bucket: bucket\n      prefix: cong/{{portal}}\n",
        server.port
    ));
    let env = [("LOA_ACCESS_KEY_KHO", "test-key"), ("LOA_PASSWORD_KHO", "test-secret")];
    let dump = || {
        let d = tempfile::tempdir().unwrap();
        servers::s3_tool(&server, &["dump", &d.path().display().to_string()]);
        let mut all = files_in(&d.path().join("cong/main"));
        let types: BTreeMap<String, Vec<u8>> =
            all.clone().into_iter().filter(|(k, _)| k.ends_with(".content-type")).collect();
        if let Some(t) = types.get("index.html.content-type") {
            assert_eq!(String::from_utf8_lossy(t), "text/html; charset=utf-8");
        }
        all.retain(|k, _| !k.ends_with(".content-type"));
        all
    };
    story(&site, &env, &dump, true);
}

#[test]
fn each_portal_goes_to_its_own_place_and_only_to_the_targets_that_name_it() {
    let out = tempfile::tempdir().unwrap();
    let site = Site::fixture("publish");
    site.write(
        "loa.yaml",
        &format!(
            "title: Hai cổng\nbase_url: https://example.gov.vn/\nportals:\n  - id: phuong-a\n  - id: phuong-b\n\
             publish:\n  chung:\n    folder: {d}/chung/{{portal}}\n  rieng:\n    portals: [phuong-b]\n    folder: {d}/rieng\n",
            d = out.path().display()
        ),
    );
    build(&site);
    let r = publish(&site, &[], &[]);
    assert!(r.ok, "{}", r.stderr);
    for p in ["phuong-a", "phuong-b"] {
        assert_eq!(files_in(&out.path().join("chung").join(p)), files_in(&site.path("public").join(p)));
    }
    assert_eq!(files_in(&out.path().join("rieng")), files_in(&site.path("public/phuong-b")));
    let r = publish(&site, &["--portal", "phuong-a", "--dry-run"], &[]);
    assert!(r.ok && r.stderr.contains("phuong-a → chung") && !r.stderr.contains("rieng"), "{}", r.stderr);
}
