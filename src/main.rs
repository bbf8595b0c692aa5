//! The `loa` command: parses arguments, calls one library function, prints
//! the diagnostics and sets the exit status.

mod cli;

use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

/// mimalloc instead of glibc's allocator: a build allocates and frees many
/// strings from several threads at once, where glibc spends a fifth of the
/// build's CPU time (see the README's Performance).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let started = Instant::now();
    let (site, output, base_url, write) = match args.command {
        cli::Command::Build(b) => (b.site, b.output, b.base_url, true),
        cli::Command::Check(s) => (s, None, None, false),
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
    if report.failed() {
        let nothing = if write { "; the published folder was not changed" } else { "" };
        eprintln!(
            "error: {} found {errors} error(s) and {warnings} warning(s){nothing}",
            if write { "the build" } else { "the check" }
        );
        return ExitCode::FAILURE;
    }
    let secs = started.elapsed().as_secs_f64();
    let portals = if report.portals.len() <= 4 {
        report.portals.join(", ")
    } else {
        format!("{}, …", report.portals[..3].join(", "))
    };
    match &report.output {
        Some(out) => eprintln!(
            "built {} page(s) for {} portal(s) [{portals}] in {secs:.2} s: {} files in {}{}",
            report.pages,
            report.portals.len(),
            report.files,
            out.display(),
            if warnings > 0 { format!(" ({warnings} warning(s))") } else { String::new() }
        ),
        None => eprintln!(
            "checked {} page(s) for {} portal(s): no errors, {warnings} warning(s)",
            report.pages,
            report.portals.len()
        ),
    }
    ExitCode::SUCCESS
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
