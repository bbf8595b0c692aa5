//! The stages' steps as a session runs them: the configuration with the
//! portals asked for, what each portal shows, page bodies taken out of the
//! model, pages then list pages rendered into a sink, static files, and the
//! one-shot build that writes each file as it is rendered.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::config::{self, Config};
use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::messages::Text;
use crate::model::{self, PageId, Site};
use crate::render::artifacts::search::Terms;
use crate::render::{Body, File, Key, Renderer, Select, Source};
use crate::session::packed::Packed;
use crate::session::{Built, Entry, SearchFiles};
use crate::{BuildOptions, Report, content, msg, output};

/// What each portal shows, and the unit it belongs to.
pub type Scopes = Vec<(Option<model::plan::UnitId>, model::scope::Scope)>;

/// Problems, each with the key of the output it was met in.
pub type KeyedDiags = Vec<(Key, Diagnostic)>;

/// Where rendered files go: (key, portal, file).
pub type Sink<'s> = dyn Fn(Key, usize, File) + Sync + 's;

/// Wall time of each stage, printed to stderr when `LOA_TIMINGS` is set:
/// where a build's time goes, for profiling (see the README's Performance).
pub struct Timings {
    last: Option<std::time::Instant>,
}

impl Timings {
    pub fn new() -> Self {
        Timings { last: std::env::var_os("LOA_TIMINGS").map(|_| std::time::Instant::now()) }
    }

    pub fn mark(&mut self, stage: &str) {
        if let Some(last) = &mut self.last {
            let now = std::time::Instant::now();
            eprintln!("timing: {stage:<12} {:7.1} ms", (now - *last).as_secs_f64() * 1000.0);
            *last = now;
        }
    }
}

impl Default for Timings {
    fn default() -> Self {
        Self::new()
    }
}

/// `loa.yaml` with only the portal asked for and the preview address, and
/// every portal id it lists.
pub fn config(opts: &BuildOptions) -> Result<(Config, Vec<String>), Diagnostics> {
    let mut config = config::load(&opts.root)?;
    let all = config.portals.iter().map(|p| p.id.clone()).collect();
    select_portals(&mut config, opts).map_err(|d| Diagnostics::from_iter([d]))?;
    Ok((config, all))
}

/// The model's page bodies, taken out of it: each page keeps its front
/// matter; the whole text is returned (the body starts at `body_start`).
pub fn take_bodies(site: &mut Site) -> Vec<Arc<str>> {
    site.pages
        .iter_mut()
        .map(|p| {
            let front: Arc<str> = Arc::from(&p.src.text[..p.src.body_start]);
            std::mem::replace(&mut p.src.text, front)
        })
        .collect()
}

/// The pages `select` names.
pub fn pages_of(select: &Select, count: usize) -> Vec<PageId> {
    match select.keys {
        None => (0..count).collect(),
        Some(keys) => {
            let mut ids: Vec<PageId> =
                keys.iter().filter_map(|k| if let Key::Page(id) = k { Some(*id) } else { None }).collect();
            ids.sort_unstable();
            ids
        }
    }
}

/// Renders pages in parallel into `sink`; returns each one's summary (for
/// the listings) and the problems met.
pub fn pages(
    r: &Renderer,
    ids: &[PageId],
    select: Select,
    body: &(dyn Fn(PageId) -> Arc<str> + Sync),
    sink: &Sink,
) -> (Vec<(PageId, String)>, KeyedDiags) {
    let results: Vec<(PageId, String, Vec<Diagnostic>)> = ids
        .par_iter()
        .map(|&id| {
            let text = body(id);
            let start = r.body_start(id).min(text.len());
            let out = r.page_for(id, &text[start..], select);
            drop(text);
            for (portal, f) in out.files {
                sink(Key::Page(id), portal, f);
            }
            (id, out.summary, out.diagnostics)
        })
        .collect();
    let mut summaries = Vec::with_capacity(results.len());
    let mut diags = Vec::new();
    for (id, s, d) in results {
        summaries.push((id, s));
        diags.extend(d.into_iter().map(|d| (Key::Page(id), d)));
    }
    (summaries, diags)
}

/// Renders the list pages `select` asks for into `sink`, each as it is made.
pub fn listings(r: &Renderer, summaries: &[String], select: Select, sink: &Sink) -> Vec<(Key, Diagnostic)> {
    r.listings_into(summaries, select, sink)
}

