//! `loa serve`: the build kept alive. A session loads and renders the site
//! once; the server shows its last good state on 127.0.0.1, every portal at
//! its own sub-path; the watcher hands each batch of edits to
//! `Session::apply`, which redoes only what they touch; browsers reload by
//! themselves, and while the content has errors they show them over the
//! last good pages. Nothing is written into the output folder unless asked
//! (`--write`).

pub mod server;
pub mod watch;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Instant;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::{self, Msg};
use crate::session::{Applied, Change, Session};
use crate::{BuildOptions, config, msg};

/// What `loa serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site, drafts, future pages, today, one portal. Its `base_url`
    /// is replaced by the server's address.
    pub build: BuildOptions,
    pub bind: IpAddr,
    /// 0: any free port.
    pub port: u16,
    /// Open the portal index in the default browser.
    pub open: bool,
    /// Also write each good build into the output folder.
    pub write: bool,
}

/// Serves until the process is stopped; returns only when it cannot start.
pub fn serve(opts: ServeOptions) -> Result<(), Diagnostic> {
    let addr = SocketAddr::new(opts.bind, opts.port);
    let server = tiny_http::Server::http(addr).map_err(|e| {
        Diagnostic::error(msg!("serve-bind-failed", addr = addr.to_string(), error = e.to_string()))
            .with_help(msg!("serve-bind-failed-help"))
    })?;
    let addr = server.server_addr().to_ip().unwrap_or(addr);
    let url = format!("http://{addr}/");
    if !opts.bind.is_loopback() {
        eprintln!("{}\n", Diagnostic::warning(msg!("serve-bind-warning", addr = addr.to_string())));
    }
    let mut build = opts.build.clone();
    build.base_url = Some(preview_url(&build, &url));
    build.write = false;
    // Watching starts first: an edit made while the site loads is not lost.
    let mut watcher = watcher(&build)?;
    let started = Instant::now();
    // Answers start once the model is made; every output is rendered in
    // the background (for the problems and the addresses), see session::lazy.
    let (mut session, pass) = Session::open_lazy(&build);
    if let Some(pass) = pass {
        std::thread::spawn(move || pass.run());
    }
    let mut shown = Diagnostics::new();
    report(&session, &mut shown, None, started);
    let shared = server::Shared::new(build.root.clone(), server::State::default());
    shared.update(session.good(), errors(&session), true);
    let server = Arc::new(server);
    let _threads = server::run(server.clone(), shared.clone(), 4);
    let portals = session.good().or_else(|| session.current()).map_or(0, |b| b.config.portals.len());
    eprintln!("{}", msg!("serve-listening", portals = portals, url = url.clone()));
    if opts.write {
        write(&mut session);
    }
    if opts.open {
        open_browser(&url);
    }
    while let Some(changes) = watcher.next_or(&|| session.pass_ended()) {
        let started = Instant::now();
        if changes.is_empty() {
            // The whole first render ended: its problems, if any, are shown
            // (browsers reload only then: the pages are the same).
            session.adopt(true);
            let errors = errors(&session);
            let reload = errors.is_some();
            shared.update(session.good(), errors, reload);
            if print_new(&session, &mut shown).has_errors() {
                report(&session, &mut shown, None, started);
            }
            continue;
        }
        let applied = session.apply(&changes);
        shared.update(session.good(), errors(&session), true);
        report(&session, &mut shown, Some(&applied), started);
        if opts.write && applied.reload {
            write(&mut session);
        }
        if changes.contains(&Change::Config) {
            // The theme or the output folder may have changed.
            watcher = self::watcher(&build)?;
        }
    }
    Ok(())
}

/// The address each portal is previewed at: `/<portal>/` on the server.
fn preview_url(build: &BuildOptions, url: &str) -> String {
    let single = match &build.portal {
        Some(id) => Some(id.clone()),
        None => config::load(&build.root).ok().filter(|c| c.portals.len() == 1).map(|c| c.portals[0].id.clone()),
    };
    match single {
        Some(id) => format!("{url}{id}/"),
        None => url.to_string(),
    }
}

/// The problems to show over the pages, when there are errors.
fn errors(session: &Session) -> Option<Diagnostics> {
    let d = session.diagnostics();
    d.has_errors().then_some(d)
}

fn watcher(build: &BuildOptions) -> Result<watch::Watcher, Diagnostic> {
    let theme = config::load(&build.root).map_or_else(|_| "default".to_string(), |c| c.theme);
    let output = build.output.clone().unwrap_or_else(|| build.root.join("public"));
    let layout = watch::Layout { root: build.root.clone(), theme, output };
    watch::Watcher::new(layout).map_err(|e| {
        Diagnostic::error(msg!("serve-watch-failed", error = e.to_string())).with_help(msg!("serve-watch-failed-help"))
    })
}

/// Prints the problems not printed before, then one line: how long the
/// update took, or how many errors the browser shows.
fn report(session: &Session, shown: &mut Diagnostics, applied: Option<&Applied>, started: Instant) {
    let now = print_new(session, shown);
    let ms = started.elapsed().as_millis() as u64;
    let m = if now.has_errors() {
        Msg::new("serve-failed").arg("errors", now.error_count())
    } else {
        match applied.map(|a| a.rendered) {
            None => Msg::new("serve-ready").arg("ms", ms),
            Some(None) => Msg::new("serve-updated-all").arg("ms", ms),
            Some(Some(n)) => Msg::new("serve-updated").arg("ms", ms).arg("outputs", n),
        }
    };
    eprintln!("{}", m.text(messages::lang()));
}

/// Prints the problems, if they are not those printed before; returns them.
fn print_new(session: &Session, shown: &mut Diagnostics) -> Diagnostics {
    let now = session.diagnostics();
    if now.iter().ne(shown.iter()) {
        for d in now.iter() {
            eprintln!("{d}\n");
        }
        *shown = now.clone();
    }
    now
}

/// Writes the last good build into the output folder.
fn write(session: &mut Session) {
    match session.write() {
        Ok(Some(out)) => eprintln!("{}", msg!("serve-written", output = out.display().to_string())),
        Ok(None) => {}
        Err(d) => {
            for d in d.iter() {
                eprintln!("{d}\n");
            }
        }
    }
}

fn open_browser(url: &str) {
    let cmd = if cfg!(target_os = "macos") { "open" } else { "xdg-open" };
    let _ = std::process::Command::new(cmd)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}
