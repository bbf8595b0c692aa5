//! Stage 1, load: walks `content/` and reads every file into raw pages,
//! sections, data files and assets, with a diagnostic for every file that
//! cannot be read or whose front matter is wrong. No formatting happens here.

pub mod active;
pub mod data;
pub mod encoding;
pub mod frontmatter;
mod reload;
pub mod scalars;
pub mod speech;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::docref::DocRef;
use crate::{fs, msg, yaml};
pub use frontmatter::{DocumentFront, PageFront, SectionFront, SortBy};
pub use reload::reload_pages;

/// A Markdown file, read and split, with its front matter parsed.
#[derive(Debug, Clone)]
pub struct Source<F> {
    /// Path relative to `content/`, with `/` separators (`van-ban/a.md`).
    pub rel: String,
    /// Path as shown in messages (`content/van-ban/a.md`).
    pub shown: PathBuf,
    /// Shared, like `text`, by a kept load and the model built from it.
    pub front: Arc<F>,
    /// The whole file text (BOM removed), kept so later stages can point
    /// into it with line and column. Shared, not copied, by the sessions
    /// that keep a site loaded (`loa serve`) and by the model built from it.
    pub text: Arc<str>,
    /// Byte offset of the Markdown body in `text`.
    pub body_start: usize,
    /// Byte offset of the YAML block in `text` (after the opening fence).
    pub yaml_start: usize,
    /// The documents the body mentions, found once when first asked for
    /// and shared by the copies of this file (a kept load and the model
    /// built from it), so they stay known when `text` no longer holds the
    /// body (a session keeps it packed: `session::packed`).
    pub mentions: Arc<OnceLock<Vec<DocRef>>>,
}

impl<F> Source<F> {
    pub fn body(&self) -> &str {
        self.text.get(self.body_start..).unwrap_or_default()
    }

    /// The documents the body mentions, in order.
    pub fn mentions(&self) -> &[DocRef] {
        self.mentions.get_or_init(|| crate::docref::find(self.body()))
    }

    /// The folder of this file, relative to `content/` ("" at the top).
    pub fn dir(&self) -> &str {
        self.rel.rfind('/').map_or("", |i| &self.rel[..i])
    }
}

pub type PageSource = Source<PageFront>;
pub type SectionSource = Source<SectionFront>;

/// A file copied to the output as it is (images, PDFs, bundle files).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    pub abs: PathBuf,
    /// Path relative to `content/`, `/`-separated.
    pub rel: String,
}

/// A YAML data file, parsed into its raw shape (the model checks it).
#[derive(Debug, Clone)]
pub struct DataFile<T> {
    pub rel: String,
    pub shown: PathBuf,
    pub text: String,
    pub data: T,
}

impl<T> DataFile<T> {
    /// The folder of the file, relative to `content/`.
    pub fn dir(&self) -> &str {
        parent(&self.rel)
    }
}

/// File names with a meaning; other YAML files are copied as they are.
pub const UNITS_FILE: &str = "don-vi.yaml";
pub const PLAN_FILE: &str = "ke-hoach.yaml";

/// Everything `content/` holds, as read from disk.
#[derive(Debug, Default, Clone)]
pub struct Content {
    pub pages: Vec<PageSource>,
    /// Sections by folder; `index` is the folder of `_index.md` ("" = home).
    pub sections: Vec<SectionSource>,
    /// Folders (relative to `content/`) that hold pages but no `_index.md`.
    pub bare_folders: Vec<String>,
    pub units: Vec<DataFile<Vec<data::RawUnit>>>,
    pub plans: Vec<DataFile<data::RawPlan>>,
    /// `content/doc-loa.yaml`: how the text is read aloud.
    pub speech: Option<DataFile<speech::RawSpeech>>,
    pub assets: Vec<Asset>,
    /// Files that could not be read (their mistakes are in `diagnostics`):
    /// what links to them or depends on them says nothing untrue about them.
    pub failed: Vec<String>,
    pub diagnostics: Diagnostics,
}

