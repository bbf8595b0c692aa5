//! One stderr snapshot per validation message of the plan data format
//! (docs/plans.md), each made by one small mistake in the ward fixture
//! (tests/fixtures/plan-ward): numbers in every YAML form, keywords, keys
//! written twice, units, plans, indicators, targets, reports, per-unit
//! values, reporting duties, documents sharing a number and links to the
//! plan data. English, with a few in Vietnamese.

use crate::harness::Site;

const PLAN: &str = "content/van-ban/kh-phuong/ke-hoach.yaml";
const CITY: &str = "content/van-ban/kh-thanh-pho/ke-hoach.yaml";
const UNITS: &str = "content/don-vi/don-vi.yaml";
const Q2: &str = "content/bao-cao/quy-2-2026.md";
const NEWS: &str = "content/tin-tuc/so-hoa-ho-so.md";

/// The fixture without its deliberately ambiguous article, so each
/// snapshot shows the one mistake made.
fn site() -> Site {
    let site = Site::fixture("plan-ward");
    std::fs::remove_file(site.path("content/tin-tuc/hoi-nghi.md")).unwrap();
    site
}

/// stderr of a build that must fail after the edits.
fn fails(edits: &[(&str, &str, &str)]) -> String {
    let site = site();
    for (file, from, to) in edits {
        site.edit(file, from, to);
    }
    site.build_fails()
}

/// stderr of a build that must succeed after the edits (warnings).
fn warns(edits: &[(&str, &str, &str)]) -> String {
    let site = site();
    for (file, from, to) in edits {
        site.edit(file, from, to);
    }
    without_timing(&site.build(&[]).stderr)
}

/// stderr without the summary line of a successful build, which says how
/// long it took.
fn without_timing(stderr: &str) -> String {
    stderr.lines().filter(|l| !l.starts_with("built ") && !l.starts_with("đã dựng ")).collect::<Vec<_>>().join("\n")
}

macro_rules! case {
    ($name:ident, $kind:ident, $($file:expr, $from:expr, $to:expr);+ $(;)?) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!($kind(&[$(($file, $from, $to)),+]));
        }
    };
}

// Numbers: checked as written, in every YAML form, at the value's line.
case!(number_with_a_thousands_dot_in_flow_style, fails, PLAN, "value: 2400, comparison", "value: 2.400, comparison");
case!(number_with_a_decimal_comma_in_flow_style, fails, PLAN, "{year: 2025, value: 52.5}", "{year: 2025, value: 52,5}");
case!(number_with_a_decimal_comma_in_a_block, fails, Q2, "    thoi-gian-xu-ly: 4.1", "    thoi-gian-xu-ly: 4,1");
case!(number_not_a_number_nan, fails, Q2, "ho-so-qua-han: 1", "ho-so-qua-han: .nan");
case!(number_infinite, fails, PLAN, "{year: 2025, value: 5.2}", "{year: 2025, value: .inf}");
case!(number_beyond_any_figure, fails, Q2, "dich-vu-cong-toan-trinh: 85", "dich-vu-cong-toan-trinh: 1e400");
case!(number_in_hexadecimal, fails, Q2, "ho-so-qua-han: 1", "ho-so-qua-han: 0x1F");
case!(number_with_a_percent_sign, fails, Q2, "dich-vu-cong-toan-trinh: 85", "dich-vu-cong-toan-trinh: 85%");
case!(number_in_a_per_unit_value, fails, Q2, "to-dan-pho-3: 530", "to-dan-pho-3: 5.300");
case!(year_in_words, fails, PLAN, "start: 2026", "start: năm nay");

