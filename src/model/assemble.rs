//! The steps of [`super::build`] before plans are linked: sections, pages,
//! orderings, tags, aliases, assets and document numbers, each claiming the
//! addresses it makes and reporting what it cannot place.

use std::collections::{BTreeMap, HashMap};

use super::{
    Alias, DOCUMENT_KINDS, Document, Options, OutputAsset, Page, PageId, RESERVED, Section, SectionId, TAGS_PATH,
    Target, Term, TermId, claim_url, located, paths,
};
use crate::content::{Asset, DocumentFront, PageSource, SectionSource, SortBy};
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::docref::normalize_number;
use crate::messages::Msg;
use crate::msg;
use crate::slug::slugify;

/// What the steps gather: the problems found, what each content file
/// became, and who makes each output address.
pub(super) struct Acc {
    pub diags: Diagnostics,
    pub by_source: HashMap<String, Target>,
    pub urls: HashMap<String, String>,
    /// Document pages this build leaves out (drafts, later dates).
    pub left_out: Vec<LeftOut>,
}

/// A page this build leaves out, and why: reports naming its document are
/// not checked against another plan with its number, and links to it or
/// its data say it is not published.
pub(super) struct LeftOut {
    /// Its path relative to `content/`.
    pub rel: String,
    pub document: Option<DocumentFront>,
    /// The address it would have (`van-ban/ke-hoach-10-kh-ubnd`, no `/` at
    /// either end), when one can be told without its mistakes.
    pub file: String,
    pub why: Msg,
    pub path: Option<String>,
}

impl Acc {
    pub fn new(diags: Diagnostics, failed: &[String]) -> Acc {
        let by_source = failed.iter().map(|rel| (rel.clone(), Target::Unreadable)).collect();
        let urls = RESERVED.iter().map(|(path, what)| (paths::output_file(path), Msg::new(what).to_string())).collect();
        Acc { diags, by_source, urls, left_out: Vec::new() }
    }

    fn claim(&mut self, path: &str, owner: String, src: &dyn Fn() -> Diagnostic) {
        claim_url(&mut self.urls, path, owner, &mut self.diags, src);
    }

