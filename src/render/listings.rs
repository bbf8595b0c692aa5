//! The pages made from lists rather than from one Markdown file: sections
//! and the home dashboard, tag pages, unit and indicator pages, the English
//! page, aliases, 404, and (from `artifacts`) sitemap, robots.txt and feeds —
//! for each portal, showing only
//! what that portal shows. Portals are rendered in parallel.

use std::borrow::Cow;

use rayon::prelude::*;
use tera::Context;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::scope::Scope;
use crate::model::{PageId, TAGS_PATH, relative_root};
use crate::render::artifacts::{opendata, sitemap};
use crate::render::classes::{self, Class, PH_URL};
use crate::render::views::{self, SectionView, TermView};
use crate::render::{Body, File, Key, PortalCtx, Renderer, Select, links, markdown, render_to};
use crate::render::{archive, updated};

impl<'a> Renderer<'a> {
    /// Renders every list page of every portal, using the pages' summaries.
    pub fn listings(&self, summaries: &'a [String]) -> (Vec<(usize, File)>, Diagnostics) {
        let (files, diags) = self.listings_for(summaries, Select::default());
        (files.into_iter().map(|(_, p, f)| (p, f)).collect(), diags.into_iter().map(|(_, d)| d).collect())
    }

    /// The list pages `select` asks for, each file and problem with the key
    /// that made it.
    pub fn listings_for(&self, summaries: &'a [String], select: Select) -> (Vec<Made>, Vec<(Key, Diagnostic)>) {
        self.listings_with(summaries, select, None)
    }

    /// The list pages `select` asks for, each file handed to `sink` as soon
    /// as it is made (a portal alone in its class keeps none of them: the
    /// list pages of 10,000 pages weigh some 100 MB); the problems met.
    pub fn listings_into(&self, summaries: &'a [String], select: Select, sink: &Sink) -> Vec<(Key, Diagnostic)> {
        let (files, diags) = self.listings_with(summaries, select, Some(sink));
        files.into_par_iter().for_each(|(k, p, f)| sink(k, p, f));
        diags
    }

    fn listings_with(
        &self,
        summaries: &'a [String],
        select: Select,
        sink: Option<&Sink>,
    ) -> (Vec<Made>, Vec<(Key, Diagnostic)>) {
        let site = self.site;
        // Section bodies are rendered once for all portals (again only for a
        // portal that lacks a page the body links to).
        let bodies: Vec<SectionBody> = site
            .sections
            .iter()
            .map(|s| match &s.src {
                Some(src) if select.wants(section_key(s.id)) => {
                    let resolver = links::PageLinks::new(site, src.dir(), relative_root(&s.path)).at_address(&s.path);
                    let (md, problems) = markdown::render(src.body(), &self.markdown, &resolver);
                    let ds = problems
                        .into_iter()
                        .map(|p| p.to_diagnostic(&src.text, src.body_start).in_file(&src.shown))
                        .collect();
                    (md.html, resolver.linked_pages(), ds)
                }
                _ => (String::new(), vec![], vec![]),
            })
            .collect();
        let mut diags = Vec::new();
        for (id, (_, _, ds)) in bodies.iter().enumerate() {
            diags.extend(ds.iter().map(|d| (section_key(id), d.clone())));
        }
        let per_portal: Vec<PortalFiles> = self
            .classes
            .par_iter()
            .filter(|c| select.class(c))
            .map(|class| self.class_listings(class, &bodies, summaries, select, sink))
            .collect();
        let mut files = Vec::new();
        for (f, d) in per_portal {
            files.extend(f);
            diags.extend(d);
        }
        (files, diags)
    }

