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
    for (target, portal) in jobs {
        let dir = out_root.join(&portal.id);
        match run::run(&config, target, portal, &dir, opts) {
            Ok(o) => report.outcomes.push(o),
            Err(e) => {
                report.diagnostics.push(e.diagnostic());
                // A refused host or login fails every portal of the target alike.
                if !matches!(e, Error::NoSpace { .. } | Error::NoPermission { .. } | Error::Other { .. }) {
                    break;
                }
            }
        }
    }
    report
}

/// The (target, portal) pairs to publish.
fn select<'a>(config: &'a config::Config, opts: &Options) -> Result<Vec<(&'a Target, &'a config::Portal)>, Diagnostic> {
    if config.publish.is_empty() {
        return Err(Diagnostic::error("loa.yaml has no publishing target")
            .in_file(config::FILE_NAME)
            .with_help("add a `publish:` block, e.g.\npublish:\n  thu-muc:\n    folder: /var/www/{portal}\n(the README's Publishing section shows every kind)"));
    }
    let names: Vec<&str> = config.publish.iter().map(|t| t.name.as_str()).collect();
    let unknown = |what: &str, name: &str, all: &[&str]| {
        let help = match did_you_mean(name, all.iter().copied()) {
            Some(m) => format!("did you mean `{m}`?"),
            None => format!("they are: {}", all.join(", ")),
        };
        Diagnostic::error(format!("no {what} `{name}` in loa.yaml")).with_help(help)
    };
    if let Some(t) = &opts.target
        && !names.contains(&t.as_str())
    {
        return Err(unknown("publishing target", t, &names));
    }
    let ids: Vec<&str> = config.portals.iter().map(|p| p.id.as_str()).collect();
    if let Some(p) = &opts.portal
        && !ids.contains(&p.as_str())
    {
        return Err(unknown("portal", p, &ids));
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
        return Err(Diagnostic::error("no publishing target receives the portal asked for")
            .with_help("check `portals:` of the targets in loa.yaml, or choose another --portal or --target"));
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
        let what = if matches!(t.kind, Kind::S3 { .. }) { "secret access key" } else { "password" };
        let typed = credentials::read_typed(&format!("{what} for `{}` ({}): ", t.name, t.describe("…")));
        let result = typed.map_err(|e| e.to_string()).and_then(|p| credentials::save(&t.name, &p));
        match result {
            Ok(()) => eprintln!("saved the {what} of `{}` in the system keyring", t.name),
            Err(e) => diags.push(
                Diagnostic::error(format!("could not save the {what} of `{}` in the keyring: {e}", t.name))
                    .with_help(format!("set the environment variable {} instead", credentials::env_name(&t.name))),
            ),
        }
    }
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

/// The lines that tell what a publish did (or, dry, would do): one line
/// per portal and target, then, for a dry run, each file in the order it
/// would travel (`+` new, `~` changed, `-` deleted).
pub fn summary(o: &Outcome) -> String {
    let p = &o.plan;
    let head = format!("{} → {} ({})", o.portal, o.target, o.place);
    let new = p.uploads.iter().filter(|u| u.new).count();
    let counts = format!(
        "{} file(s) ({}: {new} new, {} changed), {} {} file(s), {} unchanged",
        p.uploads.len(),
        indicatif::HumanBytes(p.bytes()),
        p.uploads.len() - new,
        if o.dry_run { "would delete" } else { "deleted" },
        p.deletions.len(),
        p.unchanged
    );
    if o.dry_run {
        let mut out = format!("{head}: would send {counts}");
        for u in &p.uploads {
            out.push_str(&format!("\n  {} {}", if u.new { '+' } else { '~' }, u.path));
        }
        for d in &p.deletions {
            out.push_str(&format!("\n  - {d}"));
        }
        return out;
    }
    if p.is_empty() && !o.resumed {
        return format!("{head}: up to date ({} files)", p.unchanged);
    }
    let resumed = if o.resumed { " (continued the interrupted publish)" } else { "" };
    format!("{head}: sent {counts}{resumed}")
}
