//! Rendering: turns a page's Markdown body into HTML plus what templates need
//! about it (table of contents, summary, word count).

pub mod markdown;
