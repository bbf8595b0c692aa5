//! Markdown to HTML (interim version until the full pass set lands): the
//! API the renderer relies on, implemented with plain pulldown-cmark.

use pulldown_cmark::{Event, Options as CmOptions, Parser, Tag, TagEnd};
use serde::Serialize;

pub struct Options {
    pub raw_html: bool,
}

pub enum Link {
    Keep,
    Replace(String),
    Broken {
        message: String,
        help: Option<String>,
    },
}

pub trait Resolver: Sync {
    fn link(&self, dest: &str) -> Link;
}

#[derive(Debug, Clone, Serialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub title: String,
}

pub struct Problem {
    pub offset: usize,
    pub message: String,
    pub help: Option<String>,
    pub is_error: bool,
}

pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub summary: String,
    pub word_count: usize,
}

pub fn render(src: &str, _opts: &Options, resolver: &dyn Resolver) -> (Rendered, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut summary = String::new();
    let mut in_first_para = None;
    let events: Vec<Event> = Parser::new_ext(src, CmOptions::ENABLE_TABLES)
        .into_offset_iter()
        .map(|(ev, range)| match ev {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if !dest_url.starts_with('#') => match resolver.link(&dest_url) {
                Link::Keep => Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }),
                Link::Replace(s) => Event::Start(Tag::Link {
                    link_type,
                    dest_url: s.into(),
                    title,
                    id,
                }),
                Link::Broken { message, help } => {
                    problems.push(Problem {
                        offset: range.start,
                        message,
                        help,
                        is_error: true,
                    });
                    Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    })
                }
            },
            Event::Start(Tag::Paragraph) if in_first_para.is_none() => {
                in_first_para = Some(true);
                Event::Start(Tag::Paragraph)
            }
            Event::End(TagEnd::Paragraph) => {
                in_first_para = in_first_para.map(|_| false);
                Event::End(TagEnd::Paragraph)
            }
            Event::Text(t) => {
                if in_first_para == Some(true) {
                    summary.push_str(&t);
                }
                Event::Text(t)
            }
            e => e,
        })
        .collect();
    let mut html = String::with_capacity(src.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    let word_count = src.split_whitespace().count();
    (
        Rendered {
            html,
            toc: vec![],
            summary,
            word_count,
        },
        problems,
    )
}
