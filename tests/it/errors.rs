//! The error-message UX: every kind of content mistake, built from its own
//! fixture, with the exact stderr a staff member sees kept as a snapshot.

use crate::harness::Site;

fn stderr_of(fixture: &str) -> String {
    Site::fixture(fixture).build_fails()
}

#[test]
fn yaml_syntax_error_in_front_matter() {
    insta::assert_snapshot!(stderr_of("err-yaml-syntax"));
}

#[test]
fn front_matter_without_closing_fence() {
    insta::assert_snapshot!(stderr_of("err-unclosed"));
}

#[test]
fn unknown_field_suggests_the_right_one() {
    insta::assert_snapshot!(stderr_of("err-unknown-field"));
}

#[test]
fn vietnamese_date_order_shows_the_iso_form() {
    insta::assert_snapshot!(stderr_of("err-date-format"));
}

#[test]
fn missing_title() {
    insta::assert_snapshot!(stderr_of("err-missing-title"));
}

#[test]
fn file_in_a_legacy_encoding() {
    insta::assert_snapshot!(stderr_of("err-not-utf8"));
}

#[test]
fn two_pages_with_one_address() {
    insta::assert_snapshot!(stderr_of("err-duplicate-url"));
}

#[test]
fn broken_internal_link() {
    insta::assert_snapshot!(stderr_of("err-broken-link"));
}

#[test]
fn unknown_template() {
    insta::assert_snapshot!(stderr_of("err-unknown-template"));
}

#[test]
fn all_mistakes_are_reported_in_one_run() {
    insta::assert_snapshot!(stderr_of("err-many"));
}

#[test]
fn template_errors_name_the_template_line_and_page() {
    let site = Site::fixture("basic");
    site.write("themes/default/templates/page.html", "<p>\n{{ page.titel }}</p>\n");
    insta::assert_snapshot!(site.build_fails());
}

#[test]
fn missing_config_says_how_to_start() {
    let site = Site::fixture("basic");
    std::fs::remove_file(site.path("loa.yaml")).unwrap();
    insta::assert_snapshot!(site.build_fails());
}

#[test]
fn unknown_config_key_and_theme() {
    let site = Site::fixture("basic");
    site.write("loa.yaml", "title: T\nbase_url: https://a.vn/\nthem: x\nportals:\n  - id: main\n");
    insta::assert_snapshot!(site.build_fails());
    site.write("loa.yaml", "title: T\nbase_url: https://a.vn/\ntheme: defualt\nportals:\n  - id: main\n");
    insta::assert_snapshot!(site.build_fails());
}
