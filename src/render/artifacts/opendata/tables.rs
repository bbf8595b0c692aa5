//! The datasets of a portal's open data, made from the model: what the
//! portal shows (its units, plans and reports), each column described in
//! Vietnamese for the data page and the schemas.

use super::{Cell, Column, Dataset, Type};
use crate::content::scalars::Keyword;
use crate::model::Site;
use crate::model::period::Period;
use crate::model::plan::{Plan, Reported, UnitId};
use crate::model::scope::Scope;

/// A keyword's id (`in-progress`), the form data readers get.
fn kw<K: Keyword + PartialEq>(k: K) -> &'static str {
    K::TABLE.iter().find(|(v, _, _)| *v == k).map_or("", |(_, id, _)| id)
}

fn col(name: &'static str, kind: Type, required: bool, about: &'static str) -> Column {
    Column { name, kind, required, about }
}

fn s(v: impl Into<String>) -> Cell {
    Cell::Str(v.into())
}

fn opt_s(v: Option<&str>) -> Cell {
    v.map_or(Cell::Null, |v| Cell::Str(v.to_string()))
}

/// The plan's document number (`10/KH-UBND`), its id in the data.
fn plan_id(site: &Site, plan: &Plan) -> String {
    let page = &site.pages[plan.page];
    page.document.as_ref().map_or_else(|| page.path.trim_end_matches('/').to_string(), |d| d.front.number.clone())
}

/// The columns saying which period a row is for.
fn period_cells(p: Period) -> [Cell; 3] {
    [s(p.to_string()), Cell::Date(p.start()), Cell::Date(p.end())]
}

fn period_columns() -> [Column; 3] {
    [
        col("period", Type::String, true, "Kỳ: năm `2026`, nửa năm `2026-H1`, quý `2026-Q3` hoặc tháng `2026-05`"),
        col("period_start", Type::Date, true, "Ngày đầu của kỳ (YYYY-MM-DD)"),
        col("period_end", Type::Date, true, "Ngày cuối của kỳ (YYYY-MM-DD)"),
    ]
}

/// Every dataset of the portal whose scope is `scope` and address `base`.
pub fn datasets(site: &Site, scope: &Scope, base: &str) -> Vec<super::Dataset> {
    let unit_id = |u: UnitId| s(site.units[u].id.clone());
    let plans: Vec<usize> = (0..site.plans.len()).filter(|p| scope.plans[*p]).collect();
    let mut units = Dataset {
        name: "don-vi",
        title: "Đơn vị",
        about: "Các cơ quan, đơn vị, địa bàn (tỉnh, phường, xã, tổ dân phố…) có trong các kế hoạch của cổng.",
        columns: vec![
            col("id", Type::String, true, "Mã đơn vị, dùng ở các tệp khác"),
            col("name", Type::String, true, "Tên đầy đủ"),
            col("short", Type::String, false, "Tên ngắn"),
            col("kind", Type::String, true, "Loại đơn vị (phuong, xa, tinh, to-dan-pho, phong…)"),
            col("parent", Type::String, false, "Mã đơn vị cấp trên"),
            col("from", Type::Date, false, "Ngày bắt đầu tồn tại"),
            col("until", Type::Date, false, "Ngày cuối cùng tồn tại (đơn vị đã sáp nhập, giải thể)"),
            col("successors", Type::String, false, "Mã các đơn vị kế thừa, cách nhau bởi dấu chấm phẩy"),
            col("url", Type::String, true, "Địa chỉ trang của đơn vị trên cổng"),
        ],
        rows: vec![],
        count: 0,
    };
    for (_, u) in site.units.iter().enumerate().filter(|(i, _)| scope.units[*i]) {
        let successors: Vec<&str> = u.successors.iter().map(|x| site.units[x.unit].id.as_str()).collect();
        units.rows.push(vec![
            s(u.id.clone()),
            s(u.name.clone()),
            opt_s(u.short.as_deref()),
            s(u.kind),
            u.parent.map_or(Cell::Null, unit_id),
            u.from.map_or(Cell::Null, Cell::Date),
            u.until.map_or(Cell::Null, Cell::Date),
            if successors.is_empty() { Cell::Null } else { s(successors.join(";")) },
            s(format!("{base}{}", u.path)),
        ]);
    }
    let mut plan_set = Dataset {
        name: "ke-hoach",
        title: "Kế hoạch",
        about: "Các kế hoạch có chỉ tiêu, nhiệm vụ và báo cáo định kỳ trên cổng.",
        columns: vec![
            col("plan", Type::String, true, "Số, ký hiệu của kế hoạch (mã kế hoạch trong các tệp khác)"),
            col("title", Type::String, true, "Tên kế hoạch"),
            col("area", Type::String, true, "Mã đơn vị là địa bàn của kế hoạch"),
            col("start_year", Type::Integer, true, "Năm bắt đầu"),
            col("end_year", Type::Integer, true, "Năm kết thúc"),
            col("ends", Type::Date, true, "Ngày cuối cùng kế hoạch còn hiệu lực"),
            col(
                "illustrative",
                Type::Boolean,
                true,
                "true: số liệu tiến độ là số liệu minh họa, không phải số liệu chính thức",
            ),
            col("url", Type::String, true, "Địa chỉ trang của kế hoạch"),
        ],
        rows: vec![],
        count: 0,
    };
    for &p in &plans {
        let plan = &site.plans[p];
        let page = &site.pages[plan.page];
        plan_set.rows.push(vec![
            s(plan_id(site, plan)),
            s(page.title()),
            unit_id(plan.area),
            Cell::Int(plan.start.into()),
            Cell::Int(plan.end.into()),
            Cell::Date(plan.ends),
            Cell::Bool(plan.illustrative),
            s(format!("{base}{}", page.path)),
        ]);
    }
    let mut out = vec![units, plan_set];
    out.extend(plan_tables(site, scope, base, &plans));
    for d in &mut out {
        d.count = d.rows.len();
    }
    out
}

