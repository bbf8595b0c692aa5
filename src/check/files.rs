//! Check-only passes over files: the files a document lists in
//! `attachments:` must be in its page bundle (links and images in the text
//! are checked by the build itself); a YAML file under `content/` that loa
//! does not read as data (`don-vi.yaml`, `ke-hoach.yaml`, `doc-loa.yaml`) is
//! named, as it is most often a misnamed data file published as it is.

use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::msg;

/// One warning per attachment that is not beside its page.
pub fn missing_attachments(site: &Site, root: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for page in &site.pages {
        let Some(doc) = &page.document else { continue };
        let dir = page.src.rel.rsplit_once('/').map_or("", |(d, _)| d);
        for name in &doc.front.attachments {
            let rel = if dir.is_empty() { name.clone() } else { format!("{dir}/{name}") };
            if site.by_source.contains_key(&rel) || root.join("content").join(&rel).is_file() {
                continue;
            }
            let mut d = Diagnostic::warning(msg!("check-attachment-missing", file = name.as_str()))
                .with_help(msg!("check-attachment-missing-help", dir = format!("content/{dir}")))
                .in_file(&page.src.shown);
            if let Ok(text) = std::fs::read_to_string(root.join(&page.src.shown))
                && let Some(at) = text.find(name.as_str())
            {
                d = d.at(&text, at);
            }
            out.push(d);
        }
    }
    out
}

/// One warning per YAML file of `content/` published as a plain file.
pub fn unread_yaml(site: &Site) -> Vec<Diagnostic> {
    let names = [crate::content::UNITS_FILE, crate::content::PLAN_FILE, crate::content::speech::FILE];
    let mut out = Vec::new();
    for a in &site.assets {
        let rel = &a.src.rel;
        let name = rel.rsplit('/').next().unwrap_or(rel);
        let lower = name.to_ascii_lowercase();
        if !(lower.ends_with(".yaml") || lower.ends_with(".yml")) {
            continue;
        }
        let stem = lower.trim_end_matches(".yaml").trim_end_matches(".yml");
        let help = match crate::diagnostics::did_you_mean(stem, ["don-vi", "ke-hoach", "doc-loa"]) {
            Some(n) => msg!("did-you-mean", name = names.iter().find(|f| f.starts_with(n)).copied().unwrap_or(n)),
            None => msg!("check-yaml-unread-help"),
        };
        out.push(
            Diagnostic::warning(msg!("check-yaml-unread", file = name))
                .in_file(std::path::PathBuf::from("content").join(rel))
                .with_help(help),
        );
    }
    out
}
