//! The output folder (issue 11, points 2 and 5): `--output` never replaces
//! the site's sources or a folder loa did not make; two builds of one
//! output wait for each other; a build killed at any step of its swap
//! leaves a whole site published; a failed build says truthfully whether
//! the published folder changed.

use std::process::{Command, Stdio};

use crate::harness::Site;

#[test]
fn output_into_the_sources_is_refused_and_nothing_is_touched() {
    let site = Site::fixture("basic");
    let before = site.tree("content");
    let other = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(site.path("static"), other.path().join("link-to-static")).unwrap();
    let cases = [
        ("content".to_string(), "`content` folder"),
        (site.path("public/../content/van-ban").display().to_string(), "`content` folder"),
        (site.path("static").display().to_string(), "`static` folder"),
        (other.path().join("link-to-static").display().to_string(), "`static` folder"),
        (site.root().parent().unwrap().display().to_string(), "holds the site itself"),
    ];
    for (out, why) in cases {
        let out = if out == "content" { site.path("content").display().to_string() } else { out };
        let r = site.run(&["build", "--output", &out]);
        assert_eq!(r.status.code(), Some(1), "{out}: {}", r.stderr);
        assert!(r.stderr.contains("refusing to build into") && r.stderr.contains(why), "{out}: {}", r.stderr);
        assert!(r.stderr.contains("help: build into a folder of its own"), "{}", r.stderr);
    }
    assert_eq!(site.tree("content"), before);
    assert!(site.path("static/extra.css").exists());
}

#[test]
fn an_existing_folder_loa_did_not_make_is_refused_a_new_one_is_marked() {
    let site = Site::fixture("basic");
    site.write("tai-lieu/bao-cao.odt", "not a site");
    let out = site.path("tai-lieu").display().to_string();
    let r = site.run(&["build", "--output", &out]);
    assert_eq!(r.status.code(), Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("a folder loa did not make"), "{}", r.stderr);
    assert!(r.stderr.contains("published folder was not changed"), "{}", r.stderr);
    assert!(site.path("tai-lieu/bao-cao.odt").exists());

    let out = site.path("ban-dung").display().to_string();
    site.build(&["--output", &out]);
    assert!(site.path("ban-dung/.loa-output").is_file());
    assert!(site.path("ban-dung/main/index.html").is_file());
    site.build(&["--output", &out]);
    // A portal alone goes into the marked folder too.
    site.build(&["--output", &out, "--portal", "main"]);
    assert!(site.path("ban-dung/main/index.html").is_file());
}

#[test]
fn a_symlinked_output_stays_a_link_to_the_new_site() {
    let site = Site::fixture("basic");
    let web = tempfile::tempdir().unwrap();
    let www = web.path().join("www");
    std::fs::create_dir(&www).unwrap();
    std::os::unix::fs::symlink(&www, site.path("public")).unwrap();
    site.build(&[]);
    site.build(&[]);
    assert!(std::fs::symlink_metadata(site.path("public")).unwrap().file_type().is_symlink());
    assert!(www.join("main/index.html").is_file());
}

#[test]
fn a_second_build_waits_for_the_first() {
    let site = Site::fixture("basic");
    site.build(&[]);
    // Hold the lock as a running build would.
    let lock = std::fs::File::options().read(true).write(true).open(site.path(".public.loa-lock")).unwrap();
    lock.lock().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["build", "--today", "2026-11-21", "--root"])
        .arg(site.root())
        .env("LOA_LANG", "en")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let mut seen = String::new();
    // Wait (without a clock) until it says it is waiting.
    let mut buf = [0u8; 256];
    while !seen.contains("waiting for another build") {
        let n = std::io::Read::read(&mut stderr, &mut buf).unwrap();
        assert!(n > 0, "loa ended without waiting: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(child.try_wait().unwrap().is_none(), "it waits: {seen}");
    lock.unlock().unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{seen}");
}

/// Each step of the commit at which a build is killed, and whether the
/// new site is the one published after it.
const KILL_STEPS: &[(&str, bool)] = &[("before-swap", false), ("swapped", true), ("done", true)];

#[test]
fn a_build_killed_at_any_step_leaves_a_whole_site_published() {
    for &(step, new_published) in KILL_STEPS {
        let site = Site::fixture("basic");
        site.build(&[]);
        let old = site.tree("public");
        site.write("content/tin-tuc/moi.md", "---\ntitle: Bài mới\n---\nMới.\n");
        let r = Command::new(env!("CARGO_BIN_EXE_loa"))
            .args(["build", "--today", "2026-11-21", "--root"])
            .arg(site.root())
            .env("LOA_TEST_KILL_AT", step)
            .output()
            .unwrap();
        assert_eq!(std::os::unix::process::ExitStatusExt::signal(&r.status), Some(9), "{step}: killed");
        let now = site.tree("public");
        if new_published {
            assert!(site.exists("main/tin-tuc/bai-moi/index.html"), "{step}: the new site");
            assert_eq!(now.len(), old.len() + 1, "{step}: whole");
        } else {
            assert_eq!(now, old, "{step}: the old site, untouched");
        }
        // The next build clears what the killed one left and publishes.
        site.build(&[]);
        assert!(site.exists("main/tin-tuc/bai-moi/index.html"));
        let left: Vec<String> = std::fs::read_dir(site.root())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".loa-staging") || n.contains(".loa-old"))
            .collect();
        assert!(left.is_empty(), "{step}: {left:?}");
    }
}

#[test]
fn the_published_folder_is_never_missing_while_builds_swap() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let index = site.path("public/main/index.html");
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|s| {
        let watcher = s.spawn(|| {
            let mut looks = 0u64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                assert!(index.is_file(), "public/main/index.html missing after {looks} looks");
                looks += 1;
            }
            looks
        });
        for i in 0..8 {
            site.write("content/tin-tuc/moi.md", &format!("---\ntitle: Bài {i}\n---\n"));
            site.build(&[]);
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        assert!(watcher.join().unwrap() > 0);
    });
}
