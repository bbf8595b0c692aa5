//! One portal to one target: read what the target holds (its manifest, or
//! the journal of an interrupted publish), plan, then send, delete and
//! finally write the manifest, with a progress bar (files, bytes, time
//! left). The journal is written every few seconds and on Ctrl-C, so a
//! re-run sends only what had not arrived.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use serde::{Deserialize, Serialize};

use super::error::Error;
use super::plan::{self, Plan};
use super::target::Target;
use super::{JOURNAL, Options, Transport};
use crate::config::{Config, Portal};
use crate::msg;
use crate::output::manifest::{self, Manifest};

/// What one portal's publish to one target did (or, dry, would do).
#[derive(Debug, Clone)]
pub struct Outcome {
    pub target: String,
    pub portal: String,
    /// Where, for people: `sftp://user@host:22/dir`.
    pub place: String,
    pub dry_run: bool,
    pub plan: Plan,
    /// Whether an interrupted publish was continued.
    pub resumed: bool,
}

/// Set by Ctrl-C: stop after the file being sent.
static STOP: AtomicBool = AtomicBool::new(false);
/// Files sent in this process, for the test hook `LOA_TEST_INTERRUPT_AFTER`.
static SENT: AtomicUsize = AtomicUsize::new(0);

/// The journal: what the target holds while a publish is under way, and the
/// manifest that publish started from (a journal over another manifest is stale).
#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    format: String,
    base: String,
    files: std::collections::BTreeMap<String, manifest::Entry>,
}

const JOURNAL_FORMAT: &str = "loa-journal/1";
const JOURNAL_EVERY: Duration = Duration::from_secs(2);

pub fn run(config: &Config, target: &Target, portal: &Portal, dir: &Path, opts: &Options) -> Result<Outcome, Error> {
    let local = match Manifest::read(dir) {
        Ok(Some(m)) => m,
        _ => return Err(Error::NotBuilt { portal: portal.id.clone(), dir: dir.to_path_buf() }),
    };
    let mut t = super::open(config, target, &portal.id, opts)?;
    let remote_bytes = t.read(manifest::FILE_NAME)?;
    let remote = remote_bytes.as_deref().and_then(Manifest::parse).unwrap_or_default();
    let base = manifest::hash(remote_bytes.as_deref().unwrap_or_default());
    let journal = if t.resumable() { t.read(JOURNAL)? } else { None };
    let journal = journal.and_then(|b| serde_json::from_slice::<Journal>(&b).ok());
    let (state, resumed) = match journal {
        Some(j) if j.format == JOURNAL_FORMAT && j.base == base => (Manifest::new(j.files), true),
        _ => (remote.clone(), false),
    };
    let base_path = portal.base_path().to_string();
    let links = |p: &str| match std::fs::read_to_string(dir.join(p)) {
        Ok(html) => plan::links_in(p, &html, &base_path),
        Err(_) => Vec::new(),
    };
    let plan = plan::plan(&local, &state, &links);
    let outcome = Outcome {
        target: target.name.clone(),
        portal: portal.id.clone(),
        place: target.describe(&portal.id),
        dry_run: opts.dry_run,
        plan,
        resumed,
    };
    if opts.dry_run || (outcome.plan.is_empty() && remote == local && !resumed) {
        return Ok(outcome);
    }
    let mut job =
        Job { t: t.as_mut(), target, portal: &portal.id, base, state, journaled: resumed, last: Instant::now() };
    job.send(&outcome.plan, &local, dir)?;
    job.t.put(manifest::FILE_NAME, &local.to_json())?;
    if job.journaled {
        job.t.delete(JOURNAL)?;
    }
    job.t.finish()?;
    Ok(outcome)
}

struct Job<'a> {
    t: &'a mut dyn Transport,
    target: &'a Target,
    portal: &'a str,
    base: String,
    /// What the target holds now.
    state: Manifest,
    /// Whether a journal is on the target.
    journaled: bool,
    last: Instant,
}

