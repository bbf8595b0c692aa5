//! Stage 2, model: turns the raw content into a validated, linked site —
//! pages and sections addressed by id, their URLs, orderings, tags, aliases
//! and which file every link target is. Pure: no I/O, no formatting, no
//! Markdown. Built once, then read-only.

mod assemble;
pub mod due;
pub mod duties;
pub mod figures;
pub mod identity;
mod linking;
pub mod locate;
pub mod parts;
mod paths;
pub mod period;
pub mod plan;
mod plan_check;
mod report_check;
pub mod scope;
mod units;

use std::collections::HashMap;

use crate::content::{Asset, Content, DocumentFront, PageSource, SectionFront, SectionSource};
use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::Msg;
use crate::msg;
pub use paths::{join_rel, relative_root};

pub type PageId = usize;
pub type SectionId = usize;
pub type TermId = usize;

/// Where the tag pages live, under the portal root.
pub const TAGS_PATH: &str = "chu-de/";

/// Addresses every portal's generated pages and files take, which no page,
/// alias or file of the content may take too (with the catalogue message
/// naming each).
pub const RESERVED: &[(&str, &str)] = &[
    ("404.html", "owner-404"),
    ("sitemap.xml", "owner-sitemap"),
    ("robots.txt", "owner-robots"),
    (TAGS_PATH, "owner-tags"),
    ("en/", "owner-english"),
    ("atom.xml", "owner-feed"),
    ("tinh-hinh-thuc-hien/", "owner-progress"),
    ("du-lieu/", "owner-opendata"),
    ("luu-tru/", "owner-archive"),
];

/// The kinds of document a page may declare (`document.kind`), by slug.
pub const DOCUMENT_KINDS: &[(&str, &str)] = &[
    ("nghi-quyet", "Nghị quyết"),
    ("ke-hoach", "Kế hoạch"),
    ("cong-van", "Công văn"),
    ("quyet-dinh", "Quyết định"),
    ("chi-thi", "Chỉ thị"),
    ("ket-luan", "Kết luận"),
    ("chuong-trinh", "Chương trình"),
    ("nghi-dinh", "Nghị định"),
    ("thong-bao", "Thông báo"),
    ("bao-cao", "Báo cáo"),
    ("thong-tu", "Thông tư"),
    ("huong-dan", "Hướng dẫn"),
    ("luat", "Luật"),
];

/// Choices that change which pages are published.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub drafts: bool,
    pub future: bool,
    pub today: Date,
}

#[derive(Debug)]
pub struct Site {
    pub pages: Vec<Page>,
    /// `sections[0]` is the home section (the `content/` folder itself).
    pub sections: Vec<Section>,
    pub terms: Vec<Term>,
    pub assets: Vec<OutputAsset>,
    pub aliases: Vec<Alias>,
    /// Every Markdown file and asset by its path relative to `content/`.
    pub by_source: HashMap<String, Target>,
    /// Document pages by their normalised number (`10/KH-UBND`): several
    /// when issuers or years differ (see `identity`).
    pub documents: HashMap<String, Vec<PageId>>,
    /// Pages by their address, without the trailing `/` (`van-ban/ke-hoach-10`).
    pub by_url: HashMap<String, PageId>,
    /// Every output file the model gives an address, and who makes it
    /// (`van-ban/index.html` → "`content/van-ban/_index.md`"); folders
    /// holding such files end with `/`.
    pub addresses: HashMap<String, String>,
    pub units: Vec<plan::Unit>,
    pub plans: Vec<plan::Plan>,
    /// Reports in period order.
    pub reports: Vec<plan::Report>,
    /// The plan shown on a page, and the report a page is.
    pub plan_of_page: HashMap<PageId, plan::PlanId>,
    pub report_of_page: HashMap<PageId, plan::ReportId>,
    /// The unit a document's issuer names, when the site lists it.
    pub issuer_unit: HashMap<PageId, plan::UnitId>,
    /// For each document page, the pages whose text mentions it.
    pub cited_by: HashMap<PageId, Vec<PageId>>,
    /// How the site's text is read over the loudspeaker (`doc-loa.yaml`).
    pub speaker: crate::text::spoken::Speaker,
    /// The pages loa makes from data and lists, by address without the
    /// trailing `/`: links written as an address find them here.
    pub generated: HashMap<String, Generated>,
    /// Some content could not be read or checked: a link to plan data that
    /// leads nowhere may be the consequence, so it is not reported.
    pub incomplete: bool,
    /// Plan pages whose plan data could not be read (reported): addresses
    /// below them (indicators) are not reported as broken.
    pub unreadable_plans: Vec<PageId>,
    /// Pages this build leaves out (a draft, a later date): a link to
    /// them, below their address or to their plan's data is said to lead
    /// to a page not published, not to nothing.
    pub left_out_pages: Vec<LeftOutPage>,
}

