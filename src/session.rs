//! A session: what a run keeps between stages — the configuration, the
//! loaded content, the compiled templates, the model, and what rendering
//! found (each page's summary, each output's problems, where every output
//! file comes from) — and the one place that knows the order of the stages.
//! `loa build` runs a session once and writes what it renders; `loa serve`
//! keeps it and calls [`Session::apply`] after each edit, which re-runs from
//! the earliest stage the edit touches and renders again only the outputs
//! whose problems may have changed. Files are rendered again on request from
//! the kept stages ([`Built::file`]), so what serve shows is what a build of
//! the same files writes.

mod lazy;
mod packed;
mod render;
mod touched;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use crate::config::Config;
use crate::content::{self, Content};
use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{self, PageId, Site, Target};
use crate::render::artifacts::search::{self, Interner, Terms};
use crate::render::templates::{self, Templates};
use crate::render::{Body, File, Key, Renderer, Select, Source};
use crate::{BuildOptions, Report};
pub use lazy::Pass;
use packed::{Bodies, Texts};
pub use render::{Timings, finish};

/// What an edit changed, as `serve::watch::classify` sorts paths.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    /// `loa.yaml`: everything starts over.
    Config,
    /// A template or interface-strings file: templates are compiled again
    /// and every output rendered again.
    Templates,
    /// A file under `content/`, by its path relative to `content/`.
    Content(String),
    /// A file under a `static/` folder: copied as it is.
    Static,
}

/// Where an output file comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// Rendered from the stages by this key.
    Key(Key),
    /// Copied from this file as it is.
    Copy(PathBuf),
    /// A file of the built-in theme.
    Builtin(&'static [u8]),
}

/// An output file as served.
#[derive(Debug, Clone)]
pub enum Served {
    Bytes(Arc<Vec<u8>>),
    Copy(PathBuf),
}

/// Rendered files kept for serving, by (portal, path), and their size.
type Cache = (usize, HashMap<(usize, String), Arc<Vec<u8>>>);

/// The search page and index of every portal, by (portal, path).
pub(crate) type SearchFiles = HashMap<(usize, String), Arc<Vec<u8>>>;

/// Most bytes of rendered files a state keeps for serving.
const CACHE_BYTES: usize = 16 << 20;
/// Most bytes of the files an edit renders again kept for serving.
const KEEP_BYTES: usize = 4 << 20;

/// One state of the site: the stages' results for the files as they were
/// at one moment. Immutable once made; shared between the session and the
/// server threads.
pub struct Built {
    pub config: Arc<Config>,
    templates: Option<Arc<Templates>>,
    pub site: Arc<Site>,
    /// Each page's whole text, packed (the body starts at its `body_start`).
    bodies: Bodies,
    scopes: render::Scopes,
    summaries: Arc<Vec<String>>,
    /// Each page's words for the search index, kept so an edit redoes the
    /// index from the pages it rendered again and these; their ids are
    /// `words`', which the session keeps from state to state.
    terms: Arc<Vec<Option<Arc<Terms>>>>,
    words: Arc<Interner>,
    /// The search files, made when first asked for (an edit does not wait
    /// for the index of the whole site).
    search: OnceLock<SearchFiles>,
    today: Date,
    /// Problems of the load, model and template stages.
    stage_diags: Arc<Diagnostics>,
    /// Problems met rendering each output.
    render_diags: Arc<HashMap<Key, Vec<Diagnostic>>>,
    /// Per portal: output path → where it comes from.
    index: Arc<Vec<HashMap<String, Entry>>>,
    cache: Mutex<Cache>,
    /// Every problem, sorted and folded as `build` prints them.
    pub diagnostics: Diagnostics,
    /// While the whole render of this state runs (see `lazy`): its result.
    full: Option<Arc<lazy::Background>>,
}

