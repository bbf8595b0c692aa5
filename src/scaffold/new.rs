//! `loa new plan|report|article|unit|indicator "Title"`: a new file (or
//! bundle) in the section the sample site uses for its kind, its slug made
//! from the title, dated today (a report: inside its period), every
//! field present with a Vietnamese comment. A unit or an indicator is a block added to the YAML file that
//! holds its kind (`content/don-vi/don-vi.yaml`, the plan's `ke-hoach.yaml`):
//! added, not printed to paste, because a pasted block at the wrong
//! indentation is the mistake staff make most; the file is re-read after
//! the edit and left as it was if the result does not read.

use std::path::{Path, PathBuf};

use super::{Planned, quoted};
use crate::config::Config;
use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::Site;
use crate::model::period::Period;
use crate::msg;
use crate::slug::slugify;

/// The sections each kind goes into (the sample site's folders).
pub const PLANS: &str = "van-ban";
pub const REPORTS: &str = "bao-cao";
pub const ARTICLES: &str = "tin-tuc";
pub const UNITS: &str = "don-vi/don-vi.yaml";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Plan,
    Report,
    Article,
    Unit,
    Indicator,
}

/// What `loa new` was asked for.
#[derive(Debug, Clone)]
pub struct Request {
    pub kind: Kind,
    pub title: Option<String>,
    /// The plan's number (a report, an indicator; a plan's own number).
    pub plan: Option<String>,
    pub period: Option<String>,
    pub today: Date,
}

/// A file `loa new` made (or, `added`, added a block to).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    /// Relative to the site folder, with `/`.
    pub file: String,
    pub added: bool,
}

/// Adds what `req` asks for to the site in `root`.
pub fn new(root: &Path, req: &Request) -> Result<Vec<Done>, Diagnostics> {
    let one = |d: Diagnostic| Diagnostics::from_iter([d]);
    let config = crate::config::load(root)?;
    let title = req.title.as_deref().map(str::trim).filter(|t| !t.is_empty());
    let needs_title = req.kind != Kind::Report;
    let title = match title {
        Some(t) => Some(t.to_string()),
        None if needs_title => {
            return Err(one(Diagnostic::error(msg!("new-no-title")).with_help(msg!("new-no-title-help"))));
        }
        None => None,
    };
    let t = title.clone().unwrap_or_default();
    if needs_title && slugify(&t).is_empty() {
        return Err(one(Diagnostic::error(msg!("new-no-title")).with_help(msg!("new-no-title-help"))));
    }
    let content = Path::new("content");
    match req.kind {
        Kind::Article => write(root, vec![article(&t, req.today)]),
        Kind::Plan => {
            let number = plan_number(req.plan.as_deref(), &t).ok_or_else(|| {
                one(Diagnostic::error(msg!("new-plan-no-number")).with_help(msg!("new-plan-no-number-help")))
            })?;
            let area = portal_unit(&config).map_err(one)?;
            write(root, plan(&t, &number, &area, req.today))
        }
        Kind::Unit => {
            let site = load_site(&config, req.today)?;
            let id = slugify(&t);
            if let Some(u) = site.units.iter().find(|u| u.id == id) {
                let m = msg!("new-id-exists", id = id.as_str(), name = u.name.as_str());
                return Err(one(Diagnostic::error(m).with_help(msg!("new-id-exists-help"))));
            }
            let parent = portal_unit(&config).ok();
            let block = fill(&unit_block(&t, parent.as_deref()), req.today);
            append(root, &content.join(UNITS), "", &block).map_err(one)
        }
        Kind::Report | Kind::Indicator => {
            let site = load_site(&config, req.today)?;
            let number = req
                .plan
                .as_deref()
                .ok_or_else(|| one(Diagnostic::error(msg!("new-needs-plan")).with_help(msg!("new-needs-plan-help"))))?;
            let plan = find_plan(&site, number).map_err(one)?;
            if req.kind == Kind::Indicator {
                let id = slugify(&t);
                if let Some(ind) = site.plans[plan].indicators.iter().find(|i| i.id == id) {
                    let m = msg!("new-id-exists", id = id.as_str(), name = ind.name.as_str());
                    return Err(one(Diagnostic::error(m).with_help(msg!("new-id-exists-help"))));
                }
                let file = content.join(plan_dir(&site, plan)).join("ke-hoach.yaml");
                return append(root, &file, "indicators:", &fill(&indicator_block(&t), req.today)).map_err(one);
            }
            let period = req.period.as_deref().unwrap_or_default();
            let period = Period::parse(period).ok_or_else(|| {
                one(Diagnostic::error(msg!("new-bad-period", period = period)).with_help(msg!("new-bad-period-help")))
            })?;
            super::report::allowed(&site, plan, period).map_err(one)?;
            write(root, vec![super::report::report(&site, plan, period, title.as_deref(), req.today)])
        }
    }
}

