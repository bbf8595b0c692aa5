//! `content/doc-loa.yaml`, how the site's text is read over the ward
//! loudspeaker: the abbreviations staff use and what they stand for, and
//! the dialect's words for numbers ("linh"/"nghìn" in the north, "lẻ"/"ngàn"
//! in the south). Read as written; the model makes a `Speaker` of it.

use std::collections::BTreeMap;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// The file's name, at the top of `content/`.
pub const FILE: &str = "doc-loa.yaml";

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSpeech {
    /// Abbreviation → what is said instead (`UBND: Ủy ban nhân dân`).
    #[serde(default, deserialize_with = "abbreviations")]
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

/// The abbreviation list, each abbreviation and its reading never empty
/// nor only spaces (an empty abbreviation would stand before every word; an
/// empty reading would drop the word from the script). The mistake is shown
/// at the entry's key.
fn abbreviations<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
    struct List;
    impl<'de> Visitor<'de> for List {
        type Value = BTreeMap<String, String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            crate::yaml::expecting(f, crate::msg!("expect-keyed-block"))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((short, long)) = map.next_entry::<String, String>()? {
                if short.trim().is_empty() || long.trim().is_empty() {
                    let nth = 1 + out.keys().filter(|k: &&String| **k == short).count();
                    let (message, help) = (crate::msg!("speech-blank"), crate::msg!("speech-blank-help"));
                    return Err(crate::yaml::invalid_at(message, help, &short, nth));
                }
                out.insert(short.trim().to_string(), long.trim().to_string());
            }
            Ok(out)
        }
    }
    d.deserialize_map(List)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_read_trimmed_and_never_empty() {
        let ok: RawSpeech = crate::yaml::from_str("abbreviations:\n  UBND: \" Ủy ban nhân dân \"\n").unwrap();
        assert_eq!(ok.abbreviations["UBND"], "Ủy ban nhân dân");
        for bad in ["abbreviations:\n  \"\": x\n", "abbreviations:\n  UBND: \"\"\n", "abbreviations:\n  \" \": x\n"] {
            let e = crate::yaml::from_str::<RawSpeech>(bad).unwrap_err();
            assert_eq!((e.help.and_then(|h| h.id()), e.line), (Some("speech-blank-help"), 2), "{bad}");
        }
    }
}