/// The search index and page of every portal, from the pages' words.
pub fn search(r: &Renderer, terms: &[Option<Arc<Terms>>], sink: &Sink) -> Vec<(Key, Diagnostic)> {
    let (files, diags) = r.search(terms);
    files.into_par_iter().for_each(|(p, f)| sink(Key::Search, p, f));
    diags.into_iter().map(|d| (Key::Search, d)).collect()
}

/// What rendering every output found: each page's summary, each page's
/// search words, the problems.
pub type Everything = (Vec<String>, Vec<Option<Arc<Terms>>>, Vec<(Key, Diagnostic)>);

/// Every page, then every list page, then the search index.
pub fn everything(r: &Renderer, bodies: &[Arc<Packed>], sink: &Sink) -> Everything {
    let ids: Vec<PageId> = (0..bodies.len()).collect();
    let (made, mut diags) = pages(r, &ids, Select::default(), &|id| bodies[id].text(), sink);
    let summaries: Vec<String> = made.into_iter().map(|(_, s)| s).collect();
    let terms = r.take_terms(&[]);
    let (listed, searched) =
        rayon::join(|| listings(r, &summaries, Select::default(), sink), || search(r, &terms, sink));
    diags.extend(listed.into_iter().chain(searched));
    (summaries, terms, diags)
}

/// `index` with every static file added for every portal (they win over
/// rendered files of the same path, as they are written last).
pub fn with_statics(
    index: &[HashMap<String, Entry>],
    statics: &[(String, Source)],
    portals: usize,
) -> Vec<HashMap<String, Entry>> {
    let mut out: Vec<HashMap<String, Entry>> = index.to_vec();
    out.resize(portals, HashMap::new());
    for m in &mut out {
        m.retain(|_, e| match e {
            Entry::Copy(p) => !statics.iter().any(|(_, s)| matches!(s, Source::File(f) if f == p)),
            Entry::Builtin(_) => false,
            Entry::Key(_) => true,
        });
        for (rel, src) in statics {
            let entry = match src {
                Source::File(p) => Entry::Copy(p.clone()),
                Source::Builtin(b) => Entry::Builtin(b),
            };
            m.insert(rel.clone(), entry);
        }
    }
    out
}

/// The one-shot build: each stage once, each file written as it is made.
pub fn build_once(opts: &BuildOptions) -> Report {
    let mut report = Report::default();
    let mut timings = Timings::new();
    let (config, all_portals) = match config(opts) {
        Ok(c) => c,
        Err(d) => {
            report.diagnostics = d;
            return report;
        }
    };
    let content = content::load(&config);
    timings.mark("load");
    let model_opts =
        model::Options { drafts: opts.drafts, future: opts.future, today: opts.today.unwrap_or_else(Date::today) };
    let (mut site, mut diags) = model::build(content, &model_opts);
    timings.mark("model");
    let templates = match crate::render::templates::load(&config) {
        Ok(t) => Some(t),
        Err(d) => {
            diags.extend(d);
            None
        }
    };
    report.portals = config.portals.iter().map(|p| p.id.clone()).collect();
    report.pages = site.pages.len();
    report.left_out = site.left_out();
    let Some(templates) = templates else {
        report.diagnostics = finish(diags);
        return report;
    };
    // Page bodies leave the model (everything derived from them is computed
    // by now): each is handed to the renderer once and freed when its page is
    // written, so memory does not grow with the text of a 50,000-page site.
    let bodies: Vec<Mutex<Option<Arc<str>>>> =
        take_bodies(&mut site).into_iter().map(|b| Mutex::new(Some(b))).collect();
    let scopes = portal_scopes(&config, &site, &all_portals, &mut diags);
    let renderer = Renderer::new(&config, &site, &templates, &config.portals, scopes, model_opts.today);
    diags.extend(renderer.check_templates());
    timings.mark("templates");
    // With errors already found, pages are still rendered (to report broken
    // links and the like in the same run) but nothing is written.
    let write_output = opts.write && !diags.has_errors();
    let out_root = opts.output.clone().unwrap_or_else(|| config.root.join("public"));
    let mut writer = None;
    if write_output {
        match Writer::begin(&out_root, &config, opts) {
            Ok(w) => writer = Some(w),
            Err(d) => {
                diags.push(d);
                report.diagnostics = finish(diags);
                return report;
            }
        }
    }
    timings.mark("staging");
    let sink = |_: Key, portal: usize, f: File| {
        if let Some(w) = &writer {
            w.write(portal, f);
        }
    };
    let ids: Vec<PageId> = (0..site.pages.len()).collect();
    let take = |id: PageId| bodies[id].lock().ok().and_then(|mut b| b.take()).unwrap_or_else(|| Arc::from(""));
    // Pages first (in parallel): their summaries feed the listings.
    let (made, page_diags) = pages(&renderer, &ids, Select::default(), &take, &sink);
    timings.mark("pages");
    diags.extend(page_diags.into_iter().map(|(_, d)| d));
    let summaries: Vec<String> = made.into_iter().map(|(_, s)| s).collect();
    // The list pages, and beside them the search index and page (when the
    // theme has one) from every page's words: neither needs the other.
    let terms = renderer.take_terms(&[]);
    let (listed, searched) = rayon::join(
        || renderer.listings_into(&summaries, Select::default(), &sink),
        || search(&renderer, &terms, &sink),
    );
    drop(terms);
    diags.extend(listed.into_iter().chain(searched).map(|(_, d)| d));
    diags.extend(static_problems(&config, &site));
    timings.mark("lists+search");
    if let Some(w) = &writer {
        for (rel, src) in static_files(&config) {
            for portal in 0..config.portals.len() {
                w.write(portal, File { path: rel.clone(), body: src.body() });
            }
        }
    }
    timings.mark("write rest");
    if let Some(w) = writer {
        let (files, problems, target) = w.finish(diags.has_errors());
        report.files = files;
        report.output_changed = target.is_some() && problems.iter().any(Diagnostic::is_error);
        diags.extend(problems);
        report.output = target;
    }
    timings.mark("commit");
    report.diagnostics = finish(diags);
    report
}

