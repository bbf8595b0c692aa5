//! The template view of an indicator's page: its latest figure and how it
//! was judged, a chart and a table per series of values, its targets, and
//! its breakdown over the units below the plan's area (ranks among the
//! units that reported, shares or weights where they mean something).

use serde::Serialize;

use crate::content::data::{Combine, Direction, IndicatorKind, Scope};
use crate::messages::{Lang, t};
use crate::model::figures::{self, SeriesKey};
use crate::model::period::Period;
use crate::model::plan::{PlanId, Reported, parts_label};
use crate::msg;
use crate::render::chart::{Chart, Mark, Series, Shape};
use crate::render::format;
use crate::render::plan_views::{Ctx, IndicatorRow};
use crate::render::views::LinkView;

#[derive(Serialize)]
pub struct HistoryRow<'a> {
    pub period: String,
    pub value: String,
    pub change: Option<String>,
    pub report: LinkView<'a>,
    pub illustrative: bool,
}

/// One series of values: "Theo quý", "Lũy kế từ đầu năm"…
#[derive(Serialize)]
pub struct HistoryTable<'a> {
    pub label: String,
    pub rows: Vec<HistoryRow<'a>>,
}

#[derive(Serialize)]
pub struct PartLine<'a> {
    pub unit: LinkView<'a>,
    pub value: String,
    pub share: Option<String>,
    pub weight: Option<String>,
    pub rank: usize,
}

#[derive(Serialize)]
pub struct PartsTable<'a> {
    pub period: String,
    /// "tổ dân phố", "phường".
    pub label: String,
    pub total: String,
    pub rows: Vec<PartLine<'a>>,
    /// "3 tổ dân phố có số liệu / 5 tổ dân phố".
    pub reported: String,
    /// Whether the units' values add up to the total (a sum).
    pub sum: bool,
    /// What the weights count, for a weighted mean.
    pub weighted_by: Option<String>,
    /// Set when the units' values do not agree with the area's value.
    pub gap_note: Option<String>,
}

#[derive(Serialize)]
pub struct IndicatorView<'a> {
    #[serde(flatten)]
    pub row: IndicatorRow<'a>,
    pub kind: String,
    pub direction: Option<String>,
    pub chart: String,
    /// What the chart's shapes are, in words.
    pub legend: Vec<String>,
    pub history: Vec<HistoryTable<'a>>,
    /// A qualitative indicator's assessments, newest first.
    pub assessments: Vec<HistoryRow<'a>>,
    pub parts: Option<PartsTable<'a>>,
    pub parent: Option<LinkView<'a>>,
    pub children: Vec<LinkView<'a>>,
}

/// (label id, legend id, CSS class, marker) of a series.
fn series_label(k: SeriesKey) -> (&'static str, &'static str, &'static str, Shape) {
    match (k.months, k.cumulative) {
        (_, true) => ("ui-series-cumulative", "ui-legend-cumulative", "chuoi-luy-ke", Shape::Square),
        (12, _) => ("ui-series-year", "ui-legend-year", "chuoi-nam", Shape::Circle),
        (6, _) => ("ui-series-half", "ui-legend-half", "chuoi-nua-nam", Shape::Square),
        (3, _) => ("ui-series-quarter", "ui-legend-quarter", "chuoi-quy", Shape::Triangle),
        _ => ("ui-series-month", "ui-legend-month", "chuoi-thang", Shape::Dot),
    }
}

