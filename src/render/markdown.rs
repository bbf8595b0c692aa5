//! Markdown → HTML for page bodies: pulldown-cmark configured in one place
//! (`parser`) and a single pass over its events that gives headings unique
//! ids and a table of contents, resolves links, links document references,
//! applies the raw-HTML policy, wraps tables for phones, and collects the
//! summary and word count.

use std::collections::{HashMap, HashSet, VecDeque};
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, LinkType, Parser, Tag, TagEnd, html};

use crate::diagnostics::Diagnostic;
use crate::docref::{self, DocRef};
use crate::messages::Text;
use crate::msg;
use crate::slug::slugify;
use ids::unique_id;
use plain::{PlainText, Summary, Words};
use raw::{HtmlKind, html_kind, is_line_break, raw_anchor, script_url_scheme};

mod ids;
mod plain;
mod raw;

/// Most characters a summary has, "…" included.
pub const SUMMARY_LIMIT: usize = 300;

/// The most problems with one message reported for one page; the rest
/// are counted in the last one shown.
const SAME_PROBLEM_LIMIT: usize = 20;

/// How a site renders Markdown (the `markdown:` section of loa.yaml).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Pass raw HTML through; when false it is sanitised by an allowlist,
    /// with a warning naming what was removed.
    pub raw_html: bool,
    /// Count the words of the body (`word_count`); off when no template
    /// asks for it, as counting is a tenth of a build's time.
    pub count_words: bool,
    /// Keep the body's visible text for the search index ([`Rendered::text`]).
    pub keep_text: bool,
    /// The site's language, for the words loa adds (a table's label).
    pub lang: crate::messages::Lang,
}

/// What to do with one link or image destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    Keep,
    Replace(String),
    /// The target does not exist: the text stays, the link goes, and the
    /// message becomes an error.
    Broken {
        message: Text,
        help: Option<Text>,
    },
}

/// Knows the site: where links point and which documents have pages.
pub trait Resolver: Sync {
    /// Called for every link and image destination as written (not for pure "#frag" links).
    fn link(&self, dest: &str) -> Link;
    /// Called for every document reference found in body text (see docref),
    /// which starts near byte `offset` of the Markdown source; Some(href) links it.
    fn doc_ref(&self, r: &DocRef, offset: usize) -> Option<String>;
}

/// Keeps every link and links no document reference (previews, tests).
#[derive(Debug, Clone, Copy, Default)]
pub struct KeepLinks;

impl Resolver for KeepLinks {
    fn link(&self, _dest: &str) -> Link {
        Link::Keep
    }
    fn doc_ref(&self, _r: &DocRef, _offset: usize) -> Option<String> {
        None
    }
}

/// One h2–h4 heading, for the table of contents.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    /// Plain text, no markup.
    pub title: String,
}

/// Something wrong in the Markdown, located in its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Byte offset into the Markdown source.
    pub offset: usize,
    pub message: Text,
    pub help: Option<Text>,
    /// Errors fail the build; the rest are warnings.
    pub is_error: bool,
}

impl Problem {
    /// As a diagnostic in the page file `file_src`, whose Markdown body
    /// starts at byte `body_start` (after the front matter).
    pub fn to_diagnostic(&self, file_src: &str, body_start: usize) -> Diagnostic {
        let message = self.message.clone();
        let d = if self.is_error { Diagnostic::error(message) } else { Diagnostic::warning(message) };
        let d = d.at(file_src, body_start.saturating_add(self.offset));
        match &self.help {
            Some(help) => d.with_help(help.clone()),
            None => d,
        }
    }
}

/// A rendered page body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
    /// Plain text, at most [`SUMMARY_LIMIT`] characters.
    pub summary: String,
    pub word_count: usize,
    /// The visible text, one line per block, when [`Options::keep_text`].
    pub text: String,
    /// Headings and emphasised text, one line per piece, likewise.
    pub strong: String,
}

/// The one place pulldown-cmark is configured. Smart punctuation stays off:
/// staff type Vietnamese quotes and dashes themselves.
pub(crate) fn parser(src: &str) -> Parser<'_> {
    use pulldown_cmark::Options as O;
    let options = O::ENABLE_TABLES
        | O::ENABLE_FOOTNOTES
        | O::ENABLE_STRIKETHROUGH
        | O::ENABLE_TASKLISTS
        | O::ENABLE_HEADING_ATTRIBUTES;
    Parser::new_ext(src, options)
}

