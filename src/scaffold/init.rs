//! `loa init DIR`: a new site with one example of each kind — the units, a
//! plan with its data, a report, an article, an about page — that builds at
//! once with zero errors and zero warnings, with the built-in theme.

use std::path::{Path, PathBuf};

use super::{Fill, Planned};
use crate::date::Date;
use crate::diagnostics::Diagnostic;
use crate::msg;

/// (path in the new site, template).
const FILES: &[(&str, &str)] = &[
    ("loa.yaml", include_str!("site/loa.yaml")),
    ("content/_index.md", include_str!("site/_index.md")),
    ("content/gioi-thieu.md", include_str!("site/gioi-thieu.md")),
    ("content/don-vi/_index.md", include_str!("site/don-vi-index.md")),
    ("content/don-vi/don-vi.yaml", include_str!("site/don-vi.yaml")),
    ("content/van-ban/_index.md", include_str!("site/van-ban-index.md")),
    ("content/van-ban/ke-hoach-01-kh-ubnd/index.md", include_str!("site/ke-hoach-index.md")),
    ("content/van-ban/ke-hoach-01-kh-ubnd/ke-hoach.yaml", include_str!("site/ke-hoach.yaml")),
    ("content/bao-cao/_index.md", include_str!("site/bao-cao-index.md")),
    ("content/bao-cao/ke-hoach-01-kh-ubnd-{KY}.md", include_str!("site/bao-cao.md")),
    ("content/tin-tuc/_index.md", include_str!("site/tin-tuc-index.md")),
    ("content/tin-tuc/khai-truong-cong-thong-tin.md", include_str!("site/tin-tuc.md")),
    (".gitignore", "public/\n"),
];

/// The files of a new site made on `today`.
pub fn plan(today: Date) -> Vec<Planned> {
    let fill = Fill { today };
    FILES
        .iter()
        .map(|(path, text)| Planned { path: PathBuf::from(fill.apply(path).to_lowercase()), text: fill.apply(text) })
        .collect()
}

/// Makes a new site in `dir` (created if missing; refused when it already
/// holds anything but hidden files). Returns the files written.
pub fn init(dir: &Path, today: Date) -> Result<Vec<PathBuf>, Diagnostic> {
    let busy = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).any(|e| !e.file_name().to_string_lossy().starts_with('.')))
        .unwrap_or(false);
    if busy {
        return Err(Diagnostic::error(msg!("init-not-empty", dir = dir.display().to_string()))
            .with_help(msg!("init-not-empty-help")));
    }
    super::write_all(dir, &plan(today))
}
