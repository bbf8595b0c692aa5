//! Atom feeds (RFC 4287) of what a portal publishes: one for the portal
//! (`atom.xml`: every dated page, newest first), one per section with dated
//! pages (`<section>/atom.xml`) and one per plan (`<plan>/atom.xml`: the
//! plan, its reports and the pages that cite it). Every date comes from the
//! content (`updated`, else `date`), never from the build's clock, so the
//! same content gives the same bytes.

use crate::date::Date;
use crate::model::plan::PlanId;
use crate::model::{PageId, SectionId, Site};
use crate::render::{Body, File, Key, PortalCtx, Renderer, Select};

/// Most entries in a feed: readers poll often; older pages stay listed on
/// the site.
pub const MAX_ENTRIES: usize = 50;

/// File name of a feed in its folder.
pub const FILE: &str = "atom.xml";

/// Which feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feed {
    Portal,
    Section(SectionId),
    Plan(PlanId),
}

/// The date a page counts from in feeds: its last update, else its date.
pub fn page_updated(site: &Site, id: PageId) -> Option<Date> {
    let p = &site.pages[id];
    p.src.front.updated.or(p.date())
}

/// The pages of a feed on a portal, newest first, at most [`MAX_ENTRIES`].
pub fn entries(site: &Site, visible: &[bool], feed: Feed) -> Vec<PageId> {
    let dated = |id: &PageId| visible[*id] && site.pages[*id].date().is_some();
    let mut ids: Vec<PageId> = match feed {
        Feed::Portal => (0..site.pages.len()).filter(dated).collect(),
        Feed::Section(s) => site.sections[s].pages.iter().copied().filter(dated).collect(),
        Feed::Plan(p) => {
            let plan = &site.plans[p];
            let mut ids = vec![plan.page];
            ids.extend(plan.reports.iter().map(|r| site.reports[*r].page));
            ids.extend(site.cited_by.get(&plan.page).into_iter().flatten().copied());
            ids.sort_unstable();
            ids.dedup();
            ids.into_iter().filter(dated).collect()
        }
    };
    ids.sort_by(|a, b| page_updated(site, *b).cmp(&page_updated(site, *a)).then(a.cmp(b)));
    ids.truncate(MAX_ENTRIES);
    ids
}

/// Whether a plan has a feed on a portal (its page shown, something dated).
pub fn has_plan_feed(site: &Site, visible: &[bool], plan: PlanId) -> bool {
    visible[site.plans[plan].page] && !entries(site, visible, Feed::Plan(plan)).is_empty()
}

/// The feeds a portal has (those with at least one entry), with their
/// folder under the portal root.
pub fn feeds<'s>(site: &'s Site, visible: &[bool], plans: &[bool]) -> Vec<(Feed, &'s str)> {
    let mut out = Vec::new();
    if !entries(site, visible, Feed::Portal).is_empty() {
        out.push((Feed::Portal, ""));
    }
    for s in &site.sections[1..] {
        if s.pages.iter().any(|p| visible[*p] && site.pages[*p].date().is_some()) {
            out.push((Feed::Section(s.id), s.path.as_str()));
        }
    }
    for (pid, plan) in site.plans.iter().enumerate().filter(|(p, _)| plans[*p]) {
        if has_plan_feed(site, visible, pid) {
            out.push((Feed::Plan(pid), site.pages[plan.page].path.as_str()));
        }
    }
    out
}

impl Renderer<'_> {
    /// The feeds of one portal that `select` asks for.
    pub(crate) fn feed_files(&self, pc: &PortalCtx, summaries: &[String], select: Select) -> Vec<(Key, File)> {
        let scope = &pc.plans.scope;
        feeds(self.site, &scope.pages, &scope.plans)
            .into_iter()
            .filter(|(f, _)| select.wants(Key::Feed(*f)))
            .map(|(f, dir)| {
                let xml = self.atom(pc, summaries, f, dir);
                (Key::Feed(f), File { path: format!("{dir}{FILE}"), body: Body::Bytes(xml.into_bytes()) })
            })
            .collect()
    }

    /// One feed's XML.
    fn atom(&self, pc: &PortalCtx, summaries: &[String], feed: Feed, dir: &str) -> String {
        let site = self.site;
        let base = &pc.portal.base_url;
        let ids = entries(site, &pc.plans.scope.pages, feed);
        let title = match feed {
            Feed::Portal => pc.portal.title.clone(),
            Feed::Section(s) => format!("{} – {}", site.sections[s].title, pc.portal.title),
            Feed::Plan(p) => format!("{} – {}", site.pages[site.plans[p].page].title(), pc.portal.title),
        };
        let author = pc.portal.contact.as_ref().and_then(|c| c.name.as_deref()).unwrap_or(&pc.portal.title);
        let updated = ids.first().and_then(|id| page_updated(site, *id)).map(stamp).unwrap_or_default();
        let mut x = String::with_capacity(1024 + ids.len() * 600);
        x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.push_str(&format!(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
            esc(&self.config.language)
        ));
        x.push_str(&format!("<title>{}</title>\n", esc(&title)));
        x.push_str(&format!("<id>{}</id>\n", esc(&format!("{base}{dir}{FILE}"))));
        x.push_str(&format!(
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
            esc(&format!("{base}{dir}{FILE}"))
        ));
        x.push_str(&format!(
            "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            esc(&format!("{base}{dir}"))
        ));
        x.push_str(&format!("<updated>{updated}</updated>\n<author><name>{}</name></author>\n", esc(author)));
        x.push_str("<generator>loa</generator>\n");
        for id in ids {
            let p = &site.pages[id];
            let url = esc(&format!("{base}{}", p.path));
            x.push_str("<entry>\n");
            x.push_str(&format!("<title>{}</title>\n<id>{url}</id>\n", esc(p.title())));
            x.push_str(&format!("<link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n"));
            if let Some(d) = p.date() {
                x.push_str(&format!("<published>{}</published>\n", stamp(d)));
            }
            if let Some(d) = page_updated(site, id) {
                x.push_str(&format!("<updated>{}</updated>\n", stamp(d)));
            }
            for t in &p.tags {
                x.push_str(&format!("<category term=\"{}\"/>\n", esc(&site.terms[*t].name)));
            }
            if !summaries[id].is_empty() {
                x.push_str(&format!("<summary type=\"text\">{}</summary>\n", esc(&summaries[id])));
            }
            x.push_str("</entry>\n");
        }
        x.push_str("</feed>\n");
        x
    }
}

/// An RFC 3339 timestamp in Vietnam's time (UTC+7, no daylight saving).
pub fn stamp(d: Date) -> String {
    format!("{}T{:02}:{:02}:{:02}+07:00", d.iso(), d.0.hour(), d.0.minute(), d.0.second())
}

/// Escapes text for XML content and attributes; drops characters XML 1.0
/// does not allow (control characters a paste may carry).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_in_vietnam_time() {
        assert_eq!(stamp(Date::parse("2022-01-11").unwrap()), "2022-01-11T00:00:00+07:00");
        assert_eq!(stamp(Date::parse("2022-01-11 08:30").unwrap()), "2022-01-11T08:30:00+07:00");
    }

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(esc("a & <b> \"c\"\u{7}"), "a &amp; &lt;b&gt; &quot;c&quot;");
    }
}
