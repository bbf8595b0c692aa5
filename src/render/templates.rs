//! Templates: the theme's Tera templates, overridden file by file by the
//! site's own `templates/` folder, and Tera's errors turned into diagnostics
//! that name the template file, its line, and the page being rendered.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::is_ignored;
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::fs;
use crate::msg;
use crate::theme::Theme;

/// The templates every theme must have.
pub const REQUIRED: &[&str] = &["page.html", "section.html"];

/// The parsed templates, and where each came from (for messages).
pub struct Templates {
    pub tera: tera::Tera,
    /// Template name → (file as shown to the user, source text).
    sources: Vec<(String, PathBuf, String)>,
}

impl Templates {
    pub fn has(&self, name: &str) -> bool {
        self.sources.iter().any(|(n, _, _)| n == name)
    }

    /// Whether any template's source contains `text` (a variable name):
    /// what no template uses need not be computed.
    pub fn mentions(&self, text: &str) -> bool {
        self.sources.iter().any(|(_, _, source)| source.contains(text))
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.sources.iter().map(|(n, _, _)| n.as_str())
    }

    /// Turns a Tera error into a diagnostic located in the template, with
    /// the page being rendered named in the help line.
    pub fn error(&self, e: &tera::Error, rendering: impl Into<crate::messages::Arg>) -> Diagnostic {
        let rendering = rendering.into();
        let mut d = self.locate(e);
        d.help = Some(match d.help.take() {
            Some(h) => msg!("template-help-rendering", help = h, page = rendering).into(),
            None => msg!("template-rendering", page = rendering).into(),
        });
        d
    }

    fn locate(&self, e: &tera::Error) -> Diagnostic {
        match e.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
                match self.sources.iter().find(|(n, _, _)| n == r.filename()) {
                    Some((_, shown, src)) => Diagnostic::error(msg!("template-error", detail = r.message()))
                        .in_file(shown)
                        .at_line_col(src, r.span().start_line, r.span().start_col + 1)
                        .with_help(msg!("template-error-help")),
                    None => Diagnostic::error(msg!("template-error-in", detail = r.message(), template = r.filename()))
                        .with_help(msg!("template-error-in-help")),
                }
            }
            tera::ErrorKind::TemplateNotFound(name) => self.not_found(name),
            tera::ErrorKind::MissingParent { current, parent } => {
                let mut d = self.not_found(parent);
                d.message = msg!("template-missing-parent", template = current, parent = parent).into();
                d
            }
            _ => {
                // Chained errors (e.g. from a filter) carry the useful text in their source.
                let mut text = e.to_string();
                let mut source = std::error::Error::source(e);
                while let Some(s) = source {
                    text = format!("{text}: {s}");
                    source = s.source();
                }
                Diagnostic::error(msg!("template-error", detail = text))
            }
        }
    }

    /// The diagnostic for a template name that does not exist.
    pub fn not_found(&self, name: &str) -> Diagnostic {
        let help = match did_you_mean(name, self.names()) {
            Some(n) => msg!("did-you-mean", name = n),
            None => msg!("template-list", list = self.names().collect::<Vec<_>>().join(", ")),
        };
        Diagnostic::error(msg!("template-not-found", name = name)).with_help(help)
    }
}

