//! `sitemap.xml` (the sitemaps.org protocol, 0.9) and `robots.txt` of a
//! portal. Every address the portal serves as a page is listed once, with
//! `lastmod` from the content where it has a date (a page's `updated` or
//! `date`; a list's newest page), never the build time. Past 50,000
//! addresses — the protocol's limit per file — `sitemap.xml` becomes a
//! sitemap index of `sitemap-1.xml`, `sitemap-2.xml`, ….

use crate::date::Date;
use crate::model::{PageId, Site, TAGS_PATH};
use crate::render::artifacts::feed::esc;
use crate::render::{Body, File, PortalCtx};

/// Most addresses in one sitemap file (the protocol's limit).
pub const MAX_URLS: usize = 50_000;

/// One address of the sitemap: the path under the portal root, and the
/// date of its last change when the content says.
pub type Url = (String, Option<Date>);

/// `robots.txt`: everything may be crawled; the sitemap's address.
pub fn robots(base_url: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {base_url}sitemap.xml\n")
}

/// The newest of the dates of `pages` that `visible` shows.
fn newest(site: &Site, visible: &[bool], pages: impl IntoIterator<Item = PageId>) -> Option<Date> {
    pages.into_iter().filter(|p| visible[*p]).filter_map(|p| crate::render::updated::date_of(site, p)).max()
}

/// Every page address of a portal: home, sections, pages, tags, units,
/// indicators and the English page, plus `extra` (the generated pages of
/// other modules: archive, progress summary, open data).
pub fn urls(site: &Site, pc: &PortalCtx, extra: Vec<Url>) -> Vec<Url> {
    let scope = &pc.plans.scope;
    let visible = &scope.pages;
    let mut out: Vec<Url> = Vec::new();
    out.push((String::new(), newest(site, visible, 0..site.pages.len())));
    for s in &site.sections[1..] {
        out.push((s.path.clone(), newest(site, visible, subtree(site, s.id))));
    }
    for p in site.pages.iter().filter(|p| visible[p.id]) {
        out.push((p.path.clone(), crate::render::updated::page(site, scope, p.id)));
    }
    let terms: Vec<usize> = (0..site.terms.len()).filter(|t| scope.terms[*t]).collect();
    if !terms.is_empty() {
        let all = terms.iter().flat_map(|t| site.terms[*t].pages.iter().copied());
        out.push((TAGS_PATH.to_string(), newest(site, visible, all)));
    }
    for t in terms {
        let term = &site.terms[t];
        out.push((term.path.clone(), newest(site, visible, term.pages.iter().copied())));
    }
    for (i, u) in site.units.iter().enumerate().filter(|(i, _)| scope.units[*i]) {
        out.push((u.path.clone(), crate::render::updated::unit(site, scope, i)));
    }
    for (_, plan) in site.plans.iter().enumerate().filter(|(p, _)| scope.plans[*p]) {
        let reports = plan.reports.iter().filter(|r| scope.reports[**r]).map(|r| site.reports[*r].page);
        let last = newest(site, visible, reports.chain([plan.page]));
        for ind in &plan.indicators {
            out.push((ind.path.clone(), last));
        }
    }
    if pc.portal.english.is_some() {
        out.push(("en/".to_string(), None));
    }
    out.extend(extra);
    out
}

/// The pages of a section and of every section below it.
fn subtree(site: &Site, section: usize) -> Vec<PageId> {
    let mut out = site.sections[section].pages.clone();
    for c in &site.sections[section].subsections {
        out.extend(subtree(site, *c));
    }
    out
}

/// The sitemap files of a portal: `sitemap.xml` alone, or an index and
/// its parts when there are more than [`MAX_URLS`] addresses.
pub fn files(base_url: &str, urls: &[Url]) -> Vec<File> {
    let bytes = |s: String| Body::Bytes(s.into_bytes());
    if urls.len() <= MAX_URLS {
        return vec![File { path: "sitemap.xml".into(), body: bytes(urlset(base_url, urls)) }];
    }
    let parts: Vec<&[Url]> = urls.chunks(MAX_URLS).collect();
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut out = Vec::with_capacity(parts.len() + 1);
    for (i, part) in parts.iter().enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        index.push_str(&format!("  <sitemap><loc>{}</loc>", esc(&format!("{base_url}{name}"))));
        if let Some(d) = part.iter().filter_map(|(_, d)| *d).max() {
            index.push_str(&format!("<lastmod>{}</lastmod>", d.iso()));
        }
        index.push_str("</sitemap>\n");
        out.push(File { path: name, body: bytes(urlset(base_url, part)) });
    }
    index.push_str("</sitemapindex>\n");
    out.insert(0, File { path: "sitemap.xml".into(), body: bytes(index) });
    out
}

fn urlset(base_url: &str, urls: &[Url]) -> String {
    let mut out = String::with_capacity(100 + urls.len() * 100);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, last) in urls {
        out.push_str(&format!("  <url><loc>{}</loc>", esc(&format!("{base_url}{}", encode_path(path)))));
        if let Some(d) = last {
            out.push_str(&format!("<lastmod>{}</lastmod>", d.iso()));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// Percent-encodes what a URL path may not hold as it is (the protocol
/// asks for RFC 3986 addresses); slugs are ASCII already.
fn encode_path(path: &str) -> std::borrow::Cow<'_, str> {
    let plain = |b: u8| b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@%".contains(&b);
    if path.bytes().all(plain) {
        return path.into();
    }
    let mut out = String::with_capacity(path.len() * 3);
    for b in path.bytes() {
        if plain(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_the_limit_the_sitemap_is_an_index() {
        let urls: Vec<Url> = (0..MAX_URLS + 1).map(|i| (format!("p{i}/"), None)).collect();
        let made = files("https://x.vn/", &urls);
        assert_eq!(made.len(), 3);
        let Body::Bytes(index) = &made[0].body else { panic!() };
        let index = String::from_utf8_lossy(index);
        assert!(index.contains("<sitemapindex"));
        assert!(index.contains("<loc>https://x.vn/sitemap-2.xml</loc>"));
        assert_eq!(made[2].path, "sitemap-2.xml");
        assert_eq!(files("https://x.vn/", &urls[..3]).len(), 1);
    }

    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(encode_path("van-ban/a b/"), "van-ban/a%20b/");
        assert_eq!(encode_path("tệp/"), "t%E1%BB%87p/");
    }
}
