//! Stage 3, render: turns the model into output files in memory, one set
//! per portal. Markdown is rendered once per page whatever the number of
//! portals; only templates run per portal. No I/O happens here: files to
//! copy are returned as paths for the output stage.

pub mod links;
pub mod markdown;
pub mod templates;
pub mod views;

use std::path::PathBuf;

use tera::Context;

use crate::config::{Config, Portal};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{PageId, Site, relative_root};
use templates::Templates;
use views::{DateView, DocumentView, LinkView, PageView, RefView, SectionView, TermView};

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
    /// One template set per portal, with that portal's `site` in its global context.
    portals: Vec<(&'a Portal, tera::Tera)>,
    markdown: markdown::Options,
}

impl<'a> Renderer<'a> {
    pub fn new(
        config: &'a Config,
        site: &'a Site,
        templates: &'a Templates,
        portals: &'a [Portal],
    ) -> Self {
        let portals = portals
            .iter()
            .map(|p| {
                let mut tera = templates.tera.clone();
                tera.global_context()
                    .insert("site", &views::site(config, p, site));
                (p, tera)
            })
            .collect();
        Renderer {
            config,
            site,
            templates,
            portals,
            markdown: markdown::Options {
                raw_html: config.raw_html,
            },
        }
    }

    /// Checks that every template named in front matter exists.
    pub fn check_templates(&self) -> Diagnostics {
        let mut d = Diagnostics::new();
        for p in &self.site.pages {
            if let Some(t) = &p.src.front.template
                && !self.templates.has(t)
            {
                let mut e = crate::model::located(&p.src, "template", "");
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
                let mut e = crate::model::located(src, "template", "");
                let nf = self.templates.not_found(t);
                e.message = nf.message;
                e.help = nf.help;
                d.push(e);
            }
        }
        d
    }

