//! Stage 3, render: turns the model into output files in memory, one set
//! per portal. Markdown is rendered once per page whatever the number of
//! portals; only templates run per portal. No I/O happens here: files to
//! copy are returned as paths for the output stage.

pub mod archive;
pub mod artifacts;
pub mod chart;
pub mod classes;
pub mod csp;
pub mod data_links;
pub mod format;
pub mod home_views;
pub mod indicator_views;
pub mod links;
mod listings;
pub mod markdown;
pub mod plan_views;
pub mod progress;
pub mod templates;
pub mod unit_views;
pub mod updated;
pub mod views;

use std::path::PathBuf;

use tera::Context;

use crate::config::{Config, Portal};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::docref;
use crate::model::{PageId, Site, relative_root};
use crate::msg;
use templates::Templates;
use views::{DateView, DocumentView, LinkView, PageView, RefView};

/// One file of a portal's output.
#[derive(Debug)]
pub struct File {
    /// Path under the portal's folder (`van-ban/index.html`).
    pub path: String,
    pub body: Body,
}

#[derive(Debug)]
pub enum Body {
    Bytes(Vec<u8>),
    /// Copied as it is from this source file.
    Copy(PathBuf),
    /// A file of the built-in theme, written as it is.
    Builtin(&'static [u8]),
}

/// Where a static file comes from: a file of the site (or of its theme
/// folder), or the built-in theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Builtin(&'static [u8]),
}

impl Source {
    /// The output file's body.
    pub fn body(&self) -> Body {
        match self {
            Source::File(p) => Body::Copy(p.clone()),
            Source::Builtin(b) => Body::Builtin(b),
        }
    }
}

/// What makes an output file: one page, one list page, one generated
/// file. A session keeps each key's diagnostics and renders a key again
/// when an edit touches what it shows (or when it is asked for).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Page(PageId),
    Home,
    /// A section's list page (not the home section's).
    Section(crate::model::SectionId),
    Taxonomy,
    Term(crate::model::TermId),
    Unit(crate::model::plan::UnitId),
    /// An indicator page: (plan, indicator).
    Indicator(crate::model::plan::PlanId, usize),
    English,
    NotFound,
    Alias(usize),
    /// `sitemap.xml` (and its parts past 50,000 addresses).
    Sitemap,
    Robots,
    /// The progress summary page (`tinh-hinh-thuc-hien/`).
    Progress,
    /// The archive: the list of years (None) or one year's pages.
    Archive(Option<i16>),
    /// The open data files of a portal (`du-lieu/*.json`, `.csv`, schemas, zip).
    OpenData,
    /// The page listing them (`du-lieu/`).
    DataPage,
    /// An Atom feed: the portal's, a section's or a plan's.
    Feed(artifacts::feed::Feed),
    Asset(usize),
    /// The search page and index (`tim-kiem/`, `search/`).
    Search,
}

/// Which outputs to render: some keys or all, for one portal or all.
#[derive(Clone, Copy, Default)]
pub struct Select<'s> {
    /// None: every key.
    pub keys: Option<&'s std::collections::HashSet<Key>>,
    /// None: every portal.
    pub portal: Option<usize>,
}

impl Select<'_> {
    pub fn wants(&self, key: Key) -> bool {
        self.keys.is_none_or(|k| k.contains(&key))
    }

    pub fn portal(&self, portal: usize) -> bool {
        self.portal.is_none_or(|p| p == portal)
    }

    fn class(&self, class: &classes::Class) -> bool {
        self.portal.is_none_or(|p| class.members.contains(&p))
    }
}

