//! `loa init` and `loa new` (issue 12.6–7): a new site, and everything
//! `new` adds to it, builds at once with zero errors and zero warnings,
//! with the theme built into the binary.

use std::process::Command;

use crate::harness::Site;

const TODAY: &str = "2026-11-30";

/// A site made by `loa init` on [`TODAY`].
pub fn init() -> Site {
    let site = Site::empty();
    let out = Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["init", "--today", TODAY])
        .arg(site.path("ward"))
        .env("LOA_LANG", "en")
        .output()
        .expect("run loa");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::rename(site.path("ward"), site.path("moved")).unwrap();
    copy_back(&site);
    site
}

/// Moves the new site's files up into the temporary folder itself, so the
/// harness's `--root` is the site.
fn copy_back(site: &Site) {
    for e in std::fs::read_dir(site.path("moved")).unwrap().flatten() {
        std::fs::rename(e.path(), site.path(&e.file_name().to_string_lossy())).unwrap();
    }
    std::fs::remove_dir(site.path("moved")).unwrap();
}

/// Builds and asserts zero errors and zero warnings.
fn builds_clean(site: &Site) {
    let r = site.build(&["--today", TODAY]);
    assert!(!r.stderr.contains("warning"), "warnings:\n{}", r.stderr);
    assert!(r.stderr.contains("built"), "{}", r.stderr);
}

#[test]
fn init_makes_a_site_that_builds_clean_with_the_builtin_theme() {
    let site = init();
    assert!(!site.path("themes").exists(), "the theme is built in, not copied");
    builds_clean(&site);
    let home = site.output("phuong-mau/index.html");
    assert!(home.contains("Kế hoạch chuyển đổi số phường Mẫu năm 2026"), "{home}");
    // One of each kind, and the theme's own files.
    for page in [
        "phuong-mau/van-ban/ke-hoach-01-kh-ubnd/index.html",
        "phuong-mau/tin-tuc/khai-truong-cong-thong-tin-cua-phuong-vi-du/index.html",
        "phuong-mau/gioi-thieu/index.html",
        "phuong-mau/don-vi/to-dan-pho-1/index.html",
        "phuong-mau/style.css",
        "phuong-mau/favicon.svg",
    ] {
        assert!(site.exists(page), "{page} missing");
    }
    let report = site.tree("public/phuong-mau/bao-cao");
    assert!(report.iter().any(|(p, _)| p.ends_with("index.html") && p.contains("quy-iv-2026")), "{report:?}");
    // The example figures are labelled as invented.
    assert!(site.output("phuong-mau/van-ban/ke-hoach-01-kh-ubnd/index.html").contains("minh họa"));
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let site = Site::empty();
    site.write("notes.txt", "x");
    let out =
        Command::new(env!("CARGO_BIN_EXE_loa")).args(["init"]).arg(site.root()).env("LOA_LANG", "en").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not empty"));
    assert!(!site.path("loa.yaml").exists());
}

#[test]
fn a_site_theme_folder_or_templates_override_the_builtin_theme() {
    let site = init();
    site.write("templates/partials/contact.html", "<p>LIÊN HỆ RIÊNG</p>");
    site.write("static/style.css", "body{}");
    builds_clean(&site);
    assert!(site.output("phuong-mau/index.html").contains("LIÊN HỆ RIÊNG"));
    assert_eq!(site.output("phuong-mau/style.css"), "body{}");
    // The built-in theme's other files are still there.
    assert!(site.exists("phuong-mau/favicon.svg"));
}

#[test]
fn every_new_kind_builds_clean() {
    let site = init();
    let new = |args: &[&str]| {
        let mut all = vec!["new"];
        all.extend_from_slice(args);
        all.extend(["--today", TODAY]);
        let r = site.run(&all);
        assert!(r.status.success(), "loa {all:?}:\n{}", r.stderr);
        r.stderr
    };
    assert!(new(&["article", "Lớp học kỹ năng số cho người cao tuổi"]).contains("tin-tuc/lop-hoc-ky-nang-so"));
    new(&["plan", "Kế hoạch số 25/KH-UBND về cải cách hành chính năm 2026"]);
    assert!(new(&["unit", "Tổ dân phố số 3"]).contains("added to `content/don-vi/don-vi.yaml`"));
    new(&["indicator", "Mức độ hài lòng của người dân", "--plan", "25/KH-UBND"]);
    new(&["report", "--plan", "25/KH-UBND", "--period", "2026-11"]);
    builds_clean(&site);
    assert!(site.exists("phuong-mau/tin-tuc/lop-hoc-ky-nang-so-cho-nguoi-cao-tuoi/index.html"));
    assert!(site.exists("phuong-mau/don-vi/to-dan-pho-so-3/index.html"));
    assert!(site.exists("phuong-mau/van-ban/ke-hoach-25-kh-ubnd/index.html"));
    assert!(site.exists("phuong-mau/bao-cao/ke-hoach-25-kh-ubnd-thang-11-2026/index.html"));
}

