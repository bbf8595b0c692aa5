//! The manifest of a built portal: every file the build wrote into the
//! portal's folder, with its size and a hash of its bytes, saved as
//! `.loa-manifest.json` in that folder. `loa publish` compares it with the
//! manifest it last sent to a target, so only new and changed files travel.
//!
//! The hash is XXH3-128: it only has to tell our own files apart from their
//! earlier versions (nobody forges them), and it costs the build about a
//! millisecond per 30 MB where a cryptographic hash would cost ten times that.
//! The JSON is sorted by path and carries no date: the same site gives the
//! same manifest, byte for byte.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

/// The manifest's file name inside a portal's folder (also on a target).
pub const FILE_NAME: &str = ".loa-manifest.json";

/// What the `format` field says; a manifest with another value is not ours.
pub const FORMAT: &str = "loa-manifest/1";

/// The files of one portal, by `/`-separated path relative to its folder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    pub files: BTreeMap<String, Entry>,
}

/// One file: its length in bytes and the hex XXH3-128 of its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub size: u64,
    pub hash: String,
}

impl Entry {
    pub fn of(bytes: &[u8]) -> Entry {
        Entry { size: bytes.len() as u64, hash: hash(bytes) }
    }
}

/// The hex XXH3-128 of `bytes`.
pub fn hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

impl Manifest {
    pub fn new(files: BTreeMap<String, Entry>) -> Manifest {
        Manifest { format: FORMAT.to_string(), files }
    }

    /// The manifest as written: pretty JSON, one file a line, sorted.
    pub fn to_json(&self) -> Vec<u8> {
        let mut out = serde_json::to_vec_pretty(self).unwrap_or_default();
        out.push(b'\n');
        out
    }

    /// Reads a manifest; None when the bytes are not one of ours.
    pub fn parse(bytes: &[u8]) -> Option<Manifest> {
        serde_json::from_slice::<Manifest>(bytes).ok().filter(|m| m.format == FORMAT)
    }

    /// The manifest of the portal built into `dir`, if there is one.
    pub fn read(dir: &Path) -> std::io::Result<Option<Manifest>> {
        match std::fs::read(dir.join(FILE_NAME)) {
            Ok(b) => Ok(Manifest::parse(&b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// Collects the manifest of each portal while a build writes its files
/// (from several threads): the bytes are hashed while still in memory.
pub struct Recorder {
    portals: Vec<Mutex<BTreeMap<String, Entry>>>,
    /// Files copied as they are (static files, the same for every portal):
    /// hashed once each.
    copied: Mutex<HashMap<PathBuf, Entry>>,
}

impl Recorder {
    pub fn new(portals: usize) -> Recorder {
        Recorder { portals: (0..portals).map(|_| Mutex::default()).collect(), copied: Mutex::default() }
    }

    /// Records a file written with `bytes` at `path` in portal number `portal`.
    pub fn bytes(&self, portal: usize, path: &str, bytes: &[u8]) {
        self.insert(portal, path, Entry::of(bytes));
    }

    /// Records a file copied from `from`.
    pub fn copied(&self, portal: usize, path: &str, from: &Path) -> std::io::Result<()> {
        let known = self.copied.lock().ok().and_then(|c| c.get(from).cloned());
        let entry = match known {
            Some(e) => e,
            None => {
                let e = Entry::of(&std::fs::read(from)?);
                if let Ok(mut c) = self.copied.lock() {
                    c.insert(from.to_path_buf(), e.clone());
                }
                e
            }
        };
        self.insert(portal, path, entry);
        Ok(())
    }

    fn insert(&self, portal: usize, path: &str, entry: Entry) {
        if let Some(Ok(mut files)) = self.portals.get(portal).map(|m| m.lock()) {
            files.insert(path.trim_start_matches('/').to_string(), entry);
        }
    }

    /// Each portal's manifest, in portal order.
    pub fn finish(self) -> Vec<Manifest> {
        self.portals.into_iter().map(|m| Manifest::new(m.into_inner().unwrap_or_default())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_files_give_the_same_bytes_whatever_the_order() {
        let a = Recorder::new(1);
        a.bytes(0, "b/index.html", b"b");
        a.bytes(0, "index.html", b"home");
        let b = Recorder::new(1);
        b.bytes(0, "index.html", b"home");
        b.bytes(0, "/b/index.html", b"b");
        let (a, b) = (a.finish().remove(0), b.finish().remove(0));
        assert_eq!(a.to_json(), b.to_json());
        assert_eq!(Manifest::parse(&a.to_json()), Some(a.clone()));
        assert_eq!(a.files["index.html"].size, 4);
        assert_ne!(a.files["index.html"].hash, a.files["b/index.html"].hash);
    }

    #[test]
    fn a_foreign_json_file_is_not_a_manifest() {
        assert_eq!(Manifest::parse(b"{\"format\":\"other\",\"files\":{}}"), None);
        assert_eq!(Manifest::parse(b"not json"), None);
    }
}