impl Job<'_> {
    fn send(&mut self, plan: &Plan, local: &Manifest, dir: &Path) -> Result<(), Error> {
        watch_ctrl_c();
        let bar = progress(plan, &self.target.name, self.portal);
        let interrupt_after = std::env::var("LOA_TEST_INTERRUPT_AFTER").ok().and_then(|v| v.parse::<usize>().ok());
        let total = plan.uploads.len() + plan.deletions.len();
        for (done, up) in plan.uploads.iter().enumerate() {
            self.check_stop(done, total, &bar)?;
            let bytes = std::fs::read(dir.join(&up.path)).ok();
            let entry = &local.files[&up.path];
            let Some(bytes) = bytes.filter(|b| manifest::Entry::of(b) == *entry) else {
                bar.abandon();
                return Err(Error::ChangedSinceBuild { path: dir.join(&up.path) });
            };
            if let Err(e) = self.t.put(&up.path, &bytes) {
                bar.abandon();
                let _ = self.write_journal();
                return Err(e);
            }
            self.state.files.insert(up.path.clone(), entry.clone());
            bar.set_message(msg!("publish-progress", done = done + 1, total = plan.uploads.len()).to_string());
            bar.inc(up.size);
            let sent = SENT.fetch_add(1, Ordering::SeqCst) + 1;
            if interrupt_after == Some(sent) {
                STOP.store(true, Ordering::SeqCst);
            }
            self.maybe_journal()?;
        }
        for (i, path) in plan.deletions.iter().enumerate() {
            self.check_stop(plan.uploads.len() + i, total, &bar)?;
            if let Err(e) = self.t.delete(path) {
                bar.abandon();
                let _ = self.write_journal();
                return Err(e);
            }
            self.state.files.remove(path);
            self.maybe_journal()?;
        }
        bar.finish_and_clear();
        Ok(())
    }

    /// On Ctrl-C: record what arrived and stop.
    fn check_stop(&mut self, done: usize, total: usize, bar: &ProgressBar) -> Result<(), Error> {
        if !STOP.load(Ordering::SeqCst) {
            return Ok(());
        }
        bar.abandon();
        self.write_journal()?;
        Err(Error::Interrupted {
            target: self.target.name.clone(),
            portal: self.portal.to_string(),
            sent: done,
            left: total - done,
        })
    }

    fn maybe_journal(&mut self) -> Result<(), Error> {
        if self.t.resumable() && self.last.elapsed() >= JOURNAL_EVERY {
            self.write_journal()?;
        }
        Ok(())
    }

    fn write_journal(&mut self) -> Result<(), Error> {
        if !self.t.resumable() {
            return Ok(());
        }
        let j = Journal { format: JOURNAL_FORMAT.into(), base: self.base.clone(), files: self.state.files.clone() };
        self.t.put(JOURNAL, &serde_json::to_vec(&j).unwrap_or_default())?;
        self.journaled = true;
        self.last = Instant::now();
        Ok(())
    }
}

/// The progress bar (on a terminal only): bytes, files and time left.
fn progress(plan: &Plan, target: &str, portal: &str) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(plan.bytes()), indicatif::ProgressDrawTarget::hidden());
    let style = ProgressStyle::with_template("{prefix} [{bar:20}] {bytes}/{total_bytes} · {msg} · ETA {eta}")
        .map(|s| s.progress_chars("=> "));
    if let Ok(style) = style {
        bar.set_style(style);
    }
    bar.set_prefix(format!("{portal} → {target}"));
    bar.set_message(msg!("publish-progress", done = 0, total = plan.uploads.len()).to_string());
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    bar
}

/// Installs the Ctrl-C handler once: it asks the publish to stop cleanly
/// after the current file; a second Ctrl-C stops at once.
fn watch_ctrl_c() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if STOP.swap(true, Ordering::SeqCst) {
                std::process::exit(130);
            }
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_progress_bar_template_is_valid() {
        let plan = Plan::default();
        let bar = progress(&plan, "t", "p");
        assert_eq!(bar.length(), Some(0));
        assert!(bar.message().contains("0/0"));
    }
}
