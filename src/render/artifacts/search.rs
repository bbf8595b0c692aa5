//! Search for a static host: every page a portal shows (documents, plans,
//! reports, articles, sections, units, indicators) in a compact index of
//! its own, written under `search/`, and the search page `tim-kiem/` that
//! the theme's `search.js` brings to life. Words are folded by
//! [`crate::text`] on both sides (`cong doan` finds `công đoàn`, `duong`
//! finds `đường`); the exact form of each word is kept so exact matches
//! rank first. Built only when the theme has a `search.html` template.
//! Without JavaScript the page lists the documents by number and date.
//!
//! A page's words are gathered while it is rendered (its Markdown is read
//! once); the index is made at the end from every page's words, once per
//! set of pages shown (portals showing the same pages share it).

pub mod encode;
pub mod invert;
pub mod prefix;
pub mod terms;
#[cfg(test)]
mod tests;

use std::sync::Arc;

use rayon::prelude::*;
use tera::Context;

use crate::diagnostics::Diagnostics;
use crate::model::{PageId, relative_root};
use crate::msg;
use crate::render::classes;
use crate::render::{Body, File, PortalCtx, Renderer, markdown, render_to};
use encode::DocMeta;
pub use terms::{Collector, Interner, Terms};
use terms::{META, STRONG, TEXT, TITLE};

/// Where the search page lives under the portal root.
pub const PAGE_PATH: &str = "tim-kiem/";
/// The template of the search page; without it there is no index.
pub const TEMPLATE: &str = "search.html";
/// Documents listed on the search page for readers without JavaScript.
const NO_JS_DOCUMENTS: usize = 200;

/// Whether `path` (under a portal's root) is the search page's or the index's.
pub fn owns(path: &str) -> bool {
    path == "tim-kiem/index.html" || path.starts_with("search/")
}

/// A document in the list shown without JavaScript.
#[derive(serde::Serialize)]
struct DocumentRow<'a> {
    kind: &'a str,
    number: &'a str,
    title: &'a str,
    path: &'a str,
    date: Option<crate::render::views::DateView>,
}

/// A page of the index before the portal is known: what it ranks by (kind,
/// then newest first), what a result shows, its words, and whether a
/// portal shows it.
struct Entry<'t> {
    rank: u8,
    date: Option<crate::date::Date>,
    meta: DocMeta,
    terms: &'t Terms,
    shown: Shown,
}

/// Which flag of a portal's scope says it shows an entry.
#[derive(Clone, Copy)]
enum Shown {
    Always,
    Page(PageId),
    Unit(usize),
    Plan(usize),
}

impl<'a> Renderer<'a> {
    /// Uses `words` for the search index's words (a session keeps one, so
    /// the words of pages rendered earlier keep their ids).
    pub fn with_words(mut self, words: Arc<Interner>) -> Self {
        if self.search.is_some() {
            self.search = Some(words);
        }
        self
    }

    /// The search terms of a Markdown page: its title, document data,
    /// dates, tags, plan or report data, and its body's text.
    pub fn page_terms(&self, id: PageId, md: &markdown::Rendered) -> Option<Terms> {
        let interner = self.search.as_deref()?;
        let site = self.site;
        let page = &site.pages[id];
        let front = &page.src.front;
        let mut c = Collector::new(interner, site.pages.len());
        c.add(&front.title, TITLE);
        if let Some(d) = &page.document {
            // "Kế hoạch số 10/KH-UBND": the number with its kind, "số" or not.
            c.add(&format!("{} số {}", d.kind, d.front.number), TITLE);
            c.add(d.front.subject.as_deref().unwrap_or(""), TITLE);
            for s in [&d.front.issuer, &d.front.place, &d.front.signer] {
                c.add(s.as_deref().unwrap_or(""), META);
            }
            if let Some(issued) = d.front.issued {
                add_date(&mut c, issued);
            }
        }
        if let Some(date) = front.date {
            add_date(&mut c, date);
        }
        c.add(front.description.as_deref().unwrap_or(""), META);
        for t in &front.tags {
            c.add(t, META);
        }
        if let Some(u) = site.issuer_unit.get(&id) {
            self.add_unit(&mut c, *u, META);
        }
        if let Some(&p) = site.plan_of_page.get(&id) {
            let plan = &site.plans[p];
            self.add_unit(&mut c, plan.area, META);
            for g in &plan.groups {
                c.add(&g.title, STRONG);
            }
            for t in &plan.tasks {
                c.add(&t.summary, TEXT);
            }
            for i in &plan.indicators {
                c.add(&i.name, STRONG);
            }
        }
        if let Some(&r) = site.report_of_page.get(&id) {
            let report = &site.reports[r];
            self.add_unit(&mut c, report.unit, META);
            c.add(&report.period.label_vi(), META);
        }
        c.add(&md.strong, STRONG);
        c.add(&md.text, TEXT);
        Some(c.finish())
    }

