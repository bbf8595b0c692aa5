//! A check-only pass: once-only tasks past their deadline that no report
//! calls done and the plan's latest report says nothing about — the task
//! residents would ask about, and the line staff forget to write.

use std::path::Path;

use crate::content::data::{Cadence, TaskStatus};
use crate::date::Date;
use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::msg;

/// One warning per such task, at the plan's data file.
pub fn overdue_unreported(site: &Site, root: &Path, today: Date) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (pid, plan) in site.plans.iter().enumerate() {
        if !plan.is_current(today) {
            continue;
        }
        let reports: Vec<_> = site.reports.iter().filter(|r| r.plan == pid).collect();
        let Some(latest) = reports.iter().max_by_key(|r| r.period.sort_key()) else { continue };
        let page = &site.pages[plan.page];
        let data = page.src.shown.with_file_name("ke-hoach.yaml");
        let report_file = crate::scaffold::shown(&site.pages[latest.page].src.shown);
        for (i, task) in plan.tasks.iter().enumerate() {
            let Some(due) = task.due else { continue };
            if task.cadence != Cadence::Once || due.date() >= today.date() {
                continue;
            }
            let done = reports.iter().any(|r| r.tasks.iter().any(|t| t.task == i && t.status == TaskStatus::Done));
            if done || latest.tasks.iter().any(|t| t.task == i) {
                continue;
            }
            let d = Diagnostic::warning(msg!(
                "check-task-overdue",
                number = task.number.as_str(),
                due = due.vi(),
                report = report_file.as_str()
            ))
            .with_help(msg!("check-task-overdue-help", number = task.number.as_str()));
            out.push(at_task(d, root, &data, &task.number));
        }
    }
    out
}

/// The diagnostic at the task's `number:` line in the plan's data file.
fn at_task(d: Diagnostic, root: &Path, data: &Path, number: &str) -> Diagnostic {
    let d = d.in_file(data);
    let Ok(text) = std::fs::read_to_string(root.join(data)) else { return d };
    let forms = [format!("number: \"{number}\""), format!("number: '{number}'"), format!("number: {number}")];
    // Among the tasks, not the groups (which are numbered the same way).
    let from = text.find("\ntasks:").unwrap_or(0);
    let ends = |at: &usize| {
        text[from + at..].split('\n').next().is_some_and(|l| {
            let rest = l.split('#').next().unwrap_or_default().trim_end();
            forms.iter().any(|f| rest == f.as_str())
        })
    };
    let found = forms.iter().filter_map(|f| text[from..].find(f.as_str())).filter(ends).min();
    match found {
        Some(at) => d.at(&text, from + at),
        None => d,
    }
}