/// A build's output being written: staged, then swapped in.
pub(crate) struct Writer {
    staging: output::Staging,
    target: PathBuf,
    portal_dirs: Vec<String>,
    written: std::sync::atomic::AtomicUsize,
    errors: Mutex<Vec<Diagnostic>>,
    /// Each portal's manifest (for `loa publish`), hashed as files are written.
    manifest: output::manifest::Recorder,
}

impl Writer {
    /// Checks the output folder, takes its lock (waiting for another build,
    /// saying so) and starts staging (see output/).
    pub(crate) fn begin(out_root: &Path, config: &Config, opts: &BuildOptions) -> Result<Writer, Diagnostic> {
        // Full builds replace the whole output folder; one-portal builds only
        // that portal's folder.
        let (target, portal_dirs): (PathBuf, Vec<String>) = match &opts.portal {
            Some(id) => (out_root.join(id), vec![String::new()]),
            None => (out_root.to_path_buf(), config.portals.iter().map(|p| format!("{}/", p.id)).collect()),
        };
        let request = output::Request {
            out: out_root,
            portal: opts.portal.as_deref(),
            site: &config.root,
            explicit: opts.output.is_some(),
        };
        let waiting = |pid: &str| eprintln!("{}", crate::msg!("lock-waiting", pid = pid));
        let staging = output::Staging::start(&request, &waiting)?;
        let manifest = output::manifest::Recorder::new(portal_dirs.len());
        Ok(Writer {
            staging,
            target,
            portal_dirs,
            written: Default::default(),
            errors: Mutex::new(Vec::new()),
            manifest,
        })
    }

