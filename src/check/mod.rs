//! `loa check`: everything `build` validates (the same session, run without
//! writing: no output folder, no lock), plus the passes only a check runs
//! (below), and the problems as JSON for other tools.

mod anchors;
mod files;
pub mod json;
mod overdue;
mod unused;

use crate::date::Date;
use crate::diagnostics::Diagnostics;
use crate::{BuildOptions, Report};

/// Checks the site: the build's checks and the check's own passes. Writes
/// nothing.
pub fn check(opts: &BuildOptions) -> Report {
    let opts = BuildOptions { write: false, output: None, ..opts.clone() };
    let mut report = crate::session::build(&opts);
    if report.diagnostics.has_errors() {
        // The extra passes read the model; with errors in it they could
        // only repeat them or say something untrue.
        return report;
    }
    let session = crate::session::Session::open(&opts);
    let Some(built) = session.good() else { return report };
    let today = opts.today.unwrap_or_else(Date::today);
    let mut all: Vec<_> = report.diagnostics.iter().cloned().collect();
    all.extend(overdue::overdue_unreported(&built.site, &built.config.root, today));
    all.extend(anchors::missing_anchors(&built, &built.config.root));
    all.extend(unused::unused_units(&built.site, &built.config));
    all.extend(files::missing_attachments(&built.site, &built.config.root));
    all.extend(files::unread_yaml(&built.site));
    report.diagnostics = crate::session::finish(all.into_iter().collect::<Diagnostics>());
    report
}
