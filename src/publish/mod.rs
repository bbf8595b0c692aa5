//! `loa publish`: sends each built portal to its hosting (a folder, SFTP,
//! FTPS, S3-compatible storage, a .zip), only the files that changed since
//! the last publish, in an order that never shows a visitor a broken page
//! ([`plan`]), resuming an interrupted publish where it stopped ([`run`]).
//! One file per transport; credentials never come from `loa.yaml`.

pub mod credentials;
pub mod error;
mod folder;
mod ftp;
pub mod plan;
mod run;
mod s3;
mod sftp;
pub mod target;
mod zip;

use std::path::PathBuf;

use crate::config;
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::messages::{Msg, Text};
use crate::msg;
use error::Error;
use target::{Kind, Target};

pub use run::Outcome;

/// The record of a publish in progress, kept on the target beside the
/// manifest: what the target holds so far, so a re-run continues there.
pub const JOURNAL: &str = ".loa-publish-journal.json";

/// A place a portal is published to. Writes are whole-file: a visitor sees
/// the old or the new file, never a part of it.
pub trait Transport {
    /// A file of the portal's place; None when it is not there.
    fn read(&mut self, path: &str) -> Result<Option<Vec<u8>>, Error>;
    /// Writes (or replaces) a file, creating its folders.
    fn put(&mut self, path: &str, bytes: &[u8]) -> Result<(), Error>;
    /// Deletes a file (not there already is fine) and the folders it leaves empty.
    fn delete(&mut self, path: &str) -> Result<(), Error>;
    /// Whether files put reach the target at once, so a journal of them is
    /// worth keeping (not so for a zip, written whole at the end).
    fn resumable(&self) -> bool {
        true
    }
    /// Completes the publish (writes the zip, closes the connection).
    fn finish(&mut self) -> Result<(), Error> {
        Ok(())
    }
}

/// What `loa publish` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The site root (holding `loa.yaml`).
    pub root: PathBuf,
    /// Where the site was built; `public/` under the root when None.
    pub output: Option<PathBuf>,
    pub portal: Option<String>,
    pub target: Option<String>,
    /// List what would change; change nothing.
    pub dry_run: bool,
    /// An SSH host key fingerprint (`SHA256:…`) the user checked and trusts.
    pub trust_host: Option<String>,
    /// Ask for each selected target's password and save it in the keyring.
    pub save_password: bool,
}

/// What a publish did, target by target.
#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Diagnostics,
    pub outcomes: Vec<Outcome>,
}

/// Publishes the selected portals to the selected targets. Never panics
/// and never exits: every problem is in the report.
pub fn publish(opts: &Options) -> Report {
    let mut report = Report::default();
    let config = match config::load(&opts.root) {
        Ok(c) => c,
        Err(d) => {
            report.diagnostics = d;
            return report;
        }
    };
    let jobs = match select(&config, opts) {
        Ok(j) => j,
        Err(d) => {
            report.diagnostics.push(d);
            return report;
        }
    };
    if opts.save_password {
        save_passwords(&jobs, &mut report.diagnostics);
        return report;
    }
    let out_root = opts.output.clone().unwrap_or_else(|| config.root.join("public"));
    // A target that refused (login, host key, no space…) refuses its other
    // portals alike: it is skipped; the other targets still get theirs.
    let mut failed: Vec<&str> = Vec::new();
    for (target, portal) in jobs {
        if failed.contains(&target.name.as_str()) {
            continue;
        }
        let dir = out_root.join(&portal.id);
        match run::run(&config, target, portal, &dir, opts) {
            Ok(o) => report.outcomes.push(o),
            Err(e) => {
                report.diagnostics.push(e.diagnostic());
                match e {
                    Error::Interrupted { .. } => break,
                    Error::NotBuilt { .. } | Error::ChangedSinceBuild { .. } => {}
                    _ => failed.push(&target.name),
                }
            }
        }
    }
    report
}

/// The (target, portal) pairs to publish.
fn select<'a>(config: &'a config::Config, opts: &Options) -> Result<Vec<(&'a Target, &'a config::Portal)>, Diagnostic> {
    if config.publish.is_empty() {
        return Err(Diagnostic::error(msg!("publish-no-targets"))
            .in_file(config::FILE_NAME)
            .with_help(msg!("publish-no-targets-help")));
    }
    let names: Vec<&str> = config.publish.iter().map(|t| t.name.as_str()).collect();
    let unknown = |message: Msg, name: &str, all: &[&str]| {
        let help = match did_you_mean(name, all.iter().copied()) {
            Some(m) => msg!("did-you-mean", name = m),
            None => msg!("publish-names-are", list = all.join(", ")),
        };
        Diagnostic::error(message).with_help(help)
    };
    if let Some(t) = &opts.target
        && !names.contains(&t.as_str())
    {
        return Err(unknown(msg!("publish-unknown-target", name = t), t, &names));
    }
    let ids: Vec<&str> = config.portals.iter().map(|p| p.id.as_str()).collect();
    if let Some(p) = &opts.portal
        && !ids.contains(&p.as_str())
    {
        return Err(unknown(msg!("publish-unknown-portal", name = p), p, &ids));
    }
    let mut jobs = Vec::new();
    for t in config.publish.iter().filter(|t| opts.target.as_ref().is_none_or(|n| *n == t.name)) {
        for p in config.portals.iter().filter(|p| opts.portal.as_ref().is_none_or(|id| *id == p.id)) {
            if t.serves(&p.id) {
                jobs.push((t, p));
            }
        }
    }
    if jobs.is_empty() {
        return Err(
            Diagnostic::error(msg!("publish-nothing-selected")).with_help(msg!("publish-nothing-selected-help"))
        );
    }
    Ok(jobs)
}

