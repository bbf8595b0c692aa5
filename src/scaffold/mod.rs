//! `loa init` and `loa new`: pure templates filled with a date and a title
//! (each tested to build with zero errors and zero warnings), and the few
//! file writes that put them in place — never over an existing file.

pub mod init;
pub mod new;
mod report;

use std::path::{Path, PathBuf};

use crate::date::Date;
use crate::diagnostics::Diagnostic;
use crate::msg;

/// A file to write: path relative to the site folder, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub path: PathBuf,
    pub text: String,
}

/// The words a template's `{…}` markers are replaced with, for a day.
pub struct Fill {
    pub today: Date,
}

impl Fill {
    /// `text` with `{NGAY}` (today), `{NAM}` (this year), `{NAM_TRUOC}`
    /// (last year), `{KY}` (this quarter, `2026-Q4`) and `{KY_CHU}` (the
    /// quarter in words, `quý IV/2026`) replaced.
    pub fn apply(&self, text: &str) -> String {
        let (y, q) = (self.today.year(), quarter(self.today.month()));
        text.replace("{NGAY}", &self.today.iso())
            .replace("{NAM_TRUOC}", &(y - 1).to_string())
            .replace("{NAM}", &y.to_string())
            .replace("{KY_CHU}", &format!("quý {}/{y}", ROMAN[q - 1]))
            .replace("{KY}", &format!("{y}-Q{q}"))
    }
}

const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];

/// The quarter (1–4) of a month (1–12).
fn quarter(month: i8) -> usize {
    ((month.clamp(1, 12) as usize) - 1) / 3 + 1
}

/// Writes `files` under `root`, refusing before writing anything when one
/// of them already exists. Returns the paths written.
pub fn write_all(root: &Path, files: &[Planned]) -> Result<Vec<PathBuf>, Diagnostic> {
    if let Some(f) = files.iter().find(|f| root.join(&f.path).exists()) {
        return Err(
            Diagnostic::error(msg!("scaffold-exists", file = shown(&f.path))).with_help(msg!("scaffold-exists-help"))
        );
    }
    let mut written = Vec::new();
    for f in files {
        let abs = root.join(&f.path);
        if let Some(parent) = abs.parent() {
            crate::fs::create_dir_all(parent).map_err(|e| e.diagnostic())?;
        }
        crate::fs::write(&abs, f.text.as_bytes()).map_err(|e| e.diagnostic())?;
        written.push(f.path.clone());
    }
    Ok(written)
}

/// A relative path as shown in messages, with `/`.
pub fn shown(p: &Path) -> String {
    p.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Text put between double quotes in YAML: `"` and `\` escaped.
pub fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_names_the_day_the_year_and_the_quarter() {
        let f = Fill { today: Date::ymd(2026, 11, 30).unwrap() };
        assert_eq!(f.apply("{NGAY} {NAM} {NAM_TRUOC} {KY} {KY_CHU}"), "2026-11-30 2026 2025 2026-Q4 quý IV/2026");
        let f = Fill { today: Date::ymd(2027, 1, 2).unwrap() };
        assert_eq!(f.apply("{KY} {KY_CHU}"), "2027-Q1 quý I/2027");
    }

    #[test]
    fn quoted_escapes_quotes_and_backslashes() {
        assert_eq!(quoted(r#"Kế hoạch "A" \ B"#), r#""Kế hoạch \"A\" \\ B""#);
    }
}