    /// The list pages of one class of portals: rendered once with
    /// placeholders, filled in for each portal; the home page, 404 and the
    /// generated files are made for each portal.
    fn class_listings(
        &self,
        class: &Class,
        bodies: &[SectionBody],
        summaries: &'a [String],
        select: Select,
        sink: Option<&Sink>,
    ) -> PortalFiles {
        let rep = &self.portals[class.rep];
        // A portal alone in its class is rendered directly, without placeholders.
        let alone = class.members.len() == 1;
        let (tera, base_url) = if alone { (&rep.tera, rep.portal.base_url.as_str()) } else { (&class.tera, PH_URL) };
        let sink_now = if alone { sink.map(|s| (s, rep.index)) } else { None };
        let mut out =
            Out { tera, files: Vec::new(), diags: Vec::new(), renderer: self, keep_context: !alone, sink: sink_now };
        self.shared_listings(rep, base_url, &mut out, bodies, summaries, select);
        let mut files = Vec::new();
        let mut diags = out.diags;
        if alone {
            files.extend(
                out.files.into_iter().map(|f| (f.key, rep.index, File { path: f.path, body: Body::Bytes(f.bytes) })),
            );
            let (own, d) = self.portal_files(rep, bodies, summaries, select, sink);
            files.extend(own);
            diags.extend(d);
            return (files, diags);
        }
        // Each member's copies, in parallel (a district's wards are a class).
        let shared = &out.files;
        let per_member: Vec<PortalFiles> = class
            .members
            .par_iter()
            .filter(|m| select.portal(**m))
            .map(|&m| {
                let pc = &self.portals[m];
                let (mut files, mut diags) = (Vec::with_capacity(shared.len()), Vec::new());
                for f in shared {
                    let bytes = match (classes::fill(&f.bytes, pc.portal), &f.ctx) {
                        (Some(b), _) => b,
                        (None, None) => continue,
                        (None, Some(ctx)) => match render_to(&pc.tera, &f.template, ctx) {
                            Ok(b) => b,
                            Err(e) => {
                                diags.push((f.key, self.templates.error(&e, &f.what)));
                                continue;
                            }
                        },
                    };
                    files.push((f.key, m, File { path: f.path.clone(), body: Body::Bytes(bytes) }));
                }
                let (own, d) = self.portal_files(pc, bodies, summaries, select, None);
                files.extend(own);
                diags.extend(d);
                (files, diags)
            })
            .collect();
        for (f, d) in per_member {
            files.extend(f);
            diags.extend(d);
        }
        (files, diags)
    }

    /// What differs for every portal: the home page (a ward's own figures),
    /// 404 (its base path), aliases, sitemap, robots.txt, and the assets.
    fn portal_files(
        &self,
        pc: &PortalCtx<'a>,
        bodies: &[SectionBody],
        summaries: &'a [String],
        select: Select,
        sink: Option<&Sink>,
    ) -> PortalFiles {
        let site = self.site;
        let scope = &pc.plans.scope;
        let sink = sink.map(|s| (s, pc.index));
        let mut out =
            Out { tera: &pc.tera, files: Vec::new(), diags: Vec::new(), renderer: self, keep_context: false, sink };
        if select.wants(Key::Home) {
            self.home(pc, &mut out, bodies, summaries);
        }
        if select.wants(Key::NotFound) && self.templates.has("404.html") {
            // Served at any depth, so links must start from the site's path.
            let mut ctx = Context::new();
            ctx.insert("root", pc.portal.base_path());
            ctx.insert("kind", "404");
            out.emit(Key::NotFound, "404.html", &ctx, "404.html".into(), "the 404 page");
        }
        let mut files: Vec<Made> = out
            .files
            .into_iter()
            .map(|f| (f.key, pc.index, File { path: f.path, body: Body::Bytes(f.bytes) }))
            .collect();
        for (i, a) in
            site.aliases.iter().enumerate().filter(|(i, a)| scope.pages[a.page] && select.wants(Key::Alias(*i)))
        {
            let page = &site.pages[a.page];
            let permalink = format!("{}{}", pc.portal.base_url, page.path);
            let html = alias_html(&relative_root(&a.path), &page.path, &permalink, page.title(), pc.plans.lang);
            let path = if a.path.ends_with('/') { format!("{}index.html", a.path) } else { a.path.clone() };
            files.push((Key::Alias(i), pc.index, File { path, body: Body::Bytes(html.into_bytes()) }));
        }
        if select.wants(Key::Sitemap) {
            let urls = sitemap::urls(site, pc, self.generated_urls(pc));
            files.extend(sitemap::files(&pc.portal.base_url, &urls).into_iter().map(|f| (Key::Sitemap, pc.index, f)));
        }
        if select.wants(Key::Robots) {
            let body = Body::Bytes(sitemap::robots(&pc.portal.base_url).into_bytes());
            files.push((Key::Robots, pc.index, File { path: "robots.txt".into(), body }));
        }
        files.extend(self.feed_files(pc, summaries, select).into_iter().map(|(k, f)| (k, pc.index, f)));
        if select.wants(Key::OpenData) && self.templates.has("opendata.html") {
            let sets = opendata::datasets(site, scope, &pc.portal.base_url);
            let made = opendata::files(&sets, &pc.portal.base_url);
            files.extend(made.into_iter().map(|f| (Key::OpenData, pc.index, f)));
        }
        for (i, a) in site.assets.iter().enumerate().filter(|(i, _)| select.wants(Key::Asset(*i))) {
            files.push((Key::Asset(i), pc.index, File { path: a.path.clone(), body: Body::Copy(a.src.abs.clone()) }));
        }
        (files, out.diags)
    }