fn write(root: &Path, files: Vec<Planned>) -> Result<Vec<Done>, Diagnostics> {
    let done = super::write_all(root, &files).map_err(|d| Diagnostics::from_iter([d]))?;
    Ok(done.iter().map(|p| Done { file: super::shown(p), added: false }).collect())
}

/// The model of the site as it is, drafts and future pages included (a
/// report may be written for a plan not yet published).
fn load_site(config: &Config, today: Date) -> Result<Site, Diagnostics> {
    let content = crate::content::load(config);
    let (site, diags) = crate::model::build(content, &crate::model::Options { drafts: true, future: true, today });
    if site.plans.is_empty() && diags.has_errors() {
        return Err(diags);
    }
    Ok(site)
}

/// The plan numbered `number` (a plan's document number).
fn find_plan(site: &Site, number: &str) -> Result<usize, Diagnostic> {
    let key = crate::docref::normalize_number(number);
    let found = site.documents.get(&key).into_iter().flatten().find_map(|p| site.plan_of_page.get(p).copied());
    found.ok_or_else(|| {
        let numbers: Vec<String> = site
            .plans
            .iter()
            .filter_map(|p| site.pages[p.page].document.as_ref().map(|d| d.front.number.clone()))
            .collect();
        let help = match crate::diagnostics::did_you_mean(number, numbers.iter().map(String::as_str)) {
            Some(n) => msg!("did-you-mean", name = n),
            None => msg!("new-plan-list", list = numbers.join(", ")),
        };
        Diagnostic::error(msg!("new-no-plan", number = number)).with_help(help)
    })
}

/// The folder of a plan's bundle, relative to `content/`.
fn plan_dir(site: &Site, plan: usize) -> String {
    let rel = &site.pages[site.plans[plan].page].src.rel;
    rel.rsplit_once('/').map_or("", |(dir, _)| dir).to_string()
}

/// The unit of the site's first portal: a new plan's area, a new unit's
/// parent.
fn portal_unit(config: &Config) -> Result<String, Diagnostic> {
    config
        .portals
        .iter()
        .find_map(|p| p.unit.clone())
        .ok_or_else(|| Diagnostic::error(msg!("new-no-portal-unit")).with_help(msg!("new-no-portal-unit-help")))
}

/// A plan's number: `--plan`, else the first word of the title shaped like
/// one (`25/KH-UBND`).
fn plan_number(given: Option<&str>, title: &str) -> Option<String> {
    if let Some(n) = given.map(str::trim).filter(|n| !n.is_empty()) {
        return Some(n.to_string());
    }
    title
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| {
            let (num, sign) = w.split_once('/').unwrap_or_default();
            !num.is_empty() && num.chars().all(|c| c.is_ascii_digit()) && sign.chars().any(char::is_alphabetic)
        })
        .map(str::to_string)
}

fn article(title: &str, today: Date) -> Planned {
    let slug = slugify(title);
    let text = include_str!("new/article.md").replace("{TIEU_DE}", &quoted(title));
    Planned { path: PathBuf::from("content").join(ARTICLES).join(format!("{slug}.md")), text: fill(&text, today) }
}

