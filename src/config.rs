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
    portals: Vec<RawPortal>,
    #[serde(default)]
    extra: Option<serde_json::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarkdown {
    #[serde(default)]
    raw_html: bool,
}

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
    pub portals: Vec<Portal>,
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
            Diagnostic::error(e.to_string())
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
    let mut diags = Diagnostics::new();
    let at_key = |key: &str| {
        let offset = src.find(&format!("{key}:")).unwrap_or(0);
        Diagnostic::error("").in_file(FILE_NAME).at(src, offset)
    };
    let base_url = normalize_url(&raw.base_url);
    if base_url.is_none() {
        let mut d = at_key("base_url");
        d.message = msg!("config-bad-url", url = &raw.base_url).into();
        diags.push(d.with_help(msg!("config-bad-url-help")));
    }
    let base_url = base_url.unwrap_or_default();
    if raw.portals.is_empty() {
        let mut d = at_key("portals");
        d.message = msg!("config-no-portal").into();
        diags.push(d.with_help(msg!("config-no-portal-help")));
    }
    let several = raw.portals.len() > 1;
    let mut portals: Vec<Portal> = Vec::new();
    for p in raw.portals {
        if slug::slugify(&p.id) != p.id {
            let mut d = at_key(&format!("id: {}", p.id));
            d.message = msg!("config-portal-id", id = &p.id).into();
            diags.push(d.with_help(msg!("id-example", id = slug::slugify(&p.id))));
            continue;
        }
        if portals.iter().any(|q| q.id == p.id) {
            let mut d = at_key(&format!("id: {}", p.id));
            d.message = msg!("config-portal-twice", id = &p.id).into();
            diags.push(d.with_help(msg!("config-portal-twice-help")));
            continue;
        }
        let portal_url = match &p.base_url {
            Some(u) => match normalize_url(u) {
                Some(u) => u,
                None => {
                    let mut d = at_key(&format!("base_url: {u}"));
                    d.message = msg!("config-bad-url", url = u).into();
                    diags.push(d.with_help(msg!("config-portal-url-help")));
                    continue;
                }
            },
            None if several => format!("{base_url}{}/", p.id),
            None => base_url.clone(),
        };
        if let Some(a) = &p.accent
            && !(a.len() == 7 && a.starts_with('#') && a[1..].chars().all(|c| c.is_ascii_hexdigit()))
        {
            let mut d = at_key(&format!("accent: {a}"));
            d.message = msg!("config-bad-accent", accent = a).into();
            diags.push(d.with_help(msg!("config-bad-accent-help")));
            continue;
        }
        portals.push(Portal {
            title: p.title.unwrap_or_else(|| raw.title.clone()),
            id: p.id,
            base_url: portal_url,
            unit: p.unit,
            logo: p.logo,
            accent: p.accent,
            contact: p.contact,
            english: p.english,
        });
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
        portals,
        extra: raw.extra.unwrap_or(serde_json::Value::Null),
    })
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
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let raw = yaml::from_str::<RawConfig>("title: T\nbaseurl: x\nportals: []\n").unwrap_err();
        assert_eq!(raw.help.map(|h| h.text(crate::messages::Lang::En)).as_deref(), Some("did you mean `base_url`?"));
    }
}
