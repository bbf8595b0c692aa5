//! Page texts kept compressed while a session lives (`loa serve`): a
//! site's Markdown is most of what a session would otherwise hold (71 MiB
//! at 10,000 pages), and a page is rendered again only when asked for or
//! touched by an edit, so its text is unpacked then (LZ4: a few
//! microseconds a page) and dropped with the render. The loaded files keep
//! their front matter and the documents their body mentions (all the model
//! reads of a body); their whole text comes back ([`Texts::restore`]) only
//! before a whole load of `content/`, which reads every file's text again.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::content::{Content, PageSource};
use crate::model::{PageId, Site, Target};
use crate::render::data_links::PREFIXES;

/// A page's whole text, compressed.
#[derive(Debug)]
pub struct Packed {
    bytes: Box<[u8]>,
    /// Whether the text names plan data (`chi-tieu:`…): such pages are
    /// rendered again when the plan data changes.
    links_data: bool,
}

impl Packed {
    pub fn new(text: &str) -> Packed {
        let bytes = lz4_flex::block::compress_prepend_size(text.as_bytes()).into_boxed_slice();
        Packed { bytes, links_data: PREFIXES.iter().any(|p| text.contains(p)) }
    }

    /// The text as it was packed.
    pub fn text(&self) -> Arc<str> {
        let bytes = lz4_flex::block::decompress_size_prepended(&self.bytes).unwrap_or_default();
        // Packed from a `str` by `new`: always UTF-8 and whole.
        debug_assert!(std::str::from_utf8(&bytes).is_ok());
        Arc::from(String::from_utf8(bytes).unwrap_or_default())
    }

    pub fn links_data(&self) -> bool {
        self.links_data
    }
}

/// Each page's text, by page id, as a state renders it.
pub type Bodies = Arc<Vec<Arc<Packed>>>;

/// A loaded page whose text is packed: the text the loaded file holds now
/// (its front matter only, or the whole text unpacked again), the front
/// matter alone, and the whole text packed. The file's text is the packed
/// one only while it is still `held` (a file read again holds a new text).
struct Entry {
    held: Arc<str>,
    front: Arc<str>,
    packed: Arc<Packed>,
}

/// A model page's text packed, with the loaded file it was taken from when
/// that file now holds only its front matter.
type Stripped = (PageId, Arc<Packed>, Option<(String, Entry)>);

/// The loaded pages' texts a session has packed, by path in `content/`.
#[derive(Default)]
pub struct Texts {
    by_rel: HashMap<String, Entry>,
}

impl Texts {
    /// Packs the model's page texts (taken out of it, by page id), reusing
    /// what was packed for a page not read again since, and leaves
    /// `content`'s pages their front matter: page by page, each whole text
    /// freed as soon as it is packed (never all the texts twice).
    pub fn pack(&mut self, full: Vec<Arc<str>>, site: &Site, content: &mut Content) -> Bodies {
        let full: Vec<Mutex<Option<Arc<str>>>> = full.into_iter().map(|t| Mutex::new(Some(t))).collect();
        let take = |id: PageId| full[id].lock().ok().and_then(|mut t| t.take());
        let old = &self.by_rel;
        let pack = |id: PageId, text: &Arc<str>| match old.get(&site.pages[id].src.rel) {
            Some(e) if Arc::ptr_eq(&e.held, text) => e.packed.clone(),
            _ => Arc::new(Packed::new(text)),
        };
        let stripped: Vec<Stripped> = content
            .pages
            .par_iter_mut()
            .filter_map(|page| {
                let Some(Target::Page(id)) = site.by_source.get(&page.rel) else { return None };
                let text = take(*id)?;
                let packed = pack(*id, &text);
                if !Arc::ptr_eq(&page.text, &text) {
                    return Some((*id, packed, None));
                }
                let front = site.pages[*id].src.text.clone();
                strip_to(page, front.clone());
                let entry = Entry { held: front.clone(), front, packed: packed.clone() };
                Some((*id, packed, Some((page.rel.clone(), entry))))
            })
            .collect();
        let mut bodies: Vec<Option<Arc<Packed>>> = vec![None; full.len()];
        let mut by_rel = HashMap::with_capacity(stripped.len());
        for (id, packed, entry) in stripped {
            bodies[id] = Some(packed);
            by_rel.extend(entry);
        }
        let bodies: Vec<Arc<Packed>> = bodies
            .into_iter()
            .enumerate()
            .map(|(id, b)| b.unwrap_or_else(|| take(id).map_or_else(|| Arc::new(Packed::new("")), |t| pack(id, &t))))
            .collect();
        // Pages the model left out keep their whole text.
        self.by_rel = by_rel;
        Arc::new(bodies)
    }

    /// Packs the texts of pages read again (`(page, whole text)`) into
    /// `bodies`, and leaves their loaded files their front matter.
    pub fn repack(
        &mut self,
        bodies: &mut [Arc<Packed>],
        pages: &[(PageId, Arc<str>)],
        site: &Site,
        content: &mut Content,
    ) {
        for (id, text) in pages {
            let packed = Arc::new(Packed::new(text));
            bodies[*id] = packed.clone();
            let rel = &site.pages[*id].src.rel;
            if let Some(page) = content.pages.iter_mut().find(|p| &p.rel == rel)
                && Arc::ptr_eq(&page.text, text)
            {
                let front: Arc<str> = Arc::from(&text[..page.body_start.min(text.len())]);
                strip_to(page, front.clone());
                self.by_rel.insert(rel.clone(), Entry { held: front.clone(), front, packed });
            }
        }
    }