fn plan(title: &str, number: &str, area: &str, today: Date) -> Vec<Planned> {
    let dir = PathBuf::from("content").join(PLANS).join(slugify(&format!("kế hoạch {number}")));
    let front = include_str!("new/plan.md").replace("{TIEU_DE}", &quoted(title)).replace("{SO}", &quoted(number));
    let (first, last) = plan_years(title).unwrap_or((today.year(), today.year()));
    // Reports from this quarter, or from the first quarter of a plan that
    // starts in a later year.
    let from = if first > today.year() { format!("{first}-Q1") } else { super::Fill { today }.apply("{KY}") };
    let data = include_str!("new/ke-hoach.yaml")
        .replace("{DIA_BAN}", &quoted(area))
        .replace("{NAM_DAU_TRUOC}", &(first - 1).to_string())
        .replace("{NAM_DAU}", &first.to_string())
        .replace("{NAM_CUOI}", &last.to_string())
        .replace("{KY_DAU}", &from);
    vec![
        Planned { path: dir.join("index.md"), text: fill(&front, today) },
        Planned { path: dir.join("ke-hoach.yaml"), text: fill(&data, today) },
    ]
}

/// The years a plan's title gives (`năm 2027`, `giai đoạn 2026–2030`):
/// the first and the last whole year from 2000 to 2100 written alone, not
/// inside a date (`15/01/2026`) or a number.
fn plan_years(title: &str) -> Option<(i16, i16)> {
    let bytes = title.as_bytes();
    let years: Vec<i16> = title
        .match_indices(|c: char| c.is_ascii_digit())
        .filter(|(i, _)| *i == 0 || !bytes[i - 1].is_ascii_digit())
        .filter_map(|(i, _)| {
            let digits: String = title[i..].chars().take_while(char::is_ascii_digit).collect();
            let inside = |b: Option<&u8>| b.is_some_and(|b| matches!(b, b'/' | b'.' | b','));
            let alone = !inside(i.checked_sub(1).and_then(|j| bytes.get(j))) && !inside(bytes.get(i + digits.len()));
            digits.parse::<i16>().ok().filter(|y| digits.len() == 4 && (2000..=2100).contains(y) && alone)
        })
        .collect();
    Some((*years.iter().min()?, *years.iter().max()?))
}

fn fill(text: &str, today: Date) -> String {
    super::Fill { today }.apply(text)
}

fn unit_block(name: &str, parent: Option<&str>) -> String {
    let parent = match parent {
        Some(p) => format!("  parent: {}", quoted(p)),
        None => "  # parent: \"\"".to_string(),
    };
    include_str!("new/unit.yaml")
        .replace("{ID}", &quoted(&slugify(name)))
        .replace("{TEN}", &quoted(name))
        .replace("  {CAP_TREN}", &parent)
}

fn indicator_block(name: &str) -> String {
    include_str!("new/indicator.yaml").replace("{ID}", &quoted(&slugify(name))).replace("{TEN}", &quoted(name))
}

/// Adds `block` to the YAML file `rel` of the site: after the line `key`
/// (a list's key) when given and present, else at the end (a new file
/// when missing). The file must still read as YAML afterwards, or it is
/// left as it was.
fn append(root: &Path, rel: &Path, key: &str, block: &str) -> Result<Vec<Done>, Diagnostic> {
    let abs = root.join(rel);
    let old = match std::fs::read_to_string(&abs) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(source) => {
            let e = crate::fs::Error { op: "read", path: abs.clone(), source };
            return Err(e.diagnostic().in_file(rel));
        }
    };
    let new = insert(&old, key, block);
    if crate::yaml::from_str::<serde_yaml::Value>(&new).is_err() {
        // Either the file already had a mistake, or it reads but is not
        // written as a block list the new entry can go under.
        let help = match crate::yaml::from_str::<serde_yaml::Value>(&old) {
            Err(_) => msg!("new-yaml-broken-help"),
            Ok(_) => msg!("new-yaml-layout-help"),
        };
        let at = Diagnostic::error(msg!("new-yaml-broken", file = super::shown(rel)));
        return Err(at.in_file(rel).with_help(help));
    }
    if let Some(parent) = abs.parent() {
        crate::fs::create_dir_all(parent).map_err(|e| e.diagnostic())?;
    }
    crate::fs::write(&abs, new.as_bytes()).map_err(|e| e.diagnostic())?;
    Ok(vec![Done { file: super::shown(rel), added: !old.is_empty() }])
}