#[test]
fn new_report_lists_every_indicator_with_the_previous_value_and_every_task() {
    let site = init();
    let r = site.run(&["new", "report", "--plan", "01/KH-UBND", "--period", "2027-Q1", "--today", TODAY]);
    assert_eq!(r.status.code(), Some(1), "2027 is outside the plan: {}", r.stderr);
    site.edit("content/van-ban/ke-hoach-01-kh-ubnd/ke-hoach.yaml", "end: 2026", "end: 2027");
    let r = site.run(&["new", "report", "--plan", "01/KH-UBND", "--period", "2027-Q1", "--today", TODAY]);
    assert!(r.status.success(), "{}", r.stderr);
    let text = std::fs::read_to_string(site.path("content/bao-cao/ke-hoach-01-kh-ubnd-quy-i-2027.md")).unwrap();
    assert!(text.contains("    # ho-so-truc-tuyen: 0   # Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến (%) — quý IV/2026: 62.5\n"), "{text}");
    assert!(text.contains("# huong-dan-ky-nang-so: 0"), "{text}");
    assert!(text.contains("    # \"1.1\": {status: \"in-progress\", note: \"\"}"), "{text}");
    assert!(text.contains("    # \"1.2\":"), "{text}");
    builds_clean(&site);
    // A second report for the same period is refused, naming the first.
    let r = site.run(&["new", "report", "--plan", "01/KH-UBND", "--period", "Quý I/2027", "--today", TODAY]);
    assert_eq!(r.status.code(), Some(1));
    assert!(r.stderr.contains("ke-hoach-01-kh-ubnd-quy-i-2027.md"), "{}", r.stderr);
}

#[test]
fn new_report_is_dated_inside_its_period_and_checks_clean() {
    let site = init();
    site.edit("content/van-ban/ke-hoach-01-kh-ubnd/ke-hoach.yaml", "end: 2026", "end: 2027");
    let new = |period: &str| {
        let r = site.run(&["new", "report", "--plan", "01/KH-UBND", "--period", period, "--today", TODAY]);
        assert!(r.status.success(), "{}", r.stderr);
    };
    new("2027-Q1");
    new("2026-Q3");
    new("2027");
    let date = |file: &str| {
        let text = std::fs::read_to_string(site.path(&format!("content/bao-cao/{file}"))).unwrap();
        text.lines().find(|l| l.starts_with("date: ")).unwrap().to_string()
    };
    assert_eq!(date("ke-hoach-01-kh-ubnd-quy-i-2027.md"), "date: 2027-03-31");
    assert_eq!(date("ke-hoach-01-kh-ubnd-quy-iii-2026.md"), "date: 2026-09-30");
    assert_eq!(date("ke-hoach-01-kh-ubnd-nam-2027.md"), "date: 2027-12-31");
    // Today: the past quarter's report is checked; the 2027 ones wait for
    // their day (a note, no warning).
    let check = |args: &[&str]| {
        let r = site.run(args);
        assert!(r.status.success() && r.stderr.contains("0 warning(s)"), "{}", r.stderr);
        r.stderr
    };
    let today = check(&["check", "--today", TODAY]);
    assert!(today.contains("ke-hoach-01-kh-ubnd-quy-i-2027.md: not published"), "{today}");
    assert!(!today.contains("quy-iii-2026.md"), "{today}");
    // Previewed with --future: all three checked, clean.
    check(&["check", "--today", TODAY, "--future"]);
    // The day the quarter ends its report is published and checked (its
    // tasks filled in, as the staff member does: task 1.2 is due 31/12/2026).
    let q1 = "content/bao-cao/ke-hoach-01-kh-ubnd-quy-i-2027.md";
    site.edit(
        q1,
        "    # \"1.2\": {status: \"in-progress\", note: \"\"}",
        "    \"1.2\": {status: \"delayed\", note: \"Chậm\"}",
    );
    let later = check(&["check", "--today", "2027-03-31"]);
    assert!(!later.contains("quy-i-2027.md: not published"), "{later}");
    assert!(later.contains("nam-2027.md: not published"), "{later}");
}

