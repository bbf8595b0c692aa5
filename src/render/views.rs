//! Typed template views: what a template can read. These structs borrow from
//! the model and are serialised into Tera's context; together they are the
//! theme contract, documented variable by variable in docs/theme.md.

use serde::Serialize;

use crate::config::{Config, Portal};
use crate::date::Date;
use crate::messages::Lang;
use crate::model::{Page, PageId, Section, Site};
use crate::render::markdown::TocEntry;

/// `site`: the same on every page of a portal.
#[derive(Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub base_url: &'a str,
    pub language: &'a str,
    pub portal: PortalView<'a>,
    /// Top-level sections, for the main menu.
    pub menu: Vec<LinkView<'a>>,
    pub tags_path: &'static str,
    pub extra: &'a serde_json::Value,
    /// The Content-Security-Policy for `<meta http-equiv>` (see render/csp.rs).
    pub csp: String,
}

#[derive(Serialize)]
pub struct PortalView<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// A file under `static/`, for `{{ root }}{{ site.portal.logo }}`.
    pub logo: Option<&'a str>,
    /// `#rrggbb`, or null for the theme's colour.
    pub accent: Option<&'a str>,
    /// The inline style setting the accent (`:root{--accent:#rrggbb}`),
    /// whose hash `site.csp` allows: write it into `<style>` as it is.
    pub accent_style: Option<String>,
    pub contact: Option<&'a crate::config::Contact>,
    /// Whether the portal has an English page (at `en/`).
    pub english: bool,
}

/// A titled link to a page of the portal (`{{ root }}{{ link.path }}`).
#[derive(Serialize)]
pub struct LinkView<'a> {
    pub title: &'a str,
    pub path: &'a str,
}

/// A date both ways: `iso` for `datetime=` attributes, `vi` for people, in
/// the site's language (`11/01/2022`, or `11 January 2022` on an English
/// site; the field keeps its name so that sites' own templates still work).
#[derive(Serialize)]
pub struct DateView {
    pub iso: String,
    pub vi: String,
}

impl DateView {
    pub fn new(d: Date, lang: Lang) -> Self {
        DateView { iso: d.iso(), vi: d.shown(lang) }
    }
}

/// `page`: a page being rendered.
#[derive(Serialize)]
pub struct PageView<'a> {
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub path: &'a str,
    pub permalink: String,
    pub date: Option<DateView>,
    pub updated: Option<DateView>,
    /// The body as HTML (use `| safe`).
    pub content: &'a str,
    pub toc: &'a [TocEntry],
    /// Plain text: the description, or the start of the body.
    pub summary: &'a str,
    pub word_count: usize,
    pub tags: Vec<LinkView<'a>>,
    pub section: LinkView<'a>,
    /// From the home page down to the page's section.
    pub breadcrumb: Vec<LinkView<'a>>,
    pub document: Option<DocumentView<'a>>,
    pub extra: Option<&'a serde_json::Value>,
}

/// `page.document`: a document's metadata.
#[derive(Serialize)]
pub struct DocumentView<'a> {
    pub kind: &'a str,
    pub number: &'a str,
    pub issued: Option<DateView>,
    pub issuer: Option<&'a str>,
    pub place: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub signer: Option<&'a str>,
    pub signer_title: Option<&'a str>,
    pub recipients: &'a [String],
    /// The documents this one implements; `path` is empty when the site
    /// does not have that document.
    pub implements: Vec<RefView<'a>>,
    pub attachments: &'a [String],
    pub stub: bool,
}

/// A document reference: number, and the page when the site has it.
#[derive(Serialize)]
pub struct RefView<'a> {
    pub number: &'a str,
    pub title: Option<&'a str>,
    pub path: Option<&'a str>,
}

/// One entry of a listing (section, tag, home). Never carries a body.
#[derive(Serialize)]
pub struct PageItem<'a> {
    pub title: &'a str,
    pub path: &'a str,
    pub date: Option<DateView>,
    pub description: Option<&'a str>,
    pub summary: &'a str,
    /// `"Kế hoạch 10/KH-UBND"` for documents.
    pub document: Option<String>,
}

/// `section`: a section (or the home page) being rendered.
#[derive(Serialize)]
pub struct SectionView<'a> {
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub path: &'a str,
    pub permalink: String,
    pub content: &'a str,
    pub pages: Vec<PageItem<'a>>,
    pub subsections: Vec<LinkView<'a>>,
    pub breadcrumb: Vec<LinkView<'a>>,
    pub extra: Option<&'a serde_json::Value>,
    /// Whether the section has an Atom feed (`atom.xml` beside it).
    pub feed: bool,
}

/// `term` (a tag page) and the items of `terms` (the list of tags).
#[derive(Serialize)]
pub struct TermView<'a> {
    pub name: &'a str,
    pub path: &'a str,
    pub count: usize,
    pub pages: Vec<PageItem<'a>>,
}

pub fn site<'a>(config: &'a Config, portal: &'a Portal, site: &'a Site) -> SiteView<'a> {
    let home = &site.sections[0];
    let accent_style = portal.accent.as_deref().map(crate::render::csp::accent_style);
    let csp = crate::render::csp::policy(&accent_style.as_deref().into_iter().collect::<Vec<_>>());
    SiteView {
        title: &portal.title,
        description: config.description.as_deref(),
        base_url: &portal.base_url,
        language: &config.language,
        portal: PortalView {
            id: &portal.id,
            title: &portal.title,
            logo: portal.logo.as_deref(),
            accent: portal.accent.as_deref(),
            accent_style,
            contact: portal.contact.as_ref(),
            english: portal.english.is_some(),
        },
        menu: home.subsections.iter().map(|s| link_section(&site.sections[*s])).collect(),
        tags_path: crate::model::TAGS_PATH,
        extra: &config.extra,
        csp,
    }
}

pub fn link_section(s: &Section) -> LinkView<'_> {
    LinkView { title: &s.title, path: &s.path }
}

pub fn breadcrumb<'a>(site: &'a Site, mut section: Option<usize>) -> Vec<LinkView<'a>> {
    let mut out = Vec::new();
    while let Some(id) = section {
        out.push(link_section(&site.sections[id]));
        section = site.sections[id].parent;
    }
    out.reverse();
    out
}

pub fn item<'a>(site: &'a Site, lang: Lang, summaries: &'a [String], id: PageId) -> PageItem<'a> {
    let p: &Page = &site.pages[id];
    PageItem {
        title: p.title(),
        path: &p.path,
        date: p.date().map(|d| DateView::new(d, lang)),
        description: p.src.front.description.as_deref(),
        summary: &summaries[id],
        document: p.document.as_ref().map(|d| format!("{} {}", d.kind, d.front.number)),
    }
}