// Keywords, keys and values.
case!(keyword_unknown, fails, Q2, "status: \"đang thực hiện\"", "status: \"đang làm\"");
case!(key_twice_in_values, fails, Q2, "    ho-so-qua-han: 1\n", "    ho-so-qua-han: 1\n    ho-so-qua-han: 2\n");
case!(key_twice_in_units, fails, Q2, "to-dan-pho-4: 480}", "to-dan-pho-4: 480, to-dan-pho-1: 9}");
case!(
    key_twice_in_tasks,
    fails,
    Q2,
    "\"2.1\": {status: \"in-progress\"}",
    "\"2.1\": {status: \"in-progress\"}\n    \"1.1\": {status: \"done\"}"
);
case!(value_neither_number_nor_assessment, fails, Q2, "ho-so-qua-han: 1", "ho-so-qua-han: nhiều");
case!(
    value_for_a_qualitative_indicator_is_a_number,
    fails,
    Q2,
    "chinh-quyen-so: {status: \"cơ bản đạt\", text: \"Đã vận hành một cửa điện tử; còn 2 thủ tục chưa trực tuyến toàn trình\"}",
    "chinh-quyen-so: 3"
);
case!(value_for_a_counted_indicator_is_an_assessment, fails, Q2, "ho-so-qua-han: 1", "ho-so-qua-han: \"đạt\"");
case!(
    value_block_without_value,
    fails,
    Q2,
    "dich-vu-cong-toan-trinh: 85",
    "dich-vu-cong-toan-trinh: {type: \"lũy kế\"}"
);
case!(assessment_without_status, fails, Q2, "{status: \"cơ bản đạt\", text:", "{text:");

// Units.
case!(unit_parents_loop, fails, UNITS, "  kind: \"tỉnh\"\n", "  kind: \"tỉnh\"\n  parent: \"phuong-hoa-binh\"\n");
case!(
    unit_is_its_own_parent,
    fails,
    UNITS,
    "  name: \"Tổ dân phố số 4\"\n  kind: \"tổ dân phố\"\n  parent: \"phuong-hoa-binh\"",
    "  name: \"Tổ dân phố số 4\"\n  kind: \"tổ dân phố\"\n  parent: \"to-dan-pho-4\""
);
case!(unit_kind_unknown, fails, UNITS, "kind: \"tổ dân phố\"", "kind: \"tổ dân cư\"");

// Plans: duties, indicators, targets, groups, tasks.
case!(duty_without_a_cadence_of_reports, fails, PLAN, "cadence: \"monthly\"", "cadence: \"once\"");
case!(duty_starting_with_another_kind_of_period, fails, PLAN, "from: \"2026-07\"", "from: \"2026-Q3\"");
case!(duty_days_not_whole, fails, PLAN, "due_days: 5", "due_days: 5.5");
case!(indicator_id_with_marks, fails, PLAN, "id: \"ho-so-qua-han\"", "id: \"Hồ sơ <b>quá hạn</b>\"");
case!(indicator_id_twice_points_at_the_second, fails, PLAN, "id: \"ho-so-qua-han\"", "id: \"thoi-gian-xu-ly\"");
case!(
    sub_indicator_of_a_sub_indicator,
    fails,
    PLAN,
    "kind: \"định tính\"",
    "kind: \"định tính\"\n    parent: \"dich-vu-cong-toan-trinh\""
);
case!(
    qualitative_indicator_with_a_measure,
    fails,
    PLAN,
    "kind: \"định tính\"",
    "kind: \"định tính\"\n    measure: \"%\""
);
case!(indicator_without_a_measure, fails, PLAN, "    measure: \"ngày\"\n", "");
case!(percentages_summed, fails, PLAN, "combine: \"weighted-mean\"\n    weighted_by: \"hồ sơ\"", "combine: \"sum\"");
case!(
    weights_named_without_a_weighted_mean,
    fails,
    PLAN,
    "achieved_by: \"any-period\"",
    "achieved_by: \"any-period\"\n    weighted_by: \"hộ\""
);
case!(target_without_year_or_period, fails, PLAN, "{period: \"2026-Q1\", value: 60}", "{value: 60}");
case!(targets_out_of_order, fails, PLAN, "{period: \"2026-Q3\", value: 75}", "{period: \"2026-Q1\", value: 75}");
case!(per_year_count_with_a_quarterly_target, fails,
    PLAN, "    kind: \"count\"\n    direction: \"lower\"", "    kind: \"count-per-year\"\n    direction: \"lower\"";
    PLAN, "{year: 2026, value: 0, comparison: \"at-most\"}", "{period: \"2026-Q4\", value: 0, comparison: \"at-most\"}");
case!(
    qualitative_target_as_a_number,
    fails,
    PLAN,
    "{year: 2026, text: \"Cơ bản hoàn thành xây dựng chính quyền số cấp phường\"}",
    "{year: 2026, value: 1}"
);
case!(task_group_twice, fails, PLAN, "number: \"2\"\n    title", "number: \"1\"\n    title");
case!(task_number_with_markup, fails, PLAN, "number: \"2.1\"", "number: \"2.1 <b>\"");

