//! Command-line arguments: one struct per subcommand (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

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
    /// Check the content (everything build validates) without writing anything
    Check(SiteArgs),
    /// Preview the site at http://127.0.0.1:8000/, rebuilt and reloaded on every edit
    Serve(ServeArgs),
    /// Send the built portals to their hosting (the `publish:` targets in loa.yaml), only what changed
    Publish(PublishArgs),
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
    loa::date::Date::parse(s).map_err(|_| loa::date::help_for(s))
}
