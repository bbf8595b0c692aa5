//! The preview server: HTTP on the loopback address, every portal at its
//! own sub-path (`/<portal>/`) with an index of the portals at `/`, files
//! from the last good build (rendered from the session's stages), each
//! portal's 404 page, and no way out of the site: only paths a build makes
//! are served, decoded segment by segment (`..`, `%2e%2e`, encoded slashes
//! and backslashes are refused), and a copied file must lie inside the site
//! folder once its symlinks are resolved. HTML pages get a small script
//! that reloads them after each rebuild (Server-Sent Events) and, while the
//! content has errors, the errors over the page.

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use tiny_http::{Header, Request, Response};

use crate::diagnostics::Diagnostics;
use crate::messages::{self, Msg, t};
use crate::session::{Built, Served};

/// What the server shows, updated by the watch loop after each rebuild.
#[derive(Default)]
pub struct State {
    pub good: Option<Arc<Built>>,
    /// The problems of the files as they are now, when there are errors.
    pub errors: Option<Diagnostics>,
    /// Bumped after every rebuild: pages loaded before it reload.
    pub version: u64,
}

/// The state, shared with the request threads.
pub struct Shared {
    pub state: Mutex<State>,
    changed: Condvar,
    /// The site folder, its symlinks resolved: copied files must be inside.
    root: PathBuf,
}

impl Shared {
    pub fn new(root: PathBuf, state: State) -> Arc<Shared> {
        let root = std::fs::canonicalize(&root).unwrap_or(root);
        Arc::new(Shared { state: Mutex::new(state), changed: Condvar::new(), root })
    }

    /// Replaces the state and, if `reload`, wakes the browsers waiting for
    /// a reload.
    pub fn update(&self, good: Option<Arc<Built>>, errors: Option<Diagnostics>, reload: bool) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.good = good;
        s.errors = errors;
        if reload {
            s.version += 1;
            self.changed.notify_all();
        }
    }

    fn snapshot(&self) -> (Option<Arc<Built>>, Option<Diagnostics>, u64) {
        let s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        (s.good.clone(), s.errors.clone(), s.version)
    }
}

/// Answers requests on `threads` threads until the server is dropped.
pub fn run(server: Arc<tiny_http::Server>, shared: Arc<Shared>, threads: usize) -> Vec<std::thread::JoinHandle<()>> {
    (0..threads)
        .map(|_| {
            let (server, shared) = (server.clone(), shared.clone());
            std::thread::spawn(move || {
                while let Ok(req) = server.recv() {
                    handle(&shared, req);
                }
            })
        })
        .collect()
}

/// A request's answer before it is sent.
struct Answer {
    status: u16,
    mime: &'static str,
    body: Vec<u8>,
    location: Option<String>,
}

impl Answer {
    fn new(status: u16, mime: &'static str, body: Vec<u8>) -> Answer {
        Answer { status, mime, body, location: None }
    }

    fn redirect(to: String) -> Answer {
        Answer { status: 301, mime: "text/plain; charset=utf-8", body: Vec::new(), location: Some(to) }
    }
}

fn handle(shared: &Arc<Shared>, req: Request) {
    let head = *req.method() == tiny_http::Method::Head;
    if !head && *req.method() != tiny_http::Method::Get {
        let _ = req.respond(Response::from_string("").with_status_code(405));
        return;
    }
    let url = req.url().to_string();
    if url.starts_with("/__loa/events") {
        let since = url.split_once("since=").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
        let shared = shared.clone();
        std::thread::spawn(move || events(&shared, req, since));
        return;
    }
    let answer = answer(shared, &url);
    let mut resp = Response::from_data(if head { Vec::new() } else { answer.body.clone() })
        .with_status_code(answer.status)
        .with_header(header("Content-Type", answer.mime))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"));
    if head {
        resp = resp.with_header(header("Content-Length", &answer.body.len().to_string()));
    }
    if let Some(to) = &answer.location {
        resp = resp.with_header(header("Location", to));
    }
    let _ = req.respond(resp);
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap_or_else(|_| Header::from_bytes("X-Loa", "1").unwrap())
}