impl Built {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
    }

    /// The renderer over this state's stages.
    fn renderer(&self) -> Option<Renderer<'_>> {
        let t = self.templates.as_ref()?;
        let c = &*self.config;
        Some(
            Renderer::new(c, &self.site, t, &c.portals, self.scopes.clone(), self.today).with_words(self.words.clone()),
        )
    }

    /// The search page and index of every portal, as `build` writes them.
    fn search_files(&self) -> &SearchFiles {
        self.search.get_or_init(|| {
            let Some(r) = self.renderer() else { return SearchFiles::new() };
            let (files, _) = r.search(&self.terms);
            files
                .into_iter()
                .filter_map(|(p, f)| match f.body {
                    Body::Bytes(b) => Some(((p, f.path), Arc::new(b))),
                    Body::Copy(_) | Body::Builtin(_) => None,
                })
                .collect()
        })
    }

    /// The portals, in output order.
    pub fn portal_ids(&self) -> impl Iterator<Item = &str> {
        self.config.portals.iter().map(|p| p.id.as_str())
    }

    /// The file `path` (`van-ban/index.html`) of portal number `portal`, as
    /// `loa build` would write it: rendered now from the kept stages, or
    /// taken from the files rendered by the last edit.
    pub fn file(&self, portal: usize, path: &str) -> Option<Served> {
        if let Some(bg) = &self.full {
            return self.file_early(bg, portal, path);
        }
        let entry = self.index.get(portal)?.get(path);
        if let Some(Entry::Copy(p)) = entry {
            return Some(Served::Copy(p.clone()));
        }
        // The index's file names change with its content: what this state's
        // index is made of, not the names the first render found.
        if search::owns(path) {
            if let Some(b) = self.search_files().get(&(portal, path.to_string())) {
                return Some(Served::Bytes(b.clone()));
            }
            if matches!(entry, Some(Entry::Key(Key::Search))) {
                return None;
            }
        }
        let key = match entry? {
            Entry::Copy(p) => return Some(Served::Copy(p.clone())),
            Entry::Builtin(b) => return Some(Served::Bytes(Arc::new(b.to_vec()))),
            Entry::Key(k) => *k,
        };
        self.rendered(portal, path, key).map(Served::Bytes)
    }

    /// The file `path` of `portal` that `key` makes, rendered now (or kept
    /// from an earlier request); None when `key` does not make it.
    fn rendered(&self, portal: usize, path: &str, key: Key) -> Option<Arc<Vec<u8>>> {
        let cache_key = (portal, path.to_string());
        if let Some(b) = self.cache.lock().ok()?.1.get(&cache_key) {
            return Some(b.clone());
        }
        let keys = HashSet::from([key]);
        let select = Select { keys: Some(&keys), portal: Some(portal) };
        let found = Mutex::new(None);
        self.render(select, &|_, p, f: File| {
            if p == portal
                && f.path == path
                && let Body::Bytes(b) = f.body
            {
                *found.lock().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(b));
            }
        });
        let bytes = found.into_inner().ok()??;
        self.remember(cache_key, bytes.clone());
        Some(bytes)
    }

    fn remember(&self, key: (usize, String), bytes: Arc<Vec<u8>>) {
        if let Ok(mut c) = self.cache.lock() {
            if c.0 + bytes.len() > CACHE_BYTES {
                c.1.clear();
                c.0 = 0;
            }
            c.0 += bytes.len();
            c.1.insert(key, bytes);
        }
    }

    /// Renders every output of this state, handing each file to `sink`
    /// (`loa check`'s passes over the pages as they would be published).
    pub fn render_every(&self, sink: &(dyn Fn(Key, usize, File) + Sync)) {
        self.render(Select::default(), sink);
    }

    /// Renders what `select` asks for with this state's summaries (pages
    /// first, their summaries are not updated here).
    fn render(&self, select: Select, sink: &(dyn Fn(Key, usize, File) + Sync)) -> Vec<(Key, Diagnostic)> {
        let Some(r) = self.renderer() else { return vec![] };
        let pages = render::pages_of(&select, self.site.pages.len());
        let (_, mut diags) = render::pages(&r, &pages, select, &|id| self.bodies[id].text(), sink);
        diags.extend(render::listings(&r, &self.summaries, select, sink));
        diags
    }
}

