//! `loa check` (issue 12.5): writes nothing, exits 1 on errors, and
//! `--format json` gives every problem in a stable shape other tools read.

use crate::harness::Site;

#[test]
fn check_writes_nothing_not_even_a_lock() {
    let site = Site::fixture("basic");
    let before = site.tree("");
    let r = site.run(&["check", "--today", "2026-11-21"]);
    assert!(r.status.success(), "{}", r.stderr);
    assert_eq!(site.tree(""), before, "check changed the site folder");
}

#[test]
fn check_json_names_id_severity_place_message_and_help() {
    let site = Site::fixture("err-broken-link");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["check", "--format", "json", "--today", "2026-11-21", "--root"])
        .arg(site.root())
        .env("LOA_LANG", "vi")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("check --format json prints JSON");
    assert_eq!(v["version"], 1);
    assert!(v["errors"].as_u64().unwrap() >= 1, "{v}");
    let d = &v["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert!(d["file"].as_str().unwrap().starts_with("content/"), "{d}");
    assert!(d["line"].as_u64().unwrap() >= 1 && d["column"].as_u64().unwrap() >= 1, "{d}");
    assert!(d["message"].as_str().is_some_and(|m| !m.is_empty()), "{d}");
    for key in ["id", "help"] {
        assert!(d.get(key).is_some(), "{key} missing: {d}");
    }
}

#[test]
fn check_json_of_a_clean_site_is_empty_and_exits_0() {
    let site = Site::fixture("basic");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["check", "--format", "json", "--today", "2026-11-21", "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"], 0);
}

