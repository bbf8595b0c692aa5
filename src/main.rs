//! The `loa` command: parses arguments, calls one library function, prints
//! the diagnostics and sets the exit status.

mod cli;

use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use loa::messages::{self, Lang, Msg};
use loa::msg;

/// mimalloc instead of glibc's allocator: a build allocates and frees many
/// strings from several threads at once, where glibc spends a fifth of the
/// build's CPU time (see the README's Performance).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `loa serve`: runs until stopped; fails only when it cannot start.
fn serve(s: cli::ServeArgs) -> ExitCode {
    let build = loa::BuildOptions {
        root: s.site.root,
        output: s.output,
        drafts: s.site.drafts,
        future: s.site.future,
        today: s.site.today,
        portal: s.site.portal,
        base_url: None,
        write: false,
    };
    let opts = loa::serve::ServeOptions { build, bind: s.bind, port: s.port, open: s.open, write: s.write };
    match loa::serve::serve(opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(d) => {
            eprintln!("{d}");
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let started = Instant::now();
    // Messages in Vietnamese unless `--lang en` or LOA_LANG=en says otherwise.
    let asked = args.lang.clone().or_else(|| std::env::var("LOA_LANG").ok().filter(|l| !l.is_empty()));
    if let Some(l) = asked {
        match Lang::parse(&l) {
            Some(lang) => messages::set_lang(lang),
            None => {
                eprintln!("{}: {}", messages::t(Lang::Vi, "label-error"), msg!("lang-unknown", lang = l));
                return ExitCode::from(2);
            }
        }
    }
    let (site, output, base_url, write) = match args.command {
        cli::Command::Build(b) => (b.site, b.output, b.base_url, true),
        cli::Command::Check(s) => (s, None, None, false),
        cli::Command::Serve(s) => return serve(s),
        cli::Command::Publish(p) => return publish(p),
    };
    let opts = loa::BuildOptions {
        root: site.root,
        output,
        drafts: site.drafts,
        future: site.future,
        today: site.today,
        portal: site.portal,
        base_url,
        write,
    };
    let report = loa::build(&opts);
    for d in report.diagnostics.iter() {
        eprintln!("{d}\n");
    }
    let (errors, warnings) = (report.diagnostics.error_count(), report.diagnostics.warning_count());
    let label = messages::t(messages::lang(), "label-error");
    if report.failed() {
        let m = match (write, report.output_changed) {
            (false, _) => msg!("run-failed-check", errors = errors, warnings = warnings),
            (true, false) => msg!("run-failed-build", errors = errors, warnings = warnings),
            (true, true) => msg!("run-failed-build-changed", errors = errors, warnings = warnings),
        };
        eprintln!("{label}: {m}");
        return ExitCode::FAILURE;
    }
    let secs = started.elapsed().as_secs_f64();
    let portals = if report.portals.len() <= 4 {
        report.portals.join(", ")
    } else {
        format!("{}, …", report.portals[..3].join(", "))
    };
    let line = match &report.output {
        Some(out) => {
            let m = if warnings > 0 { Msg::new("run-built-warnings") } else { Msg::new("run-built") };
            m.arg("pages", report.pages)
                .arg("portals", report.portals.len())
                .arg("names", portals)
                .arg("secs", seconds(secs))
                .arg("files", report.files)
                .arg("output", out.display().to_string())
                .arg("warnings", warnings)
        }
        None => msg!("run-checked", pages = report.pages, portals = report.portals.len(), warnings = warnings),
    };
    eprintln!("{line}");
    ExitCode::SUCCESS
}

/// Seconds with two decimals, written with the run's decimal mark.
fn seconds(secs: f64) -> String {
    let s = format!("{secs:.2}");
    if messages::lang() == Lang::Vi { s.replace('.', ",") } else { s }
}

/// `loa publish`: prints what each target received (or, dry, would receive).
fn publish(p: cli::PublishArgs) -> ExitCode {
    let opts = loa::publish::Options {
        root: p.root,
        output: p.output,
        portal: p.portal,
        target: p.target,
        dry_run: p.dry_run,
        trust_host: p.trust_host,
        save_password: p.save_password,
    };
    let report = loa::publish::publish(&opts);
    for o in &report.outcomes {
        eprintln!("{}", loa::publish::summary(o));
    }
    for d in report.diagnostics.iter() {
        eprintln!("{d}\n");
    }
    if report.diagnostics.has_errors() { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
