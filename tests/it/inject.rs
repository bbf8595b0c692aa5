//! The injection corpus (issue 11, point 9): the plan fixture with an
//! attack in every text field of every front matter, plan, unit and report
//! file and of loa.yaml, and a block of attacks in every Markdown body.
//! Fields that refuse the text (ids, dates, numbers, keywords) must refuse
//! it with a diagnostic and are then given back their value; the site must
//! then build, and its HTML must hold none of the attacks unescaped. The
//! built site, and the same site with `raw_html: true`, are left in
//! tests/artifacts/inject/ for the browser stage (tests/browser/inject.mjs),
//! which loads every page, fires every handler and clicks every link.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_yaml::Value;

use crate::harness::Site;

/// Attacks for text fields: each calls `alert('XSS-…')` if it ever runs.
const FIELD_ATTACKS: &[&str] = &[
    "<script>alert('XSS-f-script')</script>",
    "\"><img src=x onerror=alert('XSS-f-attr')>",
    "'><svg onload=alert('XSS-f-svg')>",
    "</title></textarea></style><script>alert('XSS-f-close')</script>",
    "javascript:alert('XSS-f-url')",
    "\" onmouseover=\"alert('XSS-f-quote')\" x=\"",
    "<a href=javascript:alert('XSS-f-href')>x</a>",
    "</script><script>alert('XSS-f-json')</script>",
    "{{ \"tera\" ~ \"-ran\" }}{% raw %}",
    "<style>body{background:url(\"javascript:alert('XSS-f-css')\")}</style>",
    "<svg><animate onbegin=alert('XSS-f-animate') attributeName=x dur=1s>",
    "<details open ontoggle=alert('XSS-f-toggle')>",
];

/// Attacks in Markdown, appended to every page and section body.
pub const MARKDOWN_ATTACKS: &str = r#"

<script>alert('XSS-md-script')</script>

<img src=x onerror="alert('XSS-md-img')"> <svg onload="alert('XSS-md-svg')"></svg>

<details open ontoggle="alert('XSS-md-details')"><summary>s</summary></details>

<a href="javascript:alert('XSS-md-href')">bấm</a> <iframe srcdoc="<script>parent.alert('XSS-md-iframe')</script>"></iframe>

<form action="javascript:alert('XSS-md-form')"><button>gửi</button></form>

<math><mtext><table><mglyph><style><img src=x onerror="alert('XSS-md-mxss')">

<style>body{background:url("javascript:alert('XSS-md-css')")}</style>