enum Entry {
    Page(PathBuf, String),
    Section(PathBuf, String),
    Data(PathBuf, String),
    Asset(PathBuf, String),
}

/// Reads the whole `content/` folder of the site.
pub fn load(config: &Config) -> Content {
    load_reusing(config, None, &|_| true)
}

/// Reads `content/` again, taking from `previous` every file that loaded
/// there and for which `changed(rel)` is false (serve knows which files
/// changed). The result is what [`load`] would give for the same files.
pub fn load_reusing(config: &Config, previous: Option<&Content>, changed: &(dyn Fn(&str) -> bool + Sync)) -> Content {
    let dir = config.content_dir();
    let mut content = Content::default();
    if !dir.is_dir() {
        content.diagnostics.push(
            Diagnostic::error(msg!("content-folder-missing", dir = config.root.display().to_string()))
                .with_help(msg!("content-folder-missing-help")),
        );
        return content;
    }
    let entries = discover(&dir, &config.root, &mut content.diagnostics);
    let mut folders_with_pages = BTreeSet::new();
    let old = previous.map(Previous::new).unwrap_or_default();
    let limit = config.max_file_bytes;
    let results: Vec<(LoadResult, Option<Diagnostic>, String)> = entries
        .into_par_iter()
        .map(|entry| {
            let (Entry::Page(_, rel) | Entry::Section(_, rel) | Entry::Data(_, rel) | Entry::Asset(_, rel)) = &entry;
            let rel = rel.clone();
            let loaded = match old.reuse(&entry, changed) {
                Some(loaded) => Ok(loaded),
                None => load_entry(entry, limit),
            };
            // Computed for reused files too: a load gives the same warnings.
            let warning = match &loaded {
                Ok(Loaded::Asset(a)) => active_asset(a, config),
                Ok(l) => l.text().and_then(|(shown, text)| encoding::mojibake_warning(shown, text)),
                Err(_) => None,
            };
            (loaded, warning, rel)
        })
        .collect();

    for (r, warning, rel) in results {
        content.diagnostics.extend(warning);
        match r {
            Ok(Loaded::Page(p)) => {
                let folder = if p.rel.ends_with("/index.md") { parent(parent(&p.rel)) } else { parent(&p.rel) };
                folders_with_pages.insert(folder.to_string());
                content.pages.push(*p);
            }
            Ok(Loaded::Section(s)) => content.sections.push(*s),
            Ok(Loaded::Units(d)) => content.units.push(d),
            Ok(Loaded::Plan(d)) => content.plans.push(*d),
            Ok(Loaded::Speech(d)) => content.speech = Some(*d),
            Ok(Loaded::Asset(a)) => content.assets.push(a),
            Err(ds) => {
                content.failed.push(rel);
                content.diagnostics.extend(ds);
            }
        }
    }
    let with_index: BTreeSet<&str> = content.sections.iter().map(|s| s.dir()).collect();
    // Every ancestor of a folder with pages is a section too.
    let mut bare = BTreeSet::new();
    for f in &folders_with_pages {
        let mut f = f.as_str();
        loop {
            if !with_index.contains(f) {
                bare.insert(f.to_string());
            }
            if f.is_empty() {
                break;
            }
            f = parent(f);
        }
    }
    content.bare_folders = bare.into_iter().collect();
    content
}

/// The files an earlier load read successfully, by path.
#[derive(Default)]
struct Previous<'a> {
    pages: HashMap<&'a str, &'a PageSource>,
    sections: HashMap<&'a str, &'a SectionSource>,
    units: HashMap<&'a str, &'a DataFile<Vec<data::RawUnit>>>,
    plans: HashMap<&'a str, &'a DataFile<data::RawPlan>>,
    speech: Option<&'a DataFile<speech::RawSpeech>>,
}

impl<'a> Previous<'a> {
    fn new(c: &'a Content) -> Self {
        Previous {
            pages: c.pages.iter().map(|p| (p.rel.as_str(), p)).collect(),
            sections: c.sections.iter().map(|s| (s.rel.as_str(), s)).collect(),
            units: c.units.iter().map(|d| (d.rel.as_str(), d)).collect(),
            plans: c.plans.iter().map(|d| (d.rel.as_str(), d)).collect(),
            speech: c.speech.as_ref(),
        }
    }