/// A page this build leaves out, where it would be and what its plan data
/// (when it is a plan's page) names.
#[derive(Debug, Clone, Hash)]
pub struct LeftOutPage {
    /// Its file, as shown (`content/van-ban/abc/index.md`).
    pub file: String,
    /// Why it is left out (`page-left-out-draft`, `page-left-out-future`).
    pub why: Msg,
    /// The address it would have, without `/` at either end.
    pub path: Option<String>,
    /// Its document number, normalised (`10/KH-UBND`), when it has one.
    pub number: Option<String>,
    /// Its plan's indicators' ids and tasks' numbers.
    pub indicators: Vec<String>,
    pub tasks: Vec<String>,
}

impl LeftOutPage {
    /// Whether `address` (without `/` at either end) is its own or below it.
    pub fn holds(&self, address: &str) -> bool {
        self.path
            .as_deref()
            .is_some_and(|p| address.strip_prefix(p).is_some_and(|r| r.is_empty() || r.starts_with('/')))
    }
}

/// A page made by loa rather than from a Markdown file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generated {
    Unit(plan::UnitId),
    Indicator(plan::PlanId, usize),
    Section(SectionId),
    Term(TermId),
    /// A page every portal has, by its address (see [`CHANNEL_PAGES`]).
    Page(&'static str),
}

/// The pages loa makes on every portal from the site as a whole: the
/// progress summary, the open data page and the archive.
pub const CHANNEL_PAGES: &[&str] = &["tinh-hinh-thuc-hien/", "du-lieu/", "luu-tru/"];

pub use crate::docref::normalize_number;

/// What a content path or URL leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Page(PageId),
    Section(SectionId),
    Asset(usize),
    /// A draft or future page that this build leaves out, and why (a
    /// message: `page-left-out-draft`, `page-left-out-future`).
    Excluded(Msg),
    /// A file that could not be read: its own mistakes are reported, a
    /// link to it says nothing more.
    Unreadable,
}

#[derive(Debug)]
pub struct Page {
    pub id: PageId,
    pub src: PageSource,
    /// URL path under the portal root, ending with `/` (`van-ban/ke-hoach-10-kh-ubnd/`).
    pub path: String,
    pub section: SectionId,
    pub tags: Vec<TermId>,
    pub document: Option<Document>,
}

impl Page {
    pub fn title(&self) -> &str {
        &self.src.front.title
    }
    pub fn date(&self) -> Option<Date> {
        self.src.front.date
    }
}

/// A page's document metadata, validated.
#[derive(Debug)]
pub struct Document {
    /// Human label of the kind ("Kế hoạch").
    pub kind: &'static str,
    pub kind_slug: &'static str,
    pub front: DocumentFront,
}

#[derive(Debug)]
pub struct Section {
    pub id: SectionId,
    /// `_index.md`, when the folder has one.
    pub src: Option<SectionSource>,
    pub title: String,
    /// Folder relative to `content/` ("" for home).
    pub dir: String,
    pub path: String,
    pub parent: Option<SectionId>,
    pub pages: Vec<PageId>,
    pub subsections: Vec<SectionId>,
}

impl Section {
    pub fn front(&self) -> Option<&SectionFront> {
        self.src.as_ref().map(|s| &*s.front)
    }
    pub fn weight(&self) -> i64 {
        self.front().and_then(|f| f.weight).unwrap_or(0)
    }
}

/// A tag, with its pages newest first.
#[derive(Debug)]
pub struct Term {
    pub name: String,
    pub slug: String,
    pub path: String,
    pub pages: Vec<PageId>,
}

#[derive(Debug)]
pub struct OutputAsset {
    pub src: Asset,
    /// Output path under the portal root.
    pub path: String,
}