[liên kết](https://example.gov.vn/"onmouseover="alert('XSS-md-break')) [tiêu đề](https://example.gov.vn/ "t\" onclick=\"alert('XSS-md-title')")

![x" onerror="alert('XSS-md-alt')](https://example.gov.vn/a.png)

## Mục {onclick="alert('XSS-md-heading')"}

{{ "tera" ~ "-ran" }} {% if true %}tera-if-ran{% endif %}
"#;

/// A text field's attack, marked so a diagnostic quoting the field can be
/// traced back to it: `[[F12]]`.
fn attacked(original: &str, n: usize) -> String {
    format!("{original} {} [[F{n}]]", FIELD_ATTACKS[n % FIELD_ATTACKS.len()])
}

/// Keys whose values are ids, references, dates, numbers, keywords, file
/// names or addresses: checked values, not text, so they are left alone
/// (an attack there is refused with a diagnostic, which the iteration in
/// [`build_attacked`] also handles for keys this list lacks).
const NOT_TEXT: &[&str] = &[
    "id",
    "unit",
    "units",
    "parent",
    "plan",
    "period",
    "kind",
    "area",
    "by",
    "to",
    "cadence",
    "scope",
    "comparison",
    "status",
    "date",
    "updated",
    "issued",
    "from",
    "until",
    "start",
    "end",
    "year",
    "number",
    "lead",
    "support",
    "coordinate",
    "direction",
    "combine",
    "portals",
    "template",
    "slug",
    "base_url",
    "language",
    "theme",
    "accent",
    "logo",
    "sort_by",
    "implements",
    "attachments",
    "aliases",
    "indicator",
    "task",
    "tasks_of",
    "value_type",
    "due",
    "every",
    "email",
    "phone",
];

/// Puts an attack in every text string of `v` (see [`NOT_TEXT`]) whose
/// number is not in `refused`; the strings are numbered in document order,
/// their original values pushed on `originals`.
fn attack_value(v: &mut Value, originals: &mut Vec<String>, refused: &BTreeSet<usize>) {
    match v {
        Value::String(s) => {
            let n = originals.len();
            originals.push(s.clone());
            if !refused.contains(&n) {
                *s = attacked(s, n);
            }
        }
        Value::Sequence(items) => items.iter_mut().for_each(|i| attack_value(i, originals, refused)),
        Value::Mapping(m) => {
            for (k, v) in m.iter_mut() {
                if !k.as_str().is_some_and(|k| NOT_TEXT.contains(&k)) {
                    attack_value(v, originals, refused);
                }
            }
        }
        Value::Tagged(t) => attack_value(&mut t.value, originals, refused),
        _ => {}
    }
}

/// Every YAML and Markdown file of the site at `dir`, with its text.
fn sources(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for e in walk(dir) {
        let ext = e.extension().and_then(|x| x.to_str()).unwrap_or_default();
        if matches!(ext, "md" | "yaml") && !e.starts_with(dir.join("themes")) {
            let text = std::fs::read_to_string(&e).unwrap();
            out.push((e, text));
        }
    }
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() { out.extend(walk(&e.path())) } else { out.push(e.path()) }
    }
    out
}

/// Writes the attacked site into `site` from the original `files`; the
/// strings numbered in `refused` keep their value. The numbering runs
/// across all files in order, so a marker names one field of one file.
fn write_attacked(files: &[(PathBuf, String)], refused: &BTreeSet<usize>, raw_html: bool) -> Vec<String> {
    let mut n = Vec::new();
    for (path, text) in files {
        let out = if path.extension().is_some_and(|x| x == "yaml") {
            let mut v: Value = serde_yaml::from_str(text).unwrap();
            attack_value(&mut v, &mut n, refused);
            if let (true, Value::Mapping(m)) = (path.file_name().is_some_and(|f| f == "loa.yaml") && raw_html, &mut v) {
                m.insert("markdown".into(), serde_yaml::from_str("{raw_html: true}").unwrap());
            }
            serde_yaml::to_string(&v).unwrap()
        } else {
            let (front, body) = split(text);
            let mut v: Value = serde_yaml::from_str(front).unwrap();
            attack_value(&mut v, &mut n, refused);
            format!("---\n{}---\n{body}{MARKDOWN_ATTACKS}", serde_yaml::to_string(&v).unwrap())
        };
        std::fs::write(path, out).unwrap();
    }
    n
}

/// A Markdown file's front matter and body.
fn split(text: &str) -> (&str, &str) {
    let rest = text.strip_prefix("---\n").expect("front matter");
    match rest.split_once("\n---\n") {
        Some(parts) => parts,
        None => (rest.strip_suffix("\n---").or(rest.strip_suffix("\n---\n")).expect("closed front matter"), ""),
    }
}

/// The markers `[[F12]]` in `text`.
fn markers(text: &str) -> BTreeSet<usize> {
    text.split("[[F").skip(1).filter_map(|p| p.split("]]").next()?.parse().ok()).collect()
}

/// Builds the attacked site, giving back to each field that refused its
/// attack (a diagnostic names its marker) its value, until the site builds.
/// Returns the fields that refused.
fn build_attacked(site: &Site, files: &[(PathBuf, String)], raw_html: bool) -> BTreeSet<usize> {
    let mut refused = BTreeSet::new();
    for round in 0..20 {
        let originals = write_attacked(files, &refused, raw_html);
        let r = site.run(&["build", "--today", "2026-11-21"]);
        if r.status.success() {
            return refused;
        }
        let mut found = markers(&r.stderr);
        // A reference to an attacked field (a plan's number) fails where it
        // is written: the message quotes the value the field had.
        for line in r.stderr.lines().filter(|l| l.contains(": error: ")) {
            for quoted in line.split('`').skip(1).step_by(2) {
                found.extend(originals.iter().enumerate().filter(|(_, o)| *o == quoted).map(|(i, _)| i));
            }
        }
        assert!(
            !found.is_subset(&refused),
            "round {round}: the build fails without naming a field it refuses:\n{}",
            r.stderr
        );
        eprintln!("round {round}: refused {found:?}: {:?}", found.iter().map(|i| &originals[*i]).collect::<Vec<_>>());
        refused.extend(found);
    }
    panic!("the attacked site does not build after 20 rounds");
}

/// Fails on any attack the HTML holds as live markup (an element, a
/// handler attribute or a script address, see fuzz/targets.rs), or a Tera
/// expression of the content evaluated.
fn assert_inert(dir: &Path) {
    let mut pages = 0;
    for f in walk(dir) {
        let Ok(text) = std::fs::read_to_string(&f) else { continue };
        assert!(!text.contains("tera-ran") && !text.contains("tera-if-ran"), "Tera ran in {}", f.display());
        if f.extension().is_some_and(|x| x == "html") {
            if let Err(why) = crate::fuzz::targets::check_html(&text, crate::fuzz::targets::PAGE_FORBIDDEN) {
                panic!("{}: {why}", f.display());
            }
            pages += 1;
        }
    }
    assert!(pages >= 10, "{pages} pages");
}

#[test]
fn every_field_and_body_resists_injection() {
    let site = Site::with_default_theme("plan");
    let files = sources(site.root());
    assert!(files.len() >= 8, "{files:?}");
    let refused = build_attacked(&site, &files, false);
    let total = {
        let mut n = Vec::new();
        for (p, t) in &files {
            let yaml = if p.extension().is_some_and(|x| x == "yaml") { t.clone() } else { split(t).0.to_string() };
            attack_value(&mut serde_yaml::from_str(&yaml).unwrap(), &mut n, &BTreeSet::new());
        }
        n.len()
    };
    // Most fields are text and take the attack; ids, dates, keywords refuse it.
    eprintln!("refused: {refused:?}");
    assert!(total - refused.len() >= total / 3, "{} of {total} fields refused", refused.len());
    let out = site.path("public");
    keep(&out, "safe");
    assert_inert(&out);

    // The same site with raw HTML allowed: the browser stage shows that its
    // Markdown scripts then run, so its checks can fail.
    let refused_raw = build_attacked(&site, &files, true);
    assert_eq!(refused_raw, refused);
    keep(&out, "raw");
    let live = walk(&out)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|x| x == "html"))
        .filter(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            crate::fuzz::targets::check_html(&text, crate::fuzz::targets::PAGE_FORBIDDEN).is_err()
        })
        .count();
    assert!(live >= 5, "with raw_html the Markdown attacks are live markup: {live} pages");
}