#[test]
fn check_warns_of_an_overdue_task_the_latest_report_forgets() {
    let site = crate::scaffold::init();
    let plan = "content/van-ban/ke-hoach-01-kh-ubnd/ke-hoach.yaml";
    site.edit(plan, "due: 2026-12-31", "due: 2026-10-31");
    // Clean while the latest report gives the task's status.
    let r = site.run(&["check", "--today", "2026-11-30"]);
    assert!(r.status.success() && r.stderr.contains("0 warning(s)"), "{}", r.stderr);
    site.edit("content/bao-cao/ke-hoach-01-kh-ubnd-2026-q4.md", "    \"1.2\": {status: \"not-started\"}\n", "");
    let r = site.run_in("vi", &["check", "--today", "2026-11-30"]);
    assert!(r.status.success(), "a warning, not an error: {}", r.stderr);
    insta::assert_snapshot!(r.stderr, @r#"
    content/van-ban/ke-hoach-01-kh-ubnd/ke-hoach.yaml:40:5: cảnh báo: nhiệm vụ 1.2 đã quá hạn (31/10/2026) mà chưa báo cáo nào ghi hoàn thành, và báo cáo mới nhất (`content/bao-cao/ke-hoach-01-kh-ubnd-2026-q4.md`) không nêu tình hình
     40 |   - number: "1.2"
        |     ^
      cách sửa: trong `tasks:` của báo cáo kỳ tới, ghi tình hình nhiệm vụ, ví dụ: "1.2": {status: "delayed", note: "Lý do chậm"}

    đã kiểm tra 4 trang cho 1 cổng: không có lỗi, 1 cảnh báo
    "#);
    let r = site.run(&["check", "--today", "2026-11-30"]);
    insta::assert_snapshot!(r.stderr, @r#"
    content/van-ban/ke-hoach-01-kh-ubnd/ke-hoach.yaml:40:5: warning: task 1.2 is past its deadline (31/10/2026), no report calls it done, and the latest report (`content/bao-cao/ke-hoach-01-kh-ubnd-2026-q4.md`) says nothing of it
     40 |   - number: "1.2"
        |     ^
      help: in the next report's `tasks:`, give its status, e.g. "1.2": {status: "delayed", note: "Why it is late"}

    checked 4 page(s) for 1 portal(s): no errors, 1 warning(s)
    "#);
    // The build does not run check's passes.
    assert!(!site.build(&["--today", "2026-11-30"]).stderr.contains("warning"));
}

#[test]
fn check_finds_anchors_that_lead_nowhere_on_written_and_generated_pages() {
    let site = crate::scaffold::init();
    let article = "content/tin-tuc/khai-truong-cong-thong-tin.md";
    let text = std::fs::read_to_string(site.path(article)).unwrap();
    site.write(
        article,
        &format!(
            "{text}\n[Mục đích](../van-ban/ke-hoach-01-kh-ubnd/index.md#i-muc-dich-yeu-cau) và \
             [nhiệm vụ 1.1](nhiem-vu:1.1) và [sai](../van-ban/ke-hoach-01-kh-ubnd/index.md#muc-dich)\n"
        ),
    );
    assert!(!site.build(&["--today", "2026-11-30"]).stderr.contains("warning:"), "build does not look at anchors");
    let r = site.run_in("vi", &["check", "--today", "2026-11-30"]);
    assert!(r.status.success(), "{}", r.stderr);
    insta::assert_snapshot!(r.stderr, @r#"
    content/tin-tuc/khai-truong-cong-thong-tin.md:11:152: cảnh báo: liên kết tới `#muc-dich` trên trang `/van-ban/ke-hoach-01-kh-ubnd/`, nhưng trang đó không có mục nào mang tên này
     11 | …iem-vu:1.1) và [sai](../van-ban/ke-hoach-01-kh-ubnd/index.md#muc-dich)
        |                                                              ^
      cách sửa: sửa phần sau dấu # cho đúng tên mục: tên mục là tiêu đề viết thường, không dấu, nối bằng "-" (## Mục tiêu chung → #muc-tieu-chung)

    đã kiểm tra 4 trang cho 1 cổng: không có lỗi, 1 cảnh báo
    "#);
    let r = site.run(&["check", "--today", "2026-11-30"]);
    insta::assert_snapshot!(r.stderr, @r#"
    content/tin-tuc/khai-truong-cong-thong-tin.md:11:152: warning: a link to `#muc-dich` on the page `/van-ban/ke-hoach-01-kh-ubnd/`, which has no part of that name
     11 | …iem-vu:1.1) và [sai](../van-ban/ke-hoach-01-kh-ubnd/index.md#muc-dich)
        |                                                              ^
      help: correct the part after #: a heading's name is its text in lowercase, without diacritics, joined by "-" (## Mục tiêu chung → #muc-tieu-chung)

    checked 4 page(s) for 1 portal(s): no errors, 1 warning(s)
    "#);
}

#[test]
fn check_names_a_body_no_plan_report_portal_or_document_names() {
    let site = crate::scaffold::init();
    let units = "content/don-vi/don-vi.yaml";
    let text = std::fs::read_to_string(site.path(units)).unwrap();
    site.write(
        units,
        &format!("{text}\n- id: \"vp-ubnd\"\n  name: \"Văn phòng UBND\"\n  kind: \"phong-ban\"\n  parent: \"ubnd-phuong-mau\"\n"),
    );
    let r = site.run_in("vi", &["check", "--today", "2026-11-30"]);
    assert!(r.status.success(), "{}", r.stderr);
    insta::assert_snapshot!(r.stderr, @r#"
    content/don-vi/don-vi.yaml:35:3: cảnh báo: đơn vị `vp-ubnd` (Văn phòng UBND) không được kế hoạch, báo cáo, cổng thông tin hay văn bản nào nhắc tới
     35 | - id: "vp-ubnd"
        |   ^
      cách sửa: nếu là mã gõ nhầm của một đơn vị khác, hãy dùng một mã và xóa khối này khỏi don-vi.yaml; nếu đơn vị sẽ được giao việc, có thể để nguyên

    đã kiểm tra 4 trang cho 1 cổng: không có lỗi, 1 cảnh báo
    "#);
    let r = site.run(&["check", "--today", "2026-11-30"]);
    insta::assert_snapshot!(r.stderr, @r#"
    content/don-vi/don-vi.yaml:35:3: warning: the unit `vp-ubnd` (Văn phòng UBND) is named by no plan, report, portal or document
     35 | - id: "vp-ubnd"
        |   ^
      help: if it is another unit's id mistyped, keep one id and delete this block from don-vi.yaml; if the unit will be given tasks, leave it

    checked 4 page(s) for 1 portal(s): no errors, 1 warning(s)
    "#);
}

#[test]
fn check_finds_an_attachment_that_is_not_there() {
    let site = crate::scaffold::init();
    let plan = "content/van-ban/ke-hoach-01-kh-ubnd/index.md";
    site.edit(plan, "  place: \"Mẫu\"\n", "  place: \"Mẫu\"\n  attachments: [\"ke-hoach.pdf\", \"phu-luc.pdf\"]\n");
    site.write("content/van-ban/ke-hoach-01-kh-ubnd/ke-hoach.pdf", "%PDF-1.4");
    let r = site.run(&["check", "--today", "2026-11-30"]);
    assert!(r.status.success(), "{}", r.stderr);
    insta::assert_snapshot!(r.stderr, @r#"
    content/van-ban/ke-hoach-01-kh-ubnd/index.md:12:34: warning: the attachment `phu-luc.pdf` (in `attachments:`) is not in the document's folder
     12 |   attachments: ["ke-hoach.pdf", "phu-luc.pdf"]
        |                                  ^
      help: copy the file into `content/van-ban/ke-hoach-01-kh-ubnd`, or correct its name in `attachments:` (upper and lower case and the .pdf ending included)

    checked 4 page(s) for 1 portal(s): no errors, 1 warning(s)
    "#);
    let r = site.run_in("vi", &["check", "--today", "2026-11-30"]);
    insta::assert_snapshot!(r.stderr, @r#"
    content/van-ban/ke-hoach-01-kh-ubnd/index.md:12:34: cảnh báo: tệp đính kèm `phu-luc.pdf` (trong `attachments:`) không có trong thư mục của văn bản
     12 |   attachments: ["ke-hoach.pdf", "phu-luc.pdf"]
        |                                  ^
      cách sửa: chép tệp vào `content/van-ban/ke-hoach-01-kh-ubnd`, hoặc sửa tên tệp trong `attachments:` cho đúng (kể cả chữ hoa, chữ thường và phần đuôi .pdf)

    đã kiểm tra 4 trang cho 1 cổng: không có lỗi, 1 cảnh báo
    "#);
}

/// tests/fixtures/check-extra: the site `loa init` makes on 2026-11-30
/// (built-in theme), with one of each problem only `check` reports.
fn check_extra() -> Site {
    let site = Site::fixture("check-extra");
    std::fs::remove_dir_all(site.path("themes")).unwrap();
    site
}

#[test]
fn check_reports_each_of_its_own_problems_once_in_vietnamese_and_english() {
    let site = check_extra();
    let build = site.build(&["--today", "2026-11-30"]);
    assert!(!build.stderr.contains("warning:"), "build runs none of check's passes:\n{}", build.stderr);
    let vi = site.run_in("vi", &["check", "--today", "2026-11-30"]);
    assert!(vi.status.success(), "warnings only: {}", vi.stderr);
    insta::assert_snapshot!("check_extra_vi", vi.stderr);
    let en = site.run(&["check", "--today", "2026-11-30"]);
    insta::assert_snapshot!("check_extra_en", en.stderr);
}
