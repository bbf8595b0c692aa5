//! Inline SVG line charts of an indicator: reported values (circles joined
//! by a line) against its targets (diamonds on a dashed line), drawn at
//! build time, with a title and a text description for screen readers. No
//! JavaScript; colours come from CSS classes and shapes differ, so colour is
//! never the only signal.

use std::fmt::Write;

use crate::content::data::IndicatorKind;
use crate::date::Date;
use crate::render::format;

/// A dated value on the chart.
pub struct Mark {
    pub at: Date,
    pub value: f64,
}

pub struct Chart<'a> {
    /// Unique on the page: prefixes the ids of `<title>` and `<desc>`.
    pub id: &'a str,
    pub title: &'a str,
    /// Plain-text alternative: every value and target, in words.
    pub desc: &'a str,
    pub kind: IndicatorKind,
    pub reported: &'a [Mark],
    /// Starting point and targets, in time order.
    pub targets: &'a [Mark],
}

const W: f64 = 340.0;
const H: f64 = 200.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 26.0;

fn years(d: Date) -> f64 {
    f64::from(d.year()) + (f64::from(d.month()) - 1.0 + f64::from(d.day()) / 31.0) / 12.0
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

impl Chart<'_> {
    pub fn svg(&self) -> String {
        let all = || self.reported.iter().chain(self.targets.iter());
        let (mut x0, mut x1) = (f64::MAX, f64::MIN);
        let mut ymax: f64 = 0.0;
        for m in all() {
            x0 = x0.min(years(m.at));
            x1 = x1.max(years(m.at));
            ymax = ymax.max(m.value);
        }
        if x0 > x1 {
            return String::new();
        }
        x0 = x0.floor();
        x1 = x1.ceil().max(x0 + 1.0);
        let step = nice_step(ymax.max(1.0), 4.0);
        let mut ytop = (ymax / step).ceil() * step;
        if self.kind == IndicatorKind::Percent {
            ytop = ytop.min(100.0).max(step);
        }
        let ytop = ytop.max(step);
        let px = |x: f64| LEFT + (x - x0) / (x1 - x0) * (W - LEFT - RIGHT);
        let py = |y: f64| TOP + (1.0 - y / ytop) * (H - TOP - BOTTOM);

        let mut s = String::with_capacity(4096);
        let _ = write!(
            s,
            r#"<svg class="bieu-do" viewBox="0 0 {W} {H}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{t}</title><desc id="{id}-d">{d}</desc>"#,
            id = self.id,
            t = esc(self.title),
            d = esc(self.desc),
        );
        // Horizontal grid and value labels.
        let mut y = 0.0;
        while y <= ytop + step / 2.0 {
            let label = format::value(y, self.kind);
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
        // Year labels, at most about six.
        let span = (x1 - x0) as i64;
        let every = ((span as f64) / 6.0).ceil().max(1.0) as i64;
        for (i, yr) in (x0 as i64..=x1 as i64).enumerate() {
            if i as i64 % every == 0 {
                let _ = write!(
                    s,
                    r#"<text class="nhan" x="{:.1}" y="{:.1}" text-anchor="middle">{yr}</text>"#,
                    px(yr as f64),
                    H - 8.0
                );
            }
        }
        let path = |marks: &[Mark]| {
            marks.iter().map(|m| format!("{:.1},{:.1}", px(years(m.at)), py(m.value))).collect::<Vec<_>>().join(" ")
        };
        if self.targets.len() > 1 {
            let _ = write!(s, r#"<polyline class="muc-tieu" points="{}"/>"#, path(self.targets));
        }
        for m in self.targets {
            let (x, y) = (px(years(m.at)), py(m.value));
            let _ = write!(s, r#"<path class="muc-tieu-diem" d="M{x:.1} {:.1}l5 5-5 5-5-5z"/>"#, y - 5.0);
        }
        if self.reported.len() > 1 {
            let _ = write!(s, r#"<polyline class="thuc-hien" points="{}"/>"#, path(self.reported));
        }
        for m in self.reported {
            let _ = write!(
                s,
                r#"<circle class="thuc-hien-diem" cx="{:.1}" cy="{:.1}" r="4"/>"#,
                px(years(m.at)),
                py(m.value)
            );
        }
        s.push_str("</svg>");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(y: i16, v: f64) -> Mark {
        Mark { at: Date::ymd(y, 12, 31).unwrap(), value: v }
    }

    #[test]
    fn draws_points_targets_and_text_alternative() {
        let reported = [m(2022, 21000.0), m(2023, 22100.0)];
        let targets = [m(2021, 20000.0), m(2023, 22000.0), m(2030, 29000.0)];
        let c = Chart {
            id: "c1",
            title: "Số đoàn viên",
            desc: "2022: 21.000 <x>",
            kind: IndicatorKind::Count,
            reported: &reported,
            targets: &targets,
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
    fn a_single_point_and_percentages_stay_in_range() {
        let reported = [m(2022, 71.5)];
        let c =
            Chart { id: "c", title: "t", desc: "d", kind: IndicatorKind::Percent, reported: &reported, targets: &[] };
        let svg = c.svg();
        assert!(svg.contains(">80%<") && !svg.contains(">120%<"), "{svg}");
        assert!(!svg.contains("NaN"));
        let empty = Chart { id: "c", title: "t", desc: "d", kind: IndicatorKind::Count, reported: &[], targets: &[] };
        assert_eq!(empty.svg(), "");
    }
}
