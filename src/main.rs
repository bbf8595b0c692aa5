//! The `loa` command: parses arguments, calls one library function, prints
//! the diagnostics and sets the exit status.

mod cli;

use std::process::ExitCode;
use std::time::Instant;

use loa::messages::{self, Lang, Msg};
use loa::msg;

/// mimalloc instead of glibc's allocator: a build allocates and frees many
/// strings from several threads at once, where glibc spends a fifth of the
/// build's CPU time (see the README's Performance).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `purge_delay` option (the same number in its v2 and v3).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Serve runs for hours and renders in bursts (its start, a template
/// edit): memory a burst freed goes back to the system at once instead of
/// 10 ms later (mimalloc's default, kept by a build, which ends at once),
/// so serve's footprint stays near what it holds: its peak at 10,000 pages
/// fell from 287 to 252 MiB (README, `loa serve`).
fn return_memory_promptly() {
    // SAFETY: sets one of mimalloc's integer options; any value is valid.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
}

/// `loa serve`: runs until stopped; fails only when it cannot start.
fn serve(s: cli::ServeArgs) -> ExitCode {
    return_memory_promptly();
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
    // Messages (and the help of --help) in Vietnamese unless `--lang en` or
    // LOA_LANG=en says otherwise.
    let asked = cli::asked_lang();
    let args = cli::parse(asked.as_deref().and_then(Lang::parse).unwrap_or_default());
    let started = Instant::now();
    if let Some(l) = asked {
        match Lang::parse(&l) {
            Some(lang) => messages::set_lang(lang),
            None => {
                eprintln!("{}: {}", messages::t(Lang::Vi, "label-error"), msg!("lang-unknown", lang = l));
                eprintln!("  {}: {}", messages::t(Lang::Vi, "label-help"), msg!("lang-unknown-help"));
                return ExitCode::from(2);
            }
        }
    }
    let (site, output, base_url, write) = match args.command {
        cli::Command::Build(b) => (b.site, b.output, b.base_url, true),
        cli::Command::Check(c) => return check(c),
        cli::Command::Serve(s) => return serve(s),
        cli::Command::Publish(p) => return publish(p),
        cli::Command::Init(i) => return init(i),
        cli::Command::New(n) => return new(n),
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
    notes(&report.left_out);
    ExitCode::SUCCESS
}

/// A note for each page the build left out, saying why and what to do.
fn notes(left_out: &[(String, Msg)]) {
    let label = messages::t(messages::lang(), "label-note");
    for (path, why) in left_out {
        let how = if why.id == "page-left-out-draft" { "note-left-out-draft-how" } else { "note-left-out-future-how" };
        eprintln!(
            "{label}: {}",
            msg!("note-left-out", path = path.as_str(), reason = why.clone(), how = Msg::new(how))
        );
    }
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

/// `loa init DIR`.
fn init(i: cli::InitArgs) -> ExitCode {
    let today = i.today.unwrap_or_else(loa::date::Date::today);
    match loa::scaffold::init::init(&i.dir, today) {
        Ok(files) => {
            eprintln!("{}", msg!("init-done", dir = i.dir.display().to_string(), files = files.len()));
            ExitCode::SUCCESS
        }
        Err(d) => {
            eprintln!("{d}");
            ExitCode::FAILURE
        }
    }
}

/// `loa check`: the problems as text (like `build`) or as JSON on stdout.
fn check(c: cli::CheckArgs) -> ExitCode {
    let opts = loa::BuildOptions {
        root: c.site.root,
        output: None,
        drafts: c.site.drafts,
        future: c.site.future,
        today: c.site.today,
        portal: c.site.portal,
        base_url: None,
        write: false,
    };
    let report = loa::check::check(&opts);
    if c.format == cli::Format::Json {
        println!("{}", loa::check::json::render(&report.diagnostics, messages::lang()));
        return if report.failed() { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    }
    for d in report.diagnostics.iter() {
        eprintln!("{d}\n");
    }
    let (errors, warnings) = (report.diagnostics.error_count(), report.diagnostics.warning_count());
    if report.failed() {
        let label = messages::t(messages::lang(), "label-error");
        eprintln!("{label}: {}", msg!("run-failed-check", errors = errors, warnings = warnings));
        return ExitCode::FAILURE;
    }
    eprintln!("{}", msg!("run-checked", pages = report.pages, portals = report.portals.len(), warnings = warnings));
    notes(&report.left_out);
    ExitCode::SUCCESS
}

/// `loa new KIND "Title"`.
fn new(n: cli::NewArgs) -> ExitCode {
    let kind = match n.kind {
        cli::NewKind::Plan => loa::scaffold::new::Kind::Plan,
        cli::NewKind::Report => loa::scaffold::new::Kind::Report,
        cli::NewKind::Article => loa::scaffold::new::Kind::Article,
        cli::NewKind::Unit => loa::scaffold::new::Kind::Unit,
        cli::NewKind::Indicator => loa::scaffold::new::Kind::Indicator,
    };
    let req = loa::scaffold::new::Request {
        kind,
        title: n.title,
        plan: n.plan,
        period: n.period,
        today: n.today.unwrap_or_else(loa::date::Date::today),
    };
    match loa::scaffold::new::new(&n.root, &req) {
        Ok(done) => {
            for d in done {
                let m = if d.added { msg!("new-added", file = d.file) } else { msg!("new-done", file = d.file) };
                eprintln!("{m}");
            }
            ExitCode::SUCCESS
        }
        Err(ds) => {
            for d in ds.iter() {
                eprintln!("{d}\n");
            }
            ExitCode::FAILURE
        }
    }
}
