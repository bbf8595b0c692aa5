//! Search for a static host: every page a portal shows (documents, plans,
//! reports, articles, sections, units, indicators) in a compact index of
//! its own, written under `search/`, and the search page `tim-kiem/` that
//! the theme's `search.js` brings to life. Words are folded by
//! [`crate::text`] on both sides (`cong doan` finds `công đoàn`, `duong`
//! finds `đường`); the exact form of each word is kept so exact matches
//! rank first. Built only when the theme has a `search.html` template.
//! Without JavaScript the page lists the documents by number and date.

pub mod encode;
pub mod terms;

use tera::Context;

use crate::diagnostics::Diagnostics;
use crate::model::{PageId, relative_root};
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

/// A document in the list shown without JavaScript.
#[derive(serde::Serialize)]
struct DocumentRow<'a> {
    kind: &'a str,
    number: &'a str,
    title: &'a str,
    path: &'a str,
    date: Option<crate::render::views::DateView>,
}

impl<'a> Renderer<'a> {
    /// The search terms of a Markdown page: its title, document data,
    /// dates, tags, plan or report data, and its body's text.
    pub fn page_terms(&self, id: PageId, md: &markdown::Rendered) -> Option<Terms> {
        let interner = self.search.as_ref()?;
        let site = self.site;
        let page = &site.pages[id];
        let front = &page.src.front;
        let mut c = Collector::new(interner);
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
            *slot = Some(terms);
        }
    }

    /// The words kept so far, with `before[id]` for pages not rendered.
    pub fn take_terms(&self, before: &[Option<Terms>]) -> Vec<Option<Terms>> {
        let kept = self.search_terms.lock().unwrap_or_else(|p| p.into_inner());
        kept.iter().enumerate().map(|(id, t)| t.clone().or_else(|| before.get(id).cloned().flatten())).collect()
    }

    /// Replaces the words kept (a session's, for pages not rendered again).
    pub fn set_terms(&self, terms: Vec<Option<Terms>>) {
        *self.search_terms.lock().unwrap_or_else(|p| p.into_inner()) = terms;
    }

    /// Every portal's index and search page, from the words of the pages
    /// rendered so far (all of them, after a full render).
    pub fn search(&self) -> (Vec<(usize, File)>, Diagnostics) {
        let (mut files, mut diags) = (Vec::new(), Diagnostics::new());
        let Some(interner) = &self.search else {
            return (files, diags);
        };
        let terms = self.search_terms.lock().unwrap_or_else(|p| p.into_inner());
        let terms: &[Option<Terms>] = &terms;
        // Pages made from data add their words before the words are read.
        let generated: Vec<_> =
            self.classes.iter().map(|c| self.generated_terms(&self.portals[c.rep], interner)).collect();
        let words = interner.words();
        for (class, generated) in self.classes.iter().zip(&generated) {
            let rep = &self.portals[class.rep];
            let docs = self.docs(rep, terms, generated);
            let index = encode::build(&docs, &words);
            let alone = class.members.len() == 1;
            let ctx = self.search_context(rep, &index.manifest);
            let what = "the search page";
            let shared = if alone { None } else { Some(render_to(&class.tera, TEMPLATE, &ctx)) };
            for &m in &class.members {
                let pc = &self.portals[m];
                let page = match shared.as_ref().map(|r| r.as_ref().map(|b| classes::fill(b, pc.portal))) {
                    Some(Ok(Some(bytes))) => Ok(bytes),
                    _ => render_to(&pc.tera, TEMPLATE, &ctx),
                };
                match page {
                    Ok(bytes) => {
                        files.push((m, File { path: format!("{PAGE_PATH}index.html"), body: Body::Bytes(bytes) }))
                    }
                    Err(e) => diags.push(self.templates.error(&e, what)),
                }
                for (path, bytes) in &index.files {
                    files.push((m, File { path: path.clone(), body: Body::Bytes(bytes.clone()) }));
                }
            }
        }
        (files, diags)
    }

    /// The search page's context: where the index is, and for readers
    /// without JavaScript the documents by number and date and the sections.
    fn search_context(&self, pc: &PortalCtx<'a>, manifest: &str) -> Context {
        let site = self.site;
        let scope = &pc.plans.scope;
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
                    date: Some(date.into()),
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
        ctx.insert(
            "search",
            &serde_json::json!({
                "index": manifest,
                "documents": documents,
                "documents_total": total,
                "sections": sections,
            }),
        );
        ctx
    }

    /// Terms of the pages loa makes from data: sections, units, indicators.
    fn generated_terms(&self, pc: &PortalCtx<'a>, interner: &Interner) -> Vec<(DocMeta, u8, Terms)> {
        let site = self.site;
        let scope = &pc.plans.scope;
        let mut out = Vec::new();
        for s in site.sections.iter().skip(1) {
            let mut c = Collector::new(interner);
            c.add(&s.title, TITLE);
            if let Some(f) = s.front() {
                c.add(f.description.as_deref().unwrap_or(""), META);
            }
            let meta = DocMeta { title: s.title.clone(), path: s.path.clone(), info: String::new() };
            out.push((meta, 1, c.finish()));
        }
        for (u, unit) in site.units.iter().enumerate().filter(|(u, _)| scope.units[*u]) {
            let mut c = Collector::new(interner);
            self.add_unit(&mut c, u, TITLE);
            c.add(unit.kind_label, META);
            if let Some(p) = unit.parent {
                self.add_unit(&mut c, p, META);
            }
            let meta = DocMeta { title: unit.name.clone(), path: unit.path.clone(), info: unit.kind_label.to_string() };
            out.push((meta, 2, c.finish()));
        }
        for (_, plan) in site.plans.iter().enumerate().filter(|(p, _)| scope.plans[*p]) {
            let page = &site.pages[plan.page];
            let label = page
                .document
                .as_ref()
                .map_or_else(|| page.title().to_string(), |d| format!("{} {}", d.kind, d.front.number));
            for ind in &plan.indicators {
                let mut c = Collector::new(interner);
                c.add(&ind.name, TITLE);
                c.add(&ind.measure, META);
                c.add(&label, META);
                c.add(page.title(), TEXT);
                c.add(ind.note.as_deref().unwrap_or(""), TEXT);
                let meta = DocMeta { title: ind.name.clone(), path: ind.path.clone(), info: label.clone() };
                out.push((meta, 3, c.finish()));
            }
        }
        out
    }

    /// The documents of a portal's index in rank order: documents, then
    /// sections, units, indicators, reports and the other pages; newest first.
    fn docs<'t>(
        &self,
        pc: &PortalCtx<'a>,
        terms: &'t [Option<Terms>],
        generated: &'t [(DocMeta, u8, Terms)],
    ) -> Vec<(DocMeta, &'t Terms)> {
        let site = self.site;
        let scope = &pc.plans.scope;
        let mut ranked: Vec<(u8, Option<crate::date::Date>, DocMeta, &Terms)> = Vec::new();
        for p in site.pages.iter().filter(|p| scope.pages[p.id]) {
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
            ranked.push((rank, date, DocMeta { title: p.title().to_string(), path: p.path.clone(), info }, t));
        }
        for (meta, rank, t) in generated {
            ranked.push((*rank, None, meta.clone(), t));
        }
        ranked.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.path.cmp(&b.2.path)));
        ranked.into_iter().map(|(_, _, m, t)| (m, t)).collect()
    }
}

/// A date as pages show it (`11/01/2022`) and as typed without zeros
/// (`11/1/2022`), so either finds it; the year alone is one of its words.
fn add_date(c: &mut Collector, d: crate::date::Date) {
    c.add(&d.vi(), META);
    c.add(&format!("{}/{}/{}", d.day(), d.month(), d.year()), META);
}
