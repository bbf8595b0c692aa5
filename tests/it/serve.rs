//! `loa serve` driven over HTTP on an ephemeral port: edits show up with a
//! reload event, errors show over the last good build and go when fixed,
//! listings follow added and deleted pages, paths out of the site are
//! refused, and after a series of edits every file served equals, byte for
//! byte, what `loa build` writes for the same files. No timing is asserted:
//! waits end when the server shows the change (or fail after a generous
//! deadline).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::harness::Site;

/// A running `loa serve` on a copy of a fixture site.
struct Serve {
    child: Child,
    /// `http://127.0.0.1:PORT/`
    url: String,
    port: u16,
}

impl Serve {
    fn start(site: &Site) -> Serve {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_loa"));
        cmd.args(["serve", "--port", "0", "--today", "2026-11-21", "--lang", "en", "--root"]).arg(site.root());
        Serve::spawn(cmd)
    }

    /// `loa serve` run inside the site's folder, without `--root`, as the
    /// guide and `loa init` say to.
    fn start_inside(site: &Site) -> Serve {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_loa"));
        cmd.args(["serve", "--port", "0", "--today", "2026-11-21", "--lang", "en"]).current_dir(site.root());
        Serve::spawn(cmd)
    }

    fn spawn(mut cmd: Command) -> Serve {
        let mut child = cmd.stderr(Stdio::piped()).stdout(Stdio::null()).spawn().expect("start loa serve");
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(60);
        let url = loop {
            let line = rx.recv_timeout(deadline - Instant::now()).expect("loa serve printed no address");
            if let Some(at) = line.find("http://127.0.0.1:") {
                break line[at..].split_whitespace().next().unwrap().to_string();
            }
        };
        let port = url.trim_end_matches('/').rsplit(':').next().unwrap().parse().unwrap();
        Serve { child, url, port }
    }