/// Renders a Markdown body. Problems are sorted by offset.
pub fn render(src: &str, opts: &Options, resolver: &dyn Resolver) -> (Rendered, Vec<Problem>) {
    let mut pass = Pass::new(src, opts, resolver);
    // Links and wrappers make HTML longer than its Markdown.
    let mut html = String::with_capacity(src.len() * 2 + 256);
    let events = parser(src).into_offset_iter();
    html::push_html(&mut html, Stream { events, pass: &mut pass });
    pass.finish(html)
}

/// Feeds parser events through the pass and its output to the HTML writer,
/// so the page is never held as a list of events.
struct Stream<'p, 'a, 'r, I> {
    events: I,
    pass: &'p mut Pass<'a, 'r>,
}

impl<'a, I> Iterator for Stream<'_, 'a, '_, I>
where
    I: Iterator<Item = (Event<'a>, Range<usize>)>,
{
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            // A heading's events wait until its text, and so its id, is known.
            if self.pass.heading.is_none()
                && let Some(event) = self.pass.out.pop_front()
            {
                return Some(event);
            }
            match self.events.next() {
                Some((Event::Text(text), range)) => self.pass.pending_text(text, range),
                Some((event, range)) => {
                    self.pass.flush_text();
                    self.pass.event(event, range);
                }
                None => {
                    self.pass.flush_text();
                    self.pass.close_heading();
                    return self.pass.out.pop_front();
                }
            }
        }
    }
}

/// Tags whose start and end do not separate words.
fn is_inline(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// Part of a text event, borrowing from the source when the event does.
fn slice<'a>(text: &CowStr<'a>, range: Range<usize>) -> CowStr<'a> {
    match text {
        CowStr::Borrowed(s) => {
            let s: &'a str = s;
            CowStr::Borrowed(s.get(range).unwrap_or(""))
        }
        other => CowStr::from(other.get(range).unwrap_or("").to_string()),
    }
}

#[derive(Debug)]
struct OpenHeading {
    at: usize,
    offset: usize,
    level: u8,
    text: PlainText,
}

/// State of the single pass; each `fn` below is one concern.
struct Pass<'a, 'r> {
    src: &'a str,
    raw_html: bool,
    count_words: bool,
    lang: crate::messages::Lang,
    resolver: &'r dyn Resolver,
    /// Text not yet processed: the parser splits text at `[`, `&`, `\\`…,
    /// and a document reference must be seen whole.
    pending: Option<(CowStr<'a>, Range<usize>)>,
    /// Events ready for the writer (held back while a heading is open).
    out: VecDeque<Event<'a>>,
    problems: Vec<Problem>,
    /// How many times each message was raised (see [`SAME_PROBLEM_LIMIT`]).
    problem_counts: HashMap<Text, usize>,
    ids: HashSet<String>,
    /// The next number to try after each heading id, so a page of many
    /// identical headings is numbered in linear time.
    id_suffixes: HashMap<String, u32>,
    toc: Vec<TocEntry>,
    heading: Option<OpenHeading>,
    /// Open links and images, innermost last: true when the tag was dropped.
    links: Vec<bool>,
    images: usize,
    code_block: bool,
    footnote: bool,
    html_block: Option<HtmlKind>,
    raw_anchor: bool,
    /// Raw HTML was kept with `raw_html` off: the output is sanitised.
    sanitize: bool,
    tables: usize,
    summary: Summary,
    words: Words,
    keep_text: bool,
    text: String,
    strong: String,
    /// Open `**…**` and `*…*` tags.
    emphasis: usize,
}

impl<'a, 'r> Pass<'a, 'r> {
    fn new(src: &'a str, opts: &Options, resolver: &'r dyn Resolver) -> Self {
        Pass {
            src,
            raw_html: opts.raw_html,
            count_words: opts.count_words,
            lang: opts.lang,
            resolver,
            pending: None,
            out: VecDeque::with_capacity(32),
            problems: Vec::new(),
            problem_counts: HashMap::new(),
            ids: HashSet::new(),
            id_suffixes: HashMap::new(),
            toc: Vec::new(),
            heading: None,
            links: Vec::new(),
            images: 0,
            code_block: false,
            footnote: false,
            html_block: None,
            raw_anchor: false,
            sanitize: false,
            tables: 0,
            summary: Summary::new(src.contains("<!--")),
            words: Words::default(),
            keep_text: opts.keep_text,
            text: String::new(),
            strong: String::new(),
            emphasis: 0,
        }
    }

