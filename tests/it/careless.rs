//! Careless and hostile input (issue 11, points 3 and 4): nothing hangs or
//! explodes, paths stay inside the site, encodings get a diagnostic saying
//! how to convert.

use crate::harness::Site;

#[test]
fn theme_and_language_cannot_name_files_outside_the_site() {
    let site = Site::fixture("basic");
    site.edit("loa.yaml", "title:", "theme: ../../../etc\nlanguage: ../../passwd\ntitle:");
    let stderr = site.build_fails();
    assert!(stderr.contains("loa.yaml:1:1: error: `theme: ../../../etc` must be a plain name"), "{stderr}");
    assert!(stderr.contains("loa.yaml:2:1: error: `language: ../../passwd` must be a plain name"), "{stderr}");
}

#[test]
fn links_in_the_content_are_followed_only_inside_the_site() {
    let site = Site::fixture("basic");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("bi-mat.md"), "---\ntitle: Bí mật\n---\nmật khẩu\n").unwrap();
    std::os::unix::fs::symlink(outside.path().join("bi-mat.md"), site.path("content/tin-tuc/bi-mat.md")).unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path("static/ngoai")).unwrap();
    let stderr = site.build(&[]).stderr;
    assert!(
        stderr.contains("content/tin-tuc/bi-mat.md: warning: `content/tin-tuc/bi-mat.md` is a link to"),
        "{stderr}"
    );
    assert!(stderr.contains("static/ngoai: warning: `static/ngoai` is a link to"), "{stderr}");
    assert!(stderr.contains("outside the site; it is not published"), "{stderr}");
    assert!(!site.exists("main/tin-tuc/bi-mat/index.html") && !site.exists("main/ngoai"));

    // Inside the site a link is followed: a page shared by two sections.
    let site = Site::fixture("basic");
    std::os::unix::fs::symlink(site.path("content/tin-tuc/hom-nay.md"), site.path("content/van-ban/hom-nay.md"))
        .unwrap();
    site.build(&[]);
    assert!(site.exists("main/van-ban/hom-nay/index.html") || site.tree("public").len() > 5);
    // A link back to a folder above it ends with a message, not a loop.
    let site = Site::fixture("basic");
    std::os::unix::fs::symlink(site.path("content"), site.path("content/van-ban/vong")).unwrap();
    let stderr = site.build_fails();
    assert!(stderr.contains("a link leads back into a folder above it"), "{stderr}");
}

#[test]
fn a_huge_page_is_refused_before_it_is_read() {
    let site = Site::fixture("basic");
    // 200 MB that take no disk: the size is checked before reading.
    let f = std::fs::File::create(site.path("content/tin-tuc/lon.md")).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap();
    let stderr = site.build_fails();
    assert!(
        stderr.contains("content/tin-tuc/lon.md: error: this file is 200 MB, more than the 10 MB a page"),
        "{stderr}"
    );
    assert!(stderr.contains("`limits: { file_mb: 200 }`"), "{stderr}");
    // The limit is the site's to set.
    site.write("content/tin-tuc/lon.md", &format!("---\ntitle: Lớn\n---\n{}", "chữ ".repeat(400_000)));
    site.edit("loa.yaml", "title:", "limits: { file_mb: 1 }\ntitle:");
    let stderr = site.build_fails();
    // 2,400,021 bytes: 2.29 MB (to the hundredth, up), not "3 MB".
    assert!(stderr.contains("this file is 2.29 MB, more than the 1 MB"), "{stderr}");
    assert!(stderr.contains("`limits: { file_mb: 3 }`"), "{stderr}");
}