    /// The earlier result for an unchanged file, if there is one.
    fn reuse(&self, entry: &Entry, changed: &(dyn Fn(&str) -> bool + Sync)) -> Option<Loaded> {
        let (Entry::Page(_, rel) | Entry::Section(_, rel) | Entry::Data(_, rel) | Entry::Asset(_, rel)) = entry;
        if changed(rel) {
            return None;
        }
        Some(match entry {
            Entry::Page(..) => Loaded::Page(Box::new((*self.pages.get(rel.as_str())?).clone())),
            Entry::Section(..) => Loaded::Section(Box::new((*self.sections.get(rel.as_str())?).clone())),
            Entry::Data(..) if rel.ends_with(PLAN_FILE) => {
                Loaded::Plan(Box::new((*self.plans.get(rel.as_str())?).clone()))
            }
            Entry::Data(..) if rel == speech::FILE => Loaded::Speech(Box::new(self.speech?.clone())),
            Entry::Data(..) => Loaded::Units((*self.units.get(rel.as_str())?).clone()),
            Entry::Asset(..) => return None,
        })
    }
}

/// Reads and parses one file.
fn load_entry(entry: Entry, limit: u64) -> LoadResult {
    let read_text = |abs: &Path, rel: &str, limit| read_text(abs, rel, limit).map_err(|d| vec![d]);
    match entry {
        Entry::Page(abs, rel) => read_text(&abs, &rel, limit)
            .and_then(|(text, shown)| parse_source::<PageFront>(text, rel, shown).map(|p| Loaded::Page(Box::new(p)))),
        Entry::Section(abs, rel) => read_text(&abs, &rel, limit).and_then(|(text, shown)| {
            parse_source::<SectionFront>(text, rel, shown).map(|s| Loaded::Section(Box::new(s)))
        }),
        Entry::Data(abs, rel) => read_text(&abs, &rel, limit).and_then(|(text, shown)| {
            if rel.ends_with(PLAN_FILE) {
                parse_data(&text, rel, shown).map(|d| Loaded::Plan(Box::new(d)))
            } else if rel == speech::FILE {
                parse_data(&text, rel, shown).map(|d| Loaded::Speech(Box::new(d)))
            } else {
                parse_data(&text, rel, shown).map(Loaded::Units)
            }
        }),
        Entry::Asset(abs, rel) => Ok(Loaded::Asset(Asset { abs, rel })),
    }
}

/// A file read, or every mistake that kept it from being read.
type LoadResult = Result<Loaded, Vec<Diagnostic>>;

enum Loaded {
    Page(Box<PageSource>),
    Section(Box<SectionSource>),
    Units(DataFile<Vec<data::RawUnit>>),
    Plan(Box<DataFile<data::RawPlan>>),
    Speech(Box<DataFile<speech::RawSpeech>>),
    Asset(Asset),
}

impl Loaded {
    /// The file as shown and its text, for a text file.
    fn text(&self) -> Option<(&Path, &str)> {
        match self {
            Loaded::Page(p) => Some((&p.shown, &p.text)),
            Loaded::Section(s) => Some((&s.shown, &s.text)),
            Loaded::Units(d) => Some((&d.shown, &d.text)),
            Loaded::Plan(d) => Some((&d.shown, &d.text)),
            Loaded::Speech(d) => Some((&d.shown, &d.text)),
            Loaded::Asset(_) => None,
        }
    }
}

/// The problem of an HTML or SVG file of the content that holds something
/// that would run (see active.rs).
fn active_asset(a: &Asset, config: &Config) -> Option<Diagnostic> {
    if !active::is_active_kind(&a.rel) {
        return None;
    }
    let shown = PathBuf::from(format!("content/{}", a.rel));
    active_file(&a.abs, &shown, config)
}