    fn problem(&mut self, offset: usize, message: impl Into<Text>, help: Option<Text>, is_error: bool) {
        let message = message.into();
        let n = self.problem_counts.entry(message.clone()).or_insert(0);
        *n += 1;
        if *n <= SAME_PROBLEM_LIMIT {
            self.problems.push(Problem { offset, message, help, is_error });
        }
    }

    /// Joins consecutive text events (rare: most text comes in one piece).
    fn pending_text(&mut self, text: CowStr<'a>, range: Range<usize>) {
        self.pending = Some(match self.pending.take() {
            None => (text, range),
            Some((before, r)) => {
                let mut joined = before.into_string();
                joined.push_str(&text);
                (joined.into(), r.start..range.end)
            }
        });
    }

    fn flush_text(&mut self) {
        if let Some((text, range)) = self.pending.take() {
            self.event(Event::Text(text), range);
        }
    }

    fn event(&mut self, event: Event<'a>, range: Range<usize>) {
        let boundary = match &event {
            Event::Start(tag) => !is_inline(tag.to_end()),
            Event::End(end) => !is_inline(*end),
            Event::SoftBreak | Event::HardBreak => true,
            _ => false,
        };
        if boundary {
            // A raw <a> left open does not outlive its block.
            self.raw_anchor &= !matches!(event, Event::End(_));
            self.summary.space();
            self.words.end();
            if self.keep_text {
                end_line(&mut self.text);
            }
            if let Some(h) = &mut self.heading {
                h.text.space();
            }
        }
        match event {
            Event::Text(text) => self.text(text, range.start),
            Event::Code(code) => {
                self.plain(&code);
                self.out.push_back(Event::Code(code));
            }
            Event::Html(_) | Event::InlineHtml(_) => self.html(event, range),
            Event::Start(Tag::HtmlBlock) => {
                let kind = html_kind(self.src.get(range.clone()).unwrap_or(""));
                self.html_block = Some(kind);
                if kind == HtmlKind::More {
                    self.summary.more = true;
                }
            }
            Event::End(TagEnd::HtmlBlock) => self.html_block = None,
            Event::Start(tag @ Tag::Heading { .. }) => self.open_heading(tag, range),
            Event::End(end @ TagEnd::Heading(_)) => {
                self.close_heading();
                self.out.push_back(Event::End(end));
            }
            Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => self.open_link(tag, range),
            Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
                if end == TagEnd::Image {
                    self.images = self.images.saturating_sub(1);
                }
                if self.links.pop() != Some(true) {
                    self.out.push_back(Event::End(end));
                }
            }
            Event::Start(tag @ Tag::Table(_)) => {
                self.tables += 1;
                let label = msg!("ui-table", n = self.tables).text(self.lang);
                let open =
                    format!("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"{label}\">\n");
                self.out.push_back(Event::Html(open.into()));
                self.out.push_back(Event::Start(tag));
            }
            Event::End(TagEnd::Table) => {
                self.out.push_back(Event::End(TagEnd::Table));
                self.out.push_back(Event::Html(CowStr::Borrowed("</div>\n")));
            }
            event => {
                match &event {
                    Event::Start(Tag::Emphasis | Tag::Strong) => self.emphasis += 1,
                    Event::End(TagEnd::Emphasis | TagEnd::Strong) => {
                        self.emphasis = self.emphasis.saturating_sub(1);
                        end_line(&mut self.strong);
                    }
                    Event::Start(Tag::CodeBlock(_)) => self.code_block = true,
                    Event::End(TagEnd::CodeBlock) => self.code_block = false,
                    Event::Start(Tag::FootnoteDefinition(_)) => self.footnote = true,
                    Event::End(TagEnd::FootnoteDefinition) => self.footnote = false,
                    Event::Start(Tag::Paragraph) if !self.footnote => self.summary.paragraph(true),
                    Event::End(TagEnd::Paragraph) if !self.footnote => self.summary.paragraph(false),
                    _ => {}
                }
                self.out.push_back(event);
            }
        }
    }

