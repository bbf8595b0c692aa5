//! The progress summary page of a portal, "Tình hình thực hiện"
//! (`tinh-hinh-thuc-hien/`): for each plan the portal shows, how many
//! indicators are achieved, on track, behind or without data, how many
//! tasks are done, in progress, overdue or not yet reported, which reports
//! are missing and which are due next — as a table and as an inline SVG
//! with a text alternative, no script. The counts are the plan views'
//! (the same judgements as the plan's own page), never judged again here.

use serde::Serialize;

use crate::model::due;
use crate::model::plan::PlanId;
use crate::render::format;
use crate::render::plan_views::{Ctx, PlanCard};
use crate::render::views::DateView;

/// The page's address under the portal root.
pub const PATH: &str = crate::model::CHANNEL_PAGES[0];

#[derive(Serialize)]
pub struct Progress<'a> {
    pub plans: Vec<PlanProgress<'a>>,
    pub today: DateView,
    pub illustrative: bool,
}

#[derive(Serialize)]
pub struct PlanProgress<'a> {
    #[serde(flatten)]
    pub card: PlanCard<'a>,
    /// Indicators achieved (also "mostly achieved"), on track, behind (also
    /// not achieved), without data: they add up to the indicator count.
    pub indicators: [usize; 4],
    /// Tasks done, in progress, overdue, other (not started or no report
    /// yet): they add up to the task count.
    pub tasks: [usize; 4],
    /// "Báo cáo quý III/2026 của …" for each report past due and missing.
    pub missing: Vec<String>,
    /// The next report of each duty, with its due day.
    pub due: Vec<String>,
    /// The two bars as SVG (indicators, tasks), with their text alternative.
    pub svg: String,
}

impl<'a> Ctx<'a> {
    /// The progress of every plan the portal shows, current plans first.
    pub fn progress(&self) -> Progress<'a> {
        let mut plans: Vec<PlanProgress> =
            (0..self.site.plans.len()).filter(|p| self.scope.plans[*p]).map(|p| self.plan_progress(p)).collect();
        plans.sort_by_key(|p| !p.card.current);
        Progress {
            illustrative: plans.iter().any(|p| p.card.illustrative),
            plans,
            today: DateView::new(self.today, self.lang),
        }
    }

    fn plan_progress(&self, pid: PlanId) -> PlanProgress<'a> {
        let plan = &self.site.plans[pid];
        let view = self.plan(pid);
        let s = &view.card.summary;
        let indicators = [s.achieved + s.mostly, s.on_track, s.behind, s.no_data];
        let rows: Vec<_> = view.groups.iter().flat_map(|g| &g.tasks).collect();
        let in_progress = rows.iter().filter(|t| !t.overdue && t.status == Some(format::IN_PROGRESS)).count();
        let tasks = [s.done, in_progress, s.overdue, s.tasks.saturating_sub(s.done + in_progress + s.overdue)];
        let missing = view
            .reporting
            .iter()
            .flat_map(|r| r.missing.iter().map(move |m| format!("{m} ({})", r.by.title)))
            .collect();
        let due = due::next_reports(plan, self.today)
            .into_iter()
            .map(|(i, period, day)| {
                let by = self.unit(plan.reporting[i].by);
                crate::msg!(
                    "ui-report-due",
                    period = period.name(self.lang),
                    unit = by.title,
                    date = crate::date::Date(day.to_datetime(jiff::civil::Time::midnight())).shown(self.lang)
                )
                .text(self.lang)
            })
            .collect();
        let svg = bars(view.card.plan.title, indicators, tasks, self.lang);
        PlanProgress { card: view.card, indicators, tasks, missing, due, svg }
    }
}

/// Two horizontal stacked bars (indicators, tasks), each segment with its
/// count, and a text alternative saying the same.
fn bars(title: &str, indicators: [usize; 4], tasks: [usize; 4], lang: crate::messages::Lang) -> String {
    use crate::messages::t;
    let ind_names = ["ui-progress-achieved", "ui-progress-on-track", "ui-progress-behind", "ui-progress-no-data"];
    let task_names = ["ui-progress-done", "ui-progress-in-progress", "ui-progress-overdue", "ui-progress-other"];
    let describe = |counts: [usize; 4], names: [&'static str; 4]| {
        counts.iter().zip(names).map(|(n, id)| format!("{n} {}", t(lang, id))).collect::<Vec<_>>().join(", ")
    };
    let alt = format!(
        "{title}. {}: {}. {}: {}.",
        t(lang, "ui-progress-indicators"),
        describe(indicators, ind_names),
        t(lang, "ui-progress-tasks"),
        describe(tasks, task_names)
    );
    let classes = ["s1", "s2", "s3", "s4"];
    let mut body = String::new();
    for (row, (counts, label)) in
        [(indicators, t(lang, "ui-progress-indicators")), (tasks, t(lang, "ui-progress-tasks"))].iter().enumerate()
    {
        let y = 22 + row * 44;
        body.push_str(&format!("<text class=\"nhan\" x=\"0\" y=\"{}\">{}</text>", y - 6, esc(label)));
        let total: usize = counts.iter().sum();
        let mut x = 0.0;
        for (n, class) in counts.iter().zip(classes) {
            if *n == 0 || total == 0 {
                continue;
            }
            let w = 300.0 * *n as f64 / total as f64;
            body.push_str(&format!("<rect class=\"{class}\" x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"18\"/>"));
            if w >= 16.0 {
                body.push_str(&format!(
                    "<text class=\"so {class}\" x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{n}</text>",
                    x + w / 2.0,
                    y + 13
                ));
            }
            x += w;
        }
    }
    format!("<svg class=\"tien-do\" viewBox=\"0 0 300 90\" role=\"img\" aria-label=\"{}\">{body}</svg>", esc(&alt))
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_say_in_words_what_they_draw() {
        let s = bars("Kế hoạch 1", [2, 1, 0, 3], [4, 0, 1, 0], crate::messages::Lang::Vi);
        assert!(s.contains("role=\"img\""));
        let alt = s.split("aria-label=\"").nth(1).unwrap().split('"').next().unwrap();
        assert!(alt.starts_with("Kế hoạch 1. "));
        for n in ["2 ", "1 ", "0 ", "3 ", "4 "] {
            assert!(alt.contains(n), "{alt}");
        }
        // Segments only for counts above 0: 3 + 2.
        assert_eq!(s.matches("<rect").count(), 5);
    }
}