/// An old address that redirects to a page.
#[derive(Debug)]
pub struct Alias {
    pub path: String,
    pub page: PageId,
}

/// Builds the site model from the loaded content. Problems found are
/// returned with the site; the caller decides whether errors stop the build.
pub fn build(content: Content, opts: &Options) -> (Site, Diagnostics) {
    let mut acc = assemble::Acc::new(content.diagnostics, &content.failed);
    let (mut sections, section_of_dir) = acc.sections(content.bare_folders, content.sections);
    let mut pages = acc.pages(content.pages, opts, &sections, &section_of_dir);
    assemble::order(&mut sections, &pages);
    let terms = acc.tags(&mut pages);
    let aliases = acc.aliases(&pages);
    let assets = acc.assets(content.assets, &pages);
    let documents = acc.documents(&pages);

    let speaker = speaker(content.speech.as_ref().map(|d| &d.data));
    let assemble::Acc { mut diags, by_source, mut urls, left_out } = acc;
    let mut claim = |path: &str, owner: String, d: &mut Diagnostics, src: &dyn Fn() -> Diagnostic| {
        claim_url(&mut urls, path, owner, d, src)
    };
    // The data of a plan whose page is left out (a draft, a later date) is
    // left out with it: it is beside its page, not "beside no plan page".
    let (plan_files, left_out_pages) = left_out_pages(content.plans, &by_source, &left_out);
    let linked = linking::linked_plans(
        &pages,
        content.units,
        plan_files,
        linking::Documents { published: &documents, left_out: &left_out },
        opts.today,
        &mut diags,
        &mut claim,
    );
    diags.sort();
    let linking::LinkedPlans { units, plans, reports, plan_of_page, report_of_page, issuer_unit, unreadable } = linked;
    let site = Site {
        pages,
        sections,
        terms,
        assets,
        aliases,
        by_source,
        documents,
        units,
        plans,
        reports,
        plan_of_page,
        report_of_page,
        issuer_unit,
        cited_by: HashMap::new(),
        by_url: HashMap::new(),
        speaker,
        addresses: urls,
        generated: HashMap::new(),
        incomplete: diags.has_errors(),
        unreadable_plans: unreadable,
        left_out_pages,
    };
    let by_url = site.pages.iter().map(|p| (p.path.trim_end_matches('/').to_string(), p.id)).collect();
    let generated = generated(&site);
    let site = Site { cited_by: linking::citations(&site), by_url, generated, ..site };
    (site, diags)
}

/// The plan data files beside a published page, and the pages left out
/// with what the plan data beside them (if any) names.
fn left_out_pages(
    files: Vec<crate::content::DataFile<crate::content::data::RawPlan>>,
    by_source: &HashMap<String, Target>,
    left_out: &[assemble::LeftOut],
) -> (Vec<crate::content::DataFile<crate::content::data::RawPlan>>, Vec<LeftOutPage>) {
    let mut out: Vec<LeftOutPage> = left_out
        .iter()
        .map(|l| LeftOutPage {
            file: l.file.clone(),
            why: l.why.clone(),
            path: l.path.clone(),
            number: l.document.as_ref().map(|d| crate::docref::normalize_number(&d.number)),
            indicators: Vec::new(),
            tasks: Vec::new(),
        })
        .collect();
    let mut kept = Vec::with_capacity(files.len());
    for f in files {
        let page = format!("{}/index.md", f.dir());
        if !matches!(by_source.get(&page), Some(Target::Excluded(_))) {
            kept.push(f);
        } else if let Some(i) = left_out.iter().position(|l| l.rel == page) {
            out[i].indicators = f.data.indicators.iter().map(|i| i.id.clone()).collect();
            out[i].tasks = f.data.tasks.iter().map(|t| t.number.clone()).collect();
        }
    }
    (kept, out)
}

/// The loudspeaker reading of `doc-loa.yaml` (the northern words and no
/// abbreviations without it).
fn speaker(raw: Option<&crate::content::speech::RawSpeech>) -> crate::text::spoken::Speaker {
    use crate::content::speech::Dialect;
    use crate::text::words::Style;
    let raw = raw.cloned().unwrap_or_default();
    let style = match raw.dialect {
        Dialect::North => Style::default(),
        Dialect::South => Style::SOUTH,
    };
    crate::text::spoken::Speaker::new(raw.abbreviations, style)
}

