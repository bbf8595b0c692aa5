//! The site configuration (`loa.yaml` at the site root), read once into an
//! immutable [`Config`]. Unknown keys are errors with a "did you mean".

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::msg;
use crate::{fs, slug, yaml};

pub const FILE_NAME: &str = "loa.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    #[serde(default)]
    description: Option<String>,
    base_url: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    markdown: RawMarkdown,
    /// Where `loa publish` sends the portals (see `publish::target`).
    #[serde(default)]
    publish: Option<crate::publish::target::RawTargets>,
    #[serde(default)]
    limits: RawLimits,
    portals: Vec<RawPortal>,
    #[serde(default, deserialize_with = "crate::yaml::free_form")]
    extra: Option<serde_json::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarkdown {
    #[serde(default)]
    raw_html: bool,
}

/// Limits on what a build reads (`limits:`), so a mistaken file cannot
/// exhaust the machine.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    /// The largest Markdown or YAML file read, in megabytes.
    #[serde(default)]
    file_mb: Option<u64>,
}

/// The default of `limits: { file_mb }`: a long plan is well under 1 MB.
pub const DEFAULT_FILE_MB: u64 = 10;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPortal {
    id: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    base_url: Option<String>,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    logo: Option<String>,
    #[serde(default)]
    accent: Option<String>,
    #[serde(default)]
    contact: Option<Contact>,
    #[serde(default)]
    english: Option<English>,
}

/// A portal's contact block (shown in every page's footer).
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub hours: Option<String>,
}

/// The English page about the organisation and its officials' contacts
/// that Nghị định 42/2022/NĐ-CP asks every state portal for.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct English {
    pub name: String,
    #[serde(default)]
    pub about: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub officials: Vec<Official>,
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Official {
    pub name: String,
    pub position: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The site root: the folder holding `loa.yaml`.
    pub root: PathBuf,
    pub title: String,
    pub description: Option<String>,
    /// Always ends with `/`.
    pub base_url: String,
    pub language: String,
    pub theme: String,
    pub raw_html: bool,
    /// The largest Markdown or YAML file a build reads, in bytes.
    pub max_file_bytes: u64,
    pub portals: Vec<Portal>,
    /// The publishing targets, by name.
    pub publish: Vec<crate::publish::target::Target>,
    pub extra: serde_json::Value,
}

/// One output site.
#[derive(Debug, Clone, Default)]
pub struct Portal {
    pub id: String,
    pub title: String,
    /// Absolute URL of the portal's root, ending with `/`.
    pub base_url: String,
    /// The unit the portal belongs to (a unit id); None shows everything.
    pub unit: Option<String>,
    /// A logo file under `static/`.
    pub logo: Option<String>,
    /// The accent colour (`#rrggbb`).
    pub accent: Option<String>,
    pub contact: Option<Contact>,
    pub english: Option<English>,
}

impl Portal {
    /// The path part of the base URL (`/phuong-phuc-xa/`), for pages such as
    /// 404 that are served at any depth and so cannot use relative links.
    pub fn base_path(&self) -> &str {
        let after_scheme = self.base_url.split_once("://").map_or(self.base_url.as_str(), |(_, r)| r);
        after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
    }
}

impl Config {
    pub fn content_dir(&self) -> PathBuf {
        self.root.join("content")
    }

    pub fn theme_dir(&self) -> PathBuf {
        self.root.join("themes").join(&self.theme)
    }
}

/// Reads and validates `loa.yaml` in `root`.
pub fn load(root: &Path) -> Result<Config, Diagnostics> {
    let path = root.join(FILE_NAME);
    let shown = Path::new(FILE_NAME);
    let bytes = fs::read(&path).map_err(|e| {
        let d = if e.source.kind() == std::io::ErrorKind::NotFound {
            Diagnostic::error(msg!("config-missing", file = FILE_NAME, dir = root.display().to_string()))
                .with_help(msg!("config-missing-help"))
        } else {
            e.diagnostic()
        };
        Diagnostics::from_iter([d])
    })?;
    let src = String::from_utf8(bytes).map_err(|e| {
        Diagnostics::from_iter([crate::content::not_utf8(shown, e.as_bytes(), e.utf8_error().valid_up_to())])
    })?;
    let raw: RawConfig = yaml::from_str(&src).map_err(|e| {
        let mut d = Diagnostic::error(e.message).in_file(shown).at_line_col(&src, e.line, e.col);
        d.help = e.help;
        Diagnostics::from_iter([d])
    })?;
    validate(root, raw, &src)
}

