//! loa: a static site generator for Vietnamese local-government information
//! portals. The stages — load (content) → model → render → write (output) —
//! are run in order by a session (`session.rs`), which `build` runs once and
//! `serve` keeps alive between edits.

pub mod check;
pub mod config;
pub mod content;
pub mod date;
pub mod diagnostics;
pub mod docref;
pub mod fs;
pub mod messages;
pub mod model;
pub mod output;
pub mod publish;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod session;
pub mod text;
pub mod theme;
pub mod yaml;

/// Slugs live with the folding they are made of (`text`); this path stays for
/// the modules that name it.
pub use text::slug;

use std::path::PathBuf;

use crate::date::Date;
use crate::diagnostics::Diagnostics;

/// What a build or check is asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site root (holding `loa.yaml`).
    pub root: PathBuf,
    /// Output folder; `public/` under the root when None.
    pub output: Option<PathBuf>,
    pub drafts: bool,
    pub future: bool,
    /// The date the build treats as today (deadlines, future pages).
    pub today: Option<Date>,
    /// Build only this portal.
    pub portal: Option<String>,
    /// Replace the portals' base URL (a preview address).
    pub base_url: Option<String>,
    /// False for `check`: validate everything, write nothing.
    pub write: bool,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Diagnostics,
    pub portals: Vec<String>,
    pub pages: usize,
    pub files: usize,
    /// The output folder, when something was written.
    pub output: Option<PathBuf>,
    /// A failed build changed the published folder (it could not put the
    /// previous site back): never claim it was left as it was.
    pub output_changed: bool,
    /// Pages this build leaves out (drafts, dated in the future), each with
    /// why: named in a note of the summary, never dropped without a word.
    pub left_out: Vec<(String, messages::Msg)>,
}

impl Report {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
    }
}

/// Builds (or checks) the site. Never panics on bad input and never exits
/// the process: every problem is in the report's diagnostics.
pub fn build(opts: &BuildOptions) -> Report {
    session::build(opts)
}