/// Indicators, targets, values, tasks and task statuses.
fn plan_tables(site: &Site, scope: &Scope, base: &str, plans: &[usize]) -> Vec<Dataset> {
    let (mut indicators, mut targets, mut values) = (indicators_table(), targets_table(), values_table());
    for &p in plans {
        let plan = &site.plans[p];
        let pid = plan_id(site, plan);
        indicator_rows(plan, &pid, base, &mut indicators, &mut targets);
        value_rows(site, scope, plan, &pid, base, &mut values);
    }
    let mut out = vec![indicators, targets, values];
    out.extend(task_tables(site, scope, base, plans));
    out
}

fn indicators_table() -> Dataset {
    Dataset {
        name: "chi-tieu",
        title: "Chỉ tiêu",
        about: "Các chỉ tiêu của từng kế hoạch.",
        columns: vec![
            col("plan", Type::String, true, "Số, ký hiệu của kế hoạch"),
            col("indicator", Type::String, true, "Mã chỉ tiêu trong kế hoạch"),
            col("name", Type::String, true, "Tên chỉ tiêu"),
            col("measure", Type::String, true, "Đơn vị tính (%, đoàn viên, ngày…); rỗng với chỉ tiêu định tính"),
            col(
                "kind",
                Type::String,
                true,
                "Loại: count (số lượng), percent (tỷ lệ), count-per-year (số lượng mỗi năm), average (bình quân), qualitative (định tính)",
            ),
            col("direction", Type::String, true, "higher: càng cao càng tốt; lower: càng thấp càng tốt"),
            col("parent", Type::String, false, "Mã chỉ tiêu cha, với chỉ tiêu thành phần"),
            col("baseline_year", Type::Integer, false, "Năm của số liệu gốc"),
            col("baseline_value", Type::Number, false, "Số liệu gốc (dấu chấm thập phân)"),
            col("url", Type::String, true, "Địa chỉ trang của chỉ tiêu"),
        ],
        rows: vec![],
        count: 0,
    }
}

fn targets_table() -> Dataset {
    Dataset {
        name: "muc-tieu",
        title: "Mục tiêu",
        about: "Các mốc mục tiêu của từng chỉ tiêu, theo năm hoặc theo kỳ (lộ trình theo quý, tháng).",
        columns: [
            vec![
                col("plan", Type::String, true, "Số, ký hiệu của kế hoạch"),
                col("indicator", Type::String, true, "Mã chỉ tiêu"),
            ],
            period_columns().to_vec(),
            vec![
                col(
                    "comparison",
                    Type::String,
                    true,
                    "at-least (từ … trở lên), more-than (trên), about (khoảng), at-most (không quá), less-than (dưới)",
                ),
                col("value", Type::Number, false, "Giá trị mục tiêu (dấu chấm thập phân); rỗng với mục tiêu định tính"),
                col("text", Type::String, false, "Mục tiêu định tính, bằng lời"),
            ],
        ]
        .concat(),
        rows: vec![],
        count: 0,
    }
}