    pub(crate) fn write(&self, portal: usize, f: File) {
        let rel = format!("{}{}", self.portal_dirs[portal], f.path);
        let r = match &f.body {
            Body::Bytes(b) => self.staging.write(&rel, b).map(|()| self.manifest.bytes(portal, &f.path, b)),
            Body::Builtin(b) => self.staging.write(&rel, b).map(|()| self.manifest.bytes(portal, &f.path, b)),
            Body::Copy(from) => self.staging.copy(&rel, from).and_then(|()| {
                let hashed = self.manifest.copied(portal, &f.path, from);
                hashed.map_err(|source| crate::fs::Error { op: "read", path: from.clone(), source })
            }),
        };
        match r {
            Ok(()) => {
                self.written.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            Err(e) => self.errors.lock().unwrap_or_else(|p| p.into_inner()).push(e.diagnostic()),
        }
    }

    /// Swaps the output in, unless there were errors: (files, problems,
    /// target). The target is given whenever the published folder changed,
    /// also when a problem came after (then the problems hold an error, or
    /// only warnings once the new site is in place).
    pub(crate) fn finish(self, failed: bool) -> (usize, Vec<Diagnostic>, Option<PathBuf>) {
        let mut errors = self.errors.into_inner().unwrap_or_default();
        let files = self.written.into_inner();
        if !failed && errors.is_empty() {
            for (dir, m) in self.portal_dirs.iter().zip(self.manifest.finish()) {
                let rel = format!("{dir}{}", output::manifest::FILE_NAME);
                if let Err(e) = self.staging.write(&rel, &m.to_json()) {
                    errors.push(e.diagnostic());
                }
            }
        }
        if failed || !errors.is_empty() {
            self.staging.abandon();
            return (files, errors, None);
        }
        match self.staging.commit() {
            Ok(warnings) => (files, warnings, Some(self.target)),
            Err(e) => {
                errors.push(e.error.diagnostic());
                (files, errors, e.changed.then_some(self.target))
            }
        }
    }
}

/// What each portal shows (by the unit it belongs to), and checks the
/// portal ids pages name in `portals:`.
pub fn portal_scopes(config: &Config, site: &Site, all_portals: &[String], diags: &mut Diagnostics) -> Scopes {
    for p in &site.pages {
        for id in p.src.front.portals.iter().flatten() {
            if !all_portals.contains(id) {
                let help = match did_you_mean(id, all_portals.iter().map(String::as_str)) {
                    Some(m) => msg!("did-you-mean", name = m),
                    None => msg!("portals-are", list = all_portals.join(", ")),
                };
                diags.push(model::located(&p.src, "portals", msg!("portal-unknown", id = id)).with_help(help));
            }
        }
    }
    let index = model::plan::UnitIndex::new(&site.units);
    let config_text = std::fs::read_to_string(config.root.join(config::FILE_NAME)).unwrap_or_default();
    config
        .portals
        .iter()
        .map(|p| {
            let unit = p.unit.as_deref().and_then(|u| {
                let found = index.get(u);
                if found.is_none() {
                    let at = [format!("unit: {u}"), format!("unit: \"{u}\""), format!("unit: '{u}'")]
                        .iter()
                        .find_map(|p| config_text.find(p.as_str()))
                        .unwrap_or(0);
                    let help = match did_you_mean(u, site.units.iter().map(|x| x.id.as_str())) {
                        Some(m) => msg!("did-you-mean", name = m),
                        None => msg!("portal-unit-unknown-help"),
                    };
                    diags.push(
                        Diagnostic::error(msg!("portal-unit-unknown", id = &p.id, unit = u))
                            .in_file(config::FILE_NAME)
                            .at(&config_text, at)
                            .with_help(help),
                    );
                }
                found
            });
            (unit, model::scope::scope(site, &p.id, unit))
        })
        .collect()
}

/// Keeps only the portal asked for, and applies a preview base URL.
fn select_portals(config: &mut Config, opts: &BuildOptions) -> Result<(), Diagnostic> {
    if let Some(id) = &opts.portal {
        if !config.portals.iter().any(|p| &p.id == id) {
            let ids: Vec<&str> = config.portals.iter().map(|p| p.id.as_str()).collect();
            let help = match did_you_mean(id, ids.iter().copied()) {
                Some(m) => msg!("did-you-mean", name = m),
                None => msg!("portals-are", list = ids.join(", ")),
            };
            return Err(Diagnostic::error(msg!("portal-unknown", id = id)).with_help(help));
        }
        config.portals.retain(|p| &p.id == id);
    }
    if let Some(url) = &opts.base_url {
        let Some(url) = config::normalize_url(url) else {
            return Err(Diagnostic::error(msg!("base-url-bad", url = url)).with_help(msg!("base-url-bad-help")));
        };
        let several = config.portals.len() > 1;
        for p in &mut config.portals {
            p.base_url = if several { format!("{url}{}/", p.id) } else { url.clone() };
        }
    }
    Ok(())
}

/// The theme's then the site's `static/` files (the site's win), as
/// (output path, source). Links leading outside the site are left out
/// (and reported by [`static_problems`]).
pub fn static_files(config: &Config) -> Vec<(String, Source)> {
    static_walk(config, &mut Diagnostics::new())
}

fn static_walk(config: &Config, diags: &mut Diagnostics) -> Vec<(String, Source)> {
    let mut by_path: std::collections::BTreeMap<String, Source> = std::collections::BTreeMap::new();
    let mut dirs = vec![config.root.join("static")];
    match crate::theme::resolve(config) {
        crate::theme::Theme::Folder(dir) => dirs.insert(0, dir.join("static")),
        crate::theme::Theme::Builtin => {
            for (rel, bytes) in crate::theme::builtin_files("static") {
                by_path.insert(rel, Source::Builtin(bytes));
            }
        }
        crate::theme::Theme::Missing => {}
    }
    for dir in &dirs {
        if dir.is_dir() {
            for abs in content::walk(dir, &config.root, diags) {
                by_path.insert(rel_path(abs.strip_prefix(dir).unwrap_or(&abs)), Source::File(abs));
            }
        }
    }
    by_path.into_iter().collect()
}

/// The static files' problems: links leading outside the site, and files
/// that would overwrite a page or a generated file.
pub fn static_problems(config: &Config, site: &Site) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let files = static_walk(config, &mut diags);
    let builtin = Path::new("themes").join(crate::theme::BUILTIN_NAME).join("static");
    let shown_paths: Vec<PathBuf> = files
        .iter()
        .map(|(rel, src)| match src {
            Source::File(abs) => abs.strip_prefix(&config.root).unwrap_or(abs).to_path_buf(),
            Source::Builtin(_) => builtin.join(rel),
        })
        .collect();
    let shown: Vec<(&str, &Path)> =
        files.iter().zip(&shown_paths).map(|((rel, _), p)| (rel.as_str(), p.as_path())).collect();
    // The site's own HTML and SVG files (the theme's are its author's).
    for ((rel, src), (_, shown)) in files.iter().zip(&shown) {
        if let Source::File(abs) = src
            && shown.starts_with("static")
            && content::active::is_active_kind(rel)
        {
            diags.extend(content::active_file(abs, shown, config));
        }
    }
    diags.extend(model::static_collisions(site, shown));
    diags
}

