//! Stage 2, model: turns the raw content into a validated, linked site —
//! pages and sections addressed by id, their URLs, orderings, tags, aliases
//! and which file every link target is. Pure: no I/O, no formatting, no
//! Markdown. Built once, then read-only.

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

use std::collections::{BTreeMap, HashMap};

use crate::content::{Asset, Content, DocumentFront, PageSource, SectionFront, SectionSource, SortBy};
use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::messages::Msg;
use crate::msg;
use crate::slug::slugify;
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
    let mut diags = content.diagnostics;
    let mut by_source: HashMap<String, Target> =
        content.failed.iter().map(|rel| (rel.clone(), Target::Unreadable)).collect();
    let mut urls: HashMap<String, String> =
        RESERVED.iter().map(|(path, what)| (paths::output_file(path), Msg::new(what).to_string())).collect();
    let mut claim = |path: &str, owner: String, d: &mut Diagnostics, src: &dyn Fn() -> Diagnostic| {
        claim_url(&mut urls, path, owner, d, src)
    };

    // Sections: one per folder with `_index.md` or pages, parents first.
    let mut folders: BTreeMap<String, Option<SectionSource>> =
        content.bare_folders.into_iter().map(|f| (f, None)).collect();
    for s in content.sections {
        folders.insert(s.dir().to_string(), Some(s));
    }
    folders.entry(String::new()).or_insert(None);
    let mut sections: Vec<Section> = Vec::with_capacity(folders.len());
    let mut section_of_dir: HashMap<String, SectionId> = HashMap::new();
    for (dir, src) in folders {
        let id = sections.len();
        let path = paths::folder_path(&dir);
        let parent = if dir.is_empty() {
            None
        } else {
            let mut p = dir.as_str();
            loop {
                p = p.rfind('/').map_or("", |i| &p[..i]);
                if let Some(&pid) = section_of_dir.get(p) {
                    break Some(pid);
                }
            }
        };
        let title = match &src {
            Some(s) => s.front.title.clone(),
            None => dir.rsplit('/').next().unwrap_or_default().to_string(),
        };
        if let Some(s) = &src {
            by_source.insert(s.rel.clone(), Target::Section(id));
            let shown = s.shown.display().to_string();
            claim(&path, format!("`{shown}`"), &mut diags, &|| {
                Diagnostic::error(msg!("address-two-files", path = &path)).in_file(&s.shown)
            });
        } else {
            let shown = msg!("owner-folder", dir = &dir).to_string();
            claim(&path, shown, &mut diags, &|| {
                Diagnostic::error(msg!("address-folder-taken", dir = &dir, path = &path))
            });
        }
        section_of_dir.insert(dir.clone(), id);
        sections.push(Section { id, src, title, dir, path, parent, pages: vec![], subsections: vec![] });
    }
    for id in 1..sections.len() {
        if let Some(p) = sections[id].parent {
            sections[p].subsections.push(id);
        }
    }

    // Pages.
    let doc_slugs = identity::document_slugs(&content.pages);
    let mut pages: Vec<Page> = Vec::with_capacity(content.pages.len());
    for src in content.pages {
        if let Some(reason) = excluded(&src, opts) {
            by_source.insert(src.rel.clone(), Target::Excluded(reason));
            continue;
        }
        let is_bundle = src.rel.ends_with("/index.md");
        let folder = {
            let d = src.dir();
            if is_bundle { d.rfind('/').map_or("", |i| &d[..i]) } else { d }
        };
        let section = section_of_dir.get(folder).copied().unwrap_or(0);
        let document = src.front.document.as_ref().and_then(|d| document(d, &src, &mut diags));
        let slug = match doc_slugs.get(&src.rel).map_or_else(|| page_slug(&src, document.as_ref()), |s| Ok(s.clone())) {
            Ok(s) => s,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let path = format!("{}{slug}/", sections[section].path);
        let id = pages.len();
        claim(&path, format!("`{}`", src.shown.display()), &mut diags, &|| {
            let key = if src.front.slug.is_some() { "slug" } else { "title" };
            located(&src, key, msg!("address-two-files", path = &path))
        });
        by_source.insert(src.rel.clone(), Target::Page(id));
        pages.push(Page { id, src, path, section, tags: vec![], document });
    }

    // Orderings: every listing is derived here, once.
    for s in &mut sections {
        let sort_by = s.front().map(|f| f.sort_by).unwrap_or_default();
        s.pages = pages.iter().filter(|p| p.section == s.id).map(|p| p.id).collect();
        sort_pages(&mut s.pages, &pages, sort_by);
    }
    let weights: Vec<(i64, String)> = sections.iter().map(|s| (s.weight(), s.title.clone())).collect();
    for s in &mut sections {
        s.subsections.sort_by(|a, b| weights[*a].cmp(&weights[*b]));
    }

    // Tags.
    let mut terms: Vec<Term> = Vec::new();
    let mut term_of_slug: BTreeMap<String, TermId> = BTreeMap::new();
    for page in &mut pages {
        for name in &page.src.front.tags {
            let slug = paths::shorten(slugify(name));
            if slug.is_empty() {
                diags
                    .push(located(&page.src, "tags", msg!("tag-empty", name = name)).with_help(msg!("tag-empty-help")));
                continue;
            }
            let id = *term_of_slug.entry(slug.clone()).or_insert_with(|| {
                terms.push(Term {
                    name: name.trim().to_string(),
                    path: format!("{TAGS_PATH}{slug}/"),
                    slug,
                    pages: vec![],
                });
                terms.len() - 1
            });
            if !page.tags.contains(&id) {
                page.tags.push(id);
                terms[id].pages.push(page.id);
            }
        }
    }
    for t in &mut terms {
        sort_pages(&mut t.pages, &pages, SortBy::Date);
        let shown = "the tag pages".to_string();
        claim(&t.path, shown, &mut diags, &|| {
            Diagnostic::error(msg!("address-tag-taken", name = &t.name, path = &t.path))
        });
    }
    // Terms in a stable order: by slug.
    let mut order: Vec<TermId> = (0..terms.len()).collect();
    order.sort_by(|a, b| terms[*a].slug.cmp(&terms[*b].slug));
    let mut new_id = vec![0; terms.len()];
    for (new, old) in order.iter().enumerate() {
        new_id[*old] = new;
    }
    for p in &mut pages {
        for t in &mut p.tags {
            *t = new_id[*t];
        }
    }
    let mut terms: Vec<Option<Term>> = terms.into_iter().map(Some).collect();
    let terms: Vec<Term> = order.iter().filter_map(|i| terms[*i].take()).collect();

    // Aliases.
    let mut aliases = Vec::new();
    for page in &pages {
        for a in &page.src.front.aliases {
            match paths::alias_path(a) {
                Some(path) => {
                    let owner = msg!("owner-alias", file = page.src.shown.display().to_string()).to_string();
                    claim(&path, owner, &mut diags, &|| {
                        located(&page.src, "aliases", msg!("alias-taken", alias = a))
                            .with_help(msg!("address-hint-alias"))
                    });
                    aliases.push(Alias { path, page: page.id });
                }
                None => diags.push(
                    located(&page.src, "aliases", msg!("alias-bad", alias = a)).with_help(msg!("alias-bad-help")),
                ),
            }
        }
    }

    // Assets: a bundle's files go beside its page; others keep their folder.
    let mut bundle_path: HashMap<&str, &str> = HashMap::new();
    for p in &pages {
        if p.src.rel.ends_with("/index.md") {
            bundle_path.insert(p.src.dir(), &p.path);
        }
    }
    let mut assets = Vec::with_capacity(content.assets.len());
    for a in content.assets {
        let path = paths::asset_path(&a.rel, &bundle_path);
        claim(&path, format!("`content/{}`", a.rel), &mut diags, &|| {
            Diagnostic::error(msg!("address-file-taken", file = &a.rel, path = &path))
                .in_file(format!("content/{}", a.rel))
                .with_help(msg!("address-hint-rename"))
        });
        by_source.insert(a.rel.clone(), Target::Asset(assets.len()));
        assets.push(OutputAsset { src: a, path });
    }

    let mut documents: HashMap<String, Vec<PageId>> = HashMap::new();
    for p in &pages {
        let Some(d) = &p.document else { continue };
        let same = documents.entry(normalize_number(&d.front.number)).or_default();
        // Numbers restart per issuer and per year: the same number, issuer
        // and year is the same document.
        let identity = |x: &Page| {
            let f = &x.document.as_ref().map(|d| &d.front);
            (f.and_then(|f| f.issuer.as_deref()).map(slugify), f.and_then(|f| f.issued).map(|i| i.year()))
        };
        if let Some(&first) = same.iter().find(|q| identity(&pages[**q]) == identity(p)) {
            diags
                .push(located(&p.src, "number", crate::msg!("document-twice", number = &d.front.number)).with_help(
                    crate::msg!("document-twice-help", file = pages[first].src.shown.display().to_string()),
                ));
        }
        // Both are kept, so a mention still finds the one with plan data.
        same.push(p.id);
    }

    let speaker = speaker(content.speech.as_ref().map(|d| &d.data));
    let linked =
        linking::linked_plans(&pages, content.units, content.plans, &documents, opts.today, &mut diags, &mut claim);
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
    };
    let by_url = site.pages.iter().map(|p| (p.path.trim_end_matches('/').to_string(), p.id)).collect();
    let generated = generated(&site);
    let site = Site { cited_by: linking::citations(&site), by_url, generated, ..site };
    (site, diags)
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