fn values_table() -> Dataset {
    Dataset {
        name: "so-lieu",
        title: "Số liệu báo cáo",
        about: "Số liệu của từng chỉ tiêu theo từng kỳ báo cáo: tổng của địa bàn (level = total) và của từng đơn vị trực thuộc (level = unit).",
        columns: [
            vec![col("plan", Type::String, true, "Số, ký hiệu của kế hoạch"), col("indicator", Type::String, true, "Mã chỉ tiêu")],
            period_columns().to_vec(),
            vec![
                col("level", Type::String, true, "total: tổng của địa bàn; unit: số liệu của một đơn vị trực thuộc"),
                col("unit", Type::String, true, "Mã đơn vị: đơn vị báo cáo (total) hoặc đơn vị trực thuộc (unit)"),
                col("value", Type::Number, false, "Số liệu (dấu chấm thập phân); rỗng với chỉ tiêu định tính"),
                col("value_type", Type::String, true, "period: trong kỳ; cumulative: lũy kế từ đầu năm; estimate: ước tính"),
                col("weight", Type::Number, false, "Quyền số của đơn vị khi tính bình quân gia quyền"),
                col("assessment", Type::String, false, "Đánh giá chỉ tiêu định tính: achieved (đạt), mostly-achieved (cơ bản đạt), not-achieved (chưa đạt)"),
                col("assessment_text", Type::String, false, "Nhận xét kèm đánh giá định tính"),
                col("illustrative", Type::Boolean, true, "true: số liệu minh họa, không phải số liệu chính thức"),
                col("report_url", Type::String, true, "Địa chỉ trang của báo cáo"),
            ],
        ]
        .concat(),
        rows: vec![],
        count: 0,
    }
}

/// A plan's indicators and their targets.
fn indicator_rows(plan: &Plan, pid: &str, base: &str, indicators: &mut Dataset, targets: &mut Dataset) {
    for ind in &plan.indicators {
        let parent = ind.parent.map(|i| plan.indicators[i].id.clone());
        indicators.rows.push(vec![
            s(pid.to_string()),
            s(ind.id.clone()),
            s(ind.name.clone()),
            s(ind.measure.clone()),
            s(kw(ind.kind)),
            s(kw(ind.direction)),
            opt_s(parent.as_deref()),
            ind.baseline.map_or(Cell::Null, |(y, _)| Cell::Int(y.into())),
            ind.baseline.map_or(Cell::Null, |(_, v)| Cell::Num(v)),
            s(format!("{base}{}", ind.path)),
        ]);
        for t in &ind.targets {
            let mut row = vec![s(pid.to_string()), s(ind.id.clone())];
            row.extend(period_cells(t.period));
            row.extend([s(kw(t.comparison)), t.value.map_or(Cell::Null, Cell::Num), opt_s(t.text.as_deref())]);
            targets.rows.push(row);
        }
    }
}

/// A plan's reported values, the area's total and each child unit's.
fn value_rows(site: &Site, scope: &Scope, plan: &Plan, pid: &str, base: &str, values: &mut Dataset) {
    let unit_id = |u: UnitId| s(site.units[u].id.clone());
    for &r in plan.reports.iter().filter(|r| scope.reports[**r]) {
        let rep = &site.reports[r];
        let url = s(format!("{base}{}", site.pages[rep.page].path));
        for v in &rep.values {
            let ind = &plan.indicators[v.indicator];
            let (value, assessment, text) = match &v.value {
                Reported::Number(n) => (Cell::Num(*n), Cell::Null, Cell::Null),
                Reported::Assessment(a, t) => (Cell::Null, s(kw(*a)), opt_s(t.as_deref())),
            };
            let head = |level: &str, unit: Cell| {
                let mut row = vec![s(pid.to_string()), s(ind.id.clone())];
                row.extend(period_cells(rep.period));
                row.extend([s(level), unit]);
                row
            };
            let mut row = head("total", unit_id(rep.unit));
            row.extend([value, s(kw(v.kind)), Cell::Null, assessment, text, Cell::Bool(rep.illustrative), url.clone()]);
            values.rows.push(row);
            for u in &v.units {
                let mut row = head("unit", unit_id(u.unit));
                row.extend([
                    Cell::Num(u.value),
                    s(kw(v.kind)),
                    u.weight.map_or(Cell::Null, Cell::Num),
                    Cell::Null,
                    Cell::Null,
                    Cell::Bool(rep.illustrative),
                    url.clone(),
                ]);
                values.rows.push(row);
            }
        }
    }
}