    /// Renders one page for every portal.
    pub fn page(&self, id: PageId) -> PageOutput {
        let page = &self.site.pages[id];
        let resolver = links::PageLinks::new(self.site, page.src.dir(), relative_root(&page.path));
        let (md, problems) = markdown::render(page.src.body(), &self.markdown, &resolver);
        let mut diagnostics: Vec<Diagnostic> = problems
            .into_iter()
            .map(|p| {
                let d = if p.is_error {
                    Diagnostic::error(p.message)
                } else {
                    Diagnostic::warning(p.message)
                };
                let mut d = d
                    .in_file(&page.src.shown)
                    .at(&page.src.text, page.src.body_start + p.offset);
                d.help = p.help;
                d
            })
            .collect();
        let front = &page.src.front;
        let summary = match &front.description {
            Some(d) => d.clone(),
            None => md.summary.clone(),
        };
        let mut view = PageView {
            title: &front.title,
            description: front.description.as_deref(),
            path: &page.path,
            permalink: String::new(),
            date: front.date.map(DateView::from),
            updated: front.updated.map(DateView::from),
            content: &md.html,
            toc: &md.toc,
            summary: &summary,
            word_count: md.word_count,
            tags: page
                .tags
                .iter()
                .map(|t| LinkView {
                    title: &self.site.terms[*t].name,
                    path: &self.site.terms[*t].path,
                })
                .collect(),
            section: views::link_section(&self.site.sections[page.section]),
            breadcrumb: views::breadcrumb(self.site, Some(page.section)),
            document: page.document.as_ref().map(|d| DocumentView {
                kind: d.kind,
                number: &d.front.number,
                issued: d.front.issued.map(DateView::from),
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
                        let target = self.site.document(n).map(|id| &self.site.pages[id]);
                        RefView {
                            number: n,
                            title: target.map(|p| p.title()),
                            path: target.map(|p| p.path.as_str()),
                        }
                    })
                    .collect(),
                attachments: &d.front.attachments,
                stub: d.front.stub,
            }),
            extra: front.extra.as_ref(),
        };
        let template = front.template.as_deref().unwrap_or("page.html");
        let root = relative_root(&page.path);
        let mut files = Vec::with_capacity(self.portals.len());
        for (i, (portal, tera)) in self.portals.iter().enumerate() {
            let mut ctx = Context::new();
            ctx.insert("root", &root);
            ctx.insert("kind", "page");
            view.permalink = format!("{}{}", portal.base_url, page.path);
            ctx.insert("page", &view);
            match render_to(tera, template, &ctx) {
                Ok(bytes) => files.push((
                    i,
                    File {
                        path: format!("{}index.html", page.path),
                        body: Body::Bytes(bytes),
                    },
                )),
                Err(e) => {
                    diagnostics.push(
                        self.templates
                            .error(&e, &format!("`{}`", page.src.shown.display())),
                    );
                    break;
                }
            }
        }
        PageOutput {
            files,
            summary,
            diagnostics,
        }
    }

    /// Renders sections, the home page, tag pages, aliases, 404 and the
    /// sitemap for every portal, using the pages' summaries.
    pub fn listings(&self, summaries: &[String]) -> (Vec<(usize, File)>, Diagnostics) {
        let mut files = Vec::new();
        let mut diags = Diagnostics::new();
        let site = self.site;
        // Section bodies are rendered once.
        let bodies: Vec<(String, Vec<Diagnostic>)> = site
            .sections
            .iter()
            .map(|s| match &s.src {
                Some(src) => {
                    let resolver = links::PageLinks::new(site, src.dir(), relative_root(&s.path));
                    let (md, problems) = markdown::render(src.body(), &self.markdown, &resolver);
                    let ds = problems
                        .into_iter()
                        .map(|p| {
                            let d = if p.is_error {
                                Diagnostic::error(p.message)
                            } else {
                                Diagnostic::warning(p.message)
                            };
                            let mut d = d
                                .in_file(&src.shown)
                                .at(&src.text, src.body_start + p.offset);
                            d.help = p.help;
                            d
                        })
                        .collect();
                    (md.html, ds)
                }
                None => (String::new(), vec![]),
            })
            .collect();
        for (_, ds) in &bodies {
            diags.extend(ds.iter().cloned());
        }
        for (i, (portal, tera)) in self.portals.iter().enumerate() {
            for s in &site.sections {
                let front = s.front();
                let view = SectionView {
                    title: &s.title,
                    description: front.and_then(|f| f.description.as_deref()),
                    path: &s.path,
                    permalink: format!("{}{}", portal.base_url, s.path),
                    content: &bodies[s.id].0,
                    pages: s
                        .pages
                        .iter()
                        .map(|p| views::item(site, summaries, *p))
                        .collect(),
                    subsections: s
                        .subsections
                        .iter()
                        .map(|c| views::link_section(&site.sections[*c]))
                        .collect(),
                    breadcrumb: views::breadcrumb(site, s.parent),
                    extra: front.and_then(|f| f.extra.as_ref()),
                };
                let is_home = s.id == 0;
                let template = match front.and_then(|f| f.template.as_deref()) {
                    Some(t) => t,
                    None if is_home && self.templates.has("home.html") => "home.html",
                    None => "section.html",
                };
                let mut ctx = Context::new();
                ctx.insert("root", &relative_root(&s.path));
                ctx.insert("kind", if is_home { "home" } else { "section" });
                ctx.insert("section", &view);
                let shown = s.src.as_ref().map_or_else(
                    || format!("the section `content/{}`", s.dir),
                    |src| format!("`{}`", src.shown.display()),
                );
                self.emit(
                    i,
                    tera,
                    template,
                    &ctx,
                    format!("{}index.html", s.path),
                    &shown,
                    &mut files,
                    &mut diags,
                );
            }
            if !site.terms.is_empty() {
                let term_views: Vec<TermView> = site
                    .terms
                    .iter()
                    .map(|t| TermView {
                        name: &t.name,
                        path: &t.path,
                        count: t.pages.len(),
                        pages: vec![],
                    })
                    .collect();
                if self.templates.has("taxonomy.html") {
                    let mut ctx = Context::new();
                    ctx.insert("root", &relative_root(crate::model::TAGS_PATH));
                    ctx.insert("kind", "taxonomy");
                    ctx.insert("terms", &term_views);
                    let path = format!("{}index.html", crate::model::TAGS_PATH);
                    self.emit(
                        i,
                        tera,
                        "taxonomy.html",
                        &ctx,
                        path,
                        "the list of tags",
                        &mut files,
                        &mut diags,
                    );
                }
                if self.templates.has("term.html") {
                    for t in &site.terms {
                        let view = TermView {
                            name: &t.name,
                            path: &t.path,
                            count: t.pages.len(),
                            pages: t
                                .pages
                                .iter()
                                .map(|p| views::item(site, summaries, *p))
                                .collect(),
                        };
                        let mut ctx = Context::new();
                        ctx.insert("root", &relative_root(&t.path));
                        ctx.insert("kind", "term");
                        ctx.insert("term", &view);
                        let shown = format!("the tag page `{}`", t.name);
                        self.emit(
                            i,
                            tera,
                            "term.html",
                            &ctx,
                            format!("{}index.html", t.path),
                            &shown,
                            &mut files,
                            &mut diags,
                        );
                    }
                }
            }
            if self.templates.has("404.html") {
                // Served at any depth, so links must start from the site's path.
                let mut ctx = Context::new();
                ctx.insert("root", portal.base_path());
                ctx.insert("kind", "404");
                self.emit(
                    i,
                    tera,
                    "404.html",
                    &ctx,
                    "404.html".into(),
                    "the 404 page",
                    &mut files,
                    &mut diags,
                );
            }
            for a in &site.aliases {
                let page = &site.pages[a.page];
                let html = alias_html(
                    &relative_root(&a.path),
                    &page.path,
                    &format!("{}{}", portal.base_url, page.path),
                    page.title(),
                );
                let path = if a.path.ends_with('/') {
                    format!("{}index.html", a.path)
                } else {
                    a.path.clone()
                };
                files.push((
                    i,
                    File {
                        path,
                        body: Body::Bytes(html.into_bytes()),
                    },
                ));
            }
            files.push((
                i,
                File {
                    path: "sitemap.xml".into(),
                    body: Body::Bytes(sitemap(site, portal).into_bytes()),
                },
            ));
            let robots = format!(
                "User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n",
                portal.base_url
            );
            files.push((
                i,
                File {
                    path: "robots.txt".into(),
                    body: Body::Bytes(robots.into_bytes()),
                },
            ));
            for a in &site.assets {
                files.push((
                    i,
                    File {
                        path: a.path.clone(),
                        body: Body::Copy(a.src.abs.clone()),
                    },
                ));
            }
        }
        (files, diags)
    }

    #[allow(clippy::too_many_arguments)]
    fn emit(
        &self,
        portal: usize,
        tera: &tera::Tera,
        template: &str,
        ctx: &Context,
        path: String,
        what: &str,
        files: &mut Vec<(usize, File)>,
        diags: &mut Diagnostics,
    ) {
        match render_to(tera, template, ctx) {
            Ok(bytes) => files.push((
                portal,
                File {
                    path,
                    body: Body::Bytes(bytes),
                },
            )),
            Err(e) => diags.push(self.templates.error(&e, what)),
        }
    }

    /// Static files: the theme's `static/`, then the site's (which wins).
    pub fn static_dirs(&self) -> [PathBuf; 2] {
        [
            self.config.theme_dir().join("static"),
            self.config.root.join("static"),
        ]
    }
}

