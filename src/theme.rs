//! Where the theme comes from: the site's own `themes/<name>/` folder when it
//! has one, else — for the theme `default` — the built-in copy of the
//! repository's themes/default/, compiled into the binary (`include_dir!`),
//! so the one `loa` file is all a staff member needs. A site's `templates/`,
//! `static/` and `i18n/` override either of them file by file.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::config::Config;

/// The theme built into the binary.
pub const BUILTIN_NAME: &str = "default";

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// A site's theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Theme {
    /// The folder `themes/<name>/` of the site: the whole theme.
    Folder(PathBuf),
    /// The built-in default theme (the site has no `themes/default/`).
    Builtin,
    /// Neither: the name is unknown.
    Missing,
}

/// The theme `config` names.
pub fn resolve(config: &Config) -> Theme {
    resolve_in(&config.root, &config.theme)
}

/// The theme named `name` for the site in `root`.
pub fn resolve_in(root: &Path, name: &str) -> Theme {
    let dir = root.join("themes").join(name);
    if dir.is_dir() {
        Theme::Folder(dir)
    } else if name == BUILTIN_NAME {
        Theme::Builtin
    } else {
        Theme::Missing
    }
}

/// The built-in theme's files under `sub` (`templates`, `static`, `i18n`),
/// as (path inside `sub` with `/`, bytes), sorted by path.
pub fn builtin_files(sub: &str) -> Vec<(String, &'static [u8])> {
    let mut out = Vec::new();
    if let Some(dir) = BUILTIN.get_dir(sub) {
        collect(dir, Path::new(sub), &mut out);
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn collect(dir: &'static Dir<'static>, base: &Path, out: &mut Vec<(String, &'static [u8])>) {
    for f in dir.files() {
        let rel = f.path().strip_prefix(base).unwrap_or(f.path());
        let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        if !crate::content::is_ignored(name.rsplit('/').next().unwrap_or_default()) {
            out.push((name, f.contents()));
        }
    }
    for d in dir.dirs() {
        collect(d, base, out);
    }
}

/// One file of the built-in theme (`static/logo.svg`), if it has it.
pub fn builtin_file(path: &str) -> Option<&'static [u8]> {
    BUILTIN.get_file(path).map(|f| f.contents())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_has_the_required_templates_strings_and_style() {
        let names: Vec<String> = builtin_files("templates").into_iter().map(|(n, _)| n).collect();
        for required in crate::render::templates::REQUIRED {
            assert!(names.iter().any(|n| n == required), "{required} missing from {names:?}");
        }
        assert!(names.iter().any(|n| n == "partials/list.html"), "{names:?}");
        assert!(builtin_file("i18n/vi.yaml").is_some());
        assert!(builtin_files("static").iter().any(|(n, _)| n == "style.css"));
    }
}
