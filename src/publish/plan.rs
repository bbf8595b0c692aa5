//! The publishing plan, pure: from the manifest of the built portal and the
//! state of the target, which files to send and delete, and in what order, so
//! that a visitor never meets a page linking to a file that is not there yet.
//!
//! The order: every file goes up after the new files it links to
//! (stylesheets, images and attachments first, then pages deepest first,
//! listings, feeds and the home page last); files gone from the site are
//! deleted after every upload (pages before the files they used); the caller
//! sends the manifest at the very end. Links are read from the pages by the
//! caller ([`links_in`]) and handed in, so this stays free of I/O.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

use crate::output::manifest::{self, Manifest};

/// What to do on one target.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Files to send, in order.
    pub uploads: Vec<Upload>,
    /// Files to delete, in order (after every upload).
    pub deletions: Vec<String>,
    /// Files already on the target with the same bytes.
    pub unchanged: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    pub path: String,
    pub size: u64,
    /// False when the target has an older version of the file.
    pub new: bool,
}

impl Plan {
    pub fn bytes(&self) -> u64 {
        self.uploads.iter().map(|u| u.size).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.uploads.is_empty() && self.deletions.is_empty()
    }
}

/// Names publishing keeps for itself: never uploaded as site files, never deleted as such.
pub fn is_reserved(path: &str) -> bool {
    path == manifest::FILE_NAME || path == super::JOURNAL
}

/// Whether `path` is a safe relative path inside a portal's folder: no
/// `..`, no absolute path, no backslash, no empty or `.` segment.
pub fn is_safe_path(path: &str) -> bool {
    !path.is_empty()
        && !path.contains('\\')
        && !path.contains('\0')
        && path.split('/').all(|s| !s.is_empty() && s != "." && s != "..")
}

/// Compares the built portal (`local`) with what the target holds
/// (`remote`); `links(path)` gives the files a changed file links to.
pub fn plan(local: &Manifest, remote: &Manifest, links: &dyn Fn(&str) -> Vec<String>) -> Plan {
    let mut changed: BTreeMap<&str, Upload> = BTreeMap::new();
    let mut unchanged = 0;
    for (path, entry) in &local.files {
        if is_reserved(path) || !is_safe_path(path) {
            continue;
        }
        match remote.files.get(path) {
            Some(old) if old == entry => unchanged += 1,
            old => {
                changed.insert(path, Upload { path: path.clone(), size: entry.size, new: old.is_none() });
            }
        }
    }
    let uploads = order(changed, links);
    let mut deletions: Vec<&String> =
        remote.files.keys().filter(|p| !local.files.contains_key(*p) && !is_reserved(p) && is_safe_path(p)).collect();
    // Pages before what they used: the reverse of the upload ranks.
    deletions.sort_by_key(|p| (Reverse(rank(p)), p.as_str()));
    Plan { uploads, deletions: deletions.into_iter().cloned().collect(), unchanged }
}

/// A file's place when links do not decide: assets, then pages (deepest
/// first), then listings and feeds, then the home page.
fn rank(path: &str) -> (u8, Reverse<usize>) {
    let depth = path.matches('/').count();
    let html = path.ends_with(".html");
    let kind = if path == "index.html" {
        4
    } else if !html {
        if is_listing_file(path) { 3 } else { 0 }
    } else if depth <= 1 || path.contains("/page/") || path.starts_with("page/") {
        2
    } else {
        1
    };
    (kind, Reverse(depth))
}

/// Files that list other pages though they are not HTML: feeds, the sitemap,
/// the search index.
fn is_listing_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.ends_with(".xml") || name == "robots.txt" || name.starts_with("search")
}

