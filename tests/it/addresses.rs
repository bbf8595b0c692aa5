//! Nothing overwritten that the user did not write (issue 11, point 2): a
//! page, alias or file that would take the address of another page or of a
//! generated page (a portal's home, 404.html, en/, chu-de/, a section) is
//! an error naming both; an empty slug is an error.

use crate::harness::Site;

/// Writes `file` into the basic fixture and returns the failing build's stderr.
fn fails_with(file: &str, text: &str) -> String {
    let site = Site::fixture("basic");
    site.write(file, text);
    site.build_fails()
}

#[test]
fn aliases_cannot_take_generated_pages_or_sections() {
    let cases = [
        ("/404.html", "the 404 page already makes the address `/404.html`"),
        ("/index.html", "`content/_index.md` already makes the address `/index.html`"),
        ("/", "is not an address on this site"),
        ("/en/", "the English page already makes the address `/en/`"),
        ("/chu-de", "the list of tags already makes the address `/chu-de/`"),
        ("/van-ban/", "`content/van-ban/_index.md` already makes the address `/van-ban/`"),
        ("/sitemap.xml", "the sitemap already makes"),
    ];
    for (alias, expected) in cases {
        let stderr = fails_with("content/tin-tuc/moi.md", &format!("---\ntitle: Mới\naliases: [\"{alias}\"]\n---\n"));
        assert!(stderr.contains("content/tin-tuc/moi.md:3:1: error"), "{alias}: {stderr}");
        assert!(stderr.contains(expected), "{alias}: {stderr}");
    }
}

#[test]
fn a_page_cannot_take_a_generated_address() {
    let stderr = fails_with("content/en.md", "---\ntitle: English\nslug: en\n---\n");
    assert!(stderr.contains("content/en.md:3:1: error: two files make the address `/en/`"), "{stderr}");
    assert!(stderr.contains("the English page already makes the address"), "{stderr}");
    let stderr = fails_with("content/a.md", "---\ntitle: Chủ đề\nslug: chu-de\n---\n");
    assert!(stderr.contains("content/a.md:3:1: error"), "{stderr}");
    assert!(stderr.contains("the list of tags already makes the address `/chu-de/`"), "{stderr}");
}

#[test]
fn an_empty_slug_is_an_error() {
    for slug in ["\"\"", "\"  \"", "\"--\""] {
        let stderr = fails_with("content/a.md", &format!("---\ntitle: A\nslug: {slug}\n---\n"));
        assert!(stderr.contains("content/a.md:3:1: error"), "{slug}: {stderr}");
        assert!(stderr.contains("slug") && stderr.contains("help:"), "{slug}: {stderr}");
    }
}

#[test]
fn files_cannot_overwrite_pages() {
    let stderr = fails_with("content/index.html", "<p>cũ</p>");
    assert!(stderr.contains("the file `content/index.html` would be written at `/index.html`"), "{stderr}");
    assert!(stderr.contains("`content/_index.md` already makes"), "{stderr}");
    let stderr = fails_with("static/404.html", "<p>lạc</p>");
    assert!(stderr.contains("the static file `static/404.html` would overwrite `/404.html`"), "{stderr}");
    let stderr = fails_with("static/van-ban/index.html", "<p>x</p>");
    assert!(stderr.contains("`content/van-ban/_index.md` makes that address"), "{stderr}");
}

#[test]
fn a_failed_address_check_writes_nothing() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let before = site.tree("public");
    site.write("static/robots.txt", "User-agent: *\nDisallow: /\n");
    site.build_fails();
    assert_eq!(site.tree("public"), before);
}

/// The source line a message containing `words` points at: its file and
/// the text of that line (issue 12: every message has its place).
fn pointed_line(site: &Site, stderr: &str, words: &str) -> (String, String) {
    let line = stderr.lines().find(|l| l.contains(words)).unwrap_or_else(|| panic!("no `{words}` in {stderr}"));
    let mut parts = line.splitn(4, ':');
    let (file, n) = (parts.next().unwrap().to_string(), parts.next().unwrap());
    let n: usize = n.parse().unwrap_or_else(|_| panic!("no line number in `{line}`"));
    let text = std::fs::read_to_string(site.path(&file)).unwrap();
    (file, text.lines().nth(n - 1).unwrap().to_string())
}

#[test]
fn a_unit_whose_address_is_taken_is_pointed_at_by_its_id() {
    let site = Site::fixture("check-extra");
    site.write("content/don-vi/to-dan-pho-1.md", "---\ntitle: \"Tổ dân phố 1\"\n---\n");
    let stderr = site.build_fails();
    let (file, line) = pointed_line(&site, &stderr, "the unit `to-dan-pho-1`");
    assert_eq!((file.as_str(), line.as_str()), ("content/don-vi/don-vi.yaml", "- id: \"to-dan-pho-1\""), "{stderr}");
}

#[test]
fn a_tag_whose_address_is_taken_is_pointed_at_in_a_page_naming_it() {
    let site = Site::fixture("check-extra");
    site.write("content/chu-de/chuyen-doi-so.md", "---\ntitle: \"Chuyển đổi số\"\n---\n");
    let stderr = site.run(&["check"]).stderr;
    let (file, line) = pointed_line(&site, &stderr, "the tag `");
    assert!(file.starts_with("content/") && file.ends_with(".md"), "{stderr}");
    assert!(line.to_lowercase().contains("chuyển đổi số"), "{line}\n{stderr}");
    // The folder that makes the other address is named as the file.
    let folder = stderr.lines().find(|l| l.contains("the folder `content/chu-de`")).unwrap_or_default();
    assert!(folder.starts_with("content/chu-de: error: "), "{stderr}");
}
