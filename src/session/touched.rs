//! What an edit touches: comparing the model before and after an edit to
//! find the outputs whose problems may have changed, so a session renders
//! only those again. Each part of the model is compared as a whole
//! (through its `Debug` form, which any new field joins by itself); when
//! the shape of the site differs — pages, addresses, titles, dates, tags,
//! sections, what each portal shows — every output is rendered again.
//! The destructuring below names every field of `Site`, `Page` and
//! `Section`: a field added to them fails to compile here until someone
//! decides which comparison it belongs to.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Debug;
use std::hash::{Hash, Hasher};

use crate::content::PageFront;
use crate::model::{Page, PageId, Section, Site};
use crate::render::Key;
use crate::session::Built;

/// The documents page `id` mentions, if its body were `body`.
pub fn citations(site: &Site, id: PageId, body: &str) -> Vec<PageId> {
    let mut cited: Vec<PageId> = crate::docref::find(body)
        .iter()
        .filter_map(|r| site.find_document(&r.number, r.date, r.issuer.as_deref()).one())
        .filter(|d| *d != id)
        .collect();
    cited.sort_unstable();
    cited.dedup();
    cited
}

/// The documents page `id` mentions now.
pub fn cited(site: &Site, id: PageId) -> Vec<PageId> {
    let mut out: Vec<PageId> = site.cited_by.iter().filter(|(_, by)| by.contains(&id)).map(|(doc, _)| *doc).collect();
    out.sort_unstable();
    out
}

/// The list pages that show page `id`'s summary.
pub fn listing_keys(site: &Site, id: PageId) -> Vec<Key> {
    let page = &site.pages[id];
    let mut keys = vec![Key::Home];
    if page.section != 0 {
        keys.push(Key::Section(page.section));
    }
    keys.extend(page.tags.iter().map(|t| Key::Term(*t)));
    // The archive's year lists it with its summary.
    if let Some(d) = page.date() {
        keys.push(Key::Archive(Some(d.year())));
    }
    // Feeds carry summaries too.
    use crate::render::artifacts::feed::Feed;
    keys.extend([Key::Feed(Feed::Portal), Key::Feed(Feed::Section(page.section))]);
    if let Some(p) = site.plan_of_page.get(&id) {
        keys.push(Key::Feed(Feed::Plan(*p)));
    }
    if let Some(r) = site.report_of_page.get(&id) {
        keys.push(Key::Feed(Feed::Plan(site.reports[*r].plan)));
    }
    for (pid, plan) in site.plans.iter().enumerate() {
        if site.cited_by.get(&plan.page).is_some_and(|by| by.contains(&id)) {
            keys.push(Key::Feed(Feed::Plan(pid)));
        }
    }
    keys
}

/// The outputs of `new` whose problems may differ from `old`'s, given the
/// content files that changed; None when every output may.
pub fn touched(old: &Built, new: &Built, changed: &HashSet<String>) -> Option<HashSet<Key>> {
    let (a, b) = (&*old.site, &*new.site);
    if shape(a) != shape(b) || old.scopes != new.scopes {
        return None;
    }
    let mut keys = HashSet::new();
    for p in &b.pages {
        if changed.contains(&p.src.rel) {
            keys.insert(Key::Page(p.id));
        }
    }
    for (x, y) in a.sections.iter().zip(&b.sections) {
        let text = |s: &Section| s.src.as_ref().map(|s| s.text.clone());
        if text(x) != text(y) {
            keys.insert(if y.id == 0 { Key::Home } else { Key::Section(y.id) });
        }
    }
    if plan_data(a) != plan_data(b) {
        let shows_plans = b.plan_of_page.keys().chain(b.report_of_page.keys()).chain(b.issuer_unit.keys());
        keys.extend(shows_plans.map(|p| Key::Page(*p)));
        keys.extend((0..b.units.len()).map(Key::Unit));
        for (pid, plan) in b.plans.iter().enumerate() {
            keys.extend((0..plan.indicators.len()).map(|i| Key::Indicator(pid, i)));
        }
        // Pages that link to the plan data (`chi-tieu:`…) resolve them again.
        let links_data = |p: &&Page| new.bodies.get(p.id).is_some_and(|t| t.links_data());
        keys.extend(b.pages.iter().filter(links_data).map(|p| Key::Page(p.id)));
        keys.extend([Key::Home, Key::Sitemap, Key::Progress, Key::OpenData, Key::DataPage]);
    }
    // A document cited by other pages than before lists them.
    for doc in a.cited_by.keys().chain(b.cited_by.keys()) {
        if a.cited_by.get(doc) != b.cited_by.get(doc) {
            keys.insert(Key::Page(*doc));
        }
    }
    Some(keys)
}

/// Everything about the site but page bodies, section texts, the plan data
/// and citations.
fn shape(site: &Site) -> u64 {
    let Site {
        pages,
        sections,
        terms,
        assets,
        aliases,
        by_source,
        documents,
        by_url,
        units,
        plans,
        reports: _,
        plan_of_page,
        report_of_page,
        issuer_unit,
        cited_by: _,
        speaker,
        // Derived from the paths hashed below.
        addresses: _,
        // Made from the fields hashed here.
        generated: _,
        incomplete,
        unreadable_plans,
        left_out_pages,
    } = site;
    let mut h = DefaultHasher::new();
    for p in pages {
        let Page { id, src, path, section, tags, document } = p;
        (id, &src.rel, path, section, tags).hash(&mut h);
        debug(&mut h, document);
        debug(&mut h, &PageFront { report: None, ..(*src.front).clone() });
    }
    for s in sections {
        let Section { id, src, title, dir, path, parent, pages, subsections } = s;
        (id, title, dir, path, parent, pages, subsections).hash(&mut h);
        debug(&mut h, &src.as_ref().map(|s| (&s.rel, &s.front)));
    }
    debug(&mut h, terms);
    debug(&mut h, assets);
    debug(&mut h, aliases);
    debug(&mut h, &sorted(by_source));
    debug(&mut h, &sorted(documents));
    debug(&mut h, &sorted(by_url));
    debug(&mut h, &sorted(plan_of_page));
    debug(&mut h, &sorted(report_of_page));
    debug(&mut h, &sorted(issuer_unit));
    // Every loudspeaker script reads with it.
    debug(&mut h, speaker);
    (incomplete, unreadable_plans, left_out_pages).hash(&mut h);
    // Addresses of unit and indicator pages.
    units.iter().for_each(|u| u.path.hash(&mut h));
    plans.iter().flat_map(|p| &p.indicators).for_each(|i| i.path.hash(&mut h));
    h.finish()
}

/// Units, plans and reports, which plan, report, unit and indicator pages
/// and the home dashboard show.
fn plan_data(site: &Site) -> u64 {
    let mut h = DefaultHasher::new();
    debug(&mut h, &site.units);
    debug(&mut h, &site.plans);
    debug(&mut h, &site.reports);
    for p in &site.pages {
        debug(&mut h, &p.src.front.report);
    }
    h.finish()
}

fn sorted<K: Ord + Debug, V: Debug>(m: &HashMap<K, V>) -> BTreeMap<&K, &V> {
    m.iter().collect()
}

/// Feeds a value's `Debug` form to the hasher, without building the string.
fn debug(h: &mut DefaultHasher, value: &impl Debug) {
    struct W<'a>(&'a mut DefaultHasher);
    impl std::fmt::Write for W<'_> {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0.write(s.as_bytes());
            Ok(())
        }
    }
    let _ = std::fmt::write(&mut W(h), format_args!("{value:?}"));
}