    /// Visible body text: counted, summarised, part of the heading's title.
    fn plain(&mut self, text: &str) {
        if self.code_block || self.images > 0 {
            return;
        }
        if self.count_words {
            self.words.push(text);
        }
        if self.keep_text {
            self.text.push_str(text);
            if self.emphasis > 0 || self.heading.is_some() {
                self.strong.push_str(text);
            }
        }
        if !self.footnote {
            self.summary.push(text);
        }
        if let Some(h) = &mut self.heading {
            h.text.push(text);
        }
    }

    /// Body text, which starts at byte `at` of the source (approximately,
    /// when it holds entities or escapes).
    fn text(&mut self, text: CowStr<'a>, at: usize) {
        self.plain(&text);
        let linkable = !self.code_block
            && self.heading.is_none()
            && self.links.is_empty()
            && !self.raw_anchor
            && self.html_block.is_none();
        if linkable {
            self.link_doc_refs(text, at);
        } else {
            self.out.push_back(Event::Text(text));
        }
    }

    /// Wraps each document reference the resolver knows in a link.
    fn link_doc_refs(&mut self, text: CowStr<'a>, at: usize) {
        let mut done = 0;
        for r in docref::find(&text) {
            let Some(href) = self.resolver.doc_ref(&r, at + r.range.start) else {
                continue;
            };
            if r.range.start > done {
                self.out.push_back(Event::Text(slice(&text, done..r.range.start)));
            }
            self.out.push_back(Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url: href.into(),
                title: CowStr::Borrowed(""),
                id: CowStr::Borrowed(""),
            }));
            self.out.push_back(Event::Text(slice(&text, r.range.clone())));
            self.out.push_back(Event::End(TagEnd::Link));
            done = r.range.end;
        }
        if done == 0 {
            self.out.push_back(Event::Text(text));
        } else if done < text.len() {
            self.out.push_back(Event::Text(slice(&text, done..text.len())));
        }
    }

    /// Raw HTML: kept (sanitised when `raw_html` is off, with a warning
    /// naming what was removed); the more marker is never output, comments
    /// only with `raw_html`, and `<br>` is always a line break.
    fn html(&mut self, event: Event<'a>, range: Range<usize>) {
        let (Event::Html(html) | Event::InlineHtml(html)) = &event else {
            return;
        };
        let keep = match self.html_block {
            Some(HtmlKind::More) => false,
            Some(HtmlKind::Comment) => self.raw_html,
            Some(HtmlKind::Html) => true,
            None => match html_kind(html) {
                HtmlKind::More => {
                    self.summary.more = true;
                    false
                }
                HtmlKind::Comment => self.raw_html,
                // The only way to break a line in a table cell.
                HtmlKind::Html if is_line_break(html) => {
                    self.event(Event::HardBreak, range.clone());
                    false
                }
                HtmlKind::Html => {
                    if let Some(open) = raw_anchor(html) {
                        self.raw_anchor = open;
                    }
                    true
                }
            },
        };
        if !keep {
            return;
        }
        if !self.raw_html {
            self.sanitize = true;
            let removed = raw::removed(html);
            if !removed.is_empty() {
                let list = removed.iter().map(|r| format!("`{r}`")).collect::<Vec<_>>().join(", ");
                self.problem(
                    range.start,
                    msg!("md-raw-html-removed", removed = list),
                    Some(msg!("md-raw-html-help").into()),
                    false,
                );
            }
        }
        self.out.push_back(event);
    }

    fn open_heading(&mut self, tag: Tag<'a>, range: Range<usize>) {
        let Tag::Heading { level, id, classes, mut attrs } = tag else {
            return;
        };
        // `{onclick=…}` would put script in the page; `{năm 2021}` is
        // usually text that Markdown swallowed.
        if !attrs.is_empty() && !self.raw_html {
            attrs.clear();
            self.problem(range.start, msg!("md-heading-attrs"), Some(msg!("md-heading-attrs-help").into()), false);
        }
        self.heading = Some(OpenHeading {
            at: self.out.len(),
            offset: range.start,
            level: level as u8,
            text: PlainText::new(usize::MAX),
        });
        self.out.push_back(Event::Start(Tag::Heading { level, id, classes, attrs }));
    }

    /// Gives the open heading its id (custom, or a unique slug) and a TOC entry.
    fn close_heading(&mut self) {
        let Some(h) = self.heading.take() else {
            return;
        };
        end_line(&mut self.strong);
        let Some(Event::Start(Tag::Heading { id, .. })) = self.out.get_mut(h.at) else {
            return;
        };
        let (final_id, twice) = match id.take() {
            Some(custom) => {
                let custom = custom.to_string();
                let twice = !self.ids.insert(custom.clone());
                (custom, twice)
            }
            None => (unique_id(&mut self.ids, &mut self.id_suffixes, slugify(&h.text.buf)), false),
        };
        *id = Some(CowStr::from(final_id.clone()));
        if twice {
            let message = msg!("md-heading-id-twice", id = &final_id);
            self.problem(h.offset, message, Some(msg!("md-heading-id-twice-help").into()), false);
        }
        if (2..=4).contains(&h.level) {
            self.toc.push(TocEntry { level: h.level, id: final_id, title: h.text.buf });
        }
    }

    /// Asks the resolver about a link or image; a broken one loses its tag
    /// (and its closing tag) so only its text remains.
    fn open_link(&mut self, mut tag: Tag<'a>, range: Range<usize>) {
        let (link_type, dest) = match &mut tag {
            Tag::Link { link_type, dest_url, .. } => (*link_type, dest_url),
            Tag::Image { link_type, dest_url, .. } => {
                self.images += 1;
                if no_alt_text(&self.src[range.clone()]) {
                    let help = Some(msg!("md-image-no-alt-help").into());
                    self.problem(range.start, msg!("md-image-no-alt"), help, false);
                }
                (*link_type, dest_url)
            }
            _ => return,
        };
        let verdict = if link_type == LinkType::Email || dest.starts_with('#') {
            Link::Keep
        } else if let Some(scheme) = script_url_scheme(dest) {
            let shown: String = dest.chars().take(40).collect();
            let message =
                if scheme == "data" { msg!("md-data-url", url = shown) } else { msg!("md-script-url", url = shown) };
            Link::Broken { message: message.into(), help: Some(msg!("md-script-url-help").into()) }
        } else {
            self.resolver.link(dest)
        };
        match verdict {
            Link::Keep => {}
            Link::Replace(href) => *dest = href.into(),
            Link::Broken { message, help } => {
                self.problem(range.start, message, help, true);
                self.links.push(true);
                return;
            }
        }
        self.links.push(false);
        self.out.push_back(Event::Start(tag));
    }

    fn finish(mut self, mut html: String) -> (Rendered, Vec<Problem>) {
        self.words.end();
        for p in self.problems.iter_mut().rev() {
            if let Some(n) = self.problem_counts.get_mut(&p.message).filter(|n| **n > SAME_PROBLEM_LIMIT) {
                p.message = msg!("md-and-more", message = p.message.clone(), n = *n - SAME_PROBLEM_LIMIT).into();
                *n = 0;
            }
        }
        if self.tables > 0 {
            html = align_classes(&html);
        }
        if self.sanitize {
            html = raw::sanitize(&html);
        }
        self.problems.sort_by_key(|p| p.offset);
        let rendered = Rendered {
            html,
            toc: self.toc,
            summary: self.summary.finish(),
            word_count: self.words.count,
            text: self.text,
            strong: self.strong,
        };
        (rendered, self.problems)
    }
}

/// Ends the current line of kept text (a block or an emphasised piece ended).
fn end_line(s: &mut String) {
    if !s.is_empty() && !s.ends_with('\n') {
        s.push('\n');
    }
}

/// Table column alignment as classes (`align-right`), not the inline
/// `style` pulldown-cmark writes, which the Content-Security-Policy forbids.
fn align_classes(html: &str) -> String {
    html.replace(" style=\"text-align: left\"", " class=\"align-left\"")
        .replace(" style=\"text-align: center\"", " class=\"align-center\"")
        .replace(" style=\"text-align: right\"", " class=\"align-right\"")
}

#[cfg(test)]
mod tests;

/// An image written `![](…)` or `![ ](…)`: nothing for a reader who cannot
/// see it (a screen reader, images off on a slow connection).
fn no_alt_text(written: &str) -> bool {
    written.strip_prefix("![").and_then(|r| r.split(']').next()).is_some_and(|alt| alt.trim().is_empty())
}