/// `--save-password`: asks for each selected target's password once and
/// saves it in the system keyring.
fn save_passwords(jobs: &[(&Target, &config::Portal)], diags: &mut Diagnostics) {
    let mut done: Vec<&str> = Vec::new();
    for (t, _) in jobs {
        if done.contains(&t.name.as_str()) || matches!(t.kind, Kind::Folder { .. } | Kind::Zip { .. }) {
            continue;
        }
        done.push(&t.name);
        let place = t.describe("{portal}");
        let prompt = if matches!(t.kind, Kind::S3 { .. }) {
            msg!("publish-secret-prompt", target = &t.name, place = place)
        } else {
            msg!("publish-password-prompt", target = &t.name, place = place)
        };
        let env = credentials::env_name(&t.name);
        let typed = credentials::read_typed(&prompt.to_string()).map_err(|e| Text::io(&e));
        match typed {
            // The keyring refuses an empty password in its own (English)
            // words: refused here first, saying how to type one.
            Ok(p) if p.is_empty() => {
                diags.push(Diagnostic::error(msg!("publish-empty-password", target = &t.name)).with_help(msg!(
                    "publish-empty-password-help",
                    target = &t.name,
                    env = env
                )))
            }
            Ok(p) => match credentials::save(&t.name, &p) {
                Ok(()) => eprintln!("{}", msg!("publish-password-saved", target = &t.name)),
                Err(e) => diags.push(save_failed(&t.name, e, env)),
            },
            Err(e) => diags.push(save_failed(&t.name, e, env)),
        }
    }
}

fn save_failed(target: &str, detail: Text, env: String) -> Diagnostic {
    Diagnostic::error(msg!("publish-save-failed", target = target, detail = detail))
        .with_help(msg!("publish-save-failed-help", env = env))
}

/// Opens the transport of `target` for `portal`.
fn open(config: &config::Config, target: &Target, portal: &str, opts: &Options) -> Result<Box<dyn Transport>, Error> {
    let location = target.location_for(portal);
    let local = |p: &str| {
        let p = PathBuf::from(target::expand_home(p));
        if p.is_absolute() { p } else { config.root.join(p) }
    };
    Ok(match &target.kind {
        Kind::Folder { .. } => Box::new(folder::Folder::open(&target.name, local(&location))?),
        Kind::Zip { .. } => Box::new(zip::Zip::open(&target.name, local(&location))?),
        Kind::Sftp { .. } => Box::new(sftp::Sftp::open(target, &location, opts.trust_host.as_deref())?),
        Kind::Ftp { .. } => Box::new(ftp::Ftp::open(target, &location)?),
        Kind::S3 { .. } => Box::new(s3::S3::open(target, &location)?),
    })
}

/// A size for people (`12.5 KiB`; `12,5 KiB` in Vietnamese).
fn size(bytes: u64) -> String {
    let s = indicatif::HumanBytes(bytes).to_string();
    if crate::messages::lang() == crate::messages::Lang::Vi { s.replace('.', ",") } else { s }
}

/// The lines that tell what a publish did (or, dry, would do): one line
/// per portal and target, then, for a dry run, each file in the order it
/// would travel (`+` new, `~` changed, `-` deleted).
pub fn summary(o: &Outcome) -> String {
    let p = &o.plan;
    let head = format!("{} → {} ({})", o.portal, o.target, o.place);
    if !o.dry_run && p.is_empty() && !o.resumed {
        return msg!("publish-up-to-date", head = head, files = p.unchanged).to_string();
    }
    let new = p.uploads.iter().filter(|u| u.new).count();
    let id = match (o.dry_run, o.resumed) {
        (true, _) => "publish-would-send",
        (false, true) => "publish-sent-resumed",
        (false, false) => "publish-sent",
    };
    let line = Msg::new(id)
        .arg("head", head)
        .arg("files", p.uploads.len())
        .arg("size", size(p.bytes()))
        .arg("new", new)
        .arg("changed", p.uploads.len() - new)
        .arg("deleted", p.deletions.len())
        .arg("unchanged", p.unchanged);
    let mut out = line.to_string();
    if o.dry_run {
        for u in &p.uploads {
            out.push_str(&format!("\n  {} {}", if u.new { '+' } else { '~' }, u.path));
        }
        for d in &p.deletions {
            out.push_str(&format!("\n  - {d}"));
        }
    }
    out
}