/// Copies a built site to tests/artifacts/inject/<name> for the browser.
fn keep(built: &Path, name: &str) {
    let dest = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts/inject").join(name);
    let _ = std::fs::remove_dir_all(&dest);
    for f in walk(built) {
        let to = dest.join(f.strip_prefix(built).unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&f, &to).unwrap();
    }
}

#[test]
fn html_and_svg_files_are_published_only_when_nothing_in_them_runs() {
    let site = Site::fixture("basic");
    site.write("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>");
    site.write("content/van-ban/so-do.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    site.write("static/xac-minh.html", "<p>google-site-verification</p><script>alert(2)</script>");
    let stderr = site.build_fails();
    assert!(
        stderr
            .contains("content/van-ban/so-do.svg: error: `content/van-ban/so-do.svg` holds `onload`, which would run"),
        "{stderr}"
    );
    assert!(stderr.contains("static/xac-minh.html: error: `static/xac-minh.html` holds `<script>`"), "{stderr}");
    assert!(!stderr.contains("logo.svg"), "a clean SVG passes: {stderr}");
    // The site's opt-in publishes them, with a warning.
    site.edit("loa.yaml", "title:", "markdown: { raw_html: true }\ntitle:");
    let r = site.build(&[]);
    assert!(r.stderr.contains("warning: `content/van-ban/so-do.svg` holds `onload` and is published"), "{}", r.stderr);
    assert!(site.exists("main/van-ban/so-do.svg") && site.exists("main/xac-minh.html"));
}

#[test]
fn the_logo_must_be_a_file_of_the_site() {
    let site = Site::fixture("basic");
    site.edit("loa.yaml", "  - id: main", "  - id: main\n    logo: \"javascript:alert(1)\"");
    let stderr = site.build_fails();
    assert!(
        stderr.contains("loa.yaml:5:12: error: `logo: javascript:alert(1)` must be a file of the site"),
        "{stderr}"
    );
    site.edit("loa.yaml", "\"javascript:alert(1)\"", "logo.png");
    let stderr = site.build_fails();
    assert!(
        stderr.contains("error: there is no file `logo.png` in the site's or the theme's static/ folder"),
        "{stderr}"
    );
    site.write("static/logo.png", "png");
    site.build(&[]);
}