fn rel_path(p: &Path) -> String {
    p.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Sorts the diagnostics and folds the same template error repeated on many
/// pages into one, saying how many pages it hit.
pub fn finish(diags: Diagnostics) -> Diagnostics {
    let mut out: Vec<(Diagnostic, usize)> = Vec::new();
    let mut sorted = diags;
    sorted.sort();
    for d in sorted {
        let is_template = matches!(d.message.id(), Some("template-error" | "template-error-in"));
        if is_template
            && let Some((_, n)) =
                out.iter_mut().find(|(f, _)| f.path == d.path && f.line == d.line && f.message == d.message)
        {
            *n += 1;
            continue;
        }
        out.push((d, 0));
    }
    out.into_iter()
        .map(|(mut d, n)| {
            if n > 0 {
                let help = d.help.take().unwrap_or_else(|| Text::detail(""));
                d.help = Some(msg!("and-more", help = help, n = n).into());
            }
            d
        })
        .collect()
}

/// A state's problems added up: its stages', the templates' when they
/// failed, each output's.
pub(super) fn finished(mut b: Built, templates_diags: &[Diagnostic]) -> Built {
    let mut all: Diagnostics = b.stage_diags.iter().cloned().collect();
    if b.templates.is_none() {
        all.extend(templates_diags.iter().cloned());
    }
    let mut keys: Vec<&Key> = b.render_diags.keys().collect();
    keys.sort();
    for k in keys {
        all.extend(b.render_diags[k].iter().cloned());
    }
    b.diagnostics = finish(all);
    b
}

/// Renders every output of `next` once: summaries, problems, and the
/// index of output files (nothing is kept but that).
pub(super) fn render_whole(mut next: Built, statics: &[(String, Source)], templates_diags: &[Diagnostic]) -> Built {
    let Some(r) = next.renderer() else { return finished(next, templates_diags) };
    let portals = next.config.portals.len();
    let made = Mutex::new(vec![Vec::new(); portals]);
    let searched = Mutex::new(SearchFiles::new());
    let sink = |key: Key, portal: usize, f: File| {
        let entry = match f.body {
            Body::Bytes(b) if key == Key::Search => {
                if let Ok(mut s) = searched.lock() {
                    s.insert((portal, f.path.clone()), Arc::new(b));
                }
                Entry::Key(key)
            }
            Body::Bytes(_) => Entry::Key(key),
            Body::Copy(p) => Entry::Copy(p),
            Body::Builtin(b) => Entry::Builtin(b),
        };
        if let Ok(mut m) = made.lock() {
            m[portal].push((f.path, entry));
        }
    };
    let (summaries, terms, diags) = everything(&r, &next.bodies, &sink);
    drop(r);
    next.terms = Arc::new(terms);
    // Kept: the index of a large site takes a while to make again.
    let _ = next.search.set(searched.into_inner().unwrap_or_default());
    let mut by_key: HashMap<Key, Vec<Diagnostic>> = HashMap::new();
    for (k, d) in diags {
        by_key.entry(k).or_default().push(d);
    }
    let index: Vec<HashMap<String, Entry>> =
        made.into_inner().unwrap_or_default().into_iter().map(|v| v.into_iter().collect()).collect();
    next.index = Arc::new(with_statics(&index, statics, portals));
    next.summaries = Arc::new(summaries);
    next.render_diags = Arc::new(by_key);
    finished(next, templates_diags)
}
