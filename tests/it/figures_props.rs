//! Invariants over whole generated sites (proptest): a ward with tổ dân
//! phố, a plan with indicators of every kind and targets by year or
//! quarter, and reports of every cadence and type of value, built by the
//! library with the default theme. On every page: every figure shown is a
//! reported value (or a target), no percentage outside 0–100, no progress
//! bar beyond 100% nor beside "not enough data", no NaN or infinity — and
//! no case runs longer than a bound.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use proptest::prelude::*;

const KINDS: [(&str, &str); 4] = [("count", "hộ"), ("percent", "%"), ("count-per-year", "hồ sơ"), ("average", "ngày")];
const PERIODS: [&str; 10] =
    ["2026-Q1", "2026-Q2", "2026-Q3", "2026-H1", "2026-01", "2026-05", "2026-08", "2026", "2025", "2025-Q4"];
const TYPES: [&str; 3] = ["period", "cumulative", "estimate"];

#[derive(Debug, Clone)]
struct Ind {
    kind: usize,
    lower: bool,
    baseline: Option<u32>,
    targets: Vec<(usize, u32)>,
    per_unit: bool,
}

#[derive(Debug, Clone)]
struct Rep {
    period: usize,
    values: Vec<(usize, u32, usize, Vec<u32>)>,
}

fn ind() -> impl Strategy<Value = Ind> {
    (
        0..4usize,
        any::<bool>(),
        proptest::option::of(0u32..1000),
        proptest::collection::vec((0..10usize, 0u32..1000), 0..3),
        any::<bool>(),
    )
        .prop_map(|(kind, lower, baseline, targets, per_unit)| Ind { kind, lower, baseline, targets, per_unit })
}

fn rep(n_ind: usize) -> impl Strategy<Value = Rep> {
    (
        0..10usize,
        proptest::collection::vec((0..n_ind, 0u32..1000, 0..3usize, proptest::collection::vec(0u32..1000, 0..4)), 0..4),
    )
        .prop_map(|(period, values)| Rep { period, values })
}

fn scale(kind: usize, v: u32) -> String {
    // Percentages within 0–100 with a decimal, others as counts or days.
    match kind {
        1 => format!("{}.{}", v / 10, v % 10),
        3 => format!("{}.{}", v / 100, v % 10),
        _ => v.to_string(),
    }
}