/// What rendering one page produced.
pub struct PageOutput {
    /// (portal index, file) for every portal that shows the page.
    pub files: Vec<(usize, File)>,
    /// Plain-text summary, for listings.
    pub summary: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// Everything rendering needs, prepared once per build.
pub struct Renderer<'a> {
    config: &'a Config,
    site: &'a Site,
    templates: &'a Templates,
    /// One per portal: its template set (with its `site`) and what it shows.
    portals: Vec<PortalCtx<'a>>,
    /// Portals that are rendered together, with placeholders filled in after.
    classes: Vec<classes::Class>,
    markdown: markdown::Options,
    /// For each document page, the document pages that implement it.
    implemented_by: std::collections::HashMap<PageId, Vec<PageId>>,
    /// The words of the search index, when the theme has a search page,
    /// and each page's words as it is rendered.
    search: Option<std::sync::Arc<artifacts::search::Interner>>,
    search_terms: std::sync::Mutex<Vec<Option<std::sync::Arc<artifacts::search::Terms>>>>,
}

/// A portal being built: its config, its templates with its `site` in the
/// global context, and its plan views (which know what the portal shows).
pub struct PortalCtx<'a> {
    pub portal: &'a Portal,
    pub tera: tera::Tera,
    pub plans: plan_views::Ctx<'a>,
    /// Absolute URL prefix of each portal, for links to pages this portal
    /// does not show.
    pub index: usize,
}

/// One step of a document's legal basis: the documents it implements, and
/// theirs, up to the root.
#[derive(serde::Serialize)]
pub struct BasisRow<'a> {
    #[serde(skip)]
    pub page: Option<PageId>,
    pub depth: usize,
    pub number: &'a str,
    pub title: Option<&'a str>,
    pub path: Option<&'a str>,
}

impl<'a> Renderer<'a> {
    /// `scopes[i]` is what `portals[i]` shows and the unit it belongs to.
    pub fn new(
        config: &'a Config,
        site: &'a Site,
        templates: &'a Templates,
        portals: &'a [Portal],
        scopes: Vec<(Option<crate::model::plan::UnitId>, crate::model::scope::Scope)>,
        today: crate::date::Date,
    ) -> Self {
        let scope_refs: Vec<&crate::model::scope::Scope> = scopes.iter().map(|(_, s)| s).collect();
        let mut classes = classes::classes(config, site, &templates.tera, portals, &scope_refs);
        // Whether the portal has a feed, for the links to it on every page
        // (members of a class show the same pages).
        let has_feed = |s: &crate::model::scope::Scope| {
            !artifacts::feed::entries(site, &s.pages, artifacts::feed::Feed::Portal).is_empty()
        };
        for c in &mut classes {
            c.tera.global_context().insert("portal_feed", &has_feed(scope_refs[c.rep]));
        }
        let portals = portals
            .iter()
            .zip(scopes)
            .enumerate()
            .map(|(index, (portal, (unit, scope)))| {
                let mut tera = templates.tera.clone();
                tera.global_context().insert("site", &views::site(config, portal, site));
                tera.global_context().insert("portal_feed", &has_feed(&scope));
                let lang = crate::messages::Lang::parse(&config.language).unwrap_or_default();
                PortalCtx { portal, tera, plans: plan_views::Ctx { site, today, scope, unit, lang }, index }
            })
            .collect();
        let mut implemented_by: std::collections::HashMap<PageId, Vec<PageId>> = Default::default();
        for p in &site.pages {
            for n in p.document.iter().flat_map(|d| &d.front.implements) {
                if let Some(target) = site.find_mention(n).one() {
                    implemented_by.entry(target).or_default().push(p.id);
                }
            }
        }
        Renderer {
            config,
            site,
            templates,
            portals,
            classes,
            markdown: markdown::Options {
                raw_html: config.raw_html,
                count_words: templates.mentions("word_count"),
                keep_text: templates.has(artifacts::search::TEMPLATE),
                lang: crate::messages::Lang::parse(&config.language).unwrap_or_default(),
            },
            implemented_by,
            search: templates.has(artifacts::search::TEMPLATE).then(Default::default),
            search_terms: std::sync::Mutex::new(vec![None; site.pages.len()]),
        }
    }