fn validate(root: &Path, raw: RawConfig, src: &str) -> Result<Config, Diagnostics> {
    let at = At { src };
    let mut diags = Diagnostics::new();
    let base_url = normalize_url(&raw.base_url);
    if base_url.is_none() {
        let m = msg!("config-bad-url", url = &raw.base_url);
        diags.push(at.key("base_url", m).with_help(msg!("config-bad-url-help")));
    }
    let base_url = base_url.unwrap_or_default();
    if raw.portals.is_empty() {
        diags.push(at.key("portals", msg!("config-no-portal")).with_help(msg!("config-no-portal-help")));
    }
    for (key, value) in [("theme", &raw.theme), ("language", &raw.language)] {
        if let Some(v) = value.as_deref().filter(|v| !is_plain_name(v)) {
            let example = if key == "theme" { "theme: default" } else { "language: vi" };
            let m = msg!("config-plain-name", key = key, value = v);
            diags.push(at.key(key, m).with_help(msg!("config-plain-name-help", example = example)));
        }
    }
    if raw.limits.file_mb == Some(0) {
        let help = msg!("config-file-mb-help", mb = DEFAULT_FILE_MB);
        diags.push(at.key("file_mb", msg!("config-file-mb")).with_help(help));
    }
    let several = raw.portals.len() > 1;
    let theme = raw.theme.as_deref().unwrap_or("default");
    let mut portals: Vec<Portal> = Vec::new();
    for p in raw.portals {
        let default_url = if several { format!("{base_url}{}/", p.id) } else { base_url.clone() };
        if let Some(p) = portal(p, &portals, default_url, &raw.title, (root, theme), at, &mut diags) {
            portals.push(p);
        }
    }
    let ids: Vec<String> = portals.iter().map(|p| p.id.clone()).collect();
    let mut publish = Vec::new();
    for (name, t) in raw.publish.unwrap_or_default() {
        match crate::publish::target::validate(&name, t, &ids) {
            Ok(t) => publish.push(t),
            Err(p) => {
                // Point at the key's text inside the `publish:` block.
                let block = src.find("\npublish:").unwrap_or(0);
                let offset = src[block..].find(&p.key).map_or(block, |i| block + i);
                let mut d = Diagnostic::error(p.message).in_file(FILE_NAME).at(src, offset);
                if !p.show_line {
                    d.snippet = None;
                }
                diags.push(d.with_help(p.help));
            }
        }
    }
    if diags.has_errors() {
        return Err(diags);
    }
    Ok(Config {
        root: root.to_path_buf(),
        title: raw.title,
        description: raw.description,
        base_url,
        language: raw.language.unwrap_or_else(|| "vi".into()),
        theme: raw.theme.unwrap_or_else(|| "default".into()),
        raw_html: raw.markdown.raw_html,
        max_file_bytes: raw.limits.file_mb.unwrap_or(DEFAULT_FILE_MB).saturating_mul(1024 * 1024),
        portals,
        publish,
        extra: raw.extra.unwrap_or(serde_json::Value::Null),
    })
}

/// Diagnostics placed in `loa.yaml`'s text.
#[derive(Clone, Copy)]
struct At<'a> {
    src: &'a str,
}

impl At<'_> {
    /// An error at `key:` or at `key: value` as written, quoted or not.
    fn key(self, key: &str, message: crate::messages::Msg) -> Diagnostic {
        let src = self.src;
        let offset = match key.split_once(": ") {
            Some((k, v)) => [format!("{k}: {v}"), format!("{k}: \"{v}\""), format!("{k}: '{v}'")]
                .iter()
                .find_map(|p| src.find(p.as_str())),
            None => src.find(&format!("{key}:")),
        }
        .unwrap_or(0);
        Diagnostic::error(message).in_file(FILE_NAME).at(src, offset)
    }
}

