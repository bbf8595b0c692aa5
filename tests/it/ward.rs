//! Today's ward (tests/fixtures/plan-ward): a ward formed on 1 July 2025
//! from two former wards (one in part), its own 2026 plan broken down by tổ
//! dân phố with a quarterly roadmap, a qualitative target, monthly,
//! quarterly, half-year and estimated values, recurring tasks and reporting
//! duties; the city's plan with the same number; news that link to the
//! plan data. One test per feature, on the pages it makes.

use crate::harness::Site;

fn built() -> (Site, String) {
    let site = Site::with_default_theme("plan-ward");
    let r = site.build(&[]);
    (site, r.stderr)
}

const PLAN: &str = "phuong-hoa-binh/van-ban/ke-hoach-25-kh-ubnd-2026/";

fn text(html: &str) -> String {
    // Tags out, spaces folded: what a reader sees, for sentences split by markup.
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_ward_plan_is_broken_down_by_to_dan_pho_with_weights_and_ranks() {
    let (site, _) = built();
    let page = text(&site.output(&format!("{PLAN}ho-so-truc-tuyen/index.html")));
    assert!(page.contains("Theo từng tổ dân phố (quý II/2026)"), "{page}");
    assert!(page.contains("3 tổ dân phố có số liệu / 4 tổ dân phố"));
    // A weighted mean: the weights are shown, never shares, never a sum.
    assert!(page.contains("Số liệu hồ sơ 1 Tổ dân phố số 1 80% 120"), "{page}");
    assert!(!page.contains("Tỷ trọng") && !page.contains("Cộng số liệu"), "{page}");
    // A count that adds up: shares of the total.
    let count = text(&site.output(&format!("{PLAN}ho-tai-khoan/index.html")));
    assert!(
        count.contains("1 Tổ dân phố số 1 560 hộ 27,3%") && count.contains("3 Tổ dân phố số 4 480 hộ 23,4%"),
        "{count}"
    );
}

#[test]
fn percentages_of_the_wards_are_never_added_up() {
    let (site, _) = built();
    let page = text(&site.output("thanh-pho/van-ban/ke-hoach-25-kh-ubnd-2025/ty-le-thanh-toan-so/index.html"));
    assert!(page.contains("2 phường có số liệu / 2 phường"), "{page}");
    assert!(!page.contains("106,25") && !page.contains("Tổng các phường"), "{page}");
    let ward_home = text(&site.output("phuong-hoa-binh/index.html"));
    assert!(ward_home.contains("70% (năm 2025; xếp thứ 1 trong 2 phường có số liệu / 2 phường)"), "{ward_home}");
}

#[test]
fn a_quarterly_roadmap_judges_against_its_nearest_target_and_says_which() {
    let (site, _) = built();
    let page = text(&site.output(&format!("{PLAN}ho-so-truc-tuyen/index.html")));
    assert!(page.contains("Mục tiêu quý III/2026: từ 75% trở lên"), "{page}");
    assert!(page.contains(
        "So với lộ trình đều từ mục tiêu quý II/2026 (68%) đến mục tiêu quý III/2026 (từ 75% trở lên): \
         đến hết tháng 8/2026 cần đạt khoảng 72,7%; số liệu tháng 8/2026 là 73%."
    ));
    assert!(page.contains("Quý I/2026: từ 60% trở lên Quý II/2026: từ 68% trở lên"));
}

#[test]
fn a_qualitative_indicator_is_shown_as_assessed_and_never_as_a_number() {
    let (site, _) = built();
    let page = text(&site.output(&format!("{PLAN}chinh-quyen-so/index.html")));
    assert!(page.contains("Cơ bản đạt Quý II/2026 Đã vận hành một cửa điện tử"), "{page}");
    assert!(page.contains("Quý I/2026: Chưa đạt"));
    assert!(
        page.contains("Loại chỉ tiêu Định tính") && !page.contains("Số lượng") && !page.contains("bieu-do"),
        "{page}"
    );
    // Counted in the plan's summary.
    let plan = text(&site.output(&format!("{PLAN}index.html")));
    assert!(plan.contains("6 chỉ tiêu: 1 cơ bản đạt"), "{plan}");
}

#[test]
fn values_keep_their_meaning_and_their_own_series() {
    let (site, _) = built();
    let page = text(&site.output(&format!("{PLAN}ho-so-truc-tuyen/index.html")));
    // The quarter, the month and the half year are separate tables.
    for caption in ["Theo tháng", "Theo quý", "Theo 6 tháng"] {
        assert!(page.contains(caption), "{caption}: {page}");
    }
    // A quarter is compared with the previous quarter, not the half year
    // that ends the same day.
    let report = text(&site.output("phuong-hoa-binh/bao-cao/bao-cao-quy-ii-nam-2026/index.html"));
    assert!(report.contains("69,1% (kỳ trước, quý I/2026: 61%; +8,1 điểm %)"), "{report}");
    // An estimate reaching the annual target is not "achieved", even for an
    // indicator whose any value counts.
    let count = text(&site.output(&format!("{PLAN}ho-tai-khoan/index.html")));
    assert!(count.contains("2.450 hộ Năm 2026 (ước)") && count.contains("Đúng tiến độ"), "{count}");
    assert!(!count.contains("Đã đạt"), "{count}");
    assert!(count.contains("Tháng 7/2026 (lũy kế) 2.160 hộ"));
}

#[test]
fn recurring_tasks_have_a_status_per_period_and_a_history() {
    let (site, _) = built();
    let plan = site.output(&format!("{PLAN}index.html"));
    let task = &plan[plan.find("id=\"nhiem-vu-1-1\"").expect("task 1.1")..];
    let task = text(&task[..task.find("</li>\n").unwrap()]);
    // Done in the first quarter says nothing of the third.
    assert!(task.contains("Chưa có báo cáo quý III/2026"), "{task}");
    assert!(
        task.contains("Các kỳ trước (3)") && task.contains("Quý II/2026: Đang thực hiện — Đã số hóa 1.240 hồ sơ"),
        "{task}"
    );
    let monthly = &plan[plan.find("id=\"nhiem-vu-1-2\"").unwrap()..];
    assert!(text(&monthly[..monthly.find("</li>\n").unwrap()]).contains("Chưa có báo cáo tháng 10/2026"));
}

#[test]
fn missing_reports_show_on_the_plan_page_and_are_warnings() {
    let (site, stderr) = built();
    let plan = text(&site.output(&format!("{PLAN}index.html")));
    assert!(plan.contains("Chưa có báo cáo quý III/2026") && plan.contains("Chưa có báo cáo tháng 9/2026"), "{plan}");
    assert!(plan.contains("Số kỳ báo cáo còn thiếu: 3"));
    assert!(
        stderr.contains("no report of 25/KH-UBND by Văn phòng HĐND và UBND phường Hòa Bình for Q3 2026"),
        "{stderr}"
    );
    assert!(stderr.contains("for September 2026, October 2026"), "{stderr}");
}

#[test]
fn documents_with_the_same_number_are_two_documents() {
    let (site, stderr) = built();
    assert!(site.exists("phuong-hoa-binh/van-ban/ke-hoach-25-kh-ubnd-2025/index.html"));
    assert!(site.exists("phuong-hoa-binh/van-ban/ke-hoach-25-kh-ubnd-2026/index.html"));
    // A date or an issuer picks one; a bare number that fits both is a warning.
    let news = site.output("phuong-hoa-binh/tin-tuc/phuong-day-manh-so-hoa-ho-so/index.html");
    assert!(
        news.contains(
            r#"<a href="../../van-ban/ke-hoach-25-kh-ubnd-2026/">Kế hoạch số 25/KH-UBND ngày 15/01/2026</a>"#
        ),
        "{news}"
    );
    let meeting = site.output("phuong-hoa-binh/tin-tuc/hoi-nghi-trien-khai-chuyen-doi-so/index.html");
    assert!(
        meeting.contains(
            r#"href="../../van-ban/ke-hoach-25-kh-ubnd-2025/">Kế hoạch số 25/KH-UBND</a> của UBND thành phố"#
        ),
        "{meeting}"
    );
    assert!(meeting.contains("quán triệt Kế hoạch số 25/KH-UBND và"), "the ambiguous mention is not linked");
    assert!(
        stderr.contains("content/tin-tuc/hoi-nghi.md:5:21: warning: this mention fits several documents"),
        "{stderr}"
    );
    // The ward's plan implements the city's, named with its date.
    let plan = site.output(&format!("{PLAN}index.html"));
    assert!(
        plan.contains(r#"<a href="../../van-ban/ke-hoach-25-kh-ubnd-2025/">25/KH-UBND ngày 10/03/2025</a>"#),
        "{plan}"
    );
}

#[test]
fn markdown_links_to_indicators_tasks_units_reports_and_addresses() {
    let (site, _) = built();
    let news = site.output("phuong-hoa-binh/tin-tuc/phuong-day-manh-so-hoa-ho-so/index.html");
    for href in [
        "../../van-ban/ke-hoach-25-kh-ubnd-2026/ho-so-truc-tuyen/",
        "../../van-ban/ke-hoach-25-kh-ubnd-2026/#nhiem-vu-1-1",
        "../../don-vi/to-dan-pho-2/",
        "../../don-vi/to-dan-pho-1/",
        "../../bao-cao/bao-cao-quy-ii-nam-2026/",
        "../../van-ban/ke-hoach-25-kh-ubnd-2026/ho-tai-khoan/",
    ] {
        assert!(news.contains(&format!("href=\"{href}\"")), "{href}: {news}");
    }
    // On a portal without that plan, the link leads to a portal that has it.
    let elsewhere = site.output("phuong-an-lac/tin-tuc/phuong-day-manh-so-hoa-ho-so/index.html");
    assert!(
        elsewhere.contains(
            "href=\"https://example.gov.vn/phuong-hoa-binh/van-ban/ke-hoach-25-kh-ubnd-2026/ho-so-truc-tuyen/\""
        ),
        "{elsewhere}"
    );
    assert!(elsewhere.contains("href=\"https://example.gov.vn/phuong-hoa-binh/don-vi/to-dan-pho-2/\""), "{elsewhere}");
}

#[test]
fn a_wards_own_plan_is_its_own() {
    let (site, _) = built();
    let home = text(&site.output("phuong-hoa-binh/index.html"));
    let own = home.find("Kế hoạch chuyển đổi số phường Hòa Bình năm 2026").expect("own plan");
    let city = home.find("Kế hoạch chuyển đổi số thành phố năm 2025–2026").expect("city plan");
    assert!(own < city, "the ward's own plan first: {home}");
    assert!(home.contains("Nhiệm vụ quá hạn (1)"));
    let unit = text(&site.output("phuong-hoa-binh/don-vi/phuong-hoa-binh/index.html"));
    assert!(unit.contains("Kế hoạch của địa bàn Kế hoạch chuyển đổi số phường Hòa Bình năm 2026"), "{unit}");
    assert!(unit.contains("Kế hoạch do đơn vị ban hành Kế hoạch chuyển đổi số phường Hòa Bình năm 2026"));
    assert!(
        unit.contains("Báo cáo đã gửi Ước thực hiện năm 2026") && unit.contains("Báo cáo 6 tháng đầu năm 2026"),
        "{unit}"
    );
}

#[test]
fn partial_succession_is_history_labelled_partial_and_never_added() {
    let (site, _) = built();
    let unit = text(&site.output("phuong-hoa-binh/don-vi/phuong-hoa-binh/index.html"));
    assert!(unit.contains("Kế thừa từ Phường A (cũ) ; Phường B (cũ) (tiếp nhận một phần địa bàn)"), "{unit}");
    assert!(unit.contains(
        "Lịch sử từ đơn vị cũ: Phường B (cũ) (tiếp nhận một phần địa bàn) Đơn vị này chỉ tiếp nhận một phần"
    ));
    assert!(unit.contains("5.000 hồ sơ (năm 2024"));
    // The new ward's own figures hold only its own values.
    let own = &unit[unit.find("Số liệu của đơn vị").unwrap()..unit.find("Nhiệm vụ được giao").unwrap()];
    assert!(!own.contains("hồ sơ (năm 2024") && !own.contains("8.000"), "{own}");
    let former = text(&site.output("phuong-hoa-binh/don-vi/phuong-b-cu/index.html"));
    assert!(former.contains("Phường Hòa Bình (từ 01/07/2025 ; tiếp nhận một phần địa bàn)"), "{former}");
    // The former district's plan is history, with its years.
    let home = text(&site.output("phuong-hoa-binh/index.html"));
    assert!(
        home.contains(
            "Kế hoạch đã kết thúc (lưu trữ) Kế hoạch cải cách hành chính quận Cũ năm 2024 Quận Cũ · 2024–2025"
        ),
        "{home}"
    );
}

#[test]
fn wording_keeps_numerals_measures_and_targets_right() {
    let (site, _) = built();
    let report = text(&site.output("phuong-hoa-binh/bao-cao/bao-cao-quy-ii-nam-2026/index.html"));
    assert!(!report.to_lowercase().contains("quý ii/") || report.contains("quý I/2026"), "{report}");
    assert!(!report.contains("quý ii/2026") && !report.contains("quý i/2026"), "{report}");
    for expected in
        ["4,1 ngày", "Mục tiêu năm 2026: đạt 100%", "Mục tiêu năm 2026: không có hồ sơ quá hạn", "tối đa 3 ngày"]
    {
        assert!(report.contains(expected), "{expected}: {report}");
    }
    // Sub-indicators right under their parent, in the plan's order.
    let parent = report.find("Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình").unwrap();
    let sub = report.find("Trong đó: tỷ lệ thủ tục").unwrap();
    let next = report.find("Số hộ có tài khoản").unwrap();
    assert!(parent < sub && sub < next);
    // A task whose group is not declared gets no empty heading.
    let plan = site.output(&format!("{PLAN}index.html"));
    assert!(plan.contains("<summary>Các nhiệm vụ khác"), "{plan}");
    assert!(!plan.contains("<h3>3. </h3>") && !plan.contains("<summary>3. "));
    let unit = text(&site.output("phuong-hoa-binh/don-vi/phuong-hoa-binh/index.html"));
    assert!(unit.contains("Thời gian tồn tại Từ 01/07/2025"), "{unit}");
}

#[test]
fn charts_draw_each_cadence_apart_on_an_axis_ending_with_the_plan() {
    let (site, _) = built();
    let page = site.output(&format!("{PLAN}ho-so-truc-tuyen/index.html"));
    for series in ["chuoi-thang", "chuoi-quy", "chuoi-nua-nam"] {
        assert!(page.contains(series), "{series}");
    }
    assert!(page.contains(">IV/2026<"), "quarter ticks up to the plan's end");
    assert!(page.contains("Chấm nhỏ: số liệu theo tháng; Hình tam giác: số liệu theo quý"));
}
