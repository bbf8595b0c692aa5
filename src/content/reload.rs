//! Reading a few known pages again in place, without walking `content/`:
//! serve's shortcut for the most common edit (a page saved again). It only
//! applies when the result is exactly what a whole load would give: every
//! file is a page the previous load read without a problem, is still a
//! plain file, and loads again without a problem; otherwise the caller
//! loads the whole folder ([`super::load_reusing`]).

use std::collections::HashMap;

use super::{Content, Entry, Loaded, encoding, load_entry};
use crate::config::Config;

/// Reads the pages `rels` (relative to `content/`) again into `content`;
/// false (and `content` unchanged) when the shortcut does not apply.
pub fn reload_pages(config: &Config, content: &mut Content, rels: &[&str]) -> bool {
    let dir = config.content_dir();
    let at: HashMap<&str, usize> = content.pages.iter().enumerate().map(|(i, p)| (p.rel.as_str(), i)).collect();
    let mut loaded = Vec::with_capacity(rels.len());
    for rel in rels {
        let Some(&i) = at.get(rel) else { return false };
        let page = &content.pages[i];
        // A file the last load had something to say about may now be fine.
        if content.diagnostics.iter().any(|d| d.path.as_deref() == Some(page.shown.as_path())) {
            return false;
        }
        let abs = dir.join(rel);
        // Still a plain file (a symlink goes through the walk's checks).
        if !std::fs::symlink_metadata(&abs).is_ok_and(|m| m.file_type().is_file()) {
            return false;
        }
        let Ok(Loaded::Page(new)) = load_entry(Entry::Page(abs, rel.to_string()), config.max_file_bytes) else {
            return false;
        };
        if encoding::mojibake_warning(&new.shown, &new.text).is_some() {
            return false;
        }
        loaded.push((i, new));
    }
    for (i, new) in loaded {
        content.pages[i] = *new;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load;

    fn site() -> (tempfile::TempDir, Config) {
        let dir = tempfile::tempdir().unwrap();
        let yaml = "title: Thử\nbase_url: https://example.gov.vn/\nportals:\n  - id: main\n";
        std::fs::write(dir.path().join("loa.yaml"), yaml).unwrap();
        std::fs::create_dir_all(dir.path().join("content/tin")).unwrap();
        for (rel, text) in [("tin/a.md", "---\ntitle: A\n---\nMột.\n"), ("tin/b.md", "---\ntitle: B\n---\nHai.\n")] {
            std::fs::write(dir.path().join("content").join(rel), text).unwrap();
        }
        let config = crate::config::load(dir.path()).unwrap();
        (dir, config)
    }

    fn shown(c: &Content) -> String {
        format!("{:?}\n{:?}", c.pages, c.diagnostics.iter().collect::<Vec<_>>())
    }

    #[test]
    fn a_page_saved_again_loads_as_a_whole_load_would() {
        let (dir, config) = site();
        let mut content = load(&config);
        std::fs::write(dir.path().join("content/tin/a.md"), "---\ntitle: A mới\n---\nMột, sửa.\n").unwrap();
        assert!(reload_pages(&config, &mut content, &["tin/a.md"]));
        assert_eq!(shown(&content), shown(&load(&config)));
    }

    #[test]
    fn anything_a_whole_load_would_see_differently_is_left_to_it() {
        let (dir, config) = site();
        let content = load(&config);
        let file = dir.path().join("content/tin/a.md");
        let refused = |text: Option<&str>, rel: &str| {
            match text {
                Some(t) => std::fs::write(&file, t).unwrap(),
                None => std::fs::remove_file(&file).unwrap(),
            }
            let mut c = content.clone();
            let applied = reload_pages(&config, &mut c, &[rel]);
            assert_eq!(shown(&c), shown(&content), "unchanged when refused");
            !applied
        };
        // A new file, a broken front matter, text pasted in an old encoding.
        assert!(refused(Some("---\ntitle: A\n---\n"), "tin/c.md"));
        assert!(refused(Some("---\ntitle: [\n---\n"), "tin/a.md"));
        assert!(refused(Some("---\ntitle: A\n---\nKÕ ho¹ch ph¸t triÓn ®\u{AD}êng giao th«ng ViÖt Nam\n"), "tin/a.md"));
        // A deleted file.
        assert!(refused(None, "tin/a.md"));
        // A page the last load warned about.
        let mojibake = "---\ntitle: A\n---\nKÕ ho¹ch ph¸t triÓn ®\u{AD}êng giao th«ng ViÖt Nam\n";
        std::fs::write(&file, mojibake).unwrap();
        let mut broken = load(&config);
        assert!(!broken.diagnostics.is_empty());
        std::fs::write(&file, "---\ntitle: A\n---\n").unwrap();
        assert!(!reload_pages(&config, &mut broken, &["tin/a.md"]));
    }

    #[cfg(unix)]
    #[test]
    fn a_page_become_a_symlink_goes_through_the_walk() {
        let (dir, config) = site();
        let mut content = load(&config);
        let file = dir.path().join("content/tin/a.md");
        std::fs::remove_file(&file).unwrap();
        std::os::unix::fs::symlink(dir.path().join("content/tin/b.md"), &file).unwrap();
        assert!(!reload_pages(&config, &mut content, &["tin/a.md"]));
    }
}