    /// Gives `content`'s pages their whole text again (a whole load and
    /// the model read it).
    pub fn restore(&mut self, content: &mut Content) {
        let by_rel = &self.by_rel;
        let unpacked: Vec<(usize, Arc<str>)> = content
            .pages
            .par_iter()
            .enumerate()
            .filter_map(|(i, page)| {
                let e = by_rel.get(&page.rel)?;
                (Arc::ptr_eq(&page.text, &e.held) && Arc::ptr_eq(&e.held, &e.front)).then(|| (i, e.packed.text()))
            })
            .collect();
        for (i, text) in unpacked {
            let page = &mut content.pages[i];
            if let Some(e) = self.by_rel.get_mut(&page.rel) {
                e.held = text.clone();
            }
            page.text = text;
        }
    }

    /// Leaves `content`'s pages whose whole text is packed their front
    /// matter again (after [`Texts::restore`]).
    pub fn strip(&mut self, content: &mut Content) {
        for page in &mut content.pages {
            if let Some(e) = self.by_rel.get_mut(&page.rel)
                && Arc::ptr_eq(&page.text, &e.held)
                && !Arc::ptr_eq(&e.held, &e.front)
            {
                page.text = e.front.clone();
                e.held = e.front.clone();
            }
        }
    }
}

/// `page` with only its front matter, `front`, as its text; what its body
/// mentions kept (found by the model already, when it has the page).
fn strip_to(page: &mut PageSource, front: Arc<str>) {
    page.mentions();
    page.text = front;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_comes_back_as_it_was_packed() {
        for text in ["", "---\ntitle: A\n---\nMột đoạn văn.\n", &"Kế hoạch số 10/KH-UBND. ".repeat(2000)] {
            let p = Packed::new(text);
            assert_eq!(&*p.text(), text);
        }
        let long = "Kế hoạch ".repeat(2000);
        assert!(Packed::new(&long).bytes.len() < long.len() / 10, "repeated text is packed small");
    }

    /// Pages `a` (naming a document), `b`, and `c` (a draft, left out).
    fn site() -> (tempfile::TempDir, crate::config::Config, Vec<(&'static str, &'static str)>) {
        let dir = tempfile::tempdir().unwrap();
        let yaml = "title: Thử\nbase_url: https://example.gov.vn/\nportals:\n  - id: main\n";
        std::fs::write(dir.path().join("loa.yaml"), yaml).unwrap();
        std::fs::create_dir_all(dir.path().join("content/tin")).unwrap();
        let pages = vec![
            ("tin/a.md", "---\ntitle: A\n---\nTheo Kế hoạch số 12/KH-UBND ngày 11/01/2022.\n"),
            ("tin/b.md", "---\ntitle: B\n---\nHai.\n"),
            ("tin/c.md", "---\ntitle: C\ndraft: true\n---\nBa.\n"),
        ];
        for (rel, text) in &pages {
            std::fs::write(dir.path().join("content").join(rel), text).unwrap();
        }
        let config = crate::config::load(dir.path()).unwrap();
        (dir, config, pages)
    }

    /// The model of `content` and its page texts, packed.
    fn packed(texts: &mut Texts, content: &mut Content) -> (Site, Bodies) {
        let opts = crate::model::Options { drafts: false, future: false, today: crate::date::Date::today() };
        let (mut site, _) = crate::model::build(content.clone(), &opts);
        let full = crate::session::render::take_bodies(&mut site);
        let bodies = texts.pack(full, &site, content);
        (site, bodies)
    }

    #[test]
    fn loaded_pages_keep_their_front_matter_and_get_their_text_back() {
        let (_dir, config, pages) = site();
        let mut content = crate::content::load(&config);
        let mentions: Vec<usize> = content.pages.iter().map(|p| p.mentions().len()).collect();
        let mut texts = Texts::default();
        let (site, bodies) = packed(&mut texts, &mut content);
        assert_eq!(site.pages.len(), 2, "the draft is left out");
        for p in &site.pages {
            let whole = pages.iter().find(|(rel, _)| *rel == p.src.rel).unwrap().1;
            assert_eq!(&*bodies[p.id].text(), whole);
        }
        let text_of = |c: &Content, rel: &str| c.pages.iter().find(|p| p.rel == rel).unwrap().text.to_string();
        assert_eq!(text_of(&content, "tin/a.md"), "---\ntitle: A\n---\n");
        assert_eq!(text_of(&content, "tin/c.md"), pages[2].1, "a page left out keeps its text");
        let after: Vec<usize> = content.pages.iter().map(|p| p.mentions().len()).collect();
        assert_eq!(after, mentions, "what the bodies mention is kept");
        assert_eq!(mentions[0], 1);
        // A model made again from the front matter alone packs nothing again.
        let (_, again) = packed(&mut texts, &mut content);
        assert!(bodies.iter().zip(again.iter()).all(|(a, b)| Arc::ptr_eq(a, b)));
        // A whole load reads the whole texts; they are packed away after.
        texts.restore(&mut content);
        for (rel, whole) in &pages {
            assert_eq!(text_of(&content, rel), *whole);
        }
        texts.strip(&mut content);
        assert_eq!(text_of(&content, "tin/b.md"), "---\ntitle: B\n---\n");
        texts.restore(&mut content);
        assert_eq!(text_of(&content, "tin/b.md"), pages[1].1);
    }

    #[test]
    fn a_text_naming_plan_data_is_told() {
        assert!(Packed::new("xem [chỉ tiêu](chi-tieu:doan-vien)").links_data());
        assert!(!Packed::new("xem [chỉ tiêu](/ke-hoach/)").links_data());
    }
}