/// The stages kept between edits.
pub struct Session {
    opts: BuildOptions,
    today: Date,
    config: Option<Arc<Config>>,
    /// Every portal id of `loa.yaml` (`--portal` keeps one in `config`).
    all_portals: Vec<String>,
    /// The loaded files (the pages' texts packed in `texts` and the states).
    content: Content,
    texts: Texts,
    templates: Result<Arc<Templates>, Diagnostics>,
    statics: Arc<Vec<(String, Source)>>,
    /// The latest state (it may have errors).
    current: Option<Arc<Built>>,
    /// The latest state without errors: what serve shows.
    good: Option<Arc<Built>>,
    /// The search index's words, kept while `loa.yaml` stays the same.
    words: Arc<Interner>,
    /// Problems that stop before a state can be made (`loa.yaml`, `--portal`).
    early: Diagnostics,
    /// The model stage's problems (with the portals'), for a state made
    /// again from the same model with other templates.
    model_diags: Arc<Diagnostics>,
    /// While the whole render of the state shown first runs (`open_lazy`).
    pending: Option<Arc<lazy::Background>>,
    /// Some while `open_lazy` starts: the whole render it hands out.
    pass: Option<Option<Pass>>,
}

/// What [`Session::apply`] did.
#[derive(Debug, Default)]
pub struct Applied {
    /// The outputs rendered again; None: all of them.
    pub rendered: Option<usize>,
    /// Whether the last good state changed (browsers should reload).
    pub reload: bool,
}

impl Session {
    /// Loads everything and renders every output once (nothing is written).
    pub fn open(opts: &BuildOptions) -> Session {
        Session::open_with(opts, false).0
    }

    /// Loads everything and makes a state that answers before every output
    /// is rendered (serve's start-up): the returned pass renders them all,
    /// on any thread; until it has ended, what needs it waits for it (see
    /// `lazy`). No pass when the state could not be made (the problems are
    /// then the session's, as with [`Session::open`]).
    pub fn open_lazy(opts: &BuildOptions) -> (Session, Option<Pass>) {
        Session::open_with(opts, true)
    }

    fn open_with(opts: &BuildOptions, lazy: bool) -> (Session, Option<Pass>) {
        let mut s = Session {
            opts: opts.clone(),
            today: opts.today.unwrap_or_else(Date::today),
            config: None,
            all_portals: Vec::new(),
            content: Content::default(),
            texts: Texts::default(),
            templates: Err(Diagnostics::new()),
            statics: Arc::default(),
            current: None,
            good: None,
            words: Arc::default(),
            early: Diagnostics::new(),
            model_diags: Arc::default(),
            pending: None,
            pass: lazy.then_some(None),
        };
        s.start();
        let pass = s.pass.take().flatten();
        (s, pass)
    }

    /// (Re)reads everything from `loa.yaml` on.
    fn start(&mut self) {
        self.current = None;
        self.words = Arc::default();
        self.early = Diagnostics::new();
        let config = match render::config(&self.opts) {
            Ok((c, all)) => {
                self.all_portals = all;
                Arc::new(c)
            }
            Err(d) => {
                self.config = None;
                self.early = d;
                return;
            }
        };
        let mut timings = Timings::new();
        self.content = content::load(&config);
        self.texts = Texts::default();
        timings.mark("load");
        self.templates = templates::load(&config).map(Arc::new);
        self.statics = Arc::new(render::static_files(&config));
        self.config = Some(config);
        timings.mark("templates");
        self.derive(None, &HashSet::new());
    }

    /// The state to show: the latest without errors.
    pub fn good(&self) -> Option<Arc<Built>> {
        self.good.clone()
    }

    /// The latest state, errors or not.
    pub fn current(&self) -> Option<Arc<Built>> {
        self.current.clone()
    }

    /// The problems of the files as they are now, as `build` prints them.
    pub fn diagnostics(&self) -> Diagnostics {
        match &self.current {
            Some(b) => b.diagnostics.clone(),
            None => finish(self.early.iter().cloned().chain(self.templates_diags()).collect()),
        }
    }