/// The problem of the HTML or SVG file `abs` (shown as `shown`), if any.
pub fn active_file(abs: &Path, shown: &Path, config: &Config) -> Option<Diagnostic> {
    let size = std::fs::metadata(abs).map(|m| m.len()).unwrap_or(0);
    if size > config.max_file_bytes {
        return Some(too_big(size, config.max_file_bytes).in_file(shown));
    }
    let bytes = std::fs::read(abs).ok()?;
    active::check(shown, &String::from_utf8_lossy(&bytes), config.raw_html)
}

/// The folder part of a `/`-separated relative path.
fn parent(rel: &str) -> &str {
    rel.rfind('/').map_or("", |i| &rel[..i])
}

/// Lists and classifies the files of `content/`, in a stable order.
fn discover(dir: &Path, root: &Path, diags: &mut Diagnostics) -> Vec<Entry> {
    let files: Vec<(PathBuf, String)> = walk(dir, root, diags)
        .into_iter()
        .map(|abs| {
            let rel = rel_string(abs.strip_prefix(dir).unwrap_or(&abs));
            (abs, rel)
        })
        .collect();
    // Folders holding an `index.md` are page bundles: everything below them
    // belongs to that page.
    let bundles: BTreeSet<String> = files
        .iter()
        // `content/index.md` is an ordinary page: the home page is `_index.md`.
        .filter(|(_, rel)| rel.ends_with("/index.md"))
        .map(|(_, rel)| parent(rel).to_string())
        .collect();
    fn bundle_of<'a>(bundles: &BTreeSet<String>, rel: &'a str) -> Option<&'a str> {
        let mut f = parent(rel);
        loop {
            if bundles.contains(f) {
                return Some(f);
            }
            if f.is_empty() {
                return None;
            }
            f = parent(f);
        }
    }
    let mut entries = Vec::with_capacity(files.len());
    for (abs, rel) in files {
        let name = rel.rsplit('/').next().unwrap_or(&rel).to_string();
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        let bundle = bundle_of(&bundles, &rel).map(str::to_string);
        match (ext.as_str(), name.as_str()) {
            ("md", "_index.md") if bundle.is_some() => diags.push(
                Diagnostic::error(msg!("bundle-holds-section", rel = &rel))
                    .in_file(format!("content/{rel}"))
                    .with_help(msg!("bundle-holds-section-help")),
            ),
            ("md", "_index.md") => entries.push(Entry::Section(abs, rel)),
            // A page folder inside another: look above its own folder.
            ("md", "index.md") if bundle_of(&bundles, parent(&rel)).is_some() => diags.push(
                Diagnostic::error(msg!("bundle-in-bundle", dir = bundle_of(&bundles, parent(&rel)).unwrap_or("")))
                    .in_file(format!("content/{rel}"))
                    .with_help(msg!("bundle-in-bundle-help")),
            ),
            ("md", "index.md") => entries.push(Entry::Page(abs, rel)),
            ("md", _) if bundle.is_some() => diags.push(
                Diagnostic::warning(msg!("bundle-holds-page", name = &name))
                    .in_file(format!("content/{rel}"))
                    .with_help(msg!("bundle-holds-page-help")),
            ),
            ("md", _) => entries.push(Entry::Page(abs, rel)),
            ("yaml", UNITS_FILE | PLAN_FILE) => entries.push(Entry::Data(abs, rel)),
            ("yaml", speech::FILE) if rel == speech::FILE => entries.push(Entry::Data(abs, rel)),
            _ => entries.push(Entry::Asset(abs, rel)),
        }
    }
    entries
}