    /// A portal's home page: the home section's list and the dashboard.
    fn home(&self, pc: &PortalCtx<'a>, out: &mut Out<'_, 'a>, bodies: &[SectionBody], summaries: &'a [String]) {
        let site = self.site;
        let scope = &pc.plans.scope;
        let home = &site.sections[0];
        let front = home.front();
        let view = SectionView {
            title: &home.title,
            description: front.and_then(|f| f.description.as_deref()),
            path: &home.path,
            permalink: pc.portal.base_url.clone(),
            content: &self.section_body(0, bodies, scope),
            pages: home
                .pages
                .iter()
                .filter(|p| scope.pages[**p])
                .map(|p| views::item(site, pc.plans.lang, summaries, *p))
                .collect(),
            subsections: home.subsections.iter().map(|c| views::link_section(&site.sections[*c])).collect(),
            breadcrumb: vec![],
            extra: front.and_then(|f| f.extra.as_ref()),
            feed: false,
        };
        let template = match front.and_then(|f| f.template.as_deref()) {
            Some(t) => t,
            None if self.templates.has("home.html") => "home.html",
            None => "section.html",
        };
        let mut ctx = context("", "home");
        ctx.insert("section", &view);
        ctx.insert(
            "last_updated",
            &updated::shown(site, scope, pc.plans.lang, updated::newest(site, scope, 0..site.pages.len())),
        );
        let dashboard = pc.plans.dashboard(self.articles(pc, summaries));
        ctx.insert("illustrative", &dashboard.illustrative);
        ctx.insert("dashboard", &dashboard);
        out.emit(Key::Home, template, &ctx, "index.html".into(), "the home page");
    }