/// Tasks, and each task's status per reported period.
fn task_tables(site: &Site, scope: &Scope, base: &str, plans: &[usize]) -> Vec<Dataset> {
    let ids = |us: &[UnitId]| {
        if us.is_empty() {
            Cell::Null
        } else {
            s(us.iter().map(|u| site.units[*u].id.as_str()).collect::<Vec<_>>().join(";"))
        }
    };
    let mut tasks = Dataset {
        name: "nhiem-vu",
        title: "Nhiệm vụ",
        about: "Các nhiệm vụ của từng kế hoạch, đơn vị chủ trì, phối hợp và thời hạn.",
        columns: vec![
            col("plan", Type::String, true, "Số, ký hiệu của kế hoạch"),
            col("task", Type::String, true, "Số thứ tự nhiệm vụ trong kế hoạch (1.1, 2.4…)"),
            col("group", Type::String, true, "Nhóm nhiệm vụ (số của nhóm)"),
            col("summary", Type::String, true, "Nội dung nhiệm vụ"),
            col("lead", Type::String, false, "Mã các đơn vị chủ trì, cách nhau bởi dấu chấm phẩy"),
            col("support", Type::String, false, "Mã các đơn vị phối hợp, cách nhau bởi dấu chấm phẩy"),
            col("due", Type::Date, false, "Thời hạn hoàn thành"),
            col(
                "cadence",
                Type::String,
                true,
                "Tần suất: once (một lần), monthly, quarterly, half-yearly, yearly, ongoing (thường xuyên)",
            ),
            col("url", Type::String, true, "Địa chỉ của nhiệm vụ trên trang kế hoạch"),
        ],
        rows: vec![],
        count: 0,
    };
    let mut statuses = Dataset {
        name: "tinh-trang-nhiem-vu",
        title: "Tình trạng nhiệm vụ theo kỳ",
        about: "Tình trạng của từng nhiệm vụ theo từng kỳ báo cáo.",
        columns: [
            vec![col("plan", Type::String, true, "Số, ký hiệu của kế hoạch"), col("task", Type::String, true, "Số thứ tự nhiệm vụ")],
            period_columns().to_vec(),
            vec![
                col("status", Type::String, true, "not-started (chưa triển khai), in-progress (đang thực hiện), done (hoàn thành), delayed (chậm tiến độ)"),
                col("note", Type::String, false, "Ghi chú trong báo cáo"),
                col("unit", Type::String, true, "Mã đơn vị báo cáo"),
                col("illustrative", Type::Boolean, true, "true: số liệu minh họa"),
                col("report_url", Type::String, true, "Địa chỉ trang của báo cáo"),
            ],
        ]
        .concat(),
        rows: vec![],
        count: 0,
    };
    for &p in plans {
        let plan = &site.plans[p];
        let pid = plan_id(site, plan);
        let page = &site.pages[plan.page].path;
        for t in &plan.tasks {
            tasks.rows.push(vec![
                s(pid.clone()),
                s(t.number.clone()),
                s(t.group.clone()),
                s(t.summary.clone()),
                ids(&t.lead),
                ids(&t.support),
                t.due.map_or(Cell::Null, Cell::Date),
                s(kw(t.cadence)),
                s(format!("{base}{page}#{}", crate::render::plan_views::task_anchor(&t.number))),
            ]);
        }
        for &r in plan.reports.iter().filter(|r| scope.reports[**r]) {
            let rep = &site.reports[r];
            for tr in &rep.tasks {
                let mut row = vec![s(pid.clone()), s(plan.tasks[tr.task].number.clone())];
                row.extend(period_cells(rep.period));
                row.extend([
                    s(kw(tr.status)),
                    opt_s(tr.note.as_deref()),
                    s(site.units[rep.unit].id.clone()),
                    Cell::Bool(rep.illustrative),
                    s(format!("{base}{}", site.pages[rep.page].path)),
                ]);
                statuses.rows.push(row);
            }
        }
    }
    vec![tasks, statuses]
}