impl<'a> Ctx<'a> {
    pub fn indicator_page(&self, plan_id: PlanId, i: usize) -> IndicatorView<'a> {
        let plan = &self.site.plans[plan_id];
        let ind = &plan.indicators[i];
        let row = self.indicator(plan_id, i);
        let points = figures::series(&self.site.reports, plan, i);
        let split = figures::split(&points);
        let value = |v: f64| format::measured(v, ind.kind, &ind.measure, self.lang);
        let history_row = |p: &figures::Point, prev: Option<&figures::Point>| {
            let page = &self.site.pages[self.site.reports[p.report].page];
            let mut period = p.period.label(self.lang);
            if let Some(t) = format::value_type(p.kind, self.lang) {
                period = format!("{period} ({t})");
            }
            HistoryRow {
                period,
                value: value(p.value),
                change: prev.map(|q| format::change(p.value - q.value, ind.kind, self.lang)),
                report: LinkView { title: page.title(), path: &page.path },
                illustrative: self.site.reports[p.report].illustrative,
            }
        };
        let history: Vec<HistoryTable> = split
            .iter()
            .map(|(k, ps)| HistoryTable {
                label: t(self.lang, series_label(*k).0),
                rows: ps.iter().enumerate().map(|(j, p)| history_row(p, j.checked_sub(1).map(|j| &ps[j]))).collect(),
            })
            .collect();
        let (chart, legend) = self.chart(ind, &points, &split, &row, plan.end);
        IndicatorView {
            kind: format::kind(ind.kind, self.lang),
            direction: (ind.kind != IndicatorKind::Qualitative).then(|| {
                t(
                    self.lang,
                    match ind.direction {
                        Direction::Higher => "ui-direction-higher",
                        Direction::Lower => "ui-direction-lower",
                    },
                )
            }),
            chart,
            legend,
            history,
            assessments: self.assessments(plan_id, i),
            parts: self.parts(plan_id, i),
            parent: ind.parent.map(|p| LinkView { title: &plan.indicators[p].name, path: &plan.indicators[p].path }),
            children: plan
                .indicators
                .iter()
                .filter(|c| c.parent == Some(i))
                .map(|c| LinkView { title: &c.name, path: &c.path })
                .collect(),
            row,
        }
    }

    /// The chart of an indicator's series and targets, and its legend.
    fn chart(
        &self,
        ind: &crate::model::plan::Indicator,
        points: &[figures::Point],
        split: &[(SeriesKey, Vec<figures::Point>)],
        row: &IndicatorRow,
        last_year: i16,
    ) -> (String, Vec<String>) {
        let series: Vec<Series> = split
            .iter()
            .map(|(k, ps)| {
                let (_, _, class, shape) = series_label(*k);
                Series {
                    class,
                    shape,
                    dashed: k.cumulative,
                    marks: ps.iter().map(|p| Mark { at: p.period.end(), value: p.value }).collect(),
                }
            })
            .collect();
        let mut targets: Vec<Mark> = Vec::new();
        if let Some((y, v)) = ind.baseline {
            targets.push(Mark { at: Period::Year(y).end(), value: v });
        }
        targets.extend(ind.targets.iter().filter_map(|t| t.value.map(|v| Mark { at: t.period.end(), value: v })));
        let desc = describe(ind, points, row, self.lang);
        let chart_id = format!("bieu-do-{}", ind.id);
        let svg = Chart {
            id: &chart_id,
            title: &ind.name,
            desc: &desc,
            kind: ind.kind,
            series: &series,
            targets: &targets,
            last_year,
            lang: self.lang,
        }
        .svg();
        let mut legend: Vec<String> = split.iter().map(|(k, _)| t(self.lang, series_label(*k).1)).collect();
        if !targets.is_empty() {
            legend.push(t(self.lang, "ui-legend-targets"));
        }
        (svg, legend)
    }

    fn assessments(&self, plan_id: PlanId, i: usize) -> Vec<HistoryRow<'a>> {
        let plan = &self.site.plans[plan_id];
        let mut out: Vec<(Period, HistoryRow)> = Vec::new();
        for &rid in &plan.reports {
            let r = &self.site.reports[rid];
            for v in r.values.iter().filter(|v| v.indicator == i) {
                if let Reported::Assessment(a, text) = &v.value {
                    let page = &self.site.pages[r.page];
                    let value = match text {
                        Some(words) => format!("{}: {words}", format::assessment(*a, self.lang)),
                        None => format::assessment(*a, self.lang),
                    };
                    out.push((
                        r.period,
                        HistoryRow {
                            period: r.period.label(self.lang),
                            value,
                            change: None,
                            report: LinkView { title: page.title(), path: &page.path },
                            illustrative: r.illustrative,
                        },
                    ));
                }
            }
        }
        out.sort_by_key(|(p, _)| std::cmp::Reverse(*p));
        out.into_iter().map(|(_, r)| r).collect()
    }

    /// The latest breakdown over the units below the plan's area.
    fn parts(&self, plan_id: PlanId, i: usize) -> Option<PartsTable<'a>> {
        let plan = &self.site.plans[plan_id];
        let ind = &plan.indicators[i];
        if ind.scope != Scope::PerUnit {
            return None;
        }
        let (rep, v) = plan.reports.iter().rev().find_map(|&r| {
            let rep = &self.site.reports[r];
            rep.values.iter().find(|v| v.indicator == i && !v.units.is_empty()).map(|v| (rep, v))
        })?;
        let index = crate::model::plan::UnitIndex::new(&self.site.units);
        let all = index.parts_of(plan.area, rep.period);
        let label = parts_label(&self.site.units, &all, 1).text(self.lang);
        let counted = |n: usize| parts_label(&self.site.units, &all, n).text(self.lang);
        let value = |x: f64| format::measured(x, ind.kind, &ind.measure, self.lang);
        let rows = figures::parts_ranking(ind, v);
        let gap_note = figures::parts_gap(ind, v).map(|g| match g {
            figures::PartsGap::Sum { sum, total } => {
                msg!("ui-parts-sum-note", label = &label, sum = value(sum), total = value(total)).text(self.lang)
            }
            figures::PartsGap::Mean { mean, total } => msg!(
                "ui-parts-mean-note",
                label = &label,
                mean = format::estimate(mean, ind.kind, self.lang),
                total = value(total)
            )
            .text(self.lang),
        });
        Some(PartsTable {
            period: rep.period.name(self.lang),
            reported: {
                let all = all.len().max(rows.len());
                let (label, label_all) = (counted(rows.len()), counted(all));
                msg!("ui-parts-reported", n = rows.len(), label = label, all = all, label_all = label_all)
                    .text(self.lang)
            },
            label,
            total: value(v.number().unwrap_or_default()),
            sum: ind.combine == Combine::Sum,
            weighted_by: (ind.combine == Combine::WeightedMean)
                .then(|| ind.weighted_by.clone().unwrap_or_else(|| t(self.lang, "ui-weights"))),
            rows: rows
                .into_iter()
                .map(|r| PartLine {
                    unit: self.unit(r.unit),
                    value: value(r.value),
                    share: r.share.map(|s| format::share(s, self.lang)),
                    weight: r.weight.map(|w| format::number(w, self.lang)),
                    rank: r.rank,
                })
                .collect(),
            gap_note,
        })
    }
}

/// The chart's text alternative: every value and every target.
fn describe(ind: &crate::model::plan::Indicator, points: &[figures::Point], row: &IndicatorRow, lang: Lang) -> String {
    let mut desc =
        if ind.measure.is_empty() { format!("{}. ", ind.name) } else { format!("{} ({}). ", ind.name, ind.measure) };
    if points.is_empty() {
        desc.push_str(&t(lang, "ui-chart-no-data"));
    } else {
        let parts: Vec<String> = points
            .iter()
            .map(|p| {
                let kind = format::value_type(p.kind, lang).map(|t| format!(" ({t})")).unwrap_or_default();
                format!("{}{kind}: {}", p.period.label(lang), format::measured(p.value, ind.kind, &ind.measure, lang))
            })
            .collect();
        desc.push_str(&msg!("ui-chart-values", list = parts.join("; ")).text(lang));
    }
    if !row.targets.is_empty() {
        let list: Vec<String> = row.targets.iter().map(|t| format!("{}: {}", t.when, t.text)).collect();
        desc.push(' ');
        desc.push_str(&msg!("ui-chart-targets", list = list.join("; ")).text(lang));
    }
    desc
}