    /// One section per folder with `_index.md` or pages, parents first.
    pub fn sections(
        &mut self,
        bare: Vec<String>,
        sources: Vec<SectionSource>,
    ) -> (Vec<Section>, HashMap<String, SectionId>) {
        let mut folders: BTreeMap<String, Option<SectionSource>> = bare.into_iter().map(|f| (f, None)).collect();
        for s in sources {
            folders.insert(s.dir().to_string(), Some(s));
        }
        folders.entry(String::new()).or_insert(None);
        let mut sections: Vec<Section> = Vec::with_capacity(folders.len());
        let mut section_of_dir: HashMap<String, SectionId> = HashMap::new();
        for (dir, src) in folders {
            let id = sections.len();
            let path = paths::folder_path(&dir);
            let parent = parent_section(&dir, &section_of_dir);
            let title = match &src {
                Some(s) => s.front.title.clone(),
                None => dir.rsplit('/').next().unwrap_or_default().to_string(),
            };
            if let Some(s) = &src {
                self.by_source.insert(s.rel.clone(), Target::Section(id));
                let shown = s.shown.display().to_string();
                self.claim(&path, format!("`{shown}`"), &|| {
                    Diagnostic::error(msg!("address-two-files", path = &path)).in_file(&s.shown)
                });
            } else {
                let shown = msg!("owner-folder", dir = &dir).to_string();
                let folder = std::path::PathBuf::from(format!("content/{dir}"));
                self.claim(&path, shown, &|| {
                    Diagnostic::error(msg!("address-folder-taken", dir = &dir, path = &path)).in_file(&folder)
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
        (sections, section_of_dir)
    }

    /// The pages this build publishes, each at its address in its section.
    pub fn pages(
        &mut self,
        sources: Vec<PageSource>,
        opts: &Options,
        sections: &[Section],
        section_of_dir: &HashMap<String, SectionId>,
    ) -> Vec<Page> {
        let doc_slugs = super::identity::document_slugs(&sources);
        let mut pages: Vec<Page> = Vec::with_capacity(sources.len());
        for src in sources {
            let is_bundle = src.rel.ends_with("/index.md");
            let folder = {
                let d = src.dir();
                if is_bundle { d.rfind('/').map_or("", |i| &d[..i]) } else { d }
            };
            let section = section_of_dir.get(folder).copied().unwrap_or(0);
            if let Some(reason) = excluded(&src, opts) {
                let path = left_out_path(&src, &doc_slugs, &sections[section]);
                let file = src.shown.display().to_string();
                let document = src.front.document.clone();
                self.left_out.push(LeftOut { rel: src.rel.clone(), document, file, why: reason.clone(), path });
                self.by_source.insert(src.rel.clone(), Target::Excluded(reason));
                continue;
            }
            let document = src.front.document.as_ref().and_then(|d| document(d, &src, &mut self.diags));
            let slug = doc_slugs.get(&src.rel).map_or_else(|| page_slug(&src, document.as_ref()), |s| Ok(s.clone()));
            let slug = match slug {
                Ok(s) => s,
                Err(d) => {
                    self.diags.push(d);
                    continue;
                }
            };
            let path = format!("{}{slug}/", sections[section].path);
            let id = pages.len();
            self.claim(&path, format!("`{}`", src.shown.display()), &|| {
                let key = if src.front.slug.is_some() { "slug" } else { "title" };
                located(&src, key, msg!("address-two-files", path = &path))
            });
            self.by_source.insert(src.rel.clone(), Target::Page(id));
            pages.push(Page { id, src, path, section, tags: vec![], document });
        }
        pages
    }

    /// The tags pages name, in a stable order (by slug), each with its
    /// pages newest first; the pages' tag ids follow that order.
    pub fn tags(&mut self, pages: &mut [Page]) -> Vec<Term> {
        let mut terms: Vec<Term> = Vec::new();
        let mut term_of_slug: BTreeMap<String, TermId> = BTreeMap::new();
        for page in pages.iter_mut() {
            for name in &page.src.front.tags {
                let slug = paths::shorten(slugify(name));
                if slug.is_empty() {
                    let d = located(&page.src, "tags", msg!("tag-empty", name = name));
                    self.diags.push(d.with_help(msg!("tag-empty-help")));
                    continue;
                }
                let id = *term_of_slug.entry(slug.clone()).or_insert_with(|| {
                    let (name, path) = (name.trim().to_string(), format!("{TAGS_PATH}{slug}/"));
                    terms.push(Term { name, path, slug, pages: vec![] });
                    terms.len() - 1
                });
                if !page.tags.contains(&id) {
                    page.tags.push(id);
                    terms[id].pages.push(page.id);
                }
            }
        }
        for t in &mut terms {
            sort_pages(&mut t.pages, pages, SortBy::Date);
            // At the tag in the `tags:` of its first page.
            let src = &pages[t.pages[0]].src;
            let at = super::locate::Locator { shown: &src.shown, text: &src.text, base: src.yaml_start };
            self.claim(&t.path, "the tag pages".to_string(), &|| {
                let tags = super::locate::find_from(&src.text, src.yaml_start, "tags:").unwrap_or(src.yaml_start);
                at.error_after(tags, &t.name, msg!("address-tag-taken", name = &t.name, path = &t.path))
            });
        }
        let mut order: Vec<TermId> = (0..terms.len()).collect();
        order.sort_by(|a, b| terms[*a].slug.cmp(&terms[*b].slug));
        let mut new_id = vec![0; terms.len()];
        for (new, old) in order.iter().enumerate() {
            new_id[*old] = new;
        }
        for p in pages.iter_mut() {
            for t in &mut p.tags {
                *t = new_id[*t];
            }
        }
        let mut terms: Vec<Option<Term>> = terms.into_iter().map(Some).collect();
        order.iter().filter_map(|i| terms[*i].take()).collect()
    }

    /// The old addresses pages name, each redirecting to its page.
    pub fn aliases(&mut self, pages: &[Page]) -> Vec<Alias> {
        let mut aliases = Vec::new();
        for page in pages {
            for a in &page.src.front.aliases {
                let Some(path) = paths::alias_path(a) else {
                    let d = located(&page.src, "aliases", msg!("alias-bad", alias = a));
                    self.diags.push(d.with_help(msg!("alias-bad-help")));
                    continue;
                };
                let owner = msg!("owner-alias", file = page.src.shown.display().to_string()).to_string();
                self.claim(&path, owner, &|| {
                    located(&page.src, "aliases", msg!("alias-taken", alias = a)).with_help(msg!("address-hint-alias"))
                });
                aliases.push(Alias { path, page: page.id });
            }
        }
        aliases
    }

    /// Files beside the pages: a bundle's files go beside its page; others
    /// keep their folder.
    pub fn assets(&mut self, sources: Vec<Asset>, pages: &[Page]) -> Vec<OutputAsset> {
        let mut bundle_path: HashMap<&str, &str> = HashMap::new();
        for p in pages {
            if p.src.rel.ends_with("/index.md") {
                bundle_path.insert(p.src.dir(), &p.path);
            }
        }
        let mut assets = Vec::with_capacity(sources.len());
        for a in sources {
            let path = paths::asset_path(&a.rel, &bundle_path);
            self.claim(&path, format!("`content/{}`", a.rel), &|| {
                Diagnostic::error(msg!("address-file-taken", file = &a.rel, path = &path))
                    .in_file(format!("content/{}", a.rel))
                    .with_help(msg!("address-hint-rename"))
            });
            self.by_source.insert(a.rel.clone(), Target::Asset(assets.len()));
            assets.push(OutputAsset { src: a, path });
        }
        assets
    }

    /// Document pages by their normalised number; the same number, issuer
    /// and year twice is reported (numbers restart per issuer and per year).
    pub fn documents(&mut self, pages: &[Page]) -> HashMap<String, Vec<PageId>> {
        let identity = |x: &Page| {
            let f = &x.document.as_ref().map(|d| &d.front);
            (f.and_then(|f| f.issuer.as_deref()).map(slugify), f.and_then(|f| f.issued).map(|i| i.year()))
        };
        let mut documents: HashMap<String, Vec<PageId>> = HashMap::new();
        for p in pages {
            let Some(d) = &p.document else { continue };
            let same = documents.entry(normalize_number(&d.front.number)).or_default();
            if let Some(&first) = same.iter().find(|q| identity(&pages[**q]) == identity(p)) {
                let help = msg!("document-twice-help", file = pages[first].src.shown.display().to_string());
                self.diags
                    .push(located(&p.src, "number", msg!("document-twice", number = &d.front.number)).with_help(help));
            }
            // Both are kept, so a mention still finds the one with plan data.
            same.push(p.id);
        }
        documents
    }
}

/// The section of the nearest folder above `dir` (sections come parents
/// first, and the home section always exists).
fn parent_section(dir: &str, section_of_dir: &HashMap<String, SectionId>) -> Option<SectionId> {
    if dir.is_empty() {
        return None;
    }
    let mut p = dir;
    loop {
        p = p.rfind('/').map_or("", |i| &p[..i]);
        if let Some(&pid) = section_of_dir.get(p) {
            return Some(pid);
        }
    }
}

/// Every listing's order, derived here once: pages of each section, and
/// subsections by weight and title.
pub(super) fn order(sections: &mut [Section], pages: &[Page]) {
    for s in sections.iter_mut() {
        let sort_by = s.front().map(|f| f.sort_by).unwrap_or_default();
        s.pages = pages.iter().filter(|p| p.section == s.id).map(|p| p.id).collect();
        sort_pages(&mut s.pages, pages, sort_by);
    }
    let weights: Vec<(i64, String)> = sections.iter().map(|s| (s.weight(), s.title.clone())).collect();
    for s in sections.iter_mut() {
        s.subsections.sort_by(|a, b| weights[*a].cmp(&weights[*b]));
    }
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

/// The address a page left out would have, for the messages of links to
/// it; None when its slug has a mistake (not reported: it is not built).
fn left_out_path(src: &PageSource, doc_slugs: &HashMap<String, String>, section: &Section) -> Option<String> {
    let mut scratch = Diagnostics::default();
    let slug = match doc_slugs.get(&src.rel) {
        Some(s) => s.clone(),
        None => {
            let doc = src.front.document.as_ref().and_then(|d| document(d, src, &mut scratch));
            page_slug(src, doc.as_ref()).ok()?
        }
    };
    Some(format!("{}{slug}", section.path).trim_matches('/').to_string())
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
