//! Command-line arguments: one struct per subcommand (clap derive), with
//! the help texts taken from the message catalogue in the language asked
//! for (`--lang`, else LOA_LANG, else Vietnamese).

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use loa::messages::{self, Lang};

/// The catalogue message of each command's and argument's help:
/// (subcommand, argument id, message id); "" is the whole program, or the
/// command itself. A command or argument not listed keeps the help written
/// below (in English).
const HELP: &[(&str, &str, &str)] = &[
    ("", "", "cli-about"),
    ("", "lang", "cli-lang"),
    ("build", "", "cli-build"),
    ("check", "", "cli-check"),
    ("serve", "", "cli-serve"),
    ("publish", "", "cli-publish"),
    ("build", "output", "cli-output"),
    ("build", "base_url", "cli-base-url"),
    ("serve", "port", "cli-port"),
    ("serve", "bind", "cli-bind"),
    ("serve", "open", "cli-open"),
    ("serve", "write", "cli-write"),
    ("serve", "output", "cli-output-serve"),
    ("publish", "output", "cli-output-publish"),
    ("publish", "target", "cli-target"),
    ("publish", "dry_run", "cli-dry-run"),
    ("publish", "trust_host", "cli-trust-host"),
    ("publish", "save_password", "cli-save-password"),
    ("init", "", "cli-init"),
    ("new", "", "cli-new"),
    ("check", "format", "cli-format"),
    ("init", "dir", "cli-init-dir"),
    ("new", "kind", "cli-new-kind"),
    ("new", "title", "cli-new-title"),
    ("new", "plan", "cli-new-plan"),
    ("new", "period", "cli-new-period"),
    ("*", "root", "cli-root"),
    ("*", "drafts", "cli-drafts"),
    ("*", "future", "cli-future"),
    ("*", "today", "cli-today"),
    ("*", "portal", "cli-portal"),
];

/// The language asked for on the command line or in LOA_LANG, read before
/// the arguments are parsed (the help depends on it).
pub fn asked_lang() -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    let from_args = args.iter().enumerate().find_map(|(i, a)| match a.strip_prefix("--lang") {
        Some("") => args.get(i + 1).cloned(),
        Some(v) => v.strip_prefix('=').map(str::to_string),
        None => None,
    });
    from_args.or_else(|| std::env::var("LOA_LANG").ok().filter(|l| !l.is_empty()))
}

/// The command line with its help in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = Cli::command();
    for &(sub, arg, id) in HELP {
        let text = messages::t(lang, id);
        let subs: Vec<String> = match sub {
            "" => vec![String::new()],
            "*" => cmd.get_subcommands().map(|s| s.get_name().to_string()).collect(),
            s => vec![s.to_string()],
        };
        for sub in subs {
            cmd = localise(cmd, &sub, arg, text.clone());
        }
    }
    cmd
}

/// Sets one help text, when that command and argument exist.
fn localise(cmd: clap::Command, sub: &str, arg: &str, text: String) -> clap::Command {
    let has_arg = |c: &clap::Command| c.get_arguments().any(|a| a.get_id() == arg);
    match (sub, arg) {
        ("", "") => cmd.about(text),
        ("", a) if has_arg(&cmd) => cmd.mut_arg(a, |x| x.help(text)),
        (s, _) if cmd.find_subcommand(s).is_none() => cmd,
        (s, "") => cmd.mut_subcommand(s, |c| c.about(text)),
        (s, a) if cmd.find_subcommand(s).is_some_and(has_arg) => {
            cmd.mut_subcommand(s, |c| c.mut_arg(a, |x| x.help(text)))
        }
        _ => cmd,
    }
}

/// Parses the command line; `--help` is shown in `lang`.
pub fn parse(lang: Lang) -> Cli {
    let matches = command(lang).get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

#[derive(Debug, Parser)]
#[command(
    name = "loa",
    version,
    about = "Build information portals for Vietnamese local government from Markdown and YAML"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Language of messages: vi (default) or en; also LOA_LANG
    #[arg(long, global = true)]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build every portal into public/<portal>/
    Build(BuildArgs),
    /// Check the content (everything build validates, links, anchors, files, unused data) without writing anything
    Check(CheckArgs),
    /// Preview the site at http://127.0.0.1:8000/, rebuilt and reloaded on every edit
    Serve(ServeArgs),
    /// Send the built portals to their hosting (the `publish:` targets in loa.yaml), only what changed
    Publish(PublishArgs),
    /// Make a new site in a folder: one example of each kind, ready to build
    Init(InitArgs),
    /// Add a plan, report, article, unit or indicator, with every field explained
    New(NewArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// How to print the problems: text (default) or json (for other tools)
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder of the new site (created if missing; must be empty)
    pub dir: PathBuf,
    /// Treat this date (YYYY-MM-DD) as today
    #[arg(long, value_parser = parse_date)]
    pub today: Option<loa::date::Date>,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// What to add
    #[arg(value_enum)]
    pub kind: NewKind,
    /// Its title (a unit's or an indicator's name); a report's is made from its plan and period when left out
    pub title: Option<String>,
    /// The site folder (holding loa.yaml); the current folder by default
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// For a report, an indicator: the plan's number (e.g. 01/KH-UBND)
    #[arg(long)]
    pub plan: Option<String>,
    /// For a report: the period (2026-Q3, 2026-10, 2026-H1, 2026)
    #[arg(long)]
    pub period: Option<String>,
    /// Treat this date (YYYY-MM-DD) as today
    #[arg(long, value_parser = parse_date)]
    pub today: Option<loa::date::Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NewKind {
    Plan,
    Report,
    Article,
    Unit,
    Indicator,
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// The site folder (holding loa.yaml); the current folder by default
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Where the site was built (default: public/ in the site folder)
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Only this portal
    #[arg(long)]
    pub portal: Option<String>,
    /// Only this target (a name under `publish:` in loa.yaml)
    #[arg(long)]
    pub target: Option<String>,
    /// List what would be sent and deleted; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Trust an SSH host whose key has this fingerprint (SHA256:…), after checking it with the hosting provider
    #[arg(long, value_name = "FINGERPRINT")]
    pub trust_host: Option<String>,
    /// Ask for the password of each target and save it in the system keyring (nothing is published)
    #[arg(long)]
    pub save_password: bool,
}

#[derive(Debug, Args)]
pub struct SiteArgs {
    /// The site folder (holding loa.yaml); the current folder by default
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Include pages marked draft: true
    #[arg(long)]
    pub drafts: bool,
    /// Include pages dated in the future
    #[arg(long)]
    pub future: bool,
    /// Treat this date (YYYY-MM-DD) as today, for reproducible builds
    #[arg(long, value_parser = parse_date)]
    pub today: Option<loa::date::Date>,
    /// Only this portal
    #[arg(long)]
    pub portal: Option<String>,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Output folder (default: public/ in the site folder)
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Publish at this address instead of the configured base URL (a preview)
    #[arg(long)]
    pub base_url: Option<String>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// The port to listen on (0: any free port)
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// The address to listen on; anything but 127.0.0.1 lets other computers see the site
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Open the site in the web browser
    #[arg(long)]
    pub open: bool,
    /// Also write each good build into the output folder
    #[arg(long)]
    pub write: bool,
    /// Output folder for --write (default: public/ in the site folder)
    #[arg(long)]
    pub output: Option<PathBuf>,
}

fn parse_date(s: &str) -> Result<loa::date::Date, String> {
    loa::date::Date::parse(s).map_err(|_| loa::date::help_for(s).to_string())
}
