//! Front matter: finding the YAML block between `---` lines at the top of a
//! Markdown file, and the typed fields pages and sections may carry. The
//! field lists here are the content format's contract (README, Content guide).

use std::ops::Range;

use serde::Deserialize;

use crate::date::Date;

/// Where the front matter and the body lie in a file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// Byte range of the YAML text (without the fences).
    pub yaml: Range<usize>,
    /// Byte offset where the Markdown body starts.
    pub body: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not start with a `---` line.
    NoOpening,
    /// The opening `---` has no closing line.
    NoClosing,
}

/// Splits `text` (BOM already stripped) into front matter and body. Accepts
/// LF and CRLF line ends and trailing spaces on the fence lines; the block
/// may close with `---` or `...`.
pub fn split(text: &str) -> Result<Split, SplitError> {
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_end].trim_end() != "---" {
        return Err(SplitError::NoOpening);
    }
    let mut pos = first_end;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            return Ok(Split { yaml: first_end..pos, body: end });
        }
        pos = end;
    }
    Err(SplitError::NoClosing)
}

/// How a section orders its pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    /// Newest first.
    #[default]
    Date,
    /// Smallest weight first.
    Weight,
    /// Alphabetical.
    Title,
}

/// Front matter of a page (`name.md` or a bundle's `index.md`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFront {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub updated: Option<Date>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub weight: Option<i64>,
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub template: Option<String>,
    #[serde(default)]
    pub document: Option<DocumentFront>,
    #[serde(default)]
    pub report: Option<super::data::RawReport>,
    /// Limits the page to these portals (ids from loa.yaml).
    #[serde(default)]
    pub portals: Option<Vec<String>>,
    #[serde(default, deserialize_with = "crate::yaml::free_form")]
    pub extra: Option<serde_json::Value>,
}

/// Front matter of a section (`_index.md`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFront {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub weight: Option<i64>,
    #[serde(default)]
    pub sort_by: SortBy,
    #[serde(default)]
    pub template: Option<String>,
    #[serde(default, deserialize_with = "crate::yaml::free_form")]
    pub extra: Option<serde_json::Value>,
}

/// Document metadata (văn bản): the block `document:` of a page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentFront {
    pub kind: String,
    pub number: String,
    #[serde(default)]
    pub issued: Option<Date>,
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub signer: Option<String>,
    #[serde(default)]
    pub signer_title: Option<String>,
    #[serde(default)]
    pub recipients: Vec<String>,
    #[serde(default)]
    pub implements: Vec<String>,
    #[serde(default)]
    pub attachments: Vec<String>,
    #[serde(default)]
    pub stub: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lf_and_crlf() {
        let t = "---\ntitle: a\n---\nbody\n";
        let s = split(t).unwrap();
        assert_eq!(&t[s.yaml.clone()], "title: a\n");
        assert_eq!(&t[s.body..], "body\n");
        let t = "---\r\ntitle: a\r\n---\r\nbody";
        let s = split(t).unwrap();
        assert_eq!(&t[s.yaml.clone()], "title: a\r\n");
        assert_eq!(&t[s.body..], "body");
    }

    #[test]
    fn accepts_trailing_spaces_dots_and_empty_blocks() {
        let t = "--- \ntitle: a\n...  \nx";
        assert_eq!(&t[split(t).unwrap().body..], "x");
        let t = "---\n---\n";
        let s = split(t).unwrap();
        assert!(s.yaml.is_empty());
        assert_eq!(s.body, t.len());
        assert_eq!(split("---\ntitle: a\n---").unwrap().body, 16);
    }

    #[test]
    fn reports_missing_fences() {
        assert_eq!(split("title: a\n"), Err(SplitError::NoOpening));
        assert_eq!(split(""), Err(SplitError::NoOpening));
        assert_eq!(split("---\ntitle: a\nbody\n"), Err(SplitError::NoClosing));
        // A horizontal rule later in the body is not an opening fence.
        assert_eq!(split("# T\n\n---\n"), Err(SplitError::NoOpening));
    }

    #[test]
    fn a_dash_line_inside_a_value_does_not_close() {
        let t = "---\ntitle: a\ndescription: \"---\"\n---\nb";
        assert_eq!(&t[split(t).unwrap().body..], "b");
    }
}