fn excluded(src: &PageSource, opts: &Options) -> Option<Msg> {
    if src.front.draft && !opts.drafts {
        return Some(msg!("page-left-out-draft"));
    }
    match src.front.date {
        Some(d) if !opts.future && d.date() > opts.today.date() => {
            Some(msg!("page-left-out-future", date = d.to_string()))
        }
        _ => None,
    }
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

fn page_slug(src: &PageSource, doc: Option<&Document>) -> Result<String, Diagnostic> {
    if let Some(s) = &src.front.slug {
        let folded = slugify(s);
        if folded.is_empty() {
            return Err(located(src, "slug", msg!("slug-empty")).with_help(msg!("slug-empty-help")));
        }
        if folded != *s {
            return Err(
                located(src, "slug", msg!("slug-bad", slug = s)).with_help(msg!("slug-bad-help", slug = folded))
            );
        }
        if folded.len() > paths::MAX_WRITTEN_SEGMENT {
            let help =
                msg!("slug-too-long-help", max = paths::MAX_WRITTEN_SEGMENT, short = paths::shorten(folded.clone()));
            return Err(located(src, "slug", msg!("slug-too-long", n = folded.len())).with_help(help));
        }
        return Ok(folded);
    }
    let base = paths::shorten(match doc {
        Some(d) => slugify(&format!("{} {}", d.kind, d.front.number)),
        None => slugify(&src.front.title),
    });
    if base.is_empty() {
        return Err(located(src, "title", msg!("title-no-slug")).with_help(msg!("title-no-slug-help")));
    }
    Ok(base)
}

fn document(d: &DocumentFront, src: &PageSource, diags: &mut Diagnostics) -> Option<Document> {
    let slug = slugify(&d.kind);
    match DOCUMENT_KINDS.iter().find(|(s, _)| *s == slug) {
        Some((kind_slug, kind)) => Some(Document { kind, kind_slug, front: d.clone() }),
        None => {
            let labels = DOCUMENT_KINDS.iter().map(|(_, l)| *l);
            let help = match did_you_mean(&slug, DOCUMENT_KINDS.iter().map(|(s, _)| *s)) {
                Some(s) => msg!("did-you-mean", name = DOCUMENT_KINDS.iter().find(|(k, _)| *k == s).map_or(s, |k| k.1)),
                None => msg!("use-one-of", list = labels.collect::<Vec<_>>().join(", ")),
            };
            diags.push(located(src, "kind", msg!("doc-kind-unknown", kind = &d.kind)).with_help(help));
            None
        }
    }
}

/// Orders pages for a listing; ties fall back to weight, date, title, file
/// so every build lists them the same way.
fn sort_pages(ids: &mut [PageId], pages: &[Page], by: SortBy) {
    let key = |p: &Page| (p.src.front.weight.unwrap_or(0), std::cmp::Reverse(p.date()), p.title().to_lowercase());
    ids.sort_by(|a, b| {
        let (pa, pb) = (&pages[*a], &pages[*b]);
        let primary = match by {
            SortBy::Date => pb.date().cmp(&pa.date()),
            SortBy::Weight => pa.src.front.weight.unwrap_or(0).cmp(&pb.src.front.weight.unwrap_or(0)),
            SortBy::Title => crate::slug::slugify(pa.title()).cmp(&crate::slug::slugify(pb.title())),
        };
        primary.then_with(|| key(pa).cmp(&key(pb))).then_with(|| pa.src.rel.cmp(&pb.src.rel))
    });
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
