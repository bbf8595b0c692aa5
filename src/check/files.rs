//! A check-only pass: the files a document lists in `attachments:` must be
//! in its page bundle (links and images in the text are checked by the
//! build itself).

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
