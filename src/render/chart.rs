//! Inline SVG line charts of an indicator: each series of reported values
//! (by year, half, quarter, month, cumulative) drawn on its own with its
//! own marker shape, against the targets (diamonds on a dashed line), on a
//! time axis that ends at the plan's last year and whose ticks sit where
//! the values they label sit (the last day of the period). Drawn at build
//! time, with a title and a text description for screen readers; no
//! JavaScript; colours come from CSS classes and shapes differ, so colour
//! is never the only signal.

use std::fmt::Write;

use crate::content::data::IndicatorKind;
use crate::date::Date;
use crate::messages::Lang;
use crate::render::format;

/// A dated value on the chart.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    pub at: Date,
    pub value: f64,
}

/// The shape of a series' markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
    Dot,
}

/// One series of reported values.
pub struct Series<'a> {
    /// CSS class suffix (`chuoi-nam`, `chuoi-quy`…).
    pub class: &'a str,
    pub shape: Shape,
    /// Joined by a dashed line (cumulative values), else a solid one.
    pub dashed: bool,
    pub marks: Vec<Mark>,
}

pub struct Chart<'a> {
    /// Unique on the page: prefixes the ids of `<title>` and `<desc>`.
    pub id: &'a str,
    pub title: &'a str,
    /// Plain-text alternative: every value and target, in words.
    pub desc: &'a str,
    pub kind: IndicatorKind,
    pub series: &'a [Series<'a>],
    /// Starting point and targets, in time order.
    pub targets: &'a [Mark],
    /// The last year of the plan: the axis ends with it.
    pub last_year: i16,
    /// The site's language: how the value labels are written.
    pub lang: Lang,
}

const W: f64 = 340.0;
const H: f64 = 200.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 26.0;

/// Days since 2000-01-01: the x coordinate before scaling.
fn day(d: Date) -> f64 {
    f64::from(d.date().since(jiff::civil::date(2000, 1, 1)).map(|s| s.get_days()).unwrap_or(0))
}

/// A round step for about `n` axis divisions of `span`.
fn nice_step(span: f64, n: f64) -> f64 {
    let raw = (span / n).max(f64::MIN_POSITIVE);
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag)
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn last_day(y: i16) -> Date {
    Date::ymd(y, 12, 31).unwrap_or(Date::ymd(2000, 12, 31).expect("a valid constant date"))
}

/// Ticks of the time axis between `x0` and `x1` (dates): (date, label).
/// Years are ticked at their last day, labelled with the year; a span of
/// two years or less gets its quarters ("III/2026").
pub fn ticks(x0: Date, x1: Date, lang: Lang) -> Vec<(Date, String)> {
    let (y0, y1) = (x0.year(), x1.year());
    if day(x1) - day(x0) <= 2.0 * 366.0 {
        let mut out = Vec::new();
        for y in y0..=y1 {
            for q in 1..=4u8 {
                let p = crate::model::period::Period::Quarter(y, q);
                let d = p.end();
                if d >= x0 && d <= x1 {
                    let label = match lang {
                        Lang::Vi => format!("{}/{y}", ["I", "II", "III", "IV"][usize::from(q - 1)]),
                        Lang::En => format!("Q{q} {y}"),
                    };
                    out.push((d, label));
                }
            }
        }
        // At most five labels: keep every other quarter from the end.
        if out.len() > 5 {
            let n = out.len();
            out = out.into_iter().enumerate().filter(|(i, _)| (n - 1 - i) % 2 == 0).map(|(_, t)| t).collect();
        }
        return out;
    }
    let years: Vec<i16> = (y0..=y1).filter(|y| last_day(*y) >= x0).collect();
    let every = years.len().div_ceil(6).max(1);
    // Counted from the last year, so the plan's last year is always labelled.
    let n = years.len();
    years
        .into_iter()
        .enumerate()
        .filter(|(i, _)| (n - 1 - i).is_multiple_of(every))
        .map(|(_, y)| (last_day(y), y.to_string()))
        .collect()
}