/// `text` with `block` (a list item written at indentation 2) after the
/// line `key` — re-indented to the list's own items — or at the end.
pub fn insert(text: &str, key: &str, block: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let at = (!key.is_empty()).then(|| lines.iter().position(|l| l.split('#').next().unwrap_or("").trim() == key));
    let Some(Some(at)) = at else {
        let mut out = text.trim_end_matches('\n').to_string();
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        if !key.is_empty() {
            out.push_str(key);
            out.push('\n');
        }
        out.push_str(block);
        return out;
    };
    // The list's own indentation: that of its first item, if any.
    let indent = lines[at + 1..]
        .iter()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter(|l| l.trim_start().starts_with("- "))
        .map_or(2, |l| l.len() - l.trim_start().len());
    let block: String = block
        .lines()
        .map(|l| match l.strip_prefix("  ") {
            Some(rest) if indent != 2 => format!("{}{rest}\n", " ".repeat(indent)),
            _ => format!("{l}\n"),
        })
        .collect();
    let mut out: String = lines[..=at].iter().map(|l| format!("{l}\n")).collect();
    out.push_str(&block);
    out.push('\n');
    out.extend(lines[at + 1..].iter().map(|l| format!("{l}\n")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_number_from_the_title_or_the_option() {
        assert_eq!(plan_number(None, "Kế hoạch số 25/KH-UBND về chuyển đổi số").as_deref(), Some("25/KH-UBND"));
        assert_eq!(plan_number(Some("7/KH-UBND"), "Kế hoạch 25/KH-UBND").as_deref(), Some("7/KH-UBND"));
        assert_eq!(plan_number(None, "Kế hoạch chuyển đổi số"), None);
    }

    #[test]
    fn plan_years_from_the_title() {
        assert_eq!(plan_years("Kế hoạch số 12/KH-UBND về tổ dân phố số 3 năm 2027"), Some((2027, 2027)));
        assert_eq!(plan_years("Kế hoạch 5/KH-UBND giai đoạn 2026–2030"), Some((2026, 2030)));
        assert_eq!(plan_years("Kế hoạch 5/KH-UBND giai đoạn 2026-2030"), Some((2026, 2030)));
        // A date, a number, a document number are not years of the plan.
        assert_eq!(plan_years("Kế hoạch số 2026/KH-UBND ngày 15/01/2026"), None);
        assert_eq!(plan_years("Kế hoạch 3/KH-UBND về 12.000 hộ"), None);
        assert_eq!(plan_years("Kế hoạch chuyển đổi số"), None);
    }

    #[test]
    fn insert_goes_after_the_key_at_the_lists_indentation() {
        let text = "area: \"x\"\nindicators:\n- id: \"a\"\n  name: \"A\"\ntasks: []\n";
        let out = insert(text, "indicators:", "  - id: \"b\"\n    name: \"B\"\n");
        assert_eq!(
            out,
            "area: \"x\"\nindicators:\n- id: \"b\"\n  name: \"B\"\n\n- id: \"a\"\n  name: \"A\"\ntasks: []\n"
        );
        let out = insert("area: \"x\"\n", "indicators:", "  - id: \"b\"\n");
        assert_eq!(out, "area: \"x\"\n\nindicators:\n  - id: \"b\"\n");
    }
}