    /// The warning for a mention that fits several documents, naming them.
    fn ambiguous_mention(&self, offset: usize, ids: &[PageId]) -> markdown::Problem {
        let names: Vec<String> = ids
            .iter()
            .map(|p| {
                let d = self.site.pages[*p].document.as_ref().map(|d| &d.front);
                format!(
                    "{} ({}, {})",
                    self.site.pages[*p].title(),
                    d.and_then(|d| d.issuer.as_deref()).unwrap_or("?"),
                    d.and_then(|d| d.issued).map_or("?".to_string(), |i| i.vi())
                )
            })
            .collect();
        markdown::Problem {
            offset,
            message: crate::msg!("mention-ambiguous", list = names.join("; ")).into(),
            help: Some(crate::msg!("mention-ambiguous-help").into()),
            is_error: false,
        }
    }

    /// The address of a unit's page on the first portal that has it.
    pub fn unit_elsewhere(&self, unit: crate::model::plan::UnitId) -> Option<String> {
        self.portals
            .iter()
            .find(|pc| pc.plans.scope.units[unit])
            .map(|pc| format!("{}{}", pc.portal.base_url, self.site.units[unit].path))
    }

    /// Where page `id`'s body starts in its file's text.
    pub fn body_start(&self, id: PageId) -> usize {
        self.site.pages[id].src.body_start
    }

    /// The address of a page on the first portal that shows it.
    pub fn elsewhere(&self, page: PageId) -> Option<String> {
        self.portals
            .iter()
            .find(|pc| pc.plans.scope.pages[page])
            .map(|pc| format!("{}{}", pc.portal.base_url, self.site.pages[page].path))
    }

