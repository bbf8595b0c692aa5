//! Watching the site's folders: [`classify`] (pure, table-tested) says what
//! a changed path means for the session; [`Watcher`] turns `notify`'s
//! events into batches of changes, waiting for a short quiet moment so an
//! editor's save (write a temporary file, rename it over the old one) is
//! one batch.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher as _};

use crate::content::is_ignored;
use crate::session::Change;

/// A batch waits this long after the last event before it is handed over.
pub const QUIET: Duration = Duration::from_millis(10);
/// …and never longer than this after its first event.
pub const MAX_WAIT: Duration = Duration::from_millis(500);
/// How often [`Watcher::next_or`] asks whether to wake.
pub const POLL: Duration = Duration::from_millis(20);

/// What the watcher needs to know about the site's layout.
#[derive(Debug, Clone)]
pub struct Layout {
    pub root: PathBuf,
    /// The theme's folder name (`themes/<theme>/`).
    pub theme: String,
    /// The output folder, whose changes are loa's own.
    pub output: PathBuf,
}

/// What a change at `path` (absolute, or relative to the site root) asks
/// the session to redo; None for paths loa does not read: editors'
/// temporary and swap files, the output folder, other themes.
pub fn classify(layout: &Layout, path: &Path) -> Option<Change> {
    let rel = path.strip_prefix(&layout.root).unwrap_or(path);
    if !layout.output.as_os_str().is_empty() {
        let out = layout.output.strip_prefix(&layout.root).unwrap_or(&layout.output);
        if rel.starts_with(out) {
            return None;
        }
    }
    let parts: Vec<&str> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect();
    if parts.is_empty() || parts.iter().any(|p| is_ignored(p) || is_editor_temp(p)) {
        return None;
    }
    match parts.as_slice() {
        [crate::config::FILE_NAME] => Some(Change::Config),
        ["content", rest @ ..] if !rest.is_empty() => Some(Change::Content(rest.join("/"))),
        // The content folder itself (made, removed or renamed).
        ["content"] => Some(Change::Config),
        ["templates" | "i18n", ..] => Some(Change::Templates),
        ["static", ..] => Some(Change::Static),
        ["themes", theme, rest @ ..] if *theme == layout.theme => match rest {
            ["templates" | "i18n", ..] => Some(Change::Templates),
            ["static", ..] => Some(Change::Static),
            [] => Some(Change::Config),
            _ => None,
        },
        ["themes"] => Some(Change::Config),
        _ => None,
    }
}

/// Files editors make for a moment while saving, which loa never reads:
/// vim's write test (`4913`), JetBrains' safe-write copies, Kate's swap.
fn is_editor_temp(name: &str) -> bool {
    name == "4913" || name.ends_with("___jb_tmp___") || name.ends_with("___jb_old___") || name.ends_with(".kate-swp")
}

/// Watches the folders loa reads and hands over batches of changes.
pub struct Watcher {
    _inner: notify::RecommendedWatcher,
    events: mpsc::Receiver<notify::Result<notify::Event>>,
    layout: Layout,
}

impl Watcher {
    /// Watches `content/`, the theme, `templates/`, `static/`, `i18n/`
    /// (recursively) and the site root itself (for `loa.yaml` and folders
    /// that appear later).
    pub fn new(layout: Layout) -> notify::Result<Watcher> {
        let (tx, events) = mpsc::channel();
        let mut inner = notify::recommended_watcher(tx)?;
        inner.watch(&layout.root, RecursiveMode::NonRecursive)?;
        let theme = layout.root.join("themes").join(&layout.theme);
        for dir in ["content", "templates", "static", "i18n"].map(|d| layout.root.join(d)).into_iter().chain([theme]) {
            if dir.is_dir() {
                inner.watch(&dir, RecursiveMode::Recursive)?;
            }
        }
        Ok(Watcher { _inner: inner, events, layout })
    }

    /// Waits for the next batch of changes (None when the watcher stopped).
    pub fn next(&self) -> Option<Vec<Change>> {
        self.next_or(&|| false)
    }