impl Chart<'_> {
    /// Grid lines with value labels, and the ticks of the time axis.
    fn axes(
        &self,
        s: &mut String,
        (x0, x1): (Date, Date),
        (ytop, step): (f64, f64),
        px: &dyn Fn(Date) -> f64,
        py: &dyn Fn(f64) -> f64,
    ) {
        let mut y = 0.0;
        while y <= ytop + step / 2.0 {
            let label = format::value(y, self.kind, self.lang);
            let _ = write!(
                s,
                r#"<line class="luoi" x1="{LEFT}" x2="{:.1}" y1="{:.1}" y2="{:.1}"/><text class="nhan" x="{:.1}" y="{:.1}" text-anchor="end">{label}</text>"#,
                W - RIGHT,
                py(y),
                py(y),
                LEFT - 4.0,
                py(y) + 4.0
            );
            y += step;
        }
        for (d, label) in ticks(x0, x1, self.lang) {
            let x = px(d);
            // A label centred on a tick near the right edge would be cut:
            // it ends at the tick instead.
            let half_width = 3.2 * label.chars().count() as f64;
            let anchor = if x + half_width > W { "end" } else { "middle" };
            let _ = write!(
                s,
                r#"<line class="vach" x1="{x:.1}" x2="{x:.1}" y1="{:.1}" y2="{:.1}"/><text class="nhan" x="{x:.1}" y="{:.1}" text-anchor="{anchor}">{label}</text>"#,
                H - BOTTOM,
                H - BOTTOM + 4.0,
                H - 8.0
            );
        }
    }

    pub fn svg(&self) -> String {
        let marks = || self.series.iter().flat_map(|s| s.marks.iter()).chain(self.targets.iter());
        let Some(first) = marks().map(|m| m.at).min() else {
            return String::new();
        };
        let last = marks().map(|m| m.at).max().unwrap_or(first).max(last_day(self.last_year));
        // Start a little before the first value so its marker is inside.
        let x0 = Date(first.0.checked_sub(jiff::Span::new().days(31)).unwrap_or(first.0));
        let x1 = last;
        let ymax = marks().map(|m| m.value).fold(0.0_f64, f64::max);
        let step = nice_step(ymax.max(1.0), 4.0);
        let mut ytop = ((ymax / step).ceil() * step).max(step);
        if self.kind == IndicatorKind::Percent {
            ytop = ytop.min(100.0).max(step);
        }
        let span = (day(x1) - day(x0)).max(1.0);
        let px = |d: Date| LEFT + (day(d) - day(x0)) / span * (W - LEFT - RIGHT);
        let py = |y: f64| TOP + (1.0 - y / ytop) * (H - TOP - BOTTOM);

        let mut s = String::with_capacity(4096);
        let _ = write!(
            s,
            r#"<svg class="bieu-do" viewBox="0 0 {W} {H}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{t}</title><desc id="{id}-d">{d}</desc>"#,
            id = self.id,
            t = esc(self.title),
            d = esc(self.desc),
        );
        self.axes(&mut s, (x0, x1), (ytop, step), &px, &py);
        let path = |marks: &[Mark]| {
            marks.iter().map(|m| format!("{:.1},{:.1}", px(m.at), py(m.value))).collect::<Vec<_>>().join(" ")
        };
        if self.targets.len() > 1 {
            let _ = write!(s, r#"<polyline class="muc-tieu" points="{}"/>"#, path(self.targets));
        }
        for m in self.targets {
            let (x, y) = (px(m.at), py(m.value));
            let _ = write!(s, r#"<path class="muc-tieu-diem" d="M{x:.1} {:.1}l5 5-5 5-5-5z"/>"#, y - 5.0);
        }
        for ser in self.series {
            if ser.marks.len() > 1 {
                let dash = if ser.dashed { " luy-ke" } else { "" };
                let _ = write!(s, r#"<polyline class="thuc-hien {}{dash}" points="{}"/>"#, ser.class, path(&ser.marks));
            }
            for m in &ser.marks {
                let (x, y) = (px(m.at), py(m.value));
                let _ = match ser.shape {
                    Shape::Circle => {
                        write!(s, r#"<circle class="thuc-hien-diem {}" cx="{x:.1}" cy="{y:.1}" r="4"/>"#, ser.class)
                    }
                    Shape::Dot => {
                        write!(s, r#"<circle class="thuc-hien-diem {}" cx="{x:.1}" cy="{y:.1}" r="2.5"/>"#, ser.class)
                    }
                    Shape::Square => write!(
                        s,
                        r#"<rect class="thuc-hien-diem {}" x="{:.1}" y="{:.1}" width="7" height="7"/>"#,
                        ser.class,
                        x - 3.5,
                        y - 3.5
                    ),
                    Shape::Triangle => {
                        write!(s, r#"<path class="thuc-hien-diem {}" d="M{x:.1} {:.1}l4 7h-8z"/>"#, ser.class, y - 4.5)
                    }
                };
            }
        }
        s.push_str("</svg>");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(y: i16, v: f64) -> Mark {
        Mark { at: last_day(y), value: v }
    }

    fn one(marks: Vec<Mark>) -> Vec<Series<'static>> {
        vec![Series { class: "chuoi-nam", shape: Shape::Circle, dashed: false, marks }]
    }

    /// The x of every tick label and of every circle, from the SVG text.
    fn xs(svg: &str, what: &str) -> Vec<(String, f64)> {
        let mut out = Vec::new();
        for part in svg.split('<').filter(|p| p.starts_with(what)) {
            let attr = if what == "circle" { "cx=\"" } else { "x=\"" };
            let Some(i) = part.find(attr) else { continue };
            let x: f64 = part[i + attr.len()..].split('"').next().unwrap().parse().unwrap();
            let label = part.rsplit('>').next().unwrap_or("").to_string();
            out.push((label, x));
        }
        out
    }

    #[test]
    fn draws_points_targets_and_text_alternative() {
        let series = one(vec![m(2022, 21000.0), m(2023, 22100.0)]);
        let targets = [m(2021, 20000.0), m(2023, 22000.0), m(2030, 29000.0)];
        let c = Chart {
            id: "c1",
            title: "Số đoàn viên",
            desc: "2022: 21.000 <x>",
            kind: IndicatorKind::Count,
            series: &series,
            targets: &targets,
            last_year: 2030,
            lang: Lang::Vi,
        };
        let svg = c.svg();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"aria-labelledby="c1-t c1-d""#));
        assert!(svg.contains("<desc id=\"c1-d\">2022: 21.000 &lt;x&gt;</desc>"));
        assert_eq!(svg.matches("<circle").count(), 2);
        assert_eq!(svg.matches("class=\"muc-tieu-diem\"").count(), 3);
        assert!(svg.contains(">30.000<"), "the axis reaches a round value above the top target");
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
    }

    #[test]
    fn year_ticks_sit_under_the_values_of_their_year_and_end_with_the_plan() {
        // The issue: a 2030 target sat above "2031".
        let series = one(vec![m(2022, 1.0), m(2023, 2.0)]);
        let targets = [m(2030, 5.0)];
        let svg = Chart {
            id: "c",
            title: "t",
            desc: "d",
            kind: IndicatorKind::Count,
            series: &series,
            targets: &targets,
            last_year: 2045,
            lang: Lang::Vi,
        }
        .svg();
        let labels: Vec<(String, f64)> =
            xs(&svg, "text").into_iter().filter(|(l, _)| l.len() == 4 && l.starts_with("20")).collect();
        assert_eq!(labels.last().unwrap().0, "2045", "{labels:?}");
        let circles = xs(&svg, "circle");
        for (label, x) in &labels {
            if label == "2022" || label == "2023" {
                let i = if label == "2022" { 0 } else { 1 };
                assert!((circles[i].1 - x).abs() < 0.2, "{label} at {x}, its value at {}", circles[i].1);
            }
        }
        let target_x: f64 =
            svg.split("muc-tieu-diem\" d=\"M").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
        if let Some((_, x2030)) = labels.iter().find(|(l, _)| l == "2030") {
            assert!((target_x - x2030).abs() < 0.2);
        }
        assert!(!labels.iter().any(|(l, _)| l == "2046"));
    }

    #[test]
    fn quarters_and_months_are_spread_and_separate() {
        let q = |n: u8, v| Mark { at: crate::model::period::Period::Quarter(2026, n).end(), value: v };
        let mo = |n: u8, v| Mark { at: crate::model::period::Period::Month(2026, n).end(), value: v };
        let series = vec![
            Series {
                class: "chuoi-quy",
                shape: Shape::Triangle,
                dashed: false,
                marks: vec![q(1, 60.0), q(2, 66.0), q(3, 74.0)],
            },
            Series {
                class: "chuoi-thang",
                shape: Shape::Dot,
                dashed: false,
                marks: (1..=9).map(|n| mo(n, 55.0 + f64::from(n) * 2.0)).collect(),
            },
        ];
        let svg = Chart {
            id: "c",
            title: "t",
            desc: "d",
            kind: IndicatorKind::Percent,
            series: &series,
            targets: &[],
            last_year: 2026,
            lang: Lang::Vi,
        }
        .svg();
        assert_eq!(svg.matches("class=\"thuc-hien ").count(), 2, "one line per series");
        let dots: Vec<f64> = xs(&svg, "circle").into_iter().map(|(_, x)| x).collect();
        assert_eq!(dots.len(), 9);
        assert!(dots.windows(2).all(|w| w[1] - w[0] > 15.0), "months 15 px apart at least: {dots:?}");
        assert!(svg.contains(">IV/2026<"), "quarter ticks for a one-year plan");
        assert!(svg.contains(">80%<") || svg.contains(">60%<"), "value labels: {svg}");
    }

    #[test]
    fn an_english_chart_writes_its_labels_in_english() {
        let marks = vec![Mark { at: crate::model::period::Period::Quarter(2026, 3).end(), value: 1500.5 }];
        let series = [Series { class: "chuoi-quy", shape: Shape::Triangle, dashed: false, marks }];
        let chart = |lang| {
            Chart {
                id: "c",
                title: "t",
                desc: "d",
                kind: IndicatorKind::Count,
                series: &series,
                targets: &[],
                last_year: 2026,
                lang,
            }
            .svg()
        };
        let (en, vi) = (chart(Lang::En), chart(Lang::Vi));
        assert!(en.contains(">Q4 2026<") && en.contains(">1,000<"), "{en}");
        assert!(vi.contains(">IV/2026<") && vi.contains(">1.000<"), "{vi}");
        assert!(!en.contains("/2026<") && !en.contains(">1.000<"), "{en}");
    }

    #[test]
    fn a_single_point_and_percentages_stay_in_range() {
        let series = one(vec![m(2022, 71.5)]);
        let c = Chart {
            id: "c",
            title: "t",
            desc: "d",
            kind: IndicatorKind::Percent,
            series: &series,
            targets: &[],
            last_year: 2022,
            lang: Lang::Vi,
        };
        let svg = c.svg();
        assert!(svg.contains(">80%<") && !svg.contains(">120%<"), "{svg}");
        assert!(!svg.contains("NaN"));
        let empty = Chart {
            id: "c",
            title: "t",
            desc: "d",
            kind: IndicatorKind::Count,
            series: &[],
            targets: &[],
            last_year: 2022,
            lang: Lang::Vi,
        };
        assert_eq!(empty.svg(), "");
    }
}