/// One portal of `portals:` checked, or `None` (reported) when it cannot be
/// published; `before` are the portals already accepted.
fn portal(
    p: RawPortal,
    before: &[Portal],
    default_url: String,
    site_title: &str,
    (root, theme): (&Path, &str),
    at: At,
    diags: &mut Diagnostics,
) -> Option<Portal> {
    let src = at.src;
    if slug::slugify(&p.id) != p.id {
        let m = msg!("config-portal-id", id = &p.id);
        diags.push(at.key(&format!("id: {}", p.id), m).with_help(msg!("id-example", id = slug::slugify(&p.id))));
        return None;
    }
    if before.iter().any(|q| q.id == p.id) {
        // Point at this portal's id, the second one written, not the first.
        let nth = before.iter().filter(|q| q.id == p.id).count() + 1;
        let offset = [format!("id: {}", p.id), format!("id: \"{}\"", p.id), format!("id: '{}'", p.id)]
            .iter()
            .flat_map(|pat| src.match_indices(pat.as_str()).map(|(i, _)| i).collect::<Vec<_>>())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .nth(nth - 1)
            .unwrap_or(0);
        let d = Diagnostic::error(msg!("config-portal-twice", id = &p.id)).in_file(FILE_NAME).at(src, offset);
        diags.push(d.with_help(msg!("config-portal-twice-help")));
        return None;
    }
    let base_url = match &p.base_url {
        Some(u) => match normalize_url(u) {
            Some(u) => u,
            None => {
                let d = at.key(&format!("base_url: {u}"), msg!("config-bad-url", url = u));
                diags.push(d.with_help(msg!("config-portal-url-help")));
                return None;
            }
        },
        None => default_url,
    };
    if let Some(logo) = &p.logo
        && let Some(d) = logo_problem(root, theme, logo)
    {
        // At the value as written (it may be quoted).
        let offset = src.find(logo.as_str()).unwrap_or(0);
        diags.push(d.in_file(FILE_NAME).at(src, offset));
    }
    if let Some(a) = &p.accent
        && !(a.len() == 7 && a.starts_with('#') && a[1..].chars().all(|c| c.is_ascii_hexdigit()))
    {
        let d = at.key(&format!("accent: {a}"), msg!("config-bad-accent", accent = a));
        diags.push(d.with_help(msg!("config-bad-accent-help")));
        return None;
    }
    Some(Portal {
        title: p.title.unwrap_or_else(|| site_title.to_string()),
        id: p.id,
        base_url,
        unit: p.unit,
        logo: p.logo,
        accent: p.accent,
        contact: p.contact,
        english: p.english,
    })
}

/// What is wrong with a portal's `logo:`: it must be a file of the site's
/// or the theme's `static/` folder, named by a path inside it.
fn logo_problem(root: &Path, theme: &str, logo: &str) -> Option<Diagnostic> {
    let local = !logo.contains("://")
        && !logo.starts_with('/')
        && !logo.contains('\\')
        && !logo.split('/').any(|s| s == ".." || s == "." || s.is_empty())
        && !logo.contains(':');
    if !local {
        return Some(Diagnostic::error(msg!("config-logo-not-local", logo = logo)).with_help(msg!("config-logo-help")));
    }
    let found = [root.join("static"), root.join("themes").join(theme).join("static")]
        .iter()
        .any(|dir| dir.join(logo).is_file())
        || (crate::theme::resolve_in(root, theme) == crate::theme::Theme::Builtin
            && crate::theme::builtin_file(&format!("static/{logo}")).is_some());
    (!found).then(|| Diagnostic::error(msg!("config-logo-missing", logo = logo)).with_help(msg!("config-logo-help")))
}