    /// The chain of documents `page` implements, breadth first, each once.
    fn basis(&self, page: PageId) -> Vec<BasisRow<'a>> {
        let mut out = Vec::new();
        let mut seen = vec![page];
        let mut frontier = std::collections::VecDeque::from([(page, 0)]);
        while let Some((p, depth)) = frontier.pop_front() {
            let Some(doc) = &self.site.pages[p].document else { continue };
            for n in &doc.front.implements {
                let target = self.site.find_mention(n).one();
                if let Some(t) = target {
                    if seen.contains(&t) {
                        continue;
                    }
                    seen.push(t);
                    frontier.push_back((t, depth + 1));
                }
                let tp = target.map(|t| &self.site.pages[t]);
                out.push(BasisRow {
                    page: target,
                    depth,
                    number: n,
                    title: tp.map(|p| p.title()),
                    path: tp.map(|p| p.path.as_str()),
                });
            }
        }
        out
    }

    /// Checks that every template named in front matter exists.
    pub fn check_templates(&self) -> Diagnostics {
        let mut d = Diagnostics::new();
        for p in &self.site.pages {
            if let Some(t) = &p.src.front.template
                && !self.templates.has(t)
            {
                let mut e = crate::model::located(&p.src, "template", msg!("template-not-found", name = t.as_str()));
                let nf = self.templates.not_found(t);
                e.message = nf.message;
                e.help = nf.help;
                d.push(e);
            }
        }
        for s in &self.site.sections {
            if let Some(src) = &s.src
                && let Some(t) = &src.front.template
                && !self.templates.has(t)
            {
                let mut e = crate::model::located(src, "template", msg!("template-not-found", name = t.as_str()));
                let nf = self.templates.not_found(t);
                e.message = nf.message;
                e.help = nf.help;
                d.push(e);
            }
        }
        d
    }

    /// Renders one page for every portal that shows it. Markdown is rendered
    /// once; only a portal that lacks a page the body links to gets its own
    /// copy, with that link pointing to a portal that has the page.
    /// `body` is the page's Markdown (the text after its front matter).
    pub fn page(&self, id: PageId, body: &str) -> PageOutput {
        self.page_for(id, body, Select::default())
    }

    /// The summary [`Renderer::page_for`] gives the page's listings, without
    /// rendering the page (serve answers before its whole first render).
    pub fn summary(&self, id: PageId, body: &str) -> String {
        let page = &self.site.pages[id];
        if let Some(d) = &page.src.front.description {
            return d.clone();
        }
        let resolver = links::PageLinks::new(self.site, page.src.dir(), relative_root(&page.path))
            .on_page(id)
            .at_address(&page.path);
        let opts = markdown::Options { keep_text: false, count_words: false, ..self.markdown };
        markdown::render(body, &opts, &resolver).0.summary
    }

    /// [`Renderer::page`] for the portals `select` names only.
    pub fn page_for(&self, id: PageId, body: &str, select: Select) -> PageOutput {
        let page = &self.site.pages[id];
        let root = relative_root(&page.path);
        let resolver =
            links::PageLinks::new(self.site, page.src.dir(), root.clone()).on_page(id).at_address(&page.path);
        let (mut md, problems) = markdown::render(body, &self.markdown, &resolver);
        if let Some(terms) = self.page_terms(id, &md) {
            self.keep_terms(id, terms);
        }
        // The text was for the index only.
        (md.text, md.strong) = (String::new(), String::new());
        let linked = resolver.linked_pages();
        let linked_units = resolver.linked_units();
        let unresolved = resolver.unresolved();
        let ambiguous = resolver.ambiguous().into_iter().map(|(offset, ids)| self.ambiguous_mention(offset, &ids));
        // Only for locating problems: the front matter and body together.
        let full_text = || [&*page.src.text, body].concat();
        // One warning per document the site lacks, at its first mention.
        let unresolved = unresolved.into_iter().map(|(number, offset)| {
            // The mention as written ("Chỉ thị số 99/CT-TTg"), else the number.
            // A mention is short: look at the next line's worth of text only.
            let written = body.get(offset..).and_then(|rest| {
                let line = &rest[..rest.floor_char_boundary(200)];
                docref::find(line).into_iter().next().filter(|r| r.range.start == 0).map(|r| &line[r.range])
            });
            markdown::Problem {
                offset,
                message: msg!("mention-no-page", number = written.unwrap_or(&number)).into(),
                help: Some(msg!("mention-no-page-help").into()),
                is_error: false,
            }
        });
        let problems: Vec<markdown::Problem> = problems.into_iter().chain(unresolved).chain(ambiguous).collect();
        let mut diagnostics: Vec<Diagnostic> = if problems.is_empty() {
            Vec::new()
        } else {
            let full = full_text();
            problems.iter().map(|p| p.to_diagnostic(&full, page.src.body_start).in_file(&page.src.shown)).collect()
        };
        let front = &page.src.front;
        let summary = match &front.description {
            Some(d) => d.clone(),
            None => md.summary.clone(),
        };
        let template = front.template.as_deref().unwrap_or("page.html");
        let mut files = Vec::with_capacity(self.portals.len());
        // An unknown template is told once, at the page's `template:` line
        // (see check_templates), not again for each portal.
        if !self.templates.has(template) {
            return PageOutput { files, summary, diagnostics };
        }
        let path = format!("{}index.html", page.path);
        for class in self.classes.iter().filter(|c| select.class(c)) {
            let rep = &self.portals[class.rep];
            if !rep.plans.scope.pages[id] {
                continue;
            }
            let visible = &rep.plans.scope.pages;
            let own_body;
            let units = &rep.plans.scope.units;
            let rendered = if linked.iter().all(|l| visible[*l]) && linked_units.iter().all(|u| units[*u]) {
                &md
            } else {
                let elsewhere = |p: PageId| self.elsewhere(p);
                let unit_elsewhere = |u| self.unit_elsewhere(u);
                let resolver = links::PageLinks::new(self.site, page.src.dir(), root.clone())
                    .on_page(id)
                    .at_address(&page.path)
                    .for_portal(visible, &elsewhere)
                    .units_for_portal(units, &unit_elsewhere);
                let opts = markdown::Options { keep_text: false, ..self.markdown };
                own_body = markdown::render(body, &opts, &resolver).0;
                &own_body
            };
            let what = format!("`{}`", page.src.shown.display());
            if let [only] = class.members[..] {
                // A portal alone in its class needs no placeholders.
                let pc = &self.portals[only];
                match render_to(&pc.tera, template, &self.page_context(pc, id, rendered, &summary, &pc.portal.base_url))
                {
                    Ok(b) => files.push((pc.index, File { path: path.clone(), body: Body::Bytes(b) })),
                    Err(e) => {
                        diagnostics.push(self.templates.error(&e, &what));
                        return PageOutput { files, summary, diagnostics };
                    }
                }
                continue;
            }
            let ctx = self.page_context(rep, id, rendered, &summary, classes::PH_URL);
            let shared = match render_to(&class.tera, template, &ctx) {
                Ok(b) => b,
                Err(e) => {
                    diagnostics.push(self.templates.error(&e, &what));
                    return PageOutput { files, summary, diagnostics };
                }
            };
            for &m in class.members.iter().filter(|m| select.portal(**m)) {
                let pc = &self.portals[m];
                let bytes = match classes::fill(&shared, pc.portal) {
                    Some(filled) => filled,
                    None => match render_to(
                        &pc.tera,
                        template,
                        &self.page_context(pc, id, rendered, &summary, &pc.portal.base_url),
                    ) {
                        Ok(b) => b,
                        Err(e) => {
                            diagnostics.push(self.templates.error(&e, &what));
                            return PageOutput { files, summary, diagnostics };
                        }
                    },
                };
                files.push((pc.index, File { path: path.clone(), body: Body::Bytes(bytes) }));
            }
        }
        self.add_script(id, body, &mut files);
        PageOutput { files, summary, diagnostics }
    }

    /// The loudspeaker script beside the page on every portal showing it
    /// (the same text on each: it names no address).
    fn add_script(&self, id: PageId, body: &str, files: &mut Vec<(usize, File)>) {
        if files.is_empty() || !artifacts::speech::has_script(self.site, id) {
            return;
        }
        let notes = artifacts::speech::notes(&self.portals[files[0].0].plans, id);
        let lang = self.portals[files[0].0].plans.lang;
        let text = artifacts::speech::script(self.site, id, body, &notes, lang);
        let path = format!("{}{}", self.site.pages[id].path, artifacts::speech::FILE);
        let portals: Vec<usize> = files.iter().map(|(p, _)| *p).collect();
        for p in portals {
            files.push((p, File { path: path.clone(), body: Body::Bytes(text.clone()) }));
        }
    }

    /// The template context of a page on one portal.
    fn page_context(
        &self,
        pc: &PortalCtx<'a>,
        id: PageId,
        md: &markdown::Rendered,
        summary: &str,
        base_url: &str,
    ) -> Context {
        let site = self.site;
        let page = &site.pages[id];
        let front = &page.src.front;
        let visible = |p: &PageId| pc.plans.scope.pages[*p];
        let link_if_visible = |p: Option<PageId>| p.filter(visible).map(|p| &site.pages[p]);
        let view = PageView {
            title: &front.title,
            description: front.description.as_deref(),
            path: &page.path,
            permalink: format!("{base_url}{}", page.path),
            date: front.date.map(|d| DateView::new(d, pc.plans.lang)),
            updated: front.updated.map(|d| DateView::new(d, pc.plans.lang)),
            content: &md.html,
            toc: &md.toc,
            summary,
            word_count: md.word_count,
            tags: page
                .tags
                .iter()
                .map(|t| LinkView { title: &site.terms[*t].name, path: &site.terms[*t].path })
                .collect(),
            section: views::link_section(&site.sections[page.section]),
            breadcrumb: views::breadcrumb(site, Some(page.section)),
            document: page.document.as_ref().map(|d| DocumentView {
                kind: d.kind,
                number: &d.front.number,
                issued: d.front.issued.map(|d| DateView::new(d, pc.plans.lang)),
                issuer: d.front.issuer.as_deref(),
                place: d.front.place.as_deref(),
                subject: d.front.subject.as_deref(),
                signer: d.front.signer.as_deref(),
                signer_title: d.front.signer_title.as_deref(),
                recipients: &d.front.recipients,
                implements: d
                    .front
                    .implements
                    .iter()
                    .map(|n| {
                        let target = link_if_visible(site.find_mention(n).one());
                        RefView { number: n, title: target.map(|p| p.title()), path: target.map(|p| p.path.as_str()) }
                    })
                    .collect(),
                attachments: &d.front.attachments,
                stub: d.front.stub,
            }),
            extra: front.extra.as_ref(),
        };
        let plans = &pc.plans;
        let plan = plans.plan_of_page(id).map(|p| plans.plan(p));
        let report = site.report_of_page.get(&id).map(|r| plans.report(*r));
        let mut basis = self.basis(id);
        for b in &mut basis {
            if b.page.is_some_and(|p| !visible(&p)) {
                b.path = None;
            }
        }
        let implemented_by: Vec<LinkView> = self
            .implemented_by
            .get(&id)
            .into_iter()
            .flatten()
            .filter(|p| visible(p))
            .map(|p| LinkView { title: site.pages[*p].title(), path: &site.pages[*p].path })
            .collect();
        let cited_by: Vec<LinkView> = site
            .cited_by
            .get(&id)
            .into_iter()
            .flatten()
            .filter(|p| visible(p) && !self.implemented_by.get(&id).is_some_and(|i| i.contains(p)))
            .map(|p| LinkView { title: site.pages[*p].title(), path: &site.pages[*p].path })
            .collect();
        let issuer = site.issuer_unit.get(&id).filter(|u| plans.scope.units[**u]).map(|u| plans.unit(*u));
        let illustrative =
            plan.as_ref().is_some_and(|p| p.illustrative) || report.as_ref().is_some_and(|r| r.illustrative);
        let mut ctx = Context::new();
        ctx.insert("root", &relative_root(&page.path));
        ctx.insert("kind", "page");
        ctx.insert("plan", &plan);
        ctx.insert("report", &report);
        ctx.insert("basis", &basis);
        ctx.insert("implemented_by", &implemented_by);
        ctx.insert("cited_by", &cited_by);
        ctx.insert("issuer", &issuer);
        ctx.insert("illustrative", &illustrative);
        // A plan page's feed (its reports and the pages citing it), beside it.
        let feed = plans
            .plan_of_page(id)
            .filter(|p| artifacts::feed::has_plan_feed(site, &pc.plans.scope.pages, *p))
            .map(|p| format!("{}{}", site.pages[site.plans[p].page].path, artifacts::feed::FILE));
        ctx.insert("feed", &feed);
        ctx.insert("speech", &artifacts::speech::has_script(site, id));
        let scope = &pc.plans.scope;
        ctx.insert("last_updated", &updated::shown(site, scope, pc.plans.lang, updated::page(site, scope, id)));
        let own_plan = site.plans.iter().position(|p| p.page == id);
        ctx.insert("history", &own_plan.map(|p| updated::history(site, scope, pc.plans.lang, p)).unwrap_or_default());
        ctx.insert("page", &view);
        ctx
    }
}

pub(crate) fn render_to(tera: &tera::Tera, template: &str, ctx: &Context) -> Result<Vec<u8>, tera::Error> {
    let mut out = Vec::with_capacity(16 * 1024);
    tera.render_to(template, ctx, &mut out)?;
    Ok(out)
}
