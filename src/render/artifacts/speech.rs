//! The loudspeaker script: for each article, report and plan, a plain-text
//! version written to be read aloud over the ward loudspeakers (`doc-loa.txt`
//! beside the page): the title, the date, the text paragraph by paragraph,
//! with numbers, dates, percentages and the site's abbreviations in words
//! (`text::spoken`). UTF-8 with a byte-order mark and CRLF line ends, so a
//! browser shows it as UTF-8 and an old Windows Notepad opens it as it is.

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::model::{PageId, Site};
use crate::render::markdown;
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
pub fn script(site: &Site, id: PageId, body: &str, notes: &[String]) -> Vec<u8> {
    let p = &site.pages[id];
    let speaker = &site.speaker;
    let mut lines: Vec<String> = vec![speaker.speak(p.title())];
    if let Some(d) = p.date() {
        let date = words::date(d.day() as u8, d.month() as u8, d.year() as u16, speaker.style);
        lines.push(format!("Đăng {date}."));
    }
    if let Some(doc) = &p.document {
        let mut l = format!("{} số {}", doc.kind, doc.front.number);
        if let Some(i) = &doc.front.issuer {
            l.push_str(&format!(" của {i}"));
        }
        if let Some(d) = doc.front.issued {
            l.push_str(&format!(", ngày {}", d.vi()));
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
