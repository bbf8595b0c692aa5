//! `loa check`: everything `build` validates (the same session, run without
//! writing: no output folder, no lock), plus the passes only a check runs
//! (see [`extra`]), and the problems as JSON for other tools.

pub mod json;

use crate::{BuildOptions, Report};

/// Checks the site: the build's checks and the check's own passes. Writes
/// nothing.
pub fn check(opts: &BuildOptions) -> Report {
    let opts = BuildOptions { write: false, output: None, ..opts.clone() };
    crate::session::build(&opts)
}