/// The answer to a GET of `url`.
fn answer(shared: &Shared, url: &str) -> Answer {
    let Some((segments, dir)) = decode_path(url) else {
        return Answer::new(400, "text/plain; charset=utf-8", b"400 Bad Request\n".to_vec());
    };
    let (good, errors, version) = shared.snapshot();
    let segs: Vec<&str> = segments.iter().map(String::as_str).collect();
    match segs.as_slice() {
        ["__loa", "live.js"] => return Answer::new(200, "text/javascript; charset=utf-8", LIVE_JS.into()),
        ["__loa", "overlay.css"] => return Answer::new(200, "text/css; charset=utf-8", OVERLAY_CSS.into()),
        _ => {}
    }
    let Some(good) = good else {
        // No build has succeeded yet: only the errors can be shown.
        let page = overlay_page(errors.as_ref(), version);
        return Answer::new(503, "text/html; charset=utf-8", page.into_bytes());
    };
    let inject = |a: Answer| decorate(a, errors.as_ref(), version);
    let Some((first, rest)) = segs.split_first() else {
        return inject(Answer::new(200, "text/html; charset=utf-8", index_page(&good).into_bytes()));
    };
    let Some(portal) = good.portal_ids().position(|id| id == *first) else {
        return Answer::new(404, "text/plain; charset=utf-8", b"404 Not Found\n".to_vec());
    };
    if rest.is_empty() && !dir {
        return Answer::redirect(format!("/{first}/"));
    }
    let mut rel = rest.join("/");
    if dir || rel.is_empty() {
        rel = if rel.is_empty() { "index.html".into() } else { format!("{rel}/index.html") };
    }
    if let Some(a) = file(shared, &good, portal, &rel) {
        return inject(a);
    }
    if !dir && good.file(portal, &format!("{rel}/index.html")).is_some() {
        return Answer::redirect(format!("/{first}/{rel}/"));
    }
    match file(shared, &good, portal, "404.html") {
        Some(a) => inject(Answer { status: 404, ..a }),
        None => Answer::new(404, "text/plain; charset=utf-8", b"404 Not Found\n".to_vec()),
    }
}

/// An output file of a portal, read or rendered.
fn file(shared: &Shared, good: &Built, portal: usize, rel: &str) -> Option<Answer> {
    let body = match good.file(portal, rel)? {
        Served::Bytes(b) => b.to_vec(),
        Served::Copy(p) => {
            // A symlink must not lead out of the site folder.
            let real = std::fs::canonicalize(&p).ok()?;
            if !real.starts_with(&shared.root) {
                return None;
            }
            std::fs::read(real).ok()?
        }
    };
    Some(Answer::new(200, mime(rel), body))
}

/// The path's segments, percent-decoded one by one, and whether it ends
/// with `/`; None for a path that would leave the site or is not text.
pub fn decode_path(url: &str) -> Option<(Vec<String>, bool)> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let path = path.strip_prefix('/')?;
    let dir = path.is_empty() || path.ends_with('/');
    let mut out = Vec::new();
    for raw in path.split('/').filter(|s| !s.is_empty()) {
        let seg = percent_decode(raw)?;
        if seg == "." || seg == ".." || seg.contains(['/', '\\', '\0']) {
            return None;
        }
        out.push(seg);
    }
    Some((out, dir))
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The content type of an output file, by its extension.
pub fn mime(path: &str) -> &'static str {
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
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "webmanifest" => "application/manifest+json",
        "mp3" => "audio/mpeg",
        "mp4" => "video/mp4",
        "zip" => "application/zip",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    }
}

/// An HTML answer with the reload script and, while there are errors, the
/// errors over the page; other answers as they are.
fn decorate(mut a: Answer, errors: Option<&Diagnostics>, version: u64) -> Answer {
    if !a.mime.starts_with("text/html") {
        return a;
    }
    let mut extra = String::new();
    if let Some(e) = errors {
        extra.push_str(&overlay(e, true));
    }
    extra.push_str(&script(version));
    let at = find_last(&a.body, b"</body>").unwrap_or(a.body.len());
    a.body.splice(at..at, extra.into_bytes());
    a
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w.eq_ignore_ascii_case(needle))
}

fn script(version: u64) -> String {
    format!("<script src=\"/__loa/live.js?v={version}\" defer></script>")
}

/// The errors as a panel over the page, with the words the terminal shows.
fn overlay(errors: &Diagnostics, has_good: bool) -> String {
    let lang = messages::lang();
    let title = t(lang, if has_good { "serve-overlay-title" } else { "serve-overlay-none" });
    let mut items = String::new();
    for d in errors.iter() {
        items.push_str(&format!("<pre>{}</pre>\n", escape(&d.to_string())));
    }
    let count =
        Msg::new("serve-overlay-count").arg("errors", errors.error_count()).arg("warnings", errors.warning_count());
    format!(
        "<link rel=\"stylesheet\" href=\"/__loa/overlay.css\">\n<section id=\"loa-errors\" role=\"alert\" \
         aria-labelledby=\"loa-errors-title\"><h2 id=\"loa-errors-title\">{}</h2><p>{} {}</p>\n{items}</section>\n",
        escape(&title),
        escape(&count.text(lang)),
        escape(&t(lang, "serve-overlay-hint")),
    )
}