#[test]
fn a_file_a_little_over_the_limit_shows_its_true_size_in_both_languages() {
    let site = Site::fixture("basic");
    // 1.05 MB exactly: said "2 MB" before.
    let f = std::fs::File::create(site.path("content/tin-tuc/lon.md")).unwrap();
    f.set_len(1024 * 1024 * 105 / 100).unwrap();
    site.edit("loa.yaml", "title:", "limits: { file_mb: 1 }\ntitle:");
    let en = site.build_fails();
    assert!(en.contains("content/tin-tuc/lon.md: error: this file is 1.05 MB, more than the 1 MB"), "{en}");
    let vi = site.run_in("vi", &["build"]).stderr;
    assert!(vi.contains("content/tin-tuc/lon.md: lỗi: tệp này nặng 1,05 MB, quá giới hạn 1 MB"), "{vi}");
}

#[test]
fn an_error_on_a_megabyte_line_shows_a_window_of_it() {
    let site = Site::fixture("basic");
    let line = format!("{}<span onclick=\"x()\">bấm</span>{}", "chữ ".repeat(250_000), " nữa".repeat(250_000));
    site.write("content/tin-tuc/dai.md", &format!("---\ntitle: Dài\n---\n{line}\n[hỏng](khong-co.md)\n"));
    let r = site.run(&["build"]);
    assert_eq!(r.status.code(), Some(1), "{}", &r.stderr[..r.stderr.len().min(2000)]);
    assert!(r.stderr.len() < 4000, "{} bytes of messages", r.stderr.len());
    assert!(
        r.stderr.contains("content/tin-tuc/dai.md:4:1000001: warning: raw HTML: `onclick` removed"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_long_title_gets_a_shortened_address() {
    let site = Site::fixture("basic");
    let title = "Kế hoạch thực hiện Nghị quyết số 02-NQ/TW về đổi mới tổ chức và hoạt động của Công đoàn ".repeat(4);
    site.write("content/tin-tuc/dai.md", &format!("---\ntitle: {title}\n---\nx\n"));
    site.build(&[]);
    let dirs: Vec<String> = std::fs::read_dir(site.path("public/main/tin-tuc"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("ke-hoach"))
        .collect();
    assert_eq!(dirs.len(), 1, "{dirs:?}");
    assert!(dirs[0].len() <= 100 && !dirs[0].ends_with('-'), "{dirs:?}");
    site.write("content/a.md", &format!("---\ntitle: A\nslug: {}\n---\n", "a".repeat(300)));
    let stderr = site.build_fails();
    assert!(stderr.contains("content/a.md:3:1: error: the slug is 300 characters long"), "{stderr}");
}

#[test]
fn utf16_and_mis_encoded_vietnamese_get_a_diagnostic_saying_how_to_convert() {
    let site = Site::fixture("basic");
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain("---\ntitle: Tin\n---\n".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
    std::fs::write(site.path("content/tin-tuc/utf16.md"), utf16).unwrap();
    let stderr = site.build_fails();
    assert!(stderr.contains("content/tin-tuc/utf16.md: error: this file is saved as UTF-16"), "{stderr}");

    let site = Site::fixture("basic");
    site.write("content/tin-tuc/abc.md", "---\ntitle: Tin\n---\nKÕ ho¹ch ph¸t triÓn giao th«ng ViÖt Nam.\n");
    let r = site.build(&[]);
    assert!(r.stderr.contains("content/tin-tuc/abc.md:4:4: warning: this file looks like Vietnamese"), "{}", r.stderr);
    assert!(r.stderr.contains("`ho¹ch`") && r.stderr.contains("UniKey"), "{}", r.stderr);
}

#[test]
fn a_key_written_twice_in_free_form_values_is_an_error() {
    let site = Site::fixture("basic");
    site.write("content/a.md", "---\ntitle: A\nextra:\n  anh: a.png\n  anh: b.png\n---\n");
    let stderr = site.build_fails();
    assert!(
        stderr.contains("content/a.md:4:3: error: in the field `extra`: the same key is written twice in this block"),
        "{stderr}"
    );
    site.edit("loa.yaml", "title:", "extra: {so: 1, so: 2}\ntitle:");
    let stderr = site.build_fails();
    assert!(
        stderr.contains("loa.yaml:1:8: error: in the field `extra`: the same key is written twice in this block"),
        "{stderr}"
    );
}