/// Orders the changed files: each after the new files it links to,
/// ties broken by [`rank`]; a cycle of new pages linking to each other is
/// broken at its lowest-ranked page.
fn order(changed: BTreeMap<&str, Upload>, links: &dyn Fn(&str) -> Vec<String>) -> Vec<Upload> {
    let paths: Vec<&str> = changed.keys().copied().collect();
    let index: BTreeMap<&str, usize> = paths.iter().enumerate().map(|(i, p)| (*p, i)).collect();
    let mut waits_for: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); paths.len()];
    let mut needed_by: Vec<Vec<usize>> = vec![Vec::new(); paths.len()];
    for (i, p) in paths.iter().enumerate() {
        if !p.ends_with(".html") && !is_listing_file(p) {
            continue;
        }
        for target in links(p) {
            // Only a new file can be missing: a changed one is there already.
            if let Some(&j) = index.get(target.as_str())
                && j != i
                && changed[paths[j]].new
                && waits_for[i].insert(j)
            {
                needed_by[j].push(i);
            }
        }
    }
    let key = |i: usize| (rank(paths[i]), paths[i], i);
    let mut ready: BinaryHeap<Reverse<_>> =
        (0..paths.len()).filter(|&i| waits_for[i].is_empty()).map(|i| Reverse(key(i))).collect();
    let mut done = vec![false; paths.len()];
    let mut out = Vec::with_capacity(paths.len());
    while out.len() < paths.len() {
        let i = match ready.pop() {
            Some(Reverse((_, _, i))) if !done[i] => i,
            Some(_) => continue,
            // Only files waiting in cycles are left: walk from the
            // lowest-ranked one along what it waits for until a file
            // repeats, and send that one (it is in a cycle).
            None => match (0..paths.len()).filter(|&i| !done[i]).min_by_key(|&i| key(i)) {
                Some(start) => {
                    let mut seen = BTreeSet::new();
                    let mut at = start;
                    while seen.insert(at) {
                        match waits_for[at].iter().copied().min_by_key(|&j| key(j)) {
                            Some(next) => at = next,
                            None => break,
                        }
                    }
                    at
                }
                None => break,
            },
        };
        done[i] = true;
        out.push(i);
        for &k in &needed_by[i] {
            waits_for[k].remove(&i);
            if waits_for[k].is_empty() && !done[k] {
                ready.push(Reverse(key(k)));
            }
        }
    }
    let mut changed = changed;
    out.into_iter().filter_map(|i| changed.remove(paths[i])).collect()
}

/// The files of the portal that the page at `from` links to or loads
/// (`href`, `src`, `srcset`), as paths like the manifest's: a link to a
/// folder means its `index.html`. Links outside the portal, to other sites
/// and to anchors on the same page are left out. `base_path` is the
/// portal's path on its host (`/phuong-phuc-xa/`), for root-relative links.
pub fn links_in(from: &str, html: &str, base_path: &str) -> Vec<String> {
    let mut out = BTreeSet::new();
    for attr in ["href=\"", "src=\"", "srcset=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attr) {
            rest = &rest[at + attr.len()..];
            let Some(end) = rest.find('"') else { break };
            let value = &rest[..end];
            let urls: Vec<&str> = if attr == "srcset=\"" {
                value.split(',').filter_map(|c| c.split_whitespace().next()).collect()
            } else {
                vec![value]
            };
            for url in urls {
                if let Some(p) = resolve(from, url, base_path) {
                    out.insert(p);
                }
            }
        }
    }
    out.into_iter().collect()
}