/// A theme or language name: a single folder or file name inside the site
/// (`default`, `vi`), never a path that could lead outside it.
fn is_plain_name(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `https://host/path` with a trailing slash, or None if not absolute http(s).
pub fn normalize_url(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    if rest.is_empty() || rest.starts_with('/') || url.contains(char::is_whitespace) {
        return None;
    }
    Some(if url.ends_with('/') { url.to_string() } else { format!("{url}/") })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Result<Config, Diagnostics> {
        let raw: RawConfig = yaml::from_str(src).map_err(|e| Diagnostics::from_iter([Diagnostic::error(e.message)]))?;
        validate(Path::new("/site"), raw, src)
    }

    #[test]
    fn one_portal_takes_the_site_url_several_get_sub_paths() {
        let c = parse("title: T\nbase_url: https://a.vn\nportals:\n  - id: ba-dinh\n").unwrap();
        assert_eq!(c.portals[0].base_url, "https://a.vn/");
        assert_eq!(c.portals[0].base_path(), "/");
        let c =
            parse("title: T\nbase_url: https://a.vn/x/\nportals:\n  - id: a\n  - id: b\n    base_url: https://b.vn/\n")
                .unwrap();
        assert_eq!(c.portals[0].base_url, "https://a.vn/x/a/");
        assert_eq!(c.portals[0].base_path(), "/x/a/");
        assert_eq!(c.portals[1].base_url, "https://b.vn/");
    }

    #[test]
    fn rejects_bad_urls_ids_and_duplicates() {
        let e = parse("title: T\nbase_url: a.vn\nportals:\n  - id: Ba Dinh\n  - id: x\n  - id: x\n").unwrap_err();
        let msgs: Vec<_> = e.iter().map(|d| d.message.id().unwrap_or_default()).collect();
        assert_eq!(msgs.len(), 3, "{msgs:?}");
        assert_eq!(msgs, ["config-bad-url", "config-portal-id", "config-portal-twice"]);
        // The duplicate is pointed at, not the first portal with that id.
        assert_eq!(e.iter().last().map(|d| d.line), Some(6));
    }

    #[test]
    fn theme_and_language_cannot_be_paths() {
        for bad in ["theme: ../../etc", "theme: /etc", "language: ../../../../etc/passwd", "theme: a/b", "language: ''"]
        {
            let e = parse(&format!("title: T\nbase_url: https://a.vn\n{bad}\nportals:\n  - id: a\n")).unwrap_err();
            let ids: Vec<_> = e.iter().map(|d| d.message.id()).collect();
            assert!(ids.contains(&Some("config-plain-name")), "{bad}: {ids:?}");
        }
        let c =
            parse("title: T\nbase_url: https://a.vn\ntheme: my_theme-2\nlanguage: en\nportals:\n  - id: a\n").unwrap();
        assert_eq!((c.theme.as_str(), c.language.as_str()), ("my_theme-2", "en"));
        assert_eq!(c.max_file_bytes, DEFAULT_FILE_MB * 1024 * 1024);
    }

    #[test]
    fn a_logo_is_a_file_of_the_site() {
        let d = std::env::temp_dir().join(format!("loa-config-logo-{}", std::process::id()));
        std::fs::create_dir_all(d.join("static/anh")).unwrap();
        std::fs::write(d.join("static/anh/logo.svg"), "<svg/>").unwrap();
        assert!(logo_problem(&d, "default", "anh/logo.svg").is_none());
        for (logo, id) in [
            ("https://x.vn/logo.png", "config-logo-not-local"),
            ("javascript:alert(1)", "config-logo-not-local"),
            ("../loa.yaml", "config-logo-not-local"),
            ("/etc/passwd", "config-logo-not-local"),
            ("logo.png", "config-logo-missing"),
        ] {
            assert_eq!(logo_problem(&d, "default", logo).map(|e| e.message.id()), Some(Some(id)), "{logo}");
        }
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let raw = yaml::from_str::<RawConfig>("title: T\nbaseurl: x\nportals: []\n").unwrap_err();
        assert_eq!(raw.help.map(|h| h.text(crate::messages::Lang::En)).as_deref(), Some("did you mean `base_url`?"));
    }
}
