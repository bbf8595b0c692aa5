//! `loa new report --plan NUMBER --period 2026-Q3`: a report page with every
//! indicator and every task of the plan written out — commented, with the
//! previous period's value beside each, so no figure is published before a
//! person has typed it (a wrong figure is worse than a missing one).

use std::path::PathBuf;

use super::{Planned, quoted};
use crate::content::scalars::Keyword;
use crate::date::Date;
use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::model::period::Period;
use crate::model::plan::{Indicator, Reported};
use crate::msg;
use crate::slug::slugify;

/// The report of plan number `plan` for `period`, dated inside the period
/// (see [`dated`]).
pub fn report(site: &Site, plan: usize, period: Period, title: Option<&str>, today: Date) -> Planned {
    let p = &site.plans[plan];
    let page = &site.pages[p.page];
    let number = page.document.as_ref().map(|d| d.front.number.clone()).unwrap_or_default();
    let kind = page.document.as_ref().map_or("Kế hoạch", |d| d.kind);
    let title = title
        .map(str::to_string)
        .unwrap_or_else(|| format!("Báo cáo kết quả thực hiện {kind} {number} {}", period.label_mid()));
    let plan_slug = page.path.trim_end_matches('/').rsplit('/').next().unwrap_or("ke-hoach").to_string();
    let slug = format!("{plan_slug}-{}", slugify(&period.label_mid()));
    let by = p.reporting.first().map_or(p.area, |r| r.by);
    let mut text = String::new();
    text.push_str("---\n");
    text.push_str(&format!("# Tiêu đề của báo cáo (bắt buộc).\ntitle: {}\n", quoted(&title)));
    text.push_str(&format!("# Phần cuối của địa chỉ trang.\nslug: {}\n", quoted(&slug)));
    text.push_str("# Ngày của báo cáo (năm-tháng-ngày), luôn trong kỳ: hôm nay nếu kỳ đang diễn ra,\n");
    text.push_str("# nếu không thì ngày cuối kỳ. Trang được đăng từ ngày này.\n");
    text.push_str(&format!("date: {}\n", dated(period, today).iso()));
    text.push_str("# Một hoặc hai câu tóm tắt kết quả của kỳ.\ndescription: \"Tóm tắt kết quả thực hiện trong kỳ.\"\n");
    text.push_str("report:\n");
    text.push_str(&format!("  plan: {}                # bắt buộc: số của kế hoạch\n", quoted(&number)));
    text.push_str(&format!("  period: \"{period}\"            # bắt buộc: kỳ báo cáo ({})\n", period.label_mid()));
    text.push_str(&format!("  unit: {}        # bắt buộc: mã đơn vị báo cáo\n", quoted(&site.units[by].id)));
    text.push_str("  # illustrative: true         # chỉ khi số liệu là minh họa\n");
    text.push_str("  # Số liệu của từng chỉ tiêu: bỏ dấu # ở đầu dòng và thay số. Số viết bằng\n");
    text.push_str("  # chữ số, phần thập phân dùng dấu chấm (61.2), không dấu chấm hàng nghìn.\n");
    text.push_str("  values:\n");
    for (i, ind) in p.indicators.iter().enumerate() {
        text.push_str(&value_line(site, plan, i, ind, period));
    }
    text.push_str("  # Tình hình từng nhiệm vụ trong kỳ: bỏ dấu # và chọn status: \"not-started\"\n");
    text.push_str("  # (chưa triển khai), \"in-progress\" (đang thực hiện), \"done\" (hoàn thành),\n");
    text.push_str("  # \"delayed\" (chậm tiến độ).\n");
    text.push_str("  tasks:\n");
    for t in &p.tasks {
        text.push_str(&format!(
            "    # {}: {{status: \"in-progress\", note: \"\"}}   # {}\n",
            quoted(&t.number),
            one_line(&t.summary)
        ));
    }
    text.push_str("---\n");
    text.push_str("Nội dung báo cáo, bằng Markdown: kết quả nổi bật, khó khăn, kiến nghị.\n");
    Planned { path: PathBuf::from("content").join(super::new::REPORTS).join(format!("{slug}.md")), text }
}

/// The date a new report on `period` is given, always inside the period
/// (whose year is inside the plan's years, [`allowed`]): `today` while the
/// period runs (a report written during its period, an estimate of its
/// results, is published at once), its last day otherwise. Never a day
/// after the period (a year's report would fall in the next year, outside
/// the years of a plan that ends with that period), nor a day before it (a
/// report on 2027-Q1 written in 2026 was dated 2026): a report written
/// before its period is dated its last day and left out (a note says from
/// which day) until then.
pub fn dated(period: Period, today: Date) -> Date {
    if period.start() <= today && today <= period.end() { today } else { period.end() }
}

/// Refuses a period outside the plan's years, and a second report of the
/// plan's reporting unit for the same period.
pub fn allowed(site: &Site, plan: usize, period: Period) -> Result<(), Diagnostic> {
    let p = &site.plans[plan];
    if period.year() < p.start || period.year() > p.end {
        let m = msg!("report-period-outside", period = period.label_mid(), years = p.years());
        return Err(Diagnostic::error(m).with_help(msg!("report-period-outside-help")));
    }
    let by = p.reporting.first().map_or(p.area, |r| r.by);
    if let Some(r) = site.reports.iter().find(|r| r.plan == plan && r.period == period && r.unit == by) {
        let file = super::shown(&site.pages[r.page].src.shown);
        return Err(Diagnostic::error(msg!("new-report-exists", period = period.label_mid(), file = file))
            .with_help(msg!("new-report-exists-help")));
    }
    Ok(())
}

/// One indicator's line, commented, with its unit of measure and the value
/// of the latest earlier period of the same length.
fn value_line(site: &Site, plan: usize, i: usize, ind: &Indicator, period: Period) -> String {
    let qualitative = ind.measure.is_empty();
    let example = if qualitative { "{status: \"achieved\", text: \"\"}".to_string() } else { "0".to_string() };
    let measure = if qualitative { String::new() } else { format!(" ({})", ind.measure) };
    let before = previous(site, plan, i, period)
        .map(|(p, v)| format!(" — {}: {v}", p.label_mid()))
        .unwrap_or_else(|| " — chưa có số liệu kỳ trước".to_string());
    format!("    # {}: {example}   # {}{measure}{before}\n", ind.id, one_line(&ind.name))
}

/// The value of indicator `i` in the plan's latest report for a period of
/// the same length before `period`, written as it would be in YAML.
fn previous(site: &Site, plan: usize, i: usize, period: Period) -> Option<(Period, String)> {
    site.reports
        .iter()
        .filter(|r| r.plan == plan && r.period.same_kind(&period) && r.period.sort_key() < period.sort_key())
        .filter_map(|r| r.values.iter().find(|v| v.indicator == i).map(|v| (r.period, &v.value)))
        .max_by_key(|(p, _)| p.sort_key())
        .map(|(p, v)| {
            let shown = match v {
                Reported::Number(n) => format!("{n}"),
                Reported::Assessment(s, _) => code(*s).to_string(),
            };
            (p, shown)
        })
}

fn code<K: Keyword + PartialEq>(k: K) -> &'static str {
    K::TABLE.iter().find(|(v, _, _)| *v == k).map_or("", |(_, id, _)| id)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