/// The files below `dir` (a folder of the site at `root`), sorted, without
/// hidden files and editor leftovers. Symbolic links are followed only
/// when they lead inside the site; one leading outside is reported with a
/// warning, and its target is neither read nor published.
pub fn walk(dir: &Path, root: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let outside = std::cell::RefCell::new(Vec::new());
    let walker = walkdir::WalkDir::new(dir).follow_links(true).sort_by_file_name().into_iter().filter_entry(|e| {
        if e.depth() > 0 && is_ignored(&e.file_name().to_string_lossy()) {
            return false;
        }
        if !e.path_is_symlink() {
            return true;
        }
        let real = e.path().canonicalize();
        if real.as_ref().is_ok_and(|r| r.starts_with(&real_root)) {
            return true;
        }
        outside.borrow_mut().push((e.path().to_path_buf(), real.ok()));
        false
    });
    let mut files = Vec::new();
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => files.push(e.into_path()),
            Ok(_) => {}
            Err(e) => {
                let path = e.path().map(|p| shown_path(p, root)).unwrap_or_default();
                let why = if e.loop_ancestor().is_some() { msg!("walk-loop").to_string() } else { e.to_string() };
                diags.push(
                    Diagnostic::error(msg!("walk-unreadable", path = path, error = why))
                        .with_help(msg!("walk-unreadable-help")),
                );
            }
        }
    }
    for (link, target) in outside.into_inner() {
        let shown = shown_path(&link, root);
        let to = target.map_or_else(|| msg!("link-broken-target").to_string(), |t| format!("`{}`", t.display()));
        diags.push(
            Diagnostic::warning(msg!("link-outside", path = &shown, target = to))
                .in_file(&shown)
                .with_help(msg!("link-outside-help")),
        );
    }
    files
}

/// A path as shown in messages: relative to the site root.
fn shown_path(p: &Path, root: &Path) -> String {
    rel_string(p.strip_prefix(root).unwrap_or(p))
}

/// Hidden files and editor leftovers (`.x`, `x~`, `#x#`, `x.swp`) are skipped.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
}

