//! `content/doc-loa.yaml`, how the site's text is read over the ward
//! loudspeaker: the abbreviations staff use and what they stand for, and
//! the dialect's words for numbers ("linh"/"nghìn" in the north, "lẻ"/"ngàn"
//! in the south). Read as written; the model makes a `Speaker` of it.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The file's name, at the top of `content/`.
pub const FILE: &str = "doc-loa.yaml";

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSpeech {
    /// Abbreviation → what is said instead (`UBND: Ủy ban nhân dân`).
    #[serde(default)]
    pub abbreviations: BTreeMap<String, String>,
    #[serde(default)]
    pub dialect: Dialect,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dialect {
    /// "một trăm linh năm", "nghìn".
    #[default]
    North,
    /// "một trăm lẻ năm", "ngàn".
    South,
}
