//! URL paths of the output: folders folded to slugs, relative links between
//! pages, and where aliases and assets land. Paths are relative to a portal's
//! root, `/`-separated, and directories end with `/`.

use std::collections::HashMap;

use crate::slug::slugify;

/// The longest address segment made from a title or a name, in bytes:
/// file systems allow 255, and a resident's shared link stays readable.
pub const MAX_SEGMENT: usize = 100;

/// The longest segment staff may write themselves (`slug:`, aliases).
pub const MAX_WRITTEN_SEGMENT: usize = 255;

/// A slug made from a long title, shortened at a word to [`MAX_SEGMENT`]
/// bytes (the same title always gives the same address).
pub fn shorten(slug: String) -> String {
    if slug.len() <= MAX_SEGMENT {
        return slug;
    }
    let cut = &slug[..MAX_SEGMENT];
    match cut.rfind('-') {
        Some(i) if i > MAX_SEGMENT / 2 => cut[..i].to_string(),
        _ => cut.trim_end_matches('-').to_string(),
    }
}

/// The URL path of a content folder: every segment folded (`Văn bản/Tin` → `van-ban/tin/`).
pub fn folder_path(dir: &str) -> String {
    let mut out = String::new();
    for seg in dir.split('/').filter(|s| !s.is_empty()) {
        let s = shorten(slugify(seg));
        out.push_str(if s.is_empty() { seg } else { &s });
        out.push('/');
    }
    out
}

/// The prefix that leads from a page at `path` back to the portal root
/// (`van-ban/a/` → `../../`). Links written `{root}{target}` then work at
/// any base URL.
pub fn relative_root(path: &str) -> String {
    let depth = path.trim_end_matches(|c| c != '/').matches('/').count();
    "../".repeat(depth)
}

/// Resolves `link` (relative, may use `..` and `.`) against folder `dir`;
/// None when it climbs above the root.
pub fn join_rel(dir: &str, link: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in link.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// The output path of an alias written by staff (`/tin-cu/` or `tin-cu`).
pub fn alias_path(alias: &str) -> Option<String> {
    let a = alias.trim().trim_start_matches('/');
    if a.is_empty() || a.contains("://") || a.split('/').any(|s| s == ".." || s == "." || s.len() > MAX_WRITTEN_SEGMENT)
    {
        return None;
    }
    Some(if a.ends_with('/') || a.ends_with(".html") { a.to_string() } else { format!("{a}/") })
}

/// The file an address is written to: a folder address (`van-ban/`, or
/// `` for the portal's home) is its `index.html`.
pub fn output_file(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') { format!("{path}index.html") } else { path.to_string() }
}

/// Where an asset is written: beside its bundle's page, or in its folder's
/// section path with its own file name.
pub fn asset_path(rel: &str, bundle_path: &HashMap<&str, &str>) -> String {
    let mut dir = rel;
    while let Some(i) = dir.rfind('/') {
        dir = &dir[..i];
        if let Some(page) = bundle_path.get(dir) {
            return format!("{page}{}", &rel[dir.len() + 1..]);
        }
    }
    let (folder, name) = rel.rsplit_once('/').unwrap_or(("", rel));
    format!("{}{name}", folder_path(folder))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_paths_are_folded() {
        assert_eq!(folder_path(""), "");
        assert_eq!(folder_path("Văn bản/Tin tức"), "van-ban/tin-tuc/");
    }

    #[test]
    fn relative_root_counts_folders() {
        assert_eq!(relative_root(""), "");
        assert_eq!(relative_root("van-ban/"), "../");
        assert_eq!(relative_root("van-ban/a/"), "../../");
        assert_eq!(relative_root("404.html"), "");
        assert_eq!(relative_root("chu-de/x/index.html"), "../../");
    }

    #[test]
    fn join_rel_normalises_and_refuses_to_escape() {
        assert_eq!(join_rel("van-ban", "../tin/a.md").as_deref(), Some("tin/a.md"));
        assert_eq!(join_rel("", "./a.md").as_deref(), Some("a.md"));
        assert_eq!(join_rel("a", "../../x.md"), None);
    }

    #[test]
    fn aliases_become_folders() {
        assert_eq!(alias_path("/tin-cu").as_deref(), Some("tin-cu/"));
        assert_eq!(alias_path("old.html").as_deref(), Some("old.html"));
        assert_eq!(alias_path("https://x"), None);
        assert_eq!(alias_path("/../x"), None);
    }

    #[test]
    fn long_slugs_are_cut_at_a_word() {
        let long = slugify(&"Kế hoạch thực hiện Nghị quyết số 02-NQ/TW ".repeat(6));
        let short = shorten(long.clone());
        assert!(short.len() <= MAX_SEGMENT && long.starts_with(&short) && !short.ends_with('-'), "{short}");
        assert_eq!(long.as_bytes()[short.len()], b'-', "cut at a word: {short}");
        assert_eq!(shorten("a".repeat(300)).len(), MAX_SEGMENT);
        assert_eq!(shorten("ngan".into()), "ngan");
    }

    #[test]
    fn folder_addresses_are_their_index_file() {
        assert_eq!(output_file(""), "index.html");
        assert_eq!(output_file("en/"), "en/index.html");
        assert_eq!(output_file("404.html"), "404.html");
    }

    #[test]
    fn assets_follow_their_bundle() {
        let mut b = HashMap::new();
        b.insert("van-ban/ke-hoach-10", "van-ban/ke-hoach-10-kh-ubnd/");
        assert_eq!(asset_path("van-ban/ke-hoach-10/scan.pdf", &b), "van-ban/ke-hoach-10-kh-ubnd/scan.pdf");
        assert_eq!(asset_path("van-ban/ke-hoach-10/img/a.png", &b), "van-ban/ke-hoach-10-kh-ubnd/img/a.png");
        assert_eq!(asset_path("Văn bản/a.pdf", &b), "van-ban/a.pdf");
        assert_eq!(asset_path("logo.png", &b), "logo.png");
    }
}