/// The page shown when no build has succeeded yet.
fn overlay_page(errors: Option<&Diagnostics>, version: u64) -> String {
    let lang = messages::lang();
    let empty = Diagnostics::new();
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n</head>\n<body>\n{}{}\n</body>\n</html>\n",
        lang.code(),
        escape(&t(lang, "serve-overlay-none")),
        overlay(errors.unwrap_or(&empty), false),
        script(version),
    )
}

/// The list of the portals, at `/`.
fn index_page(good: &Built) -> String {
    let lang = messages::lang();
    let mut items = String::new();
    for p in &good.config.portals {
        items.push_str(&format!(
            "<li><a href=\"/{id}/\">{title}</a> <code>/{id}/</code></li>\n",
            id = escape(&p.id),
            title = escape(&p.title)
        ));
    }
    let title = escape(&t(lang, "serve-index-title"));
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n</head>\n<body>\n<main>\n\
         <h1>{title}</h1>\n<p>{}</p>\n<ul>\n{items}</ul>\n</main>\n</body>\n</html>\n",
        lang.code(),
        escape(&t(lang, "serve-index-intro")),
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Server-Sent Events: `reload` each time the state changes after
/// `since`, a comment every 15 s to notice closed connections.
fn events(shared: &Shared, req: Request, mut since: u64) {
    let mut w = req.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n\
                Connection: keep-alive\r\n\r\n: loa\n\n";
    if w.write_all(head.as_bytes()).and_then(|_| w.flush()).is_err() {
        return;
    }
    loop {
        let version = {
            let s = shared.state.lock().unwrap_or_else(|e| e.into_inner());
            let (s, _) = shared
                .changed
                .wait_timeout_while(s, Duration::from_secs(15), |s| s.version <= since)
                .unwrap_or_else(|e| e.into_inner());
            s.version
        };
        let msg = if version > since { format!("event: reload\ndata: {version}\n\n") } else { ": ping\n\n".into() };
        since = version;
        if w.write_all(msg.as_bytes()).and_then(|_| w.flush()).is_err() {
            return;
        }
    }
}

/// Reloads the page when the server says the site changed.
const LIVE_JS: &str = "(function () {\n  var v = (document.currentScript && document.currentScript.src.split('v=')[1]) || '0';\n  var es = new EventSource('/__loa/events?since=' + v);\n  es.addEventListener('reload', function () { es.close(); location.reload(); });\n})();\n";

/// The errors panel: over the page, readable at 360 px.
const OVERLAY_CSS: &str = "#loa-errors{position:fixed;inset:0 0 auto 0;max-height:80vh;overflow:auto;z-index:2147483647;\
background:#fff8f7;color:#1a1a1a;border-bottom:4px solid #b3261e;padding:1rem;font:16px/1.5 system-ui,sans-serif;\
box-shadow:0 4px 16px rgba(0,0,0,.3)}\n#loa-errors h2{margin:0 0 .5rem;color:#8c1d18;font-size:1.2rem}\n\
#loa-errors pre{white-space:pre-wrap;background:#fff;border:1px solid #e0c0bd;padding:.5rem;margin:.5rem 0;\
font:14px/1.4 ui-monospace,monospace;color:#1a1a1a}\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_leave_the_site_are_refused() {
        for bad in [
            "/a/../b",
            "/a/%2e%2e/b",
            "/a/%2E%2E/b",
            "/%2e%2e%2fetc%2fpasswd",
            "/a%2fb",
            "/a%5cb",
            "/a/./b",
            "/..",
            "/a/%00",
            "/%ff",
            "/a%2",
            "relative",
        ] {
            assert_eq!(decode_path(bad), None, "{bad}");
        }
        assert_eq!(decode_path("/a/b%20c/?x=1"), Some((vec!["a".into(), "b c".into()], true)));
        assert_eq!(decode_path("/ph%C6%B0%E1%BB%9Dng/a.css"), Some((vec!["phường".into(), "a.css".into()], false)));
        assert_eq!(decode_path("/"), Some((vec![], true)));
    }

    #[test]
    fn mime_types() {
        assert_eq!(mime("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(mime("style.CSS"), "text/css; charset=utf-8");
        assert_eq!(mime("ban-quet.pdf"), "application/pdf");
        assert_eq!(mime("sitemap.xml"), "application/xml");
        assert_eq!(mime("logo.svg"), "image/svg+xml");
        assert_eq!(mime("LICENSE"), "application/octet-stream");
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let a = Answer::new(200, "text/html; charset=utf-8", b"<html><body><p>x</p></BODY></html>".to_vec());
        let out = String::from_utf8(decorate(a, None, 7).body).unwrap();
        assert_eq!(out, "<html><body><p>x</p><script src=\"/__loa/live.js?v=7\" defer></script></BODY></html>");
        let css = Answer::new(200, "text/css; charset=utf-8", b"body{}".to_vec());
        assert_eq!(decorate(css, None, 7).body, b"body{}");
    }
}