    /// The list pages every portal of a class shares: sections, tags,
    /// units, indicators and the English page.
    fn shared_listings(
        &self,
        pc: &PortalCtx<'a>,
        base_url: &str,
        out: &mut Out<'_, 'a>,
        bodies: &[SectionBody],
        summaries: &'a [String],
        select: Select,
    ) {
        let site = self.site;
        let scope = &pc.plans.scope;
        let items = |ids: &[PageId]| -> Vec<views::PageItem<'a>> {
            ids.iter().filter(|p| scope.pages[**p]).map(|p| views::item(site, pc.plans.lang, summaries, *p)).collect()
        };
        let sections: Vec<&crate::model::Section> =
            site.sections.iter().skip(1).filter(|s| select.wants(Key::Section(s.id))).collect();
        out.emit_each(&sections, |out, s| {
            let front = s.front();
            let content = &*self.section_body(s.id, bodies, scope);
            let template = front.and_then(|f| f.template.as_deref()).unwrap_or("section.html");
            let last = updated::shown(site, scope, pc.plans.lang, updated::newest(site, scope, subtree(site, s.id)));
            let shown = s
                .src
                .as_ref()
                .map_or_else(|| format!("the section `content/{}`", s.dir), |src| format!("`{}`", src.shown.display()));
            let chunks = archive::split(items(&s.pages));
            let total = chunks.len();
            chunks
                .into_iter()
                .enumerate()
                .map(|(k, pages)| {
                    let path = archive::page_path(&s.path, k + 1);
                    let view = SectionView {
                        title: &s.title,
                        description: front.and_then(|f| f.description.as_deref()),
                        path: &s.path,
                        permalink: format!("{base_url}{path}"),
                        // The body's relative links are made for the
                        // list's first page: later pages show the list only.
                        content: if k == 0 { content } else { "" },
                        pages,
                        subsections: s.subsections.iter().map(|c| views::link_section(&site.sections[*c])).collect(),
                        breadcrumb: views::breadcrumb(site, s.parent),
                        extra: front.and_then(|f| f.extra.as_ref()),
                        feed: s.pages.iter().any(|p| scope.pages[*p] && site.pages[*p].date().is_some()),
                    };
                    let mut ctx = context(&path, "section");
                    ctx.insert("section", &view);
                    ctx.insert("last_updated", &last);
                    ctx.insert("pagination", &archive::pagination(&s.path, k + 1, total));
                    out.render(Key::Section(s.id), template, &ctx, format!("{path}index.html"), &shown)
                })
                .collect()
        });
        // Every tag the portal shows (for the list), without their pages.
        let terms: Vec<(usize, TermView)> = site
            .terms
            .iter()
            .enumerate()
            .filter(|(t, _)| scope.terms[*t])
            .map(|(i, t)| {
                let count = t.pages.iter().filter(|p| scope.pages[**p]).count();
                (i, TermView { name: &t.name, path: &t.path, count, pages: vec![] })
            })
            .collect();
        if !terms.is_empty() && self.templates.has("taxonomy.html") && select.wants(Key::Taxonomy) {
            let mut ctx = context(TAGS_PATH, "taxonomy");
            let list: Vec<&TermView> = terms.iter().map(|(_, t)| t).collect();
            ctx.insert("terms", &list);
            let tagged = terms.iter().flat_map(|(i, _)| site.terms[*i].pages.iter().copied());
            ctx.insert(
                "last_updated",
                &updated::shown(site, scope, pc.plans.lang, updated::newest(site, scope, tagged)),
            );
            out.emit(Key::Taxonomy, "taxonomy.html", &ctx, format!("{TAGS_PATH}index.html"), "the list of tags");
        }
        if self.templates.has("term.html") {
            let wanted: Vec<(usize, TermView)> = terms
                .into_iter()
                .filter(|(i, _)| select.wants(Key::Term(*i)))
                .map(|(i, t)| (i, TermView { pages: vec![], ..t }))
                .collect();
            out.emit_each(&wanted, |out, (i, t)| {
                let last = updated::shown(
                    site,
                    scope,
                    pc.plans.lang,
                    updated::newest(site, scope, site.terms[*i].pages.iter().copied()),
                );
                let shown = format!("the tag page `{}`", t.name);
                let chunks = archive::split(items(&site.terms[*i].pages));
                let total = chunks.len();
                chunks
                    .into_iter()
                    .enumerate()
                    .map(|(k, pages)| {
                        let path = archive::page_path(t.path, k + 1);
                        let view = TermView { name: t.name, path: t.path, count: t.count, pages };
                        let mut ctx = context(&path, "term");
                        ctx.insert("term", &view);
                        ctx.insert("last_updated", &last);
                        ctx.insert("pagination", &archive::pagination(t.path, k + 1, total));
                        out.render(Key::Term(*i), "term.html", &ctx, format!("{path}index.html"), &shown)
                    })
                    .collect()
            });
        }
        if self.templates.has("archive.html") {
            self.archive(pc, out, summaries, select);
        }
        if self.templates.has("unit.html") {
            for u in (0..site.units.len()).filter(|u| scope.units[*u] && select.wants(Key::Unit(*u))) {
                let view = pc.plans.unit_page(u);
                let mut ctx = context(view.path, "unit");
                ctx.insert("illustrative", &view.illustrative);
                ctx.insert("unit", &view);
                ctx.insert("last_updated", &updated::shown(site, scope, pc.plans.lang, updated::unit(site, scope, u)));
                let shown = format!("the page of the unit `{}`", site.units[u].id);
                out.emit(Key::Unit(u), "unit.html", &ctx, format!("{}index.html", view.path), &shown);
            }
        }
        if self.templates.has("indicator.html") {
            for (pid, plan) in site.plans.iter().enumerate().filter(|(p, _)| scope.plans[*p]) {
                for ind in (0..plan.indicators.len()).filter(|i| select.wants(Key::Indicator(pid, *i))) {
                    let view = pc.plans.indicator_page(pid, ind);
                    let mut ctx = context(view.row.path, "indicator");
                    ctx.insert("illustrative", &view.row.illustrative);
                    ctx.insert("indicator", &view);
                    let pages = updated::plan_pages(site, scope, pid);
                    ctx.insert(
                        "last_updated",
                        &updated::shown(site, scope, pc.plans.lang, updated::newest(site, scope, pages)),
                    );
                    let shown = format!("the page of the indicator `{}`", plan.indicators[ind].id);
                    out.emit(
                        Key::Indicator(pid, ind),
                        "indicator.html",
                        &ctx,
                        format!("{}index.html", view.row.path),
                        &shown,
                    );
                }
            }
        }
        if self.templates.has("progress.html") && select.wants(Key::Progress) {
            let view = pc.plans.progress();
            let mut ctx = context(crate::render::progress::PATH, "progress");
            ctx.insert("illustrative", &view.illustrative);
            ctx.insert("progress", &view);
            ctx.insert("last_updated", &updated::shown(site, scope, pc.plans.lang, updated::plans(site, scope)));
            let path = format!("{}index.html", crate::render::progress::PATH);
            out.emit(Key::Progress, "progress.html", &ctx, path, "the progress summary page");
        }
        if self.templates.has("opendata.html") && select.wants(Key::DataPage) {
            let sets = opendata::datasets(site, scope, base_url);
            let mut ctx = context(opendata::DIR, "opendata");
            ctx.insert("datasets", &sets);
            ctx.insert("zip", opendata::ZIP);
            ctx.insert("last_updated", &updated::shown(site, scope, pc.plans.lang, updated::plans(site, scope)));
            let path = format!("{}index.html", opendata::DIR);
            out.emit(Key::DataPage, "opendata.html", &ctx, path, "the open data page");
        }
        if let Some(en) = &pc.portal.english
            && self.templates.has("english.html")
            && select.wants(Key::English)
        {
            let mut ctx = context("en/", "english");
            ctx.insert("english", en);
            ctx.insert("contact", &pc.portal.contact);
            ctx.insert(
                "last_updated",
                &updated::shown(site, scope, pc.plans.lang, updated::newest(site, scope, 0..site.pages.len())),
            );
            out.emit(Key::English, "english.html", &ctx, "en/index.html".into(), "the English page");
        }
    }

    /// A section's body for a portal: the shared rendering, unless it links
    /// to a page the portal does not show.
    fn section_body<'b>(&self, id: usize, bodies: &'b [SectionBody], scope: &Scope) -> Cow<'b, str> {
        let (html, linked, _) = &bodies[id];
        let s = &self.site.sections[id];
        match &s.src {
            Some(src) if linked.iter().any(|p| !scope.pages[*p]) => {
                let elsewhere = |p: PageId| self.elsewhere(p);
                let unit_elsewhere = |u| self.unit_elsewhere(u);
                let resolver = links::PageLinks::new(self.site, src.dir(), relative_root(&s.path))
                    .at_address(&s.path)
                    .for_portal(&scope.pages, &elsewhere)
                    .units_for_portal(&scope.units, &unit_elsewhere);
                Cow::Owned(markdown::render(src.body(), &self.markdown, &resolver).0.html)
            }
            _ => Cow::Borrowed(html),
        }
    }

    /// The newest pages of the portal that are neither documents nor reports.
    fn articles(&self, pc: &PortalCtx<'a>, summaries: &'a [String]) -> Vec<views::PageItem<'a>> {
        let mut ids: Vec<PageId> = self
            .site
            .pages
            .iter()
            .filter(|p| pc.plans.scope.pages[p.id])
            .filter(|p| p.document.is_none() && p.src.front.report.is_none() && p.date().is_some())
            .map(|p| p.id)
            .collect();
        ids.sort_by_key(|id| std::cmp::Reverse(self.site.pages[*id].date()));
        ids.into_iter().take(5).map(|id| views::item(self.site, pc.plans.lang, summaries, id)).collect()
    }
}