    /// Writes the last good state into the output folder, as `build` does
    /// (staged, then swapped in); the folder written, if any.
    pub fn write(&mut self) -> Result<Option<PathBuf>, Diagnostics> {
        self.adopt(true);
        let Some(good) = &self.good else { return Ok(None) };
        let config = &good.config;
        let out_root = self.opts.output.clone().unwrap_or_else(|| config.root.join("public"));
        let w = render::Writer::begin(&out_root, config, &self.opts).map_err(|d| Diagnostics::from_iter([d]))?;
        good.render(Select::default(), &|_, p, f| w.write(p, f));
        for ((p, path), bytes) in good.search_files() {
            w.write(*p, File { path: path.clone(), body: Body::Bytes(bytes.to_vec()) });
        }
        for (rel, src) in self.statics.iter() {
            for p in 0..config.portals.len() {
                w.write(p, File { path: rel.clone(), body: src.body() });
            }
        }
        let (_, errors, target) = w.finish(false);
        if errors.is_empty() { Ok(target) } else { Err(errors.into_iter().collect()) }
    }

    fn templates_diags(&self) -> Vec<Diagnostic> {
        self.templates.as_ref().err().map(|d| d.iter().cloned().collect()).unwrap_or_default()
    }

    /// Takes in changed files and re-runs from the earliest stage they touch.
    pub fn apply(&mut self, changes: &[Change]) -> Applied {
        self.adopt(true);
        let before = self.good.clone();
        let rendered = self.apply_inner(changes);
        let reload = match (&before, &self.good) {
            (Some(a), Some(b)) => !Arc::ptr_eq(a, b),
            (None, Some(_)) => true,
            _ => false,
        };
        Applied { rendered, reload }
    }

    fn apply_inner(&mut self, changes: &[Change]) -> Option<usize> {
        if changes.contains(&Change::Config) || self.config.is_none() {
            self.start();
            return None;
        }
        let config = self.config.clone()?;
        let templates_changed = changes.contains(&Change::Templates);
        if templates_changed {
            self.templates = templates::load(&config).map(Arc::new);
        }
        if changes.contains(&Change::Static) {
            self.statics = Arc::new(render::static_files(&config));
        }
        let changed: HashSet<String> = changes
            .iter()
            .filter_map(|c| match c {
                Change::Content(rel) => Some(rel.clone()),
                _ => None,
            })
            .collect();
        let (mut same_files, mut same_load) = (true, true);
        let rels: Vec<&str> = changed.iter().map(String::as_str).collect();
        // Known pages saved again: read them alone, without the folder walk.
        if !changed.is_empty() && !content::reload_pages(&config, &mut self.content, &rels) {
            self.texts.restore(&mut self.content);
            let content = content::load_reusing(&config, Some(&self.content), &|rel| changed.contains(rel));
            same_files = files(&content) == files(&self.content);
            same_load = content.diagnostics.iter().eq(self.content.diagnostics.iter());
            self.content = content;
        }
        let Some(current) = self.current.clone() else {
            self.derive(None, &changed);
            return None;
        };
        if !templates_changed
            && same_files
            && same_load
            && let Some(pages) = self.body_only(&current, &changed)
        {
            return Some(self.rerender_bodies(&current, pages));
        }
        if changed.is_empty() && !templates_changed {
            // Static files only: the outputs are the same; the index changes.
            let next = self.next_state(&current, current.site.clone(), current.bodies.clone());
            let index = render::with_statics(&current.index, &self.statics, current.config.portals.len());
            let next = Built { index: Arc::new(index), ..next };
            self.settle(next);
            return Some(0);
        }
        if changed.is_empty() {
            // Templates only: the model stays; every output is rendered again.
            let next = self.next_state(&current, current.site.clone(), current.bodies.clone());
            let next = self.rendered_all(next);
            self.settle(next);
            return None;
        }
        let keep = (!templates_changed).then_some(&*current);
        self.derive(keep, &changed)
    }

    /// The pages whose text changed but not their front matter (nor the
    /// documents they mention), when those are the only changes: the model
    /// stays as it is.
    fn body_only(&self, current: &Built, changed: &HashSet<String>) -> Option<Vec<(PageId, Arc<str>)>> {
        let site = &current.site;
        let mut out = Vec::new();
        for rel in changed {
            let new = self.content.pages.iter().find(|p| &p.rel == rel)?;
            let Some(Target::Page(id)) = site.by_source.get(rel) else { return None };
            let old = &site.pages[*id].src;
            if old.text[..old.body_start] != new.text[..new.body_start] || old.body_start != new.body_start {
                return None;
            }
            if touched::citations(site, *id, new.body()) != touched::cited(site, *id) {
                return None;
            }
            out.push((*id, new.text.clone()));
        }
        Some(out)
    }