#[test]
fn new_explains_what_is_missing() {
    let site = init();
    let r = site.run_in("vi", &["new", "report", "--plan", "99/KH-UBND", "--period", "2026-Q4"]);
    assert_eq!(r.status.code(), Some(1));
    insta::assert_snapshot!(r.stderr, @r"
    lỗi: không có kế hoạch số `99/KH-UBND` (một văn bản có tệp ke-hoach.yaml cùng thư mục)
      cách sửa: có phải ý bạn là `01/KH-UBND`?
    ");
    let r = site.run(&["new", "unit", "Tổ dân phố 1"]);
    assert_eq!(r.status.code(), Some(1));
    assert!(r.stderr.contains("`to-dan-pho-1` is already used by “Tổ dân phố số 1”"), "{}", r.stderr);
    let r = site.run(&["new", "indicator", "Ho so truc tuyen", "--plan", "01/KH-UBND"]);
    assert!(r.stderr.contains("`ho-so-truc-tuyen` is already used"), "{}", r.stderr);
    let r = site.run(&["new", "article", "???"]);
    assert!(r.stderr.contains("no title"), "{}", r.stderr);
    let r = site.run_in("vi", &["new", "plan", "Kế hoạch chuyển đổi số"]);
    insta::assert_snapshot!(r.stderr, @r#"
    lỗi: không tìm thấy số của kế hoạch trong tiêu đề
      cách sửa: ghi số và ký hiệu trong tiêu đề ("Kế hoạch số 25/KH-UBND về …") hoặc thêm --plan 25/KH-UBND
    "#);
}

#[test]
fn serve_gives_the_builtin_themes_files_as_build_writes_them() {
    let site = init();
    builds_clean(&site);
    let opts = loa::BuildOptions {
        root: site.root().to_path_buf(),
        today: Some(loa::date::Date::parse(TODAY).unwrap()),
        ..Default::default()
    };
    let session = loa::session::Session::open(&opts);
    let good = session.good().expect("a good state");
    for path in ["style.css", "favicon.svg", "index.html"] {
        let served = match good.file(0, path).unwrap_or_else(|| panic!("{path} not served")) {
            loa::session::Served::Bytes(b) => b.to_vec(),
            loa::session::Served::Copy(p) => std::fs::read(p).unwrap(),
        };
        assert_eq!(served, std::fs::read(site.path("public/phuong-mau").join(path)).unwrap(), "{path}");
    }
}

#[test]
fn the_guide_from_init_to_a_report_with_figures() {
    // docs/huong-dan.md, sections 2 to 5, as a staff member would follow them.
    let site = init();
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--today", TODAY]);
        let r = site.run_in("vi", &all);
        assert!(r.status.success(), "loa {all:?}:\n{}", r.stderr);
    };
    run(&["new", "plan", "Kế hoạch số 25/KH-UBND về cải cách hành chính năm 2026"]);
    run(&["new", "indicator", "Mức độ hài lòng của người dân", "--plan", "25/KH-UBND"]);
    run(&["new", "report", "--plan", "25/KH-UBND", "--period", "2026-Q4"]);
    run(&["new", "article", "Khai giảng lớp kỹ năng số"]);
    // "Xóa dấu # và dấu cách ở đầu dòng, thay 0 bằng số liệu của kỳ."
    let report = "content/bao-cao/ke-hoach-25-kh-ubnd-quy-iv-2026.md";
    site.edit(report, "    # chi-tieu-1: 0", "    chi-tieu-1: 61.2");
    site.edit(
        report,
        "    # muc-do-hai-long-cua-nguoi-dan: {status: \"achieved\", text: \"\"}",
        "    muc-do-hai-long-cua-nguoi-dan: {status: \"achieved\", text: \"Đạt\"}",
    );
    site.edit(
        report,
        "    # \"1.1\": {status: \"in-progress\", note: \"\"}",
        "    \"1.1\": {status: \"done\", note: \"Xong\"}",
    );
    // Written while its quarter runs, the report is dated today and
    // published at once.
    let text = std::fs::read_to_string(site.path(report)).unwrap();
    assert!(text.contains(&format!("\ndate: {TODAY}\n")), "{text}");
    let r = site.build(&["--today", TODAY]);
    assert!(!r.stderr.contains("warning") && r.stderr.contains("built"), "{}", r.stderr);
    let page = site.output("phuong-mau/bao-cao/ke-hoach-25-kh-ubnd-quy-iv-2026/index.html");
    assert!(page.contains("61,2"), "{page}");
    let check = site.run(&["check", "--today", TODAY]);
    assert!(check.status.success() && check.stderr.contains("0 warning(s)"), "{}", check.stderr);
}

#[test]
fn new_says_whether_a_file_it_cannot_add_to_has_a_mistake_or_another_layout() {
    let site = init();
    let units = "content/don-vi/don-vi.yaml";
    // Valid, in brackets: nothing to fix with loa check.
    let flow = "[{id: \"phuong-mau\", name: \"Phường Mẫu\", kind: \"phuong\"}]\n";
    site.write(units, flow);
    let r = site.run(&["new", "unit", "Tổ dân phố 3"]);
    assert_eq!(r.status.code(), Some(1), "{}", r.stderr);
    assert!(
        r.stderr.contains("the file has no mistake, but it is not written as a list of `- id:` blocks"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("loa check"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(site.path(units)).unwrap(), flow);
}