    /// (status, headers, body) of a GET of `path` (sent as written).
    fn get(&self, path: &str) -> (u16, String, Vec<u8>) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("no header end");
        let head = String::from_utf8_lossy(&raw[..split]).to_string();
        let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        let mut body = raw[split + 4..].to_vec();
        if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
            body = dechunk(&body);
        }
        (status, head, body)
    }

    fn text(&self, path: &str) -> String {
        let (status, _, body) = self.get(path);
        assert_eq!(status, 200, "GET {path}");
        String::from_utf8(body).unwrap()
    }

    /// The version of the state the server shows (from the reload script).
    fn version(&self) -> u64 {
        let page = self.text("/");
        let at = page.find("live.js?v=").expect("no reload script") + "live.js?v=".len();
        page[at..].split('"').next().unwrap().parse().unwrap()
    }

    /// Waits until `path` satisfies `ok` (the server applied an edit).
    fn wait_for(&self, path: &str, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let (_, _, body) = self.get(path);
            let text = String::from_utf8_lossy(&body).to_string();
            if ok(&text) {
                return text;
            }
            assert!(Instant::now() < deadline, "{path} never showed {what}:\n{text}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the server has taken in an edit made after `version`.
    fn wait_past(&self, version: u64) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.version() <= version {
            assert!(Instant::now() < deadline, "the server never took the edit in");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = b.windows(2).position(|w| w == b"\r\n").unwrap();
        let size = usize::from_str_radix(std::str::from_utf8(&b[..line_end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&b[line_end + 2..line_end + 2 + size]);
        b = &b[line_end + 2 + size + 2..];
    }
}

/// The HTML as built: without the reload script and errors serve adds.
fn unserved(html: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let Some(start) = text.find("<script src=\"/__loa/live.js") else { return html.to_vec() };
    let end = start + text[start..].find("</script>").unwrap() + "</script>".len();
    [&html[..start], &html[end..]].concat()
}

#[test]
fn an_edit_is_served_with_a_reload_event() {
    let site = Site::with_default_theme("plan");
    let serve = Serve::start(&site);
    let page = "/main/van-ban/ke-hoach-1-kh-ubnd/";
    assert!(serve.text(page).contains("Nội dung kế hoạch."));
    let v = serve.version();
    let mut events = TcpStream::connect(("127.0.0.1", serve.port)).unwrap();
    write!(events, "GET /__loa/events?since={v} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    events.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    site.edit("content/van-ban/kh-1/index.md", "Nội dung kế hoạch.", "Nội dung đã sửa lần một.");
    serve.wait_for(page, "the edit", |t| t.contains("Nội dung đã sửa lần một."));
    let mut got = String::new();
    let mut reader = BufReader::new(events);
    while !got.contains("event: reload") {
        let mut line = String::new();
        assert!(reader.read_line(&mut line).unwrap() > 0, "the event stream closed:\n{got}");
        got.push_str(&line);
    }
    assert!(got.starts_with("HTTP/1.1 200"), "{got}");
    assert!(got.contains("text/event-stream"), "{got}");
    assert!(!site.exists(""), "nothing is written into public/");
}

/// Run inside the site's folder (the default `--root .`), edits to a page
/// and to a template are taken in (the watcher's absolute paths were once
/// never matched against `.`, so nothing was).
#[test]
fn an_edit_is_served_when_serve_runs_inside_the_site() {
    let site = Site::with_default_theme("plan");
    let serve = Serve::start_inside(&site);
    let page = "/main/van-ban/ke-hoach-1-kh-ubnd/";
    assert!(serve.text(page).contains("Nội dung kế hoạch."));
    site.edit("content/van-ban/kh-1/index.md", "Nội dung kế hoạch.", "Nội dung sửa khi chạy trong thư mục.");
    serve.wait_for(page, "the page edit", |t| t.contains("Nội dung sửa khi chạy trong thư mục."));
    site.edit("themes/default/templates/page.html", "</article>", "<p>Mẫu sửa khi chạy trong thư mục</p></article>");
    serve.wait_for(page, "the template edit", |t| t.contains("Mẫu sửa khi chạy trong thư mục"));
    assert!(!site.exists(""), "nothing is written into public/");
}

#[test]
fn errors_show_over_the_last_good_build_until_fixed() {
    let site = Site::with_default_theme("plan");
    let serve = Serve::start(&site);
    let page = "/main/van-ban/ke-hoach-1-kh-ubnd/";
    site.edit("content/van-ban/kh-1/index.md", "Nội dung kế hoạch.", "Nội dung mới [hỏng](khong-co.md).");
    let shown = serve.wait_for(page, "the errors", |t| t.contains("id=\"loa-errors\""));
    // The last good page, with the error (file:line:col, message, help) over it.
    let (page_part, _) = shown.split_once("/__loa/overlay.css").unwrap();
    assert!(page_part.contains("Nội dung kế hoạch."), "{shown}");
    assert!(!page_part.contains("Nội dung mới"), "{shown}");
    assert!(shown.contains("content/van-ban/kh-1/index.md:10:14: error: broken link"), "{shown}");
    assert!(shown.contains("khong-co.md"), "{shown}");
    // Every page shows it, and the 404 page too.
    assert!(serve.text("/main/").contains("id=\"loa-errors\""));
    let (status, _, body) = serve.get("/main/khong-co-trang-nay/");
    assert_eq!(status, 404);
    assert!(String::from_utf8_lossy(&body).contains("id=\"loa-errors\""));
    // Fixed: the new page, no errors.
    site.edit("content/van-ban/kh-1/index.md", "[hỏng](khong-co.md)", "đã sửa");
    let fixed = serve.wait_for(page, "the fix", |t| !t.contains("loa-errors"));
    assert!(fixed.contains("Nội dung mới đã sửa."), "{fixed}");
    // A template error likewise.
    let v = serve.version();
    site.edit("themes/default/templates/page.html", "{{", "{{ nothing_here.at_all }} {{");
    serve.wait_past(v);
    let shown = serve.wait_for(page, "the template error", |t| t.contains("id=\"loa-errors\""));
    assert!(shown.contains("themes/default/templates/page.html"), "{shown}");
    assert!(shown.contains("Nội dung mới đã sửa."), "{shown}");
    site.edit("themes/default/templates/page.html", "{{ nothing_here.at_all }} {{", "{{");
    serve.wait_for(page, "the template fix", |t| !t.contains("loa-errors"));
}

#[test]
fn listings_follow_added_and_deleted_pages() {
    let site = Site::with_default_theme("plan");
    let serve = Serve::start(&site);
    let list = "/main/bao-cao/";
    assert!(!serve.text(list).contains("Tin mới thêm"));
    site.write(
        "content/bao-cao/tin-moi.md",
        "---\ntitle: Tin mới thêm\ndate: 2024-03-01\ntags: [thử]\n---\nMột tin.\n",
    );
    serve.wait_for(list, "the new page", |t| t.contains("Tin mới thêm"));
    assert!(serve.text("/main/bao-cao/tin-moi-them/").contains("Một tin."));
    assert!(serve.text("/main/chu-de/thu/").contains("Tin mới thêm"));
    std::fs::remove_file(site.path("content/bao-cao/tin-moi.md")).unwrap();
    serve.wait_for(list, "the page gone", |t| !t.contains("Tin mới thêm"));
    assert_eq!(serve.get("/main/bao-cao/tin-moi-them/").0, 404);
}

#[test]
fn paths_out_of_the_site_are_refused() {
    let site = Site::with_default_theme("plan");
    std::fs::write(site.path("secret.txt"), "SECRET").unwrap();
    let outside = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(outside.path(), "OUTSIDE").unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path("content/van-ban/kh-1/lien-ket.txt")).unwrap();
    let serve = Serve::start(&site);
    for path in [
        "/main/../secret.txt",
        "/main/%2e%2e/secret.txt",
        "/main/%2E%2E/%2E%2E/secret.txt",
        "/main/..%2fsecret.txt",
        "/main/..%5csecret.txt",
        "/%2e%2e/loa.yaml",
        "/main/van-ban/kh-1/lien-ket.txt",
        "/main/van-ban/ke-hoach-1-kh-ubnd/lien-ket.txt",
        "/loa.yaml",
        "/main/loa.yaml",
    ] {
        let (status, _, body) = serve.get(path);
        let body = String::from_utf8_lossy(&body);
        assert!(status == 400 || status == 404, "{path}: {status}");
        assert!(!body.contains("SECRET") && !body.contains("OUTSIDE") && !body.contains("base_url"), "{path}");
    }
    // The portal index, MIME types, index.html, redirect to the folder.
    assert!(serve.text("/").contains("href=\"/main/\""));
    let (status, head, _) = serve.get("/main/style.css");
    assert_eq!(status, 200);
    assert!(head.to_ascii_lowercase().contains("content-type: text/css"), "{head}");
    let (status, head, _) = serve.get("/main/van-ban/ke-hoach-1-kh-ubnd");
    assert_eq!(status, 301);
    assert!(head.contains("Location: /main/van-ban/ke-hoach-1-kh-ubnd/"), "{head}");
}

#[test]
fn what_serve_serves_equals_what_build_writes_after_edits() {
    // Several portals: some rendered once for a class of portals.
    let site = crate::portals::site();
    std::fs::remove_dir_all(site.path("public")).unwrap();
    let serve = Serve::start(&site);
    let edits: &[&dyn Fn()] = &[
        // A page's text.
        &|| {
            site.edit("content/van-ban/kh-1/index.md", "Nội dung kế hoạch.", "Nội dung sửa, xem Kế hoạch số 1/KH-UBND.")
        },
        // The same page again (read alone, without the folder walk), then
        // its front matter broken and mended (read with the walk).
        &|| site.edit("content/van-ban/kh-1/index.md", "Nội dung sửa,", "Nội dung sửa lần hai,"),
        &|| site.edit("content/van-ban/kh-1/index.md", "---\n", "---\ntitle: [\n"),
        &|| site.edit("content/van-ban/kh-1/index.md", "---\ntitle: [\n", "---\n"),
        // A report's figures (plan, indicator, unit and home pages show them).
        &|| site.edit("content/bao-cao/nam-2023.md", "total: 22400", "total: 22500"),
        // A title and a new tag.
        &|| site.edit("content/bao-cao/nam-2022.md", "title: ", "tags: [mới]\ntitle: Sửa "),
        // A page left out as a draft, then back (its text is kept apart
        // from the packed texts of the pages the model has).
        &|| site.edit("content/van-ban/kh-1/index.md", "---\n", "---\ndraft: true\n"),
        &|| site.edit("content/van-ban/kh-1/index.md", "---\ndraft: true\n", "---\n"),
        // A page added, a page deleted.
        &|| site.write("content/bao-cao/tin.md", "---\ntitle: Tin\ndate: 2024-01-02\n---\nTin ngắn.\n"),
        &|| std::fs::remove_file(site.path("content/bao-cao/tin.md")).unwrap(),
        // A template.
        &|| site.edit("themes/default/templates/page.html", "</article>", "<p>Mẫu đã sửa</p></article>"),
        // A static file and a section's text.
        &|| site.write("static/them.css", "p{}\n"),
        &|| site.edit("content/bao-cao/_index.md", "---\n", "---\ndescription: Mô tả mới\n"),
    ];
    for edit in edits {
        let v = serve.version();
        edit();
        serve.wait_past(v);
    }
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().to_str().unwrap();
    site.build(&["--base-url", &serve.url, "--output", out_dir]);
    // Everything but the marker saying loa made the output folder.
    let built: Vec<_> = walk(out.path()).into_iter().filter(|(rel, _)| rel != ".loa-output").collect();
    assert!(built.len() > 50, "{} files", built.len());
    // The manifest of content hashes is for `loa publish`, not a page to preview.
    for (rel, bytes) in built.iter().filter(|(rel, _)| !rel.ends_with(".loa-manifest.json")) {
        let (status, _, body) = serve.get(&format!("/{rel}"));
        assert_eq!(status, 200, "/{rel}");
        let body = if rel.ends_with(".html") { unserved(&body) } else { body };
        assert!(body == *bytes, "/{rel} differs from the build:\n{}", String::from_utf8_lossy(&body));
    }
    assert!(!site.exists(""), "nothing is written into public/");
}

fn walk(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(dir).into_iter().flatten().filter(|e| e.file_type().is_file()) {
        let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
        out.push((rel, std::fs::read(e.path()).unwrap()));
    }
    out.sort();
    out
}

/// A file of a state, as served.
fn served(good: &loa::session::Built, path: &str) -> Option<Vec<u8>> {
    good.file(0, path).map(|s| match s {
        loa::session::Served::Bytes(b) => b.to_vec(),
        loa::session::Served::Copy(p) => std::fs::read(p).unwrap(),
    })
}

#[test]
fn a_request_made_before_the_whole_first_render_is_answered_as_after_it() {
    let site = Site::with_default_theme("plan");
    let opts = loa::BuildOptions {
        root: site.root().to_path_buf(),
        today: Some(loa::date::Date::parse("2026-11-21").unwrap()),
        ..Default::default()
    };
    let whole = loa::session::Session::open(&opts).good().expect("a good state");
    let (mut session, pass) = loa::session::Session::open_lazy(&opts);
    let pass = pass.expect("a background pass");
    let early = session.good().expect("a state shown before the whole render");
    // Asked while the pass has not started: what the early state can tell
    // alone (the home page, a page's own address, a static file), each in a
    // thread so that a wrong wait fails the test instead of hanging it.
    let ask = |path: &'static str| {
        let early = early.clone();
        std::thread::spawn(move || served(&early, path))
    };
    for path in ["index.html", "van-ban/ke-hoach-1-kh-ubnd/index.html", "style.css"] {
        let asked = ask(path);
        let deadline = Instant::now() + Duration::from_secs(60);
        while !asked.is_finished() {
            assert!(Instant::now() < deadline, "{path} waited for the whole render");
            std::thread::sleep(Duration::from_millis(20));
        }
        let got = asked.join().unwrap();
        assert!(got.is_some(), "{path}");
        assert!(got == served(&whole, path), "{path} differs from the whole render's");
    }
    // What only the whole render decides waits for it: a list page, the
    // search index, an address nothing makes (never a wrong 404 or page).
    let waiting: Vec<_> = ["bao-cao/index.html", "sitemap.xml", "khong-co/index.html", "van-ban/khong-co/index.html"]
        .into_iter()
        .map(|p| (p, ask(p)))
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    for (path, asked) in &waiting {
        assert!(!asked.is_finished(), "{path} was answered before the whole render");
    }
    std::thread::spawn(move || pass.run());
    for (path, asked) in waiting {
        let got = asked.join().unwrap();
        assert!(got == served(&whole, path), "{path} differs from the whole render's");
    }
    assert!(served(&early, "bao-cao/index.html").is_some());
    // Taken in: the state the whole render made, with its problems.
    assert!(session.adopt(true));
    let adopted = session.good().expect("no errors");
    assert!(!std::sync::Arc::ptr_eq(&adopted, &early));
    assert!(adopted.diagnostics.iter().eq(whole.diagnostics.iter()));
}