    /// Renders again the pages whose body changed, then the lists that
    /// show their summaries if those changed.
    fn rerender_bodies(&mut self, current: &Arc<Built>, pages: Vec<(PageId, Arc<str>)>) -> usize {
        let mut bodies = (*current.bodies).clone();
        self.texts.repack(&mut bodies, &pages, &current.site, &mut self.content);
        // Texts unpacked for a whole load go back to being packed.
        self.texts.strip(&mut self.content);
        let next = self.next_state(current, current.site.clone(), Arc::new(bodies));
        let keys: HashSet<Key> = pages.iter().map(|(id, _)| Key::Page(*id)).collect();
        let next = self.render_touched(next, keys);
        let n = next.1;
        self.settle(next.0);
        n
    }

    /// A state sharing `current`'s stages but for the site and bodies.
    fn next_state(&self, current: &Built, site: Arc<Site>, bodies: Bodies) -> Built {
        Built {
            config: current.config.clone(),
            templates: current.templates.clone(),
            site,
            bodies,
            scopes: current.scopes.clone(),
            summaries: current.summaries.clone(),
            terms: current.terms.clone(),
            words: current.words.clone(),
            search: OnceLock::new(),
            today: self.today,
            stage_diags: current.stage_diags.clone(),
            render_diags: current.render_diags.clone(),
            index: current.index.clone(),
            cache: Mutex::new((0, HashMap::new())),
            diagnostics: Diagnostics::new(),
            full: None,
        }
    }

    /// Renders `keys` in `next` (pages first; then the lists showing the
    /// pages whose summary changed), keeping the files for serving.
    fn render_touched(&self, mut next: Built, mut keys: HashSet<Key>) -> (Built, usize) {
        let Some(r) = next.renderer() else { return (self.finish_state(next), 0) };
        // The files rendered first (the edited pages) are kept for serving,
        // up to a budget: a report edit renders most of a site again.
        let files = Mutex::new((0, Vec::new()));
        let sink = |_: Key, portal: usize, f: File| {
            if let Body::Bytes(b) = f.body
                && let Ok(mut v) = files.lock()
                && v.0 + b.len() <= KEEP_BYTES
            {
                v.0 += b.len();
                v.1.push(((portal, f.path), Arc::new(b)));
            }
        };
        let select = Select { keys: Some(&keys), portal: None };
        let pages = render::pages_of(&select, next.site.pages.len());
        let (summaries, mut diags) = render::pages(&r, &pages, select, &|id| next.bodies[id].text(), &sink);
        let mut all = (*next.summaries).clone();
        for (id, s) in summaries {
            if all[id] != s {
                keys.extend(touched::listing_keys(&next.site, id));
                all[id] = s;
            }
        }
        let summaries = Arc::new(all);
        let select = Select { keys: Some(&keys), portal: None };
        diags.extend(render::listings(&r, &summaries, select, &sink));
        // The index covers every page: the words of those rendered now with
        // the others' as they were (it is made when asked for).
        let terms = (!pages.is_empty()).then(|| r.take_terms(&next.terms));
        drop(r);
        if let Some(t) = terms {
            next.terms = Arc::new(t);
        }
        next.summaries = summaries;
        let mut by_key = (*next.render_diags).clone();
        for k in &keys {
            by_key.remove(k);
        }
        for (k, d) in diags {
            by_key.entry(k).or_default().push(d);
        }
        next.render_diags = Arc::new(by_key);
        for (k, b) in files.into_inner().unwrap_or_default().1 {
            next.remember(k, b);
        }
        let n = keys.len();
        (self.finish_state(next), n)
    }

    /// Adds up a state's problems.
    fn finish_state(&self, b: Built) -> Built {
        render::finished(b, &self.templates_diags())
    }

    /// Makes `next` the current state, and the good one if it has no errors.
    fn settle(&mut self, next: Built) {
        let next = Arc::new(next);
        if !next.failed() {
            self.good = Some(next.clone());
        }
        self.current = Some(next);
    }