fn rel_string(p: &Path) -> String {
    p.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// A file of `size` bytes is over the `limit`: its size in MB to the
/// hundredth, rounded up so that it never looks within the limit (1,05 MB),
/// and the whole number of MB to raise the limit to.
fn too_big(size: u64, limit: u64) -> Diagnostic {
    const MB: u64 = 1024 * 1024;
    let hundredths = (u128::from(size) * 100).div_ceil(u128::from(MB));
    let mb = hundredths as f64 / 100.0;
    let limit_mb = limit as f64 / MB as f64;
    Diagnostic::error(msg!("file-too-big", mb = mb, limit = limit_mb))
        .with_help(msg!("file-too-big-help", mb = size.div_ceil(MB)))
}

/// Reads a file as UTF-8 text, without a byte-order mark, refusing files
/// larger than `limit` bytes before reading them.
fn read_text(abs: &Path, rel: &str, limit: u64) -> Result<(Arc<str>, PathBuf), Diagnostic> {
    let shown = PathBuf::from(format!("content/{rel}"));
    let size = std::fs::metadata(abs).map(|m| m.len()).unwrap_or(0);
    if size > limit {
        return Err(too_big(size, limit).in_file(&shown));
    }
    let bytes = fs::read(abs).map_err(|e| e.diagnostic().in_file(&shown))?;
    if encoding::is_utf16(&bytes) {
        return Err(encoding::utf16(&shown));
    }
    // simdutf8 validates Vietnamese text (a third of its characters take
    // two or three bytes) many times faster than std; copying the checked
    // text costs less than std's check. std finds the bad byte for the message.
    match simdutf8::basic::from_utf8(&bytes) {
        Ok(text) => Ok((Arc::from(text.strip_prefix('\u{feff}').unwrap_or(text)), shown)),
        Err(_) => {
            let valid = std::str::from_utf8(&bytes).err().map_or(0, |e| e.valid_up_to());
            Err(not_utf8(&shown, &bytes, valid))
        }
    }
}

/// The diagnostic for a file that is not UTF-8, pointing at the first bad byte.
pub fn not_utf8(shown: &Path, bytes: &[u8], valid_up_to: usize) -> Diagnostic {
    // The prefix is valid UTF-8 by definition.
    let prefix = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
    let mut d = Diagnostic::error(msg!("not-utf8")).in_file(shown).at(prefix, prefix.len());
    d.snippet = None;
    d.with_help(msg!("not-utf8-help"))
}

/// Parses a data file. Its numbers are checked as written by
/// [`scalars::Number`], in every YAML form. (Public for the fuzz targets,
/// which feed it arbitrary text.)
pub fn parse_data<T: DeserializeOwned>(
    text: &str,
    rel: String,
    shown: PathBuf,
) -> Result<DataFile<T>, Vec<Diagnostic>> {
    let data = yaml::from_str_all::<T>(text)
        .map_err(|es| es.into_iter().map(|e| yaml_diagnostic(e, &shown, text, 0)).collect::<Vec<_>>())?;
    Ok(DataFile { rel, shown, text: text.to_string(), data })
}

/// A YAML mistake placed in its file: `fence_lines` lines come before the
/// YAML text (a front matter's opening `---`).
fn yaml_diagnostic(e: yaml::YamlError, shown: &Path, text: &str, fence_lines: usize) -> Diagnostic {
    let line = if e.line == 0 { 1 } else { e.line + fence_lines };
    let mut d = Diagnostic::error(e.message).in_file(shown).at_line_col(text, line, e.col);
    d.help = e.help;
    d
}

/// Splits off and parses the front matter of a Markdown file, reporting
/// every mistake it holds. (Public for the fuzz targets, which feed it
/// arbitrary text.)
pub fn parse_source<F: DeserializeOwned>(
    text: Arc<str>,
    rel: String,
    shown: PathBuf,
) -> Result<Source<F>, Vec<Diagnostic>> {
    let split = frontmatter::split(&text).map_err(|e| {
        vec![match e {
            frontmatter::SplitError::NoOpening => {
                Diagnostic::error(msg!("fm-missing")).in_file(&shown).at(&text, 0).with_help(msg!("fm-missing-help"))
            }
            frontmatter::SplitError::NoClosing => {
                Diagnostic::error(msg!("fm-unclosed")).in_file(&shown).at(&text, 0).with_help(msg!("fm-unclosed-help"))
            }
        }]
    })?;
    // YAML lines count from the first line after the opening fence.
    let fence_lines = text[..split.yaml.start].matches('\n').count();
    let front = yaml::from_str_all::<F>(&text[split.yaml.clone()])
        .map_err(|es| es.into_iter().map(|e| yaml_diagnostic(e, &shown, &text, fence_lines)).collect::<Vec<_>>())?;
    Ok(Source {
        rel,
        shown,
        front: Arc::new(front),
        body_start: split.body,
        yaml_start: split.yaml.start,
        text,
        mentions: Arc::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(t: Option<crate::messages::Text>) -> Option<String> {
        t.map(|t| t.text(crate::messages::Lang::En))
    }

    fn page(text: &str) -> Result<PageSource, Diagnostic> {
        parse_source(text.into(), "a.md".into(), "content/a.md".into()).map_err(|mut ds| ds.remove(0))
    }

    #[test]
    fn yaml_errors_are_placed_on_the_file_line() {
        let d = page("---\ntitle: a\ntitel: b\n---\n").unwrap_err();
        assert_eq!((d.line, d.col), (3, 1));
        assert_eq!(d.snippet.as_deref(), Some("titel: b"));
        assert_eq!(en(d.help).as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn wrong_date_format_shows_the_iso_form() {
        let d = page("---\ntitle: a\ndate: 11/01/2022\n---\n").unwrap_err();
        assert_eq!(d.line, 3);
        assert_eq!(en(d.help).as_deref(), Some("dates are written year-month-day: `2022-01-11`"));
    }

    #[test]
    fn not_utf8_points_at_the_first_bad_byte() {
        let d = not_utf8(Path::new("content/a.md"), b"---\ntitle: K\xea ho\xb8ch", 12);
        assert_eq!((d.line, d.col), (2, 9));
        assert!(en(d.help).unwrap().contains("TCVN3"));
    }

    #[test]
    fn ignores_editor_leftovers() {
        for n in [".git", "a.md~", "#a.md#", ".a.md.swp", "x.tmp"] {
            assert!(is_ignored(n), "{n}");
        }
        assert!(!is_ignored("a.md"));
    }
}
