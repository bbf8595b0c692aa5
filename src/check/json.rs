//! `loa check --format json`: one JSON object per run, a stable shape other
//! tools can read (documented in docs/huong-dan.md and the README):
//!
//! ```json
//! {"version": 1, "errors": 1, "warnings": 0, "diagnostics": [
//!   {"id": "link-broken", "severity": "error", "file": "content/a.md",
//!    "line": 3, "column": 5, "message": "…", "help": "…"}]}
//! ```
//!
//! `id` is the message's id in the catalogue (null for a message not yet in
//! it), `file`, `line`, `column` are null when unknown, `message` and `help`
//! are in the run's language.

use serde::Serialize;

use crate::diagnostics::{Diagnostics, Severity};
use crate::messages::Lang;

/// The version of the shape below; raised only when a field changes meaning
/// or goes away.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Run<'a> {
    version: u32,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Item<'a> {
    id: Option<&'a str>,
    severity: &'static str,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
    help: Option<String>,
}

/// The diagnostics of a run as one JSON document, in `lang`.
pub fn render(diags: &Diagnostics, lang: Lang) -> String {
    let items = diags
        .iter()
        .map(|d| Item {
            id: d.message.id(),
            severity: match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            file: d.path.as_ref().map(|p| crate::scaffold::shown(p)),
            line: (d.line > 0).then_some(d.line),
            column: (d.col > 0).then_some(d.col),
            message: d.message.text(lang),
            help: d.help.as_ref().map(|h| h.text(lang)),
        })
        .collect();
    let run =
        Run { version: VERSION, errors: diags.error_count(), warnings: diags.warning_count(), diagnostics: items };
    serde_json::to_string_pretty(&run).unwrap_or_default()
}
