//! A check-only pass: YAML data nothing uses. A body or department
//! (`kind` ubnd, phong-ban, dang, doan-the…, not a territory) that no plan,
//! report, portal, document issuer or other unit names is most often a
//! mistyped id written twice (`van-phong-ubnd` beside `vp-ubnd`) or one left
//! from an old plan. Territories (wards, tổ dân phố…) stand for themselves
//! (each has its page and counts in the breakdowns), so they are never
//! called unused.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::msg;

/// One warning per unused body, at its `id:` in its `don-vi.yaml`.
pub fn unused_units(site: &Site, config: &Config) -> Vec<Diagnostic> {
    let mut used: HashSet<usize> = HashSet::new();
    for plan in &site.plans {
        used.insert(plan.area);
        for r in &plan.reporting {
            used.insert(r.by);
            used.extend(r.to);
        }
        for t in &plan.tasks {
            used.extend(t.lead.iter().chain(&t.support).copied());
        }
    }
    for r in &site.reports {
        used.insert(r.unit);
        used.extend(r.values.iter().flat_map(|v| v.units.iter().map(|u| u.unit)));
    }
    used.extend(site.issuer_unit.values().copied());
    for (i, u) in site.units.iter().enumerate() {
        if config.portals.iter().any(|p| p.unit.as_deref() == Some(u.id.as_str())) {
            used.insert(i);
        }
        used.extend(u.parent);
        used.extend(u.successors.iter().map(|s| s.unit));
        if !u.successors.is_empty() || !u.predecessors.is_empty() {
            used.insert(i);
        }
    }
    let files = unit_files(&config.content_dir());
    let mut out = Vec::new();
    for (i, u) in site.units.iter().enumerate() {
        if used.contains(&i) || u.is_territory() || u.uncertain {
            continue;
        }
        let d = Diagnostic::warning(msg!("check-unit-unused", id = u.id.as_str(), name = u.name.as_str()))
            .with_help(msg!("check-unit-unused-help"));
        out.push(locate(d, &config.root, &files, &u.id));
    }
    out
}

/// The diagnostic at the line `id: "<id>"` of the don-vi.yaml holding it.
fn locate(d: Diagnostic, root: &Path, files: &[PathBuf], id: &str) -> Diagnostic {
    for f in files {
        let Ok(text) = std::fs::read_to_string(f) else { continue };
        let found = [format!("id: \"{id}\""), format!("id: '{id}'"), format!("id: {id}\n"), format!("id: {id} ")]
            .iter()
            .find_map(|p| text.find(p.as_str()));
        if let Some(at) = found {
            return d.in_file(f.strip_prefix(root).unwrap_or(f)).at(&text, at);
        }
    }
    d
}

/// Every `don-vi.yaml` under `content/`, sorted.
fn unit_files(content: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(content)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file() && e.file_name() == "don-vi.yaml")
        .map(|e| e.into_path())
        .collect();
    out.sort();
    out
}
