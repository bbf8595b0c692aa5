//! Test harness: copies a fixture site into a temporary folder (adding the
//! shared test theme when the fixture has none), runs `loa` on it, and gives
//! chainable access to the exit status, stderr (with the temporary path
//! redacted) and the output files.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Site {
    dir: tempfile::TempDir,
}

pub struct Run {
    pub status: std::process::ExitStatus,
    pub stderr: String,
}

impl Site {
    /// A copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> Site {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let dir = tempfile::Builder::new().prefix("loa-it-").tempdir().expect("temp dir");
        copy_dir(&fixtures.join(name), dir.path());
        if !dir.path().join("themes").exists() {
            copy_dir(&fixtures.join("_theme"), &dir.path().join("themes/default"));
        }
        Site { dir }
    }

    /// An empty temporary folder (for `loa init`).
    pub fn empty() -> Site {
        Site { dir: tempfile::Builder::new().prefix("loa-it-").tempdir().expect("temp dir") }
    }

    /// A copy of `tests/fixtures/<name>` using the project's default theme.
    pub fn with_default_theme(name: &str) -> Site {
        let site = Site::fixture(name);
        let themes = site.path("themes");
        std::fs::remove_dir_all(&themes).unwrap();
        copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default"), &themes.join("default"));
        site
    }

    /// Replaces `from` by `to` in the file `rel` (which must contain it).
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = std::fs::read_to_string(self.path(rel)).unwrap();
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// Runs `loa <args…> --root <site>`, with messages in English (the
    /// snapshots of most tests); see [`Site::run_in`] for Vietnamese.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_in("en", args)
    }

    /// Runs `loa <args…> --root <site>` with messages in `lang` (`vi`, `en`).
    pub fn run_in(&self, lang: &str, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_loa"))
            .args(args)
            .arg("--root")
            .arg(self.root())
            .env("NO_COLOR", "1")
            .env("LOA_LANG", lang)
            .output()
            .expect("run loa");
        let root = self.root().display().to_string();
        let stderr = String::from_utf8_lossy(&out.stderr).replace(&root, "[ROOT]");
        Run { status: out.status, stderr }
    }

    /// Runs a build that must succeed.
    pub fn build(&self, args: &[&str]) -> Run {
        let mut all = vec!["build"];
        if !args.contains(&"--today") {
            all.extend(["--today", "2026-11-21"]);
        }
        all.extend_from_slice(args);
        let r = self.run(&all);
        assert!(r.status.success(), "build failed:\n{}", r.stderr);
        r
    }

    /// Runs a build that must fail, returning its stderr.
    pub fn build_fails(&self) -> String {
        let r = self.run(&["build", "--today", "2026-11-21"]);
        assert_eq!(r.status.code(), Some(1), "expected exit status 1:\n{}", r.stderr);
        r.stderr
    }

    /// Text of an output file (`public/<rel>`).
    pub fn output(&self, rel: &str) -> String {
        let p = self.path("public").join(rel);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path("public").join(rel).exists()
    }

    /// Every file under `dir` (relative path → bytes), sorted.
    pub fn tree(&self, dir: &str) -> Vec<(String, Vec<u8>)> {
        let base = self.path(dir);
        let mut out: Vec<(String, Vec<u8>)> = walk(&base)
            .into_iter()
            .map(|p| (p.strip_prefix(&base).unwrap().display().to_string(), std::fs::read(&p).unwrap()))
            .collect();
        out.sort();
        out
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())).flatten() {
        let dest = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}