// Reports and per-unit values.
case!(report_plan_fits_two_documents, fails, Q2, "plan: \"25/KH-UBND ngày 15/01/2026\"", "plan: \"25/KH-UBND\"");
case!(
    per_unit_values_for_an_area_indicator,
    fails,
    Q2,
    "thoi-gian-xu-ly: 4.1",
    "thoi-gian-xu-ly: {value: 4.1, units: {to-dan-pho-1: 4}}"
);
case!(
    per_unit_value_for_a_body_not_a_territory,
    fails,
    Q2,
    "to-dan-pho-4: {value: 71, weight: 90}",
    "van-phong-hoa-binh: {value: 71, weight: 90}"
);
case!(per_unit_value_without_its_weight, fails, Q2, "to-dan-pho-4: {value: 71, weight: 90}", "to-dan-pho-4: 71");
case!(
    per_unit_weight_of_zero,
    fails,
    Q2,
    "to-dan-pho-4: {value: 71, weight: 90}",
    "to-dan-pho-4: {value: 71, weight: 0}"
);
case!(per_unit_weight_where_values_add_up, fails, Q2, "to-dan-pho-4: 480}", "to-dan-pho-4: {value: 480, weight: 3}}");

// Warnings: parts that disagree, reports missing.
case!(weighted_mean_of_units_disagrees_with_the_area, warns, Q2, "value: 69.1", "value: 72");
case!(reports_missing_are_warnings, warns, Q2, "title: ", "title: ");

// Links to the plan data.
case!(link_to_an_unknown_indicator, fails, NEWS, "chi-tieu:ho-so-truc-tuyen", "chi-tieu:ho-so-truc-tuyn");
case!(link_to_an_unknown_task, fails, NEWS, "nhiem-vu:1.1@", "nhiem-vu:1.9@");
case!(link_to_an_unknown_unit, fails, NEWS, "don-vi:to-dan-pho-2", "don-vi:to-dan-pho-9");
case!(link_to_a_report_not_there, fails, NEWS, "bao-cao:2026-Q2", "bao-cao:2026-Q3");
case!(link_naming_an_unknown_plan, fails, NEWS, "@ke-hoach-25-kh-ubnd-2026", "@99/KH-UBND");
case!(link_naming_a_plan_number_two_plans_share, fails, NEWS, "@ke-hoach-25-kh-ubnd-2026", "@25/KH-UBND");
case!(
    link_to_an_indicator_two_plans_have,
    fails,
    CITY,
    "  - id: \"ty-le-thanh-toan-so\"",
    "  - id: \"ho-so-truc-tuyen\""
);
case!(link_by_an_address_nothing_has, fails, NEWS, "../../don-vi/to-dan-pho-1/", "../../don-vi/to-dan-pho-7/");

#[test]
fn a_document_twice_with_the_same_number_issuer_and_year() {
    let site = site();
    site.write(
        "content/van-ban/ban-sao.md",
        "---\ntitle: \"Bản sao\"\ndocument:\n  kind: \"kế hoạch\"\n  number: \"25/KH-UBND\"\n  issued: 2026-02-01\n  issuer: \"UBND phường Hòa Bình\"\n---\n",
    );
    insta::assert_snapshot!(site.build_fails());
}

#[test]
fn a_report_naming_a_document_without_plan_data() {
    let site = site();
    site.write(
        "content/van-ban/cong-van.md",
        "---\ntitle: \"Công văn\"\ndocument:\n  kind: \"công văn\"\n  number: \"7/UBND-VP\"\n---\n",
    );
    site.edit(Q2, "plan: \"25/KH-UBND ngày 15/01/2026\"", "plan: \"7/UBND-VP\"");
    insta::assert_snapshot!(site.build_fails());
}

#[test]
fn an_ambiguous_mention_is_a_warning_naming_both() {
    let site = Site::fixture("plan-ward");
    insta::assert_snapshot!(without_timing(&site.build(&[]).stderr));
}