/// Writes the generated site; returns what figures it reports.
fn write_site(root: &Path, inds: &[Ind], reps: &[Rep]) {
    let w = |rel: &str, text: &str| {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    w(
        "loa.yaml",
        "title: \"T\"\nbase_url: \"https://example.gov.vn/\"\nportals:\n  - id: \"p\"\n    unit: \"phuong\"\n",
    );
    w("content/_index.md", "---\ntitle: \"Trang chủ\"\n---\n");
    w("content/don-vi/_index.md", "---\ntitle: \"Đơn vị\"\n---\n");
    w("content/bao-cao/_index.md", "---\ntitle: \"Báo cáo\"\n---\n");
    let mut units = String::from(
        "- {id: \"phuong\", name: \"Phường\", kind: \"phường\"}\n- {id: \"vp\", name: \"Văn phòng\", kind: \"phong-ban\", parent: \"phuong\"}\n",
    );
    for t in 1..=4 {
        units.push_str(&format!("- {{id: \"to-{t}\", name: \"Tổ {t}\", kind: \"tổ dân phố\", parent: \"phuong\"}}\n"));
    }
    w("content/don-vi/don-vi.yaml", &units);
    w(
        "content/van-ban/kh/index.md",
        "---\ntitle: \"Kế hoạch\"\ndocument:\n  kind: \"kế hoạch\"\n  number: \"1/KH-UBND\"\n---\n",
    );
    let mut plan = String::from("area: \"phuong\"\nstart: 2025\nend: 2026\nindicators:\n");
    for (i, ind) in inds.iter().enumerate() {
        let (kind, measure) = KINDS[ind.kind];
        plan.push_str(&format!(
            "  - id: \"c{i}\"\n    name: \"Chỉ tiêu {i}\"\n    measure: \"{measure}\"\n    kind: \"{kind}\"\n"
        ));
        plan.push_str(&format!("    direction: \"{}\"\n", if ind.lower { "lower" } else { "higher" }));
        if ind.per_unit {
            let combine = if ind.kind == 1 || ind.kind == 3 { "none" } else { "sum" };
            plan.push_str(&format!("    scope: \"per-unit\"\n    combine: \"{combine}\"\n"));
        }
        if let Some(b) = ind.baseline {
            plan.push_str(&format!("    baseline: {{year: 2024, value: {}}}\n", scale(ind.kind, b)));
        }
        let mut ts: Vec<(usize, u32)> = ind.targets.clone();
        let per = |p: usize| crate_period(PERIODS[p], ind.kind);
        ts.sort_by_key(|t| per(t.0));
        ts.dedup_by_key(|t| per(t.0));
        plan.push_str("    targets:\n");
        for (p, v) in ts {
            plan.push_str(&format!("      - {{period: \"{}\", value: {}}}\n", per(p).1, scale(ind.kind, v)));
        }
        if ind.targets.is_empty() {
            plan.push_str("      - {year: 2026, text: \"Hoàn thành\"}\n");
        }
    }
    w("content/van-ban/kh/ke-hoach.yaml", &plan);
    let mut per_period = [0usize; PERIODS.len()];
    for (r, rep) in reps.iter().enumerate() {
        // At most one report per period and unit: the office's, then the ward's.
        per_period[rep.period] += 1;
        let unit = match per_period[rep.period] {
            1 => "vp",
            2 => "phuong",
            _ => continue,
        };
        let mut s = format!(
            "---\ntitle: \"Báo cáo {r}\"\ndate: 2026-01-01\nreport:\n  plan: \"1/KH-UBND\"\n  period: \"{}\"\n  unit: \"{unit}\"\n  values:\n",
            PERIODS[rep.period]
        );
        let mut seen = Vec::new();
        for (i, v, t, parts) in &rep.values {
            if seen.contains(i) {
                continue;
            }
            seen.push(*i);
            let k = inds[*i].kind;
            s.push_str(&format!("    c{i}: {{value: {}, type: \"{}\"", scale(k, *v), TYPES[*t]));
            if inds[*i].per_unit && !parts.is_empty() {
                let us: Vec<String> =
                    parts.iter().enumerate().map(|(u, x)| format!("to-{}: {}", u + 1, scale(k, *x))).collect();
                s.push_str(&format!(", units: {{{}}}", us.join(", ")));
            }
            s.push_str("}\n");
        }
        s.push_str("---\n");
        w(&format!("content/bao-cao/r{r}.md"), &s);
    }
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default"), &root.join("themes/default"));
}

/// A target's period for an indicator kind (yearly for per-year counts),
/// with an order key.
fn crate_period(p: &str, kind: usize) -> (String, String) {
    let written = if kind == 2 { p[..4].to_string() } else { p.to_string() };
    let key = match written.len() {
        4 => format!("{written}-12-9"),
        _ if written.contains('Q') => format!("{}-{:02}-3", &written[..4], 3 * written[6..].parse::<u32>().unwrap()),
        _ if written.contains('H') => format!("{}-{:02}-6", &written[..4], 6 * written[6..].parse::<u32>().unwrap()),
        _ => format!("{written}-1"),
    };
    (key, written)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let dest = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// Every number written in `text` with Vietnamese separators (`22.000`, `71,5`).
fn numbers(text: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || ((c == '.' || c == ',') && !cur.is_empty()) {
            cur.push(c);
        } else if !cur.is_empty() {
            let t = cur.trim_end_matches(['.', ',']).replace('.', "").replace(',', ".");
            if let Ok(v) = t.parse() {
                out.push(v);
            }
            cur.clear();
        }
    }
    out
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    s.split(open).skip(1).filter_map(|p| p.split(close).next()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn every_figure_shown_is_reported_and_within_bounds(
        (inds, reps) in proptest::collection::vec(ind(), 1..4)
            .prop_flat_map(|inds| { let n = inds.len(); (Just(inds), proptest::collection::vec(rep(n), 0..5)) })
    ) {
        let dir = tempfile::tempdir().unwrap();
        write_site(dir.path(), &inds, &reps);
        let root = dir.path().to_path_buf();
        let out = dir.path().join("out");
        let (tx, rx) = mpsc::channel();
        let opts = loa::BuildOptions { root, output: Some(out.clone()), write: true, today: loa::date::Date::ymd(2026, 11, 21), ..Default::default() };
        std::thread::spawn(move || { let r = loa::build(&opts); let _ = tx.send(r.failed()); });
        // Bounded: a build of this size takes well under a second.
        let failed = rx.recv_timeout(Duration::from_secs(60)).expect("the build ended in time");
        if failed {
            // Generated data may be refused (a percentage over 100 after
            // scaling never happens; duplicate periods of one unit can):
            // a refusal is an answer, not a hang or a panic.
            return Ok(());
        }
        // Every value and target as written, in the site's notation.
        let mut allowed: Vec<f64> = Vec::new();
        for (i, ind) in inds.iter().enumerate() {
            for r in &reps {
                for (j, v, _, parts) in &r.values {
                    if *j == i {
                        allowed.push(scale(ind.kind, *v).parse().unwrap());
                        allowed.extend(parts.iter().map(|x| scale(ind.kind, *x).parse::<f64>().unwrap()));
                    }
                }
            }
            allowed.extend(ind.targets.iter().map(|t| scale(ind.kind, t.1).parse::<f64>().unwrap()));
            allowed.extend(ind.baseline.map(|b| scale(ind.kind, b).parse::<f64>().unwrap()));
        }
        let near = |v: f64| allowed.iter().any(|a| (a - v).abs() < 0.006);
        for i in 0..inds.len() {
            let page = std::fs::read_to_string(out.join(format!("p/van-ban/ke-hoach-1-kh-ubnd/c{i}/index.html"))).unwrap();
            prop_assert!(!page.contains("NaN") && !page.contains("inf<") && !page.contains("∞"));
            for shown in between(&page, "<span class=\"gia-tri\">", "</span>") {
                for v in numbers(shown) {
                    prop_assert!(near(v), "c{i}: {shown} is no reported value ({allowed:?})");
                }
            }
            for cell in between(&page, "<td class=\"so\">", "</td>") {
                if cell.ends_with('%') && !cell.contains("điểm") {
                    for v in numbers(cell) {
                        prop_assert!((0.0..=100.0).contains(&v), "c{i}: a percentage {cell}");
                    }
                }
            }
            for bar in between(&page, "<span style=\"width:", "%\">") {
                let v: f64 = bar.parse().unwrap();
                prop_assert!((0.0..=100.0).contains(&v), "c{i}: a bar of {bar}%");
            }
            prop_assert!(!(page.contains("Chưa đủ số liệu để đánh giá") && page.contains("chặng đường đến mục tiêu")), "c{i}: a bar beside no judgement");
        }
    }
}