/// A section's body rendered once: HTML, the pages it links to, problems.
type SectionBody = (String, Vec<PageId>, Vec<Diagnostic>);

/// A template error, with the key of the output it hit.
type Failed = Box<(Key, Diagnostic)>;

/// A file made, with its key and portal.
pub type Made = (Key, usize, File);

/// Where files go as they are made: (key, portal, file).
pub type Sink<'s> = dyn Fn(Key, usize, File) + Sync + 's;

/// Files and the problems met making them.
type PortalFiles = (Vec<Made>, Vec<(Key, Diagnostic)>);

/// The key of a section's list page (the home page for the home section).
fn section_key(id: usize) -> Key {
    if id == 0 { Key::Home } else { Key::Section(id) }
}

/// A context with the variables every list page has.
fn context(path: &str, kind: &str) -> Context {
    let mut ctx = Context::new();
    ctx.insert("root", &relative_root(path));
    ctx.insert("kind", kind);
    ctx
}

/// A rendered page, with what it takes to render it again for one portal.
struct Rendered {
    key: Key,
    path: String,
    bytes: Vec<u8>,
    template: String,
    /// Kept only when the page is shared by several portals.
    ctx: Option<Context>,
    what: String,
}

/// Collects the pages rendered with one template set, and template errors.
struct Out<'r, 'a> {
    tera: &'r tera::Tera,
    renderer: &'r Renderer<'a>,
    files: Vec<Rendered>,
    diags: Vec<(Key, Diagnostic)>,
    keep_context: bool,
    /// Where each file goes at once (with its portal) instead of `files`.
    sink: Option<(&'r Sink<'r>, usize)>,
}