    /// Builds the model from the loaded files and renders what changed
    /// since `keep` (everything without it). Returns how many outputs were
    /// rendered (None: all).
    fn derive(&mut self, keep: Option<&Built>, changed: &HashSet<String>) -> Option<usize> {
        let config = self.config.clone()?;
        let model_opts = self.model_options();
        let mut timings = Timings::new();
        let (mut site, mut diags) = model::build(self.content.clone(), &model_opts);
        let full = render::take_bodies(&mut site);
        let bodies = self.texts.pack(full, &site, &mut self.content);
        timings.mark("model+pack");
        let scopes = render::portal_scopes(&config, &site, &self.all_portals, &mut diags);
        timings.mark("model");
        self.model_diags = Arc::new(diags);
        let templates = self.templates.as_ref().ok().cloned();
        let site = Arc::new(site);
        let mut next = Built {
            config: config.clone(),
            templates: templates.clone(),
            site: site.clone(),
            bodies,
            scopes,
            summaries: Arc::new(vec![String::new(); site.pages.len()]),
            terms: Arc::new(vec![None; site.pages.len()]),
            words: self.words.clone(),
            search: OnceLock::new(),
            today: self.today,
            stage_diags: Arc::new(Diagnostics::new()),
            render_diags: Arc::new(HashMap::new()),
            index: Arc::new(Vec::new()),
            cache: Mutex::new((0, HashMap::new())),
            diagnostics: Diagnostics::new(),
            full: None,
        };
        next.stage_diags = Arc::new(self.stage_diags(&next));
        let touched = keep.and_then(|old| touched::touched(old, &next, changed));
        match (keep, touched) {
            (Some(old), Some(keys)) => {
                next.summaries = old.summaries.clone();
                next.terms = old.terms.clone();
                next.render_diags = old.render_diags.clone();
                next.index = old.index.clone();
                let (next, n) = self.render_touched(next, keys);
                self.settle(next);
                Some(n)
            }
            _ if next.templates.is_some() && self.pass.as_ref().is_some_and(Option::is_none) => {
                let next = self.early_state(next);
                self.settle(next);
                None
            }
            _ => {
                let next = self.render_all(next);
                self.settle(next);
                None
            }
        }
    }

    /// The model's problems and those of the templates over `next`.
    fn stage_diags(&self, next: &Built) -> Diagnostics {
        let mut diags = (*self.model_diags).clone();
        if let Some(r) = next.renderer() {
            diags.extend(r.check_templates());
        }
        diags
    }

    /// `next` (made from the current state) with the session's templates,
    /// every output rendered again.
    fn rendered_all(&self, mut next: Built) -> Built {
        next.templates = self.templates.as_ref().ok().cloned();
        next.stage_diags = Arc::new(self.stage_diags(&next));
        next.render_diags = Arc::default();
        next.index = Arc::default();
        self.render_all(next)
    }

    /// Renders every output of `next` once (see [`render::render_whole`]).
    fn render_all(&self, next: Built) -> Built {
        render::render_whole(next, &self.statics, &self.templates_diags())
    }

    fn model_options(&self) -> model::Options {
        model::Options { drafts: self.opts.drafts, future: self.opts.future, today: self.today }
    }
}

/// The files loaded, in order (a changed list means files came or went).
fn files(c: &Content) -> Vec<&str> {
    let pages = c.pages.iter().map(|p| p.rel.as_str());
    let sections = c.sections.iter().map(|p| p.rel.as_str());
    let data = c.units.iter().map(|d| d.rel.as_str()).chain(c.plans.iter().map(|d| d.rel.as_str()));
    let data = data.chain(c.speech.iter().map(|d| d.rel.as_str()));
    pages.chain(sections).chain(data).chain(c.assets.iter().map(|a| a.rel.as_str())).collect()
}

/// Builds (or checks) the site once: the stages in order, each output
/// written as it is rendered. Never panics on bad input and never exits the
/// process: every problem is in the report's diagnostics.
pub fn build(opts: &BuildOptions) -> Report {
    render::build_once(opts)
}