/// Every generated page by its address.
fn generated(site: &Site) -> HashMap<String, Generated> {
    let key = |p: &str| p.trim_end_matches('/').to_string();
    let mut out = HashMap::new();
    for (i, s) in site.sections.iter().enumerate() {
        out.insert(key(&s.path), Generated::Section(i));
    }
    for (i, t) in site.terms.iter().enumerate() {
        out.insert(key(&t.path), Generated::Term(i));
    }
    for p in CHANNEL_PAGES {
        out.insert(key(p), Generated::Page(p));
    }
    for (i, u) in site.units.iter().enumerate() {
        out.insert(key(&u.path), Generated::Unit(i));
    }
    for (p, plan) in site.plans.iter().enumerate() {
        for (i, ind) in plan.indicators.iter().enumerate() {
            out.insert(key(&ind.path), Generated::Indicator(p, i));
        }
    }
    out
}

/// Records who makes the address `path`; a second claimant is an error
/// naming both files.
fn claim_url(
    urls: &mut HashMap<String, String>,
    path: &str,
    owner: String,
    d: &mut Diagnostics,
    src: &dyn Fn() -> Diagnostic,
) {
    let file = paths::output_file(path);
    if let Some(first) = taken(urls, &file) {
        let e = src();
        let hint = e.help.clone().unwrap_or_else(|| msg!("address-hint-slug").into());
        d.push(e.with_help(msg!("address-taken-help", first = first, path = path, hint = hint)));
    } else {
        // The folders above the file are taken too: no file may be written
        // where they are.
        let mut dir = file.as_str();
        while let Some(i) = dir.rfind('/') {
            dir = &dir[..i];
            urls.entry(format!("{dir}/")).or_insert_with(|| owner.clone());
        }
        urls.insert(file, owner);
    }
}

/// Who already makes the output file `file`, a folder it would need, or
/// something inside a folder of that name.
fn taken<'a>(urls: &'a HashMap<String, String>, file: &str) -> Option<&'a String> {
    if let Some(owner) = urls.get(file).or_else(|| urls.get(&format!("{file}/"))) {
        return Some(owner);
    }
    let mut dir = file;
    while let Some(i) = dir.rfind('/') {
        dir = &dir[..i];
        if let Some(owner) = urls.get(dir) {
            return Some(owner);
        }
    }
    None
}

/// Errors for files of `static/` (paths under the portal root, each with
/// the folder it comes from) that would overwrite a page or a generated file.
pub fn static_collisions<'a>(
    site: &Site,
    files: impl IntoIterator<Item = (&'a str, &'a std::path::Path)>,
) -> Diagnostics {
    let mut d = Diagnostics::new();
    for (path, from) in files {
        if let Some(owner) = taken(&site.addresses, &paths::output_file(path)) {
            d.push(
                Diagnostic::error(msg!("address-static-taken", file = from.display().to_string(), path = path))
                    .with_help(msg!("address-static-taken-help", owner = owner)),
            );
        }
    }
    d
}

impl Site {
    /// The pages this build leaves out (drafts, dated in the future): each
    /// source path with why, for the note of the build's summary.
    pub fn left_out(&self) -> Vec<(String, Msg)> {
        let mut out: Vec<(String, Msg)> = self
            .by_source
            .iter()
            .filter_map(|(rel, t)| match t {
                Target::Excluded(why) => Some((format!("content/{rel}"), why.clone())),
                _ => None,
            })
            .collect();
        out.sort();
        out
    }
}

/// A diagnostic pointing at the line of `key:` in a file's front matter
/// (or its first line when the key is not written there).
pub fn located<F>(src: &crate::content::Source<F>, key: &str, message: impl Into<crate::messages::Text>) -> Diagnostic {
    let yaml = &src.text[src.yaml_start..src.body_start];
    let offset = yaml
        .match_indices(&format!("{key}:"))
        .find(|(i, _)| *i == 0 || yaml[..*i].ends_with(['\n', ' ']))
        .map_or(0, |(i, _)| src.yaml_start + i);
    Diagnostic::error(message).in_file(&src.shown).at(&src.text, offset)
}