impl Out<'_, '_> {
    fn render(&self, key: Key, template: &str, ctx: &Context, path: String, what: &str) -> Result<Rendered, Failed> {
        match render_to(self.tera, template, ctx) {
            Ok(bytes) => Ok(Rendered {
                key,
                path,
                bytes,
                template: template.to_string(),
                ctx: self.keep_context.then(|| ctx.clone()),
                what: what.to_string(),
            }),
            Err(e) => Err(Box::new((key, self.renderer.templates.error(&e, what)))),
        }
    }

    fn push(&mut self, r: Result<Rendered, Failed>) {
        match r {
            Ok(f) => match self.sink {
                Some((sink, portal)) => sink(f.key, portal, File { path: f.path, body: Body::Bytes(f.bytes) }),
                None => self.files.push(f),
            },
            Err(d) => self.diags.push(*d),
        }
    }

    fn emit(&mut self, key: Key, template: &str, ctx: &Context, path: String, what: &str) {
        let r = self.render(key, template, ctx, path, what);
        self.push(r);
    }

    /// One page per item, rendered in parallel (a section or tag page may
    /// list thousands of pages), kept in item order.
    fn emit_each<T: Sync>(&mut self, items: &[T], page: impl Fn(&Self, &T) -> Vec<Result<Rendered, Failed>> + Sync) {
        if let Some((sink, portal)) = self.sink {
            // Each item's pages go as soon as they are made.
            let failed: Vec<Failed> = items
                .par_iter()
                .flat_map_iter(|item| page(self, item))
                .filter_map(|r| match r {
                    Ok(f) => {
                        sink(f.key, portal, File { path: f.path, body: Body::Bytes(f.bytes) });
                        None
                    }
                    Err(d) => Some(d),
                })
                .collect();
            self.diags.extend(failed.into_iter().map(|d| *d));
            return;
        }
        let done: Vec<_> = items.par_iter().map(|item| page(self, item)).collect();
        for r in done.into_iter().flatten() {
            self.push(r);
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('\u{22}', "&quot;")
}

/// A redirect page for an old address.
fn alias_html(root: &str, target: &str, permalink: &str, title: &str, lang: crate::messages::Lang) -> String {
    let href = escape(&format!("{root}{target}"));
    let link = format!("<a href=\"{href}\">{}</a>", escape(title));
    format!(
        "<!doctype html>\n<html lang=\"{l}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n\
         <link rel=\"canonical\" href=\"{c}\">\n<meta name=\"robots\" content=\"noindex\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={href}\">\n</head>\n<body>\n\
         <p>{moved}</p>\n</body>\n</html>\n",
        l = lang.code(),
        t = escape(title),
        c = escape(permalink),
        moved = crate::msg!("ui-page-moved", link = link).text(lang),
    )
}

impl Renderer<'_> {
    /// The pages made from the plan data as a whole (progress summary),
    /// for the sitemap, dated by the newest plan or report page shown.
    fn generated_urls(&self, pc: &PortalCtx) -> Vec<sitemap::Url> {
        let site = self.site;
        let scope = &pc.plans.scope;
        let pages =
            site.plans.iter().enumerate().filter(|(p, _)| scope.plans[*p]).flat_map(|(_, plan)| {
                std::iter::once(plan.page).chain(plan.reports.iter().map(|r| site.reports[*r].page))
            });
        let newest = pages
            .filter(|p| scope.pages[*p])
            .filter_map(|p| crate::render::artifacts::feed::page_updated(site, p))
            .max();
        let mut out = Vec::new();
        if self.templates.has("progress.html") {
            out.push((crate::render::progress::PATH.to_string(), newest));
        }
        if self.templates.has("opendata.html") {
            out.push((opendata::DIR.to_string(), newest));
        }
        if self.templates.has(crate::render::artifacts::search::TEMPLATE) {
            let all = updated::newest(site, scope, 0..site.pages.len());
            out.push((crate::render::artifacts::search::PAGE_PATH.to_string(), all));
        }
        for (path, pages) in archive::extra_paths(site, scope) {
            if path.starts_with(archive::PATH) && !self.templates.has("archive.html") {
                continue;
            }
            out.push((path, updated::newest(site, scope, pages)));
        }
        out
    }
}

/// The pages of a section and of every section below it.
fn subtree(site: &crate::model::Site, section: usize) -> Vec<PageId> {
    let mut out = site.sections[section].pages.clone();
    for c in &site.sections[section].subsections {
        out.extend(subtree(site, *c));
    }
    out
}

impl<'a> Renderer<'a> {
    /// The archive: the list of years, and each year's dated pages.
    fn archive(&self, pc: &PortalCtx<'a>, out: &mut Out<'_, 'a>, summaries: &'a [String], select: Select) {
        let site = self.site;
        let scope = &pc.plans.scope;
        let years = archive::years(site, scope);
        if years.is_empty() {
            return;
        }
        #[derive(serde::Serialize)]
        struct Year {
            year: i16,
            count: usize,
            path: String,
        }
        if select.wants(Key::Archive(None)) {
            let list: Vec<Year> =
                years.iter().map(|(y, ps)| Year { year: *y, count: ps.len(), path: archive::year_path(*y) }).collect();
            let mut ctx = context(archive::PATH, "archive");
            ctx.insert("years", &list);
            ctx.insert("has_tags", &scope.terms.iter().any(|t| *t));
            let all = years.iter().flat_map(|(_, ps)| ps.iter().copied());
            ctx.insert("last_updated", &updated::shown(site, scope, pc.plans.lang, updated::newest(site, scope, all)));
            out.emit(Key::Archive(None), "archive.html", &ctx, format!("{}index.html", archive::PATH), "the archive");
        }
        let wanted: Vec<&(i16, Vec<PageId>)> =
            years.iter().filter(|(y, _)| select.wants(Key::Archive(Some(*y)))).collect();
        out.emit_each(&wanted, |out, (year, ps)| {
            let base = archive::year_path(*year);
            let last = updated::shown(site, scope, pc.plans.lang, updated::newest(site, scope, ps.iter().copied()));
            let items: Vec<views::PageItem> =
                ps.iter().map(|p| views::item(site, pc.plans.lang, summaries, *p)).collect();
            let chunks = archive::split(items);
            let total = chunks.len();
            chunks
                .into_iter()
                .enumerate()
                .map(|(k, pages)| {
                    let path = archive::page_path(&base, k + 1);
                    let mut ctx = context(&path, "archive");
                    ctx.insert("year", year);
                    ctx.insert("year_count", &ps.len());
                    ctx.insert("items", &pages);
                    ctx.insert("last_updated", &last);
                    ctx.insert("pagination", &archive::pagination(&base, k + 1, total));
                    out.render(
                        Key::Archive(Some(*year)),
                        "archive.html",
                        &ctx,
                        format!("{path}index.html"),
                        "the archive",
                    )
                })
                .collect()
        });
    }
}
