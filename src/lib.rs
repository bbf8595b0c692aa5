//! loa: a static site generator for Vietnamese local-government information
//! portals. This file is the only place that knows the order of the stages:
//! load (content) → model → render → write (output).

pub mod config;
pub mod content;
pub mod date;
pub mod diagnostics;
pub mod docref;
pub mod fs;
pub mod model;
pub mod output;
pub mod render;
pub mod text;
pub mod yaml;

/// Slugs live with the folding they are made of (`text`); this path stays for
/// the modules that name it.
pub use text::slug;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::render::{Body, File, Renderer};

/// What a build or check is asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site root (holding `loa.yaml`).
    pub root: PathBuf,
    /// Output folder; `public/` under the root when None.
    pub output: Option<PathBuf>,
    pub drafts: bool,
    pub future: bool,
    /// The date the build treats as today (deadlines, future pages).
    pub today: Option<Date>,
    /// Build only this portal.
    pub portal: Option<String>,
    /// Replace the portals' base URL (a preview address).
    pub base_url: Option<String>,
    /// False for `check`: validate everything, write nothing.
    pub write: bool,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Diagnostics,
    pub portals: Vec<String>,
    pub pages: usize,
    pub files: usize,
    /// The output folder, when something was written.
    pub output: Option<PathBuf>,
}

impl Report {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
    }
}

/// Wall time of each stage, printed to stderr when `LOA_TIMINGS` is set:
/// where a build's time goes, for profiling (see the README's Performance).
struct Timings {
    last: Option<std::time::Instant>,
}

impl Timings {
    fn new() -> Self {
        Timings { last: std::env::var_os("LOA_TIMINGS").map(|_| std::time::Instant::now()) }
    }

    fn mark(&mut self, stage: &str) {
        if let Some(last) = &mut self.last {
            let now = std::time::Instant::now();
            eprintln!("timing: {stage:<12} {:7.1} ms", (now - *last).as_secs_f64() * 1000.0);
            *last = now;
        }
    }
}

