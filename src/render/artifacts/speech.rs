//! The loudspeaker script: for each article, report and plan, a plain-text
//! version written to be read aloud over the ward loudspeakers (`doc-loa.txt`
//! beside the page): the title, the date, the text paragraph by paragraph,
//! with numbers, dates, percentages and the site's abbreviations in words
//! (`text::spoken`). UTF-8 with a byte-order mark and CRLF line ends, so a
//! browser shows it as UTF-8 and an old Windows Notepad opens it as it is.

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::messages::Lang;
use crate::model::{PageId, Site};
use crate::msg;
use crate::render::markdown;
use crate::render::plan_views::{self, Ctx};
use crate::text::spoken::Speaker;
use crate::text::words;

/// The script's file name, beside the page.
pub const FILE: &str = "doc-loa.txt";

/// Whether a page gets a script: articles (dated pages that are neither
/// documents nor reports), reports and plans.
pub fn has_script(site: &Site, id: PageId) -> bool {
    let p = &site.pages[id];
    let article = p.document.is_none() && p.src.front.report.is_none() && p.date().is_some();
    let plan = site.plans.iter().any(|plan| plan.page == id);
    article || plan || site.report_of_page.contains_key(&id)
}

/// The script of page `id`, whose Markdown body is `body`; `notes` are
/// lines added after the text (the figures a report or plan states).
pub fn script(site: &Site, id: PageId, body: &str, notes: &[String], lang: Lang) -> Vec<u8> {
    let p = &site.pages[id];
    let speaker = &site.speaker;
    let mut lines: Vec<String> = vec![speaker.speak(p.title())];
    if let Some(d) = p.date() {
        let date = words::date(d.day() as u8, d.month() as u8, d.year() as u16, speaker.style);
        lines.push(msg!("speech-posted", date = date).text(lang));
    }
    if let Some(doc) = &p.document {
        let mut l =
            msg!("speech-document", kind = doc.kind.to_string(), number = doc.front.number.to_string()).text(lang);
        if let Some(i) = &doc.front.issuer {
            l = msg!("speech-document-issuer", document = l, issuer = i.to_string()).text(lang);
        }
        if let Some(d) = doc.front.issued {
            l = msg!("speech-document-issued", document = l, date = d.vi()).text(lang);
        }
        lines.push(speaker.speak(&format!("{l}.")));
    }
    lines.extend(paragraphs(body).iter().map(|l| speaker.speak(l)));
    lines.extend(notes.iter().map(|l| speaker.speak(l)));
    let mut out = String::from("\u{feff}");
    for l in lines.iter().filter(|l| !l.trim().is_empty()) {
        out.push_str(l.trim());
        out.push_str("\r\n\r\n");
    }
    out.into_bytes()
}

/// What a script adds after the text: a plan's indicators (latest
/// figure, target, judgement) or a report's values, as the pages show
/// them (in words once spoken), and the notice for invented figures.
pub fn notes(ctx: &Ctx, id: PageId) -> Vec<String> {
    let (site, lang) = (ctx.site, ctx.lang);
    let mut notes = Vec::new();
    let mut illustrative = false;
    if let Some(pid) = site.plans.iter().position(|p| p.page == id) {
        let plan = &site.plans[pid];
        illustrative = plan.illustrative;
        notes.push(msg!("speech-plan-indicators").text(lang));
        for i in plan_views::ordered(plan).into_iter().filter(|i| plan.indicators[*i].parent.is_none()) {
            let row = ctx.indicator(pid, i);
            let mut l = msg!("speech-indicator", name = row.name.to_string()).text(lang);
            if let (Some(v), Some(p)) = (&row.latest, &row.latest_period) {
                l = msg!("speech-indicator-latest", line = l, period = p.to_string(), value = v.to_string()).text(lang);
            }
            if let (Some(t), Some(p)) = (&row.target, &row.target_period) {
                l = msg!("speech-indicator-target", line = l, period = p.to_string(), target = t.to_string())
                    .text(lang);
            }
            if let Some(j) = &row.judgement_label {
                l = msg!("speech-indicator-judgement", line = l, judgement = j.to_lowercase()).text(lang);
            }
            notes.push(l.trim_end_matches(';').to_string());
        }
    }
    if let Some(r) = site.report_of_page.get(&id) {
        let view = ctx.report(*r);
        illustrative = view.illustrative;
        if !view.values.is_empty() {
            notes.push(msg!("speech-report-values").text(lang));
        }
        for v in &view.values {
            let (indicator, value) = (v.indicator.title.to_string(), v.value.to_string());
            notes.push(
                match &v.value_type {
                    Some(kind) => {
                        msg!("speech-report-value-kind", indicator = indicator, value = value, kind = kind.to_string())
                    }
                    None => msg!("speech-report-value", indicator = indicator, value = value),
                }
                .text(lang),
            );
        }
    }
    if illustrative {
        notes.push(msg!("speech-illustrative").text(lang));
    }
    notes
}

/// The text of a Markdown body, one line per paragraph, heading, list
/// item or table row (cells joined by commas); links keep their text,
/// images their description, code its text; raw HTML is left out.
pub fn paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    let mut cells = 0;
    let flush = |line: &mut String, out: &mut Vec<String>| {
        let l = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !l.is_empty() {
            out.push(l);
        }
        line.clear();
    };
    for ev in markdown::parser(body) {
        match ev {
            Event::Text(t) | Event::Code(t) => line.push_str(&t),
            Event::SoftBreak | Event::HardBreak => line.push(' '),
            Event::Start(Tag::TableCell) => {
                if cells > 0 {
                    line.push_str(", ");
                }
                cells += 1;
            }
            Event::Start(Tag::Item) | Event::Start(Tag::Heading { .. }) | Event::Start(Tag::Paragraph) => {
                flush(&mut line, &mut out)
            }
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                cells = 0;
                flush(&mut line, &mut out);
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock) => {
                flush(&mut line, &mut out)
            }
            _ => {}
        }
    }
    flush(&mut line, &mut out);
    out
}

/// A figure as read aloud: "hai mươi hai nghìn đoàn viên".
pub fn figure(speaker: &Speaker, value: &str, measure: &str) -> String {
    speaker.speak(&format!("{value} {measure}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_lines_of_plain_text() {
        let md = "# Tiêu đề\n\nĐoạn một có [liên kết](a.md) và **chữ đậm**.\nDòng tiếp.\n\n\
                  - mục một\n- mục hai\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n<div>thô</div>\n";
        assert_eq!(
            paragraphs(md),
            ["Tiêu đề", "Đoạn một có liên kết và chữ đậm. Dòng tiếp.", "mục một", "mục hai", "A, B", "1, 2"]
        );
    }
}