    fn add_unit(&self, c: &mut Collector, u: usize, field: u8) {
        let unit = &self.site.units[u];
        c.add(&unit.name, field);
        for n in unit.short.iter().chain(&unit.names) {
            c.add(n, field);
        }
    }

    /// Keeps a page's words for the index (pages render in parallel).
    pub(crate) fn keep_terms(&self, id: PageId, terms: Terms) {
        if let Some(slot) = self.search_terms.lock().unwrap_or_else(|p| p.into_inner()).get_mut(id) {
            *slot = Some(Arc::new(terms));
        }
    }

    /// The words of the pages rendered so far (taken out), with `before[id]`
    /// for the others (shared, not copied: serve's edit keeps them all).
    pub fn take_terms(&self, before: &[Option<Arc<Terms>>]) -> Vec<Option<Arc<Terms>>> {
        let mut kept = std::mem::take(&mut *self.search_terms.lock().unwrap_or_else(|p| p.into_inner()));
        for (id, t) in kept.iter_mut().enumerate() {
            if t.is_none() {
                *t = before.get(id).cloned().flatten();
            }
        }
        kept
    }

    /// Every portal's index and search page from every page's words
    /// (`terms[id]`); nothing when the theme has no search page.
    pub fn search(&self, terms: &[Option<Arc<Terms>>]) -> (Vec<(usize, File)>, Diagnostics) {
        let Some(interner) = self.search.as_deref() else {
            return (Vec::new(), Diagnostics::new());
        };
        let generated = self.generated_terms(interner);
        let entries = self.entries(terms, &generated);
        let words = interner.words();
        let vocab = invert::Vocab::new(&words);
        // Portals that show the same pages share one index.
        let mut sets: Vec<(usize, Vec<usize>)> = Vec::new();
        for (c, class) in self.classes.iter().enumerate() {
            let scope = &self.portals[class.rep].plans.scope;
            match sets.iter_mut().find(|(s, _)| &self.portals[self.classes[*s].rep].plans.scope == scope) {
                Some((_, members)) => members.push(c),
                None => sets.push((c, vec![c])),
            }
        }
        let done: Vec<(Vec<(usize, File)>, Diagnostics)> = sets
            .par_iter()
            .map(|(first, classes)| {
                let pc = &self.portals[self.classes[*first].rep];
                let shown: Vec<&Entry> = entries.iter().filter(|e| shows(pc, e.shown)).collect();
                let docs: Vec<&Terms> = shown.iter().map(|e| e.terms).collect();
                let metas: Vec<&DocMeta> = shown.iter().map(|e| &e.meta).collect();
                let index = encode::build(&invert::groups(&docs, &vocab), &metas);
                let (mut files, mut diags) = (Vec::new(), Diagnostics::new());
                for &c in classes {
                    self.search_pages(c, &index.manifest, &mut files, &mut diags);
                    for &m in &self.classes[c].members {
                        for (path, bytes) in &index.files {
                            files.push((m, File { path: path.clone(), body: Body::Bytes(bytes.clone()) }));
                        }
                    }
                }
                (files, diags)
            })
            .collect();
        let (mut files, mut diags) = (Vec::new(), Diagnostics::new());
        for (f, d) in done {
            files.extend(f);
            diags.extend(d);
        }
        (files, diags)
    }