/// Builds (or checks) the site. Never panics on bad input and never exits
/// the process: every problem is in the report's diagnostics.
pub fn build(opts: &BuildOptions) -> Report {
    let mut report = Report::default();
    let mut timings = Timings::new();
    let mut config = match config::load(&opts.root) {
        Ok(c) => c,
        Err(d) => {
            report.diagnostics = d;
            return report;
        }
    };
    let all_portals: Vec<String> = config.portals.iter().map(|p| p.id.clone()).collect();
    if let Err(d) = select_portals(&mut config, opts) {
        report.diagnostics.push(d);
        return report;
    }
    let content = content::load(&config);
    timings.mark("load");
    let model_opts =
        model::Options { drafts: opts.drafts, future: opts.future, today: opts.today.unwrap_or_else(Date::today) };
    let (mut site, mut diags) = model::build(content, &model_opts);
    timings.mark("model");
    let templates = match render::templates::load(&config) {
        Ok(t) => Some(t),
        Err(d) => {
            diags.extend(d);
            None
        }
    };
    report.portals = config.portals.iter().map(|p| p.id.clone()).collect();
    report.pages = site.pages.len();
    let Some(templates) = templates else {
        report.diagnostics = finish(diags);
        return report;
    };
    // Page bodies leave the model (everything derived from them is computed
    // by now): each is handed to the renderer once and freed when its page is
    // written, so memory does not grow with the text of a 50,000-page site.
    let bodies: Vec<Mutex<String>> = site
        .pages
        .iter_mut()
        .map(|p| {
            // The file's text becomes the body in place; the (small)
            // front matter is what gets copied.
            let front = p.src.text[..p.src.body_start].to_string();
            let mut body = std::mem::replace(&mut p.src.text, front);
            body.drain(..p.src.body_start);
            Mutex::new(body)
        })
        .collect();
    let scopes = portal_scopes(&config, &site, &all_portals, &mut diags);
    let renderer = Renderer::new(&config, &site, &templates, &config.portals, scopes, model_opts.today);
    diags.extend(renderer.check_templates());
    timings.mark("templates");
    // With errors already found, pages are still rendered (to report broken
    // links and the like in the same run) but nothing is written.
    let write_output = opts.write && !diags.has_errors();

    // Full builds replace the whole output folder; one-portal builds only
    // that portal's folder.
    let out_root = opts.output.clone().unwrap_or_else(|| config.root.join("public"));
    let (target, portal_dirs): (PathBuf, Vec<String>) = match &opts.portal {
        Some(id) => (out_root.join(id), vec![String::new()]),
        None => (out_root.clone(), config.portals.iter().map(|p| format!("{}/", p.id)).collect()),
    };
    let staging = if write_output {
        if let Err(d) = output::check_target(&out_root, &config.root) {
            diags.push(d);
            report.diagnostics = finish(diags);
            return report;
        }
        match output::Staging::begin(&target, opts.portal.is_none()) {
            Ok(s) => Some(s),
            Err(e) => {
                diags.push(Diagnostic::error(e.to_string()));
                report.diagnostics = finish(diags);
                return report;
            }
        }
    } else {
        None
    };
    timings.mark("staging");
    let written = std::sync::atomic::AtomicUsize::new(0);
    let write_errors = Mutex::new(Vec::new());
    let write = |files: Vec<(usize, File)>| {
        let Some(s) = &staging else { return };
        for (portal, f) in files {
            let rel = format!("{}{}", portal_dirs[portal], f.path);
            let r = match &f.body {
                Body::Bytes(b) => s.write(&rel, b),
                Body::Copy(from) => s.copy(&rel, from),
            };
            match r {
                Ok(()) => {
                    written.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                Err(e) => write_errors.lock().unwrap_or_else(|p| p.into_inner()).push(Diagnostic::error(e.to_string())),
            }
        }
    };

    // Pages first (in parallel): their summaries feed the listings.
    let results: Vec<(String, Vec<Diagnostic>, Option<render::artifacts::search::Terms>)> = (0..site.pages.len())
        .into_par_iter()
        .map(|id| {
            let body = bodies[id].lock().map(|mut b| std::mem::take(&mut *b)).unwrap_or_default();
            let out = renderer.page(id, &body);
            write(out.files);
            (out.summary, out.diagnostics, out.terms)
        })
        .collect();
    timings.mark("pages");
    let mut summaries = Vec::with_capacity(results.len());
    let mut terms = Vec::with_capacity(results.len());
    for (s, d, t) in results {
        summaries.push(s);
        diags.extend(d);
        terms.push(t);
    }
    let (files, d) = renderer.listings(&summaries);
    diags.extend(d);
    timings.mark("listings");
    // The search index and page (when the theme has one), from every page's words.
    let (search, d) = renderer.search(&terms);
    drop(terms);
    diags.extend(d);
    search.into_par_iter().chunks(64).for_each(write);
    timings.mark("search");
    let statics = static_files(&renderer.static_dirs(), config.portals.len());
    files.into_par_iter().chunks(64).for_each(write);
    write(statics);
    diags.extend(write_errors.into_inner().unwrap_or_default());
    timings.mark("write rest");

    report.files = written.into_inner();
    if let Some(s) = staging {
        if diags.has_errors() {
            s.abandon();
        } else if let Err(e) = s.commit() {
            diags.push(Diagnostic::error(e.to_string()));
        } else {
            report.output = Some(target);
        }
    }
    timings.mark("commit");
    report.diagnostics = finish(diags);
    report
}

/// What each portal shows (by the unit it belongs to), and checks the
/// portal ids pages name in `portals:`.
fn portal_scopes(
    config: &config::Config,
    site: &model::Site,
    all_portals: &[String],
    diags: &mut Diagnostics,
) -> Vec<(Option<model::plan::UnitId>, model::scope::Scope)> {
    for p in &site.pages {
        for id in p.src.front.portals.iter().flatten() {
            if !all_portals.contains(id) {
                let help = match did_you_mean(id, all_portals.iter().map(String::as_str)) {
                    Some(m) => format!("did you mean `{m}`?"),
                    None => format!("the portals are: {}", all_portals.join(", ")),
                };
                diags.push(model::located(&p.src, "portals", format!("no portal `{id}` in loa.yaml")).with_help(help));
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
                    let at = config_text.find(&format!("unit: {u}")).unwrap_or(0);
                    let help = match did_you_mean(u, site.units.iter().map(|x| x.id.as_str())) {
                        Some(m) => format!("did you mean `{m}`?"),
                        None => "`unit` is the id of a unit in a don-vi.yaml file".to_string(),
                    };
                    diags.push(
                        Diagnostic::error(format!("the portal `{}` belongs to an unknown unit `{u}`", p.id))
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
fn select_portals(config: &mut config::Config, opts: &BuildOptions) -> Result<(), Diagnostic> {
    if let Some(id) = &opts.portal {
        if !config.portals.iter().any(|p| &p.id == id) {
            let ids: Vec<&str> = config.portals.iter().map(|p| p.id.as_str()).collect();
            let help = match did_you_mean(id, ids.iter().copied()) {
                Some(m) => format!("did you mean `{m}`?"),
                None => format!("the portals are: {}", ids.join(", ")),
            };
            return Err(Diagnostic::error(format!("no portal `{id}` in loa.yaml")).with_help(help));
        }
        config.portals.retain(|p| &p.id == id);
    }
    if let Some(url) = &opts.base_url {
        let Some(url) = config::normalize_url(url) else {
            return Err(Diagnostic::error(format!("--base-url `{url}` is not an absolute web address"))
                .with_help("e.g. --base-url http://127.0.0.1:8000/"));
        };
        let several = config.portals.len() > 1;
        for p in &mut config.portals {
            p.base_url = if several { format!("{url}{}/", p.id) } else { url.clone() };
        }
    }
    Ok(())
}

/// The theme's then the site's `static/` files, for every portal.
fn static_files(dirs: &[PathBuf], portals: usize) -> Vec<(usize, File)> {
    let mut by_path: std::collections::BTreeMap<String, PathBuf> = std::collections::BTreeMap::new();
    for dir in dirs {
        if !dir.is_dir() {
            continue;
        }
        for e in walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !content::is_ignored(&e.file_name().to_string_lossy()))
            .flatten()
        {
            if e.file_type().is_file() {
                let rel = rel_path(e.path().strip_prefix(dir).unwrap_or(e.path()));
                by_path.insert(rel, e.into_path());
            }
        }
    }
    (0..portals)
        .flat_map(|i| by_path.iter().map(move |(p, abs)| (i, File { path: p.clone(), body: Body::Copy(abs.clone()) })))
        .collect()
}

fn rel_path(p: &Path) -> String {
    p.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Sorts the diagnostics and folds the same template error repeated on many
/// pages into one, saying how many pages it hit.
fn finish(diags: Diagnostics) -> Diagnostics {
    let mut out: Vec<(Diagnostic, usize)> = Vec::new();
    let mut sorted = diags;
    sorted.sort();
    for d in sorted {
        let is_template = d.message.starts_with("template error");
        if is_template
            && let Some((first, n)) =
                out.iter_mut().find(|(f, _)| f.path == d.path && f.line == d.line && f.message == d.message)
        {
            let _ = first;
            *n += 1;
            continue;
        }
        out.push((d, 0));
    }
    out.into_iter()
        .map(|(mut d, n)| {
            if n > 0 {
                d.help = Some(format!("{} (and {n} more)", d.help.unwrap_or_default()));
            }
            d
        })
        .collect()
}