/// Loads the theme's templates then the site's overrides.
pub fn load(config: &Config) -> Result<Templates, Diagnostics> {
    let mut diags = Diagnostics::new();
    let theme = crate::theme::resolve(config);
    if theme == Theme::Missing {
        let themes_dir = config.root.join("themes");
        let mut available: Vec<String> = std::fs::read_dir(&themes_dir)
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        available.push(crate::theme::BUILTIN_NAME.to_string());
        let help = match did_you_mean(&config.theme, available.iter().map(String::as_str)) {
            Some(t) => msg!("did-you-mean", name = format!("theme: {t}")),
            None => msg!("theme-list", list = available.join(", ")),
        };
        diags.push(
            Diagnostic::error(msg!("theme-not-found", theme = &config.theme))
                .in_file(crate::config::FILE_NAME)
                .with_help(help),
        );
        return Err(diags);
    }
    let mut sources: Vec<(String, PathBuf, String)> = Vec::new();
    let shown_theme = PathBuf::from("themes").join(&config.theme).join("templates");
    if theme == Theme::Builtin {
        for (name, bytes) in crate::theme::builtin_files("templates") {
            let text = String::from_utf8_lossy(bytes).into_owned();
            sources.push((name.clone(), shown_theme.join(&name), text));
        }
    }
    let mut dirs = vec![(config.root.join("templates"), PathBuf::from("templates"))];
    if let Theme::Folder(dir) = &theme {
        dirs.insert(0, (dir.join("templates"), shown_theme));
    }
    for (dir, shown) in dirs {
        for (name, abs) in list(&dir) {
            let shown = shown.join(&name);
            match fs::read(&abs).map(String::from_utf8) {
                Ok(Ok(text)) => {
                    sources.retain(|(n, _, _)| *n != name);
                    sources.push((name, shown, text));
                }
                Ok(Err(e)) => diags.push(crate::content::not_utf8(&shown, e.as_bytes(), e.utf8_error().valid_up_to())),
                Err(e) => diags.push(e.diagnostic().in_file(&shown)),
            }
        }
    }
    let mut tera = tera::Tera::new();
    // `{{ url | qr }}`: the SVG QR code of an address, for printed notices.
    tera.register_filter("qr", |url: &str, _: tera::Kwargs, _: &tera::State| {
        tera::Value::safe_string(&crate::render::artifacts::qr::filter(url))
    });
    let mut templates = Templates { tera: tera::Tera::new(), sources: vec![] };
    templates.sources = sources;
    // Tera's errors name the template file they are about.
    let batch = templates.sources.iter().map(|(n, _, t)| (n.as_str(), t.as_str()));
    if let Err(e) = tera.add_raw_templates(batch) {
        diags.push(templates.locate(&e));
    }
    for name in REQUIRED {
        if !templates.has(name) {
            diags.push(
                Diagnostic::error(msg!("template-required", name = *name))
                    .in_file(PathBuf::from("themes").join(&config.theme).join("templates"))
                    .with_help(msg!("template-required-help", name = *name)),
            );
        }
    }
    if diags.has_errors() {
        return Err(diags);
    }
    let strings = load_strings(config, &mut diags);
    if diags.has_errors() {
        return Err(diags);
    }
    tera.global_context().insert("t", &strings);
    // Pages without plan data show no "illustrative figures" notice.
    tera.global_context().insert("illustrative", &false);
    templates.tera = tera;
    Ok(templates)
}

/// The interface strings (`t.…` in templates) for the site's language:
/// the theme's `i18n/<language>.yaml`, overridden key by key by the site's.
fn load_strings(config: &Config, diags: &mut Diagnostics) -> std::collections::BTreeMap<String, String> {
    let mut strings = std::collections::BTreeMap::new();
    let file = format!("{}.yaml", config.language);
    let theme_shown = PathBuf::from("themes").join(&config.theme).join("i18n").join(&file);
    let builtin = match crate::theme::resolve(config) {
        Theme::Builtin => crate::theme::builtin_file(&format!("i18n/{file}")),
        _ => None,
    };
    let on_disk = [
        (config.theme_dir().join("i18n").join(&file), theme_shown.clone()),
        (config.root.join("i18n").join(&file), PathBuf::from("i18n").join(&file)),
    ];
    let layers = builtin
        .map(|b| (b.to_vec(), theme_shown))
        .into_iter()
        .chain(on_disk.into_iter().filter_map(|(abs, shown)| Some((fs::read(&abs).ok()?, shown))));
    for (bytes, shown) in layers {
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                diags.push(crate::content::not_utf8(&shown, e.as_bytes(), e.utf8_error().valid_up_to()));
                continue;
            }
        };
        match crate::yaml::from_str::<std::collections::BTreeMap<String, String>>(&text) {
            Ok(m) => strings.extend(m),
            Err(e) => {
                let mut d = Diagnostic::error(e.message).in_file(&shown).at_line_col(&text, e.line, e.col);
                d.help = e.help;
                diags.push(d);
            }
        }
    }
    strings
}

/// Template files under `dir`, as (name with `/`, absolute path), sorted.
fn list(dir: &Path) -> Vec<(String, PathBuf)> {
    if !dir.is_dir() {
        return vec![];
    }
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()))
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
            let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            (name, e.into_path())
        })
        .collect()
}