    /// The search page of every portal of class `c`.
    fn search_pages(&self, c: usize, manifest: &str, files: &mut Vec<(usize, File)>, diags: &mut Diagnostics) {
        let class = &self.classes[c];
        let rep = &self.portals[class.rep];
        let ctx = self.search_context(rep, manifest);
        let shared = if class.members.len() == 1 { None } else { Some(render_to(&class.tera, TEMPLATE, &ctx)) };
        for &m in &class.members {
            let pc = &self.portals[m];
            let page = match shared.as_ref().map(|r| r.as_ref().map(|b| classes::fill(b, pc.portal))) {
                Some(Ok(Some(bytes))) => Ok(bytes),
                _ => render_to(&pc.tera, TEMPLATE, &ctx),
            };
            match page {
                Ok(bytes) => files.push((m, File { path: format!("{PAGE_PATH}index.html"), body: Body::Bytes(bytes) })),
                Err(e) => diags.push(self.templates.error(&e, msg!("search-page"))),
            }
        }
    }

    /// The search page's context: the index's manifest, and for readers
    /// without JavaScript the documents by number and date and the sections.
    fn search_context(&self, pc: &PortalCtx<'a>, manifest: &str) -> Context {
        let site = self.site;
        let scope = &pc.plans.scope;
        let lang = pc.plans.lang;
        let mut documents: Vec<(crate::date::Date, DocumentRow)> = site
            .pages
            .iter()
            .filter(|p| scope.pages[p.id])
            .filter_map(|p| {
                let d = p.document.as_ref()?;
                let date = d.front.issued.or(p.date())?;
                let row = DocumentRow {
                    kind: d.kind,
                    number: &d.front.number,
                    title: p.title(),
                    path: &p.path,
                    date: Some(crate::render::views::DateView::new(date, lang)),
                };
                Some((date, row))
            })
            .collect();
        documents.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.number.cmp(b.1.number)));
        let total = documents.len();
        let documents: Vec<DocumentRow> = documents.into_iter().take(NO_JS_DOCUMENTS).map(|(_, r)| r).collect();
        let sections: Vec<_> =
            site.sections.get(1..).unwrap_or_default().iter().map(crate::render::views::link_section).collect();
        let mut ctx = Context::new();
        ctx.insert("root", &relative_root(PAGE_PATH));
        ctx.insert("kind", "search");
        // The index is made of every page the portal shows: as new as its newest.
        let newest = crate::render::updated::newest(site, scope, 0..site.pages.len());
        ctx.insert("last_updated", &crate::render::updated::shown(site, scope, lang, newest));
        ctx.insert(
            "search",
            &serde_json::json!({
                "manifest": manifest,
                "documents": documents,
                "documents_total": total,
                "sections": sections,
            }),
        );
        ctx
    }

    /// Terms of the pages loa makes from data: sections, units, indicators
    /// (all of them; each portal's index keeps those it shows).
    fn generated_terms(&self, interner: &Interner) -> Vec<(DocMeta, u8, Shown, Terms)> {
        let site = self.site;
        let n = site.pages.len();
        let mut out = Vec::new();
        for s in site.sections.iter().skip(1) {
            let mut c = Collector::new(interner, n);
            c.add(&s.title, TITLE);
            if let Some(f) = s.front() {
                c.add(f.description.as_deref().unwrap_or(""), META);
            }
            let meta = DocMeta { title: s.title.clone(), path: s.path.clone(), info: String::new() };
            out.push((meta, 1, Shown::Always, c.finish()));
        }
        // The site's language (every portal's): the units' kinds as pages name them.
        let lang = self.portals.first().map(|p| p.plans.lang).unwrap_or_default();
        for (u, unit) in site.units.iter().enumerate() {
            let mut c = Collector::new(interner, n);
            self.add_unit(&mut c, u, TITLE);
            let kind = crate::messages::t(lang, unit.kind_name);
            c.add(&kind, META);
            if let Some(p) = unit.parent {
                self.add_unit(&mut c, p, META);
            }
            let meta = DocMeta { title: unit.name.clone(), path: unit.path.clone(), info: kind };
            out.push((meta, 2, Shown::Unit(u), c.finish()));
        }
        for (p, plan) in site.plans.iter().enumerate() {
            let page = &site.pages[plan.page];
            let label = page
                .document
                .as_ref()
                .map_or_else(|| page.title().to_string(), |d| format!("{} {}", d.kind, d.front.number));
            for ind in &plan.indicators {
                let mut c = Collector::new(interner, n);
                c.add(&ind.name, TITLE);
                c.add(&ind.measure, META);
                c.add(&label, META);
                c.add(page.title(), TEXT);
                c.add(ind.note.as_deref().unwrap_or(""), TEXT);
                let meta = DocMeta { title: ind.name.clone(), path: ind.path.clone(), info: label.clone() };
                out.push((meta, 3, Shown::Plan(p), c.finish()));
            }
        }
        out
    }

    /// Every page of any index in rank order: documents, then sections,
    /// units, indicators, reports and the other pages; newest first.
    fn entries<'t>(
        &self,
        terms: &'t [Option<Arc<Terms>>],
        generated: &'t [(DocMeta, u8, Shown, Terms)],
    ) -> Vec<Entry<'t>> {
        let site = self.site;
        let mut out: Vec<Entry> = Vec::new();
        for p in &site.pages {
            let Some(Some(t)) = terms.get(p.id) else { continue };
            let (rank, date, info) = match &p.document {
                Some(d) => {
                    let date = d.front.issued.or(p.date());
                    let when = date.map(|d| format!(" · {}", d.vi())).unwrap_or_default();
                    (0, date, format!("{} {}{when}", d.kind, d.front.number))
                }
                None => {
                    let rank = if site.report_of_page.contains_key(&p.id) { 4 } else { 5 };
                    let section = &site.sections[p.section].title;
                    let info = match p.date() {
                        Some(d) => format!("{} · {section}", d.vi()),
                        None => section.clone(),
                    };
                    (rank, p.date(), info)
                }
            };
            let meta = DocMeta { title: p.title().to_string(), path: p.path.clone(), info };
            out.push(Entry { rank, date, meta, terms: t, shown: Shown::Page(p.id) });
        }
        for (meta, rank, shown, t) in generated {
            out.push(Entry { rank: *rank, date: None, meta: meta.clone(), terms: t, shown: *shown });
        }
        out.sort_by(|a, b| a.rank.cmp(&b.rank).then(b.date.cmp(&a.date)).then(a.meta.path.cmp(&b.meta.path)));
        out
    }
}

/// Whether portal `pc` shows an entry.
fn shows(pc: &PortalCtx, shown: Shown) -> bool {
    let scope = &pc.plans.scope;
    match shown {
        Shown::Always => true,
        Shown::Page(p) => scope.pages[p],
        Shown::Unit(u) => scope.units[u],
        Shown::Plan(p) => scope.plans[p],
    }
}

/// A date as pages show it (`11/01/2022`) and as typed without zeros
/// (`11/1/2022`), so either finds it; the year alone is one of its words.
/// The whole date is also one key, `2022-01-11`, whose group brings the
/// titles of the pages of that day: `search.js` looks it up beside the
/// words when a whole date is typed, so its first result needs no title
/// fetched afterwards.
fn add_date(c: &mut Collector, d: crate::date::Date) {
    c.add(&d.vi(), META);
    c.add(&format!("{}/{}/{}", d.day(), d.month(), d.year()), META);
    c.add_key(&d.iso(), META);
}
