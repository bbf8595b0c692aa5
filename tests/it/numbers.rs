//! Figures in the site's language (issue 12 point 1): a site with
//! `language: en` writes `22,000`, `71.5%` and `30 September 2022` in its
//! plan, indicator and progress pages, charts and text alternatives, never
//! the Vietnamese `22.000`, `71,5%`, `30/09/2022` that an English reader
//! would misread; a Vietnamese site keeps the Vietnamese forms; the default
//! theme has every interface string in English.

use crate::harness::Site;

const PLAN: &str = "main/van-ban/ke-hoach-1-kh-ubnd/";

/// The plan fixture (tests/fixtures/plan), with one decimal percentage.
fn site(language: &str) -> Site {
    let site = Site::with_default_theme("plan");
    site.edit("loa.yaml", "base_url:", &format!("language: {language}\nbase_url:"));
    site.edit("content/bao-cao/nam-2023.md", "thoa-uoc: 72", "thoa-uoc: 71.5");
    site.build(&[]);
    site
}

/// The pages where loa writes figures (the fixture's own prose has none).
fn pages(site: &Site) -> Vec<(String, String)> {
    ["", "doan-vien/", "thoa-uoc/"]
        .iter()
        .map(|p| format!("{PLAN}{p}index.html"))
        .chain(["main/tinh-hinh-thuc-hien/index.html".to_string(), "main/index.html".to_string()])
        .map(|p| {
            let html = site.output(&p);
            (p, html)
        })
        .collect()
}

/// Every `d.ddd`, `d,d%` or `dd/mm/yyyy` in `html`.
fn vietnamese_forms(html: &str) -> Vec<String> {
    let b = html.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut out = Vec::new();
    for i in 1..b.len() {
        if !digit(i - 1) || !digit(i + 1) {
            continue;
        }
        let thousands = b[i] == b'.' && (1..=3).all(|k| digit(i + k)) && !digit(i + 4);
        let decimal_percent = b[i] == b',' && {
            let mut j = i + 1;
            while digit(j) {
                j += 1;
            }
            b.get(j) == Some(&b'%')
        };
        let day_month = b[i] == b'/' && digit(i + 2) && b.get(i + 3) == Some(&b'/') && (4..8).all(|k| digit(i + k));
        if thousands || decimal_percent || day_month {
            out.push(String::from_utf8_lossy(&b[i.saturating_sub(4)..(i + 8).min(b.len())]).into_owned());
        }
    }
    out
}

#[test]
fn an_english_site_writes_figures_and_dates_the_english_way() {
    let site = site("en");
    for (path, html) in pages(&site) {
        assert_eq!(vietnamese_forms(&html), Vec::<String>::new(), "{path}");
    }
    let plan = site.output(&format!("{PLAN}index.html"));
    // Values, targets, changes and dates on the plan page.
    for shown in ["22,400", "about 22,000", "+1,300", "71.5%", "30 September 2022"] {
        assert!(plan.contains(shown), "{shown} not on the plan page");
    }
    let members = site.output(&format!("{PLAN}doan-vien/index.html"));
    for shown in ["20,000", "29,000", "13,000", "9,300"] {
        assert!(members.contains(shown), "{shown} not on the indicator page");
    }
    // The chart: its value labels and its text alternative.
    let rate = site.output(&format!("{PLAN}thoa-uoc/index.html"));
    let svg = &rate[rate.find("<svg class=\"bieu-do\"").expect("a chart")..];
    let svg = &svg[..svg.find("</svg>").unwrap()];
    assert!(svg.contains("2023: 71.5%"), "{svg}");
    assert!(svg.contains(">20%</text>"), "{svg}");
}

#[test]
fn a_vietnamese_site_keeps_the_vietnamese_forms() {
    let site = site("vi");
    let plan = site.output(&format!("{PLAN}index.html"));
    for shown in ["22.400", "khoảng 22.000", "+1.300", "71,5%", "30/09/2022"] {
        assert!(plan.contains(shown), "{shown} not on the plan page");
    }
    assert!(!plan.contains("22,400") && !plan.contains("71.5%") && !plan.contains("September"));
}

#[test]
fn the_check_finds_each_vietnamese_form() {
    // The test above can fail: the finder sees each form, and only those.
    assert_eq!(vietnamese_forms("<td>22.000 người</td>").len(), 1);
    assert_eq!(vietnamese_forms("đạt 71,5%").len(), 1);
    assert_eq!(vietnamese_forms("ngày 30/09/2022").len(), 1);
    assert!(vietnamese_forms("22,000 people, 71.5%, 30 September 2022, task 1.1, Q3/2026, 1,5 km").is_empty());
}

#[test]
fn the_default_theme_has_every_interface_string_in_english() {
    let keys = |lang: &str| -> Vec<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("themes/default/i18n/{lang}.yaml"));
        let text = std::fs::read_to_string(path).unwrap();
        let mut keys: Vec<String> = text
            .lines()
            .filter(|l| !l.starts_with([' ', '#']) && !l.trim().is_empty())
            .map(|l| l.split(':').next().unwrap().to_string())
            .collect();
        keys.sort();
        keys
    };
    let vi = keys("vi");
    assert!(vi.len() > 100, "{vi:?}");
    assert_eq!(keys("en"), vi);
}