/// The manifest path a link on page `from` points to, if inside the portal.
fn resolve(from: &str, url: &str, base_path: &str) -> Option<String> {
    let url = url.split(['#', '?']).next().unwrap_or("");
    if url.is_empty() || url.contains("://") || url.starts_with("//") || url.contains(':') {
        return None;
    }
    let url = url.replace("&amp;", "&");
    let mut parts: Vec<&str> = Vec::new();
    let relative = match url.strip_prefix('/') {
        Some(abs) => {
            let base = base_path.trim_matches('/');
            let abs = if base.is_empty() {
                abs
            } else {
                abs.strip_prefix(base).and_then(|r| r.strip_prefix('/').or(r.is_empty().then_some("")))?
            };
            abs.to_string()
        }
        None => {
            parts.extend(from.split('/'));
            parts.pop(); // the page's own file name
            url.clone()
        }
    };
    for seg in relative.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let mut path = parts.join("/");
    if url.ends_with('/') || path.is_empty() {
        path = if path.is_empty() { "index.html".into() } else { format!("{path}/index.html") };
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::manifest::Entry;

    fn manifest(files: &[(&str, &str)]) -> Manifest {
        Manifest::new(files.iter().map(|(p, b)| (p.to_string(), Entry::of(b.as_bytes()))).collect())
    }

    fn paths(p: &Plan) -> Vec<&str> {
        p.uploads.iter().map(|u| u.path.as_str()).collect()
    }

    #[test]
    fn only_new_and_changed_files_are_sent_and_gone_ones_deleted() {
        let remote = manifest(&[("index.html", "1"), ("a/index.html", "a"), ("old/index.html", "o")]);
        let local = manifest(&[("index.html", "2"), ("a/index.html", "a"), ("b/index.html", "b")]);
        let p = plan(&local, &remote, &|_| vec![]);
        assert_eq!(paths(&p), ["b/index.html", "index.html"]);
        assert!(p.uploads[0].new && !p.uploads[1].new);
        assert_eq!(p.deletions, ["old/index.html"]);
        assert_eq!(p.unchanged, 1);
    }

    #[test]
    fn assets_then_pages_deepest_first_then_listings_then_home() {
        let local = manifest(&[
            ("index.html", "h"),
            ("van-ban/index.html", "l"),
            ("van-ban/kh-10/index.html", "p"),
            ("van-ban/kh-10/chi-tieu/index.html", "i"),
            ("style.css", "c"),
            ("sitemap.xml", "s"),
            ("van-ban/kh-10/tep.pdf", "f"),
        ]);
        let p = plan(&local, &Manifest::default(), &|_| vec![]);
        assert_eq!(
            paths(&p),
            [
                "van-ban/kh-10/tep.pdf",
                "style.css",
                "van-ban/kh-10/chi-tieu/index.html",
                "van-ban/kh-10/index.html",
                "van-ban/index.html",
                "sitemap.xml",
                "index.html"
            ]
        );
    }

    #[test]
    fn a_page_goes_up_after_the_pages_it_links_to_and_cycles_do_not_hang() {
        // A shallow page linked from a deep one must still go first.
        let local = manifest(&[("a/b/c/index.html", "deep"), ("x/y/index.html", "target"), ("p/q/index.html", "q")]);
        let links = |p: &str| match p {
            "a/b/c/index.html" => vec!["x/y/index.html".to_string()],
            "x/y/index.html" => vec!["p/q/index.html".to_string()],
            "p/q/index.html" => vec!["x/y/index.html".to_string()], // a cycle
            _ => vec![],
        };
        let p = plan(&local, &Manifest::default(), &links);
        let order = paths(&p);
        let at = |x: &str| order.iter().position(|p| *p == x).unwrap();
        assert_eq!(order.len(), 3);
        assert!(at("x/y/index.html") < at("a/b/c/index.html"), "{order:?}");
    }

    #[test]
    fn a_link_to_a_file_already_there_does_not_hold_a_page_back() {
        // The home page changed (it is there); the new page links to it and
        // the home page links to the new page: the new page goes first.
        let remote = manifest(&[("index.html", "old home")]);
        let local = manifest(&[("index.html", "new home"), ("tin/moi/index.html", "new")]);
        let links = |p: &str| match p {
            "index.html" => vec!["tin/moi/index.html".to_string()],
            _ => vec!["index.html".to_string()],
        };
        assert_eq!(paths(&plan(&local, &remote, &links)), ["tin/moi/index.html", "index.html"]);
    }

    #[test]
    fn deletions_take_pages_before_their_files_and_never_unsafe_paths() {
        let remote = manifest(&[
            ("old/index.html", "o"),
            ("old/anh.png", "i"),
            ("../outside.html", "x"),
            (".loa-manifest.json", "m"),
        ]);
        let p = plan(&Manifest::default(), &remote, &|_| vec![]);
        assert_eq!(p.deletions, ["old/index.html", "old/anh.png"]);
    }

    #[test]
    fn links_resolve_relative_root_relative_and_folder_links() {
        let html = r##"<a href="../../don-vi/x/">x</a><link href="../../style.css"><img src="anh.png" srcset="a1.png 1x, a2.png 2x">
            <a href="https://other.vn/">o</a><a href="#top">t</a><a href="/cong/van-ban/?q=1">v</a><a href="mailto:a@b.vn">m</a>
            <a href="../../">home</a>"##;
        let got = links_in("van-ban/kh/index.html", html, "/cong/");
        assert_eq!(
            got,
            [
                "don-vi/x/index.html",
                "index.html",
                "style.css",
                "van-ban/index.html",
                "van-ban/kh/a1.png",
                "van-ban/kh/a2.png",
                "van-ban/kh/anh.png"
            ]
        );
        assert_eq!(links_in("index.html", r#"<a href="../../etc/passwd">"#, "/"), Vec::<String>::new());
    }
}