fn render_to(tera: &tera::Tera, template: &str, ctx: &Context) -> Result<Vec<u8>, tera::Error> {
    let mut out = Vec::with_capacity(16 * 1024);
    tera.render_to(template, ctx, &mut out)?;
    Ok(out)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A redirect page for an old address.
fn alias_html(root: &str, target: &str, permalink: &str, title: &str) -> String {
    let href = escape(&format!("{root}{target}"));
    format!(
        "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n\
         <link rel=\"canonical\" href=\"{c}\">\n<meta name=\"robots\" content=\"noindex\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={href}\">\n</head>\n<body>\n\
         <p>Trang này đã chuyển đến <a href=\"{href}\">{t}</a>.</p>\n</body>\n</html>\n",
        t = escape(title),
        c = escape(permalink),
    )
}

fn sitemap(site: &Site, portal: &Portal) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut entry = |path: &str, last: Option<crate::date::Date>| {
        out.push_str(&format!(
            "  <url><loc>{}{}</loc>",
            escape(&portal.base_url),
            escape(path)
        ));
        if let Some(d) = last {
            out.push_str(&format!("<lastmod>{}</lastmod>", d.iso()));
        }
        out.push_str("</url>\n");
    };
    for s in &site.sections {
        entry(&s.path, None);
    }
    for p in &site.pages {
        entry(&p.path, p.src.front.updated.or(p.date()));
    }
    for t in &site.terms {
        entry(&t.path, None);
    }
    out.push_str("</urlset>\n");
    out
}