    /// [`Watcher::next`], or an empty batch as soon as `wake` says so
    /// (asked every [`POLL`] while no event comes).
    pub fn next_or(&self, wake: &dyn Fn() -> bool) -> Option<Vec<Change>> {
        loop {
            let first = loop {
                if wake() {
                    return Some(Vec::new());
                }
                match self.events.recv_timeout(POLL) {
                    Ok(e) => break e,
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => return None,
                }
            };
            let mut changes = BTreeSet::new();
            self.take(first, &mut changes);
            let started = Instant::now();
            while started.elapsed() < MAX_WAIT {
                match self.events.recv_timeout(QUIET) {
                    Ok(e) => self.take(e, &mut changes),
                    Err(mpsc::RecvTimeoutError::Timeout) => break,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return None,
                }
            }
            if !changes.is_empty() {
                return Some(changes.into_iter().collect());
            }
        }
    }

    fn take(&self, event: notify::Result<notify::Event>, into: &mut BTreeSet<Change>) {
        match event {
            Ok(e) if e.need_rescan() => {
                into.insert(Change::Config);
            }
            Ok(e) if e.kind.is_access() => {}
            Ok(e) => into.extend(e.paths.iter().filter_map(|p| classify(&self.layout, p))),
            // Events were lost: read everything again.
            Err(_) => {
                into.insert(Change::Config);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_paths() {
        let layout = Layout { root: "/site".into(), theme: "default".into(), output: "/site/public".into() };
        let content = |s: &str| Some(Change::Content(s.into()));
        let table: &[(&str, Option<Change>)] = &[
            ("/site/loa.yaml", Some(Change::Config)),
            ("loa.yaml", Some(Change::Config)),
            ("/site/content/van-ban/a.md", content("van-ban/a.md")),
            ("/site/content/_index.md", content("_index.md")),
            ("/site/content/ke-hoach/10/ke-hoach.yaml", content("ke-hoach/10/ke-hoach.yaml")),
            ("/site/content/ke-hoach/10/ban-quet.pdf", content("ke-hoach/10/ban-quet.pdf")),
            ("/site/content/tin-tuc", content("tin-tuc")),
            ("/site/content", Some(Change::Config)),
            ("/site/templates/page.html", Some(Change::Templates)),
            ("/site/themes/default/templates/base.html", Some(Change::Templates)),
            ("/site/themes/default/i18n/vi.yaml", Some(Change::Templates)),
            ("/site/i18n/vi.yaml", Some(Change::Templates)),
            ("/site/themes/default/static/style.css", Some(Change::Static)),
            ("/site/static/logo.svg", Some(Change::Static)),
            ("/site/themes/default", Some(Change::Config)),
            ("/site/themes/other/templates/page.html", None),
            ("/site/themes/default/README.md", None),
            // loa's own output, and a staging folder beside it.
            ("/site/public/index.html", None),
            ("/site/.public.loa-staging-12/a/index.html", None),
            // Editors' temporary, backup and swap files.
            ("/site/content/.a.md.swp", None),
            ("/site/content/a.md~", None),
            ("/site/content/#a.md#", None),
            ("/site/content/.#a.md", None),
            ("/site/content/4913", None),
            ("/site/content/a.md___jb_tmp___", None),
            ("/site/content/a.md.kate-swp", None),
            ("/site/content/.git/HEAD", None),
            ("/site/content/x.tmp", None),
            ("/site/content/.goutputstream-ABC123", None),
            // Files loa does not read.
            ("/site/README.md", None),
            ("/site/target/debug/loa", None),
            ("/site", None),
        ];
        for (path, want) in table {
            assert_eq!(&classify(&layout, Path::new(path)), want, "{path}");
        }
    }

    #[test]
    fn an_output_folder_elsewhere_is_not_special() {
        let layout = Layout { root: "/site".into(), theme: "default".into(), output: "/tmp/out".into() };
        assert_eq!(classify(&layout, Path::new("/site/content/a.md")), Some(Change::Content("a.md".into())));
        assert_eq!(classify(&layout, Path::new("/tmp/out/a.md")), None);
    }
}