#[test]
fn messages_in_vietnamese() {
    let a = site();
    a.edit(PLAN, "value: 2400, comparison", "value: 2.400, comparison");
    let number = a.run_in("vi", &["build", "--today", "2026-11-21"]).stderr;
    let b = site();
    b.edit(UNITS, "  kind: \"tỉnh\"\n", "  kind: \"tỉnh\"\n  parent: \"phuong-hoa-binh\"\n");
    let unit_loop = b.run_in("vi", &["build", "--today", "2026-11-21"]).stderr;
    let missing = without_timing(&site().run_in("vi", &["build", "--today", "2026-11-21"]).stderr);
    insta::assert_snapshot!(format!("{number}\n---\n{unit_loop}\n---\n{missing}"));
}

/// A plan page whose document is refused (an unknown `kind:`): that one
/// error, and its reports said once to be unchecked, never "no plan
/// numbered …" nor "not a document" (issue 12.3).
#[test]
fn a_plan_page_with_an_unknown_document_kind() {
    let out = fails(&[("content/van-ban/kh-phuong/index.md", "kind: \"kế hoạch\"", "kind: \"kế hoạc\"")]);
    let errors = out.lines().filter(|l| l.starts_with("error")).count();
    let unchecked = out.matches("were not checked").count();
    assert_eq!((errors, unchecked), (1, 1), "{out}");
    insta::assert_snapshot!(out);
}

/// A plan page left out of the build (a draft; likewise a later date):
/// its data beside it is left out with it, never "not beside a plan page"
/// (issue 12.3).
#[test]
fn a_draft_plan_page_leaves_its_data_out_without_a_message() {
    let site = site();
    site.edit("content/van-ban/kh-thanh-pho/index.md", "title:", "draft: true\ntitle:");
    let out = site.run(&["check", "--today", "2026-11-21"]).stderr;
    assert!(!out.contains("not beside a plan page"), "{out}");
    assert!(!out.contains(CITY), "{out}");
    // Its report (naming the city's plan by its issuer) is not checked
    // against the ward's plan of the same number: one warning says so.
    assert_eq!(out.matches("the plan's page is not published by this build").count(), 1, "{out}");
    assert!(out.contains("content/bao-cao/thanh-pho-2025.md"), "{out}");
    // No report is told about another plan's years, indicators or tasks.
    assert!(!out.lines().any(|l| l.starts_with("content/bao-cao/") && l.contains("error")), "{out}");
}

#[test]
fn reports_of_a_draft_plan_are_named_once_not_checked_against_another_plan() {
    let site = site();
    site.edit("content/van-ban/kh-phuong/index.md", "title:", "draft: true\ntitle:");
    let out = site.run(&["check", "--today", "2026-11-21"]).stderr;
    // Every report of the ward's plan names it with its date: none is
    // matched to the city's plan of the same number.
    assert_eq!(out.matches("the plan's page is not published by this build").count(), 1, "{out}");
    assert!(out.contains("report(s) of the plan `content/van-ban/kh-phuong/index.md`"), "{out}");
    // No report is told about another plan's years, indicators or tasks.
    assert!(!out.lines().any(|l| l.starts_with("content/bao-cao/") && l.contains("error")), "{out}");
}

/// Links from a published article to a draft plan — to its indicator, its
/// task, a report for it, an address below its page — each say the plan is
/// not published, never "there is no indicator …" or "leads to no file"
/// (issue 12.3: no message that says something untrue).
#[test]
fn links_to_a_draft_plans_data_name_the_draft() {
    let site = site();
    site.edit("content/van-ban/kh-phuong/index.md", "title:", "draft: true\ntitle:");
    let out = site.run(&["check", "--today", "2026-11-21"]).stderr;
    let news: Vec<&str> = out.lines().filter(|l| l.starts_with(NEWS)).collect();
    assert_eq!(news.len(), 4, "{out}");
    let plan = "leads to the plan of content/van-ban/kh-phuong/index.md, which is not published: it is a draft";
    for link in ["`chi-tieu:ho-so-truc-tuyen`", "`nhiem-vu:1.1@ke-hoach-25-kh-ubnd-2026`", "`bao-cao:2026-Q2`"] {
        assert!(news.iter().any(|l| l.contains(&format!("{link} {plan}"))), "{link}: {out}");
    }
    assert!(
        news.iter().any(|l| l.ends_with("error: this link leads to a draft (`draft: true`), which is not published")),
        "{out}"
    );
    for untrue in ["there is no", "leads to no file", "no plan `"] {
        assert!(!out.contains(untrue), "{untrue}: {out}");
    }
}
