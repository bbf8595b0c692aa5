//! The search index as files: the groups of [`super::invert`] packed in
//! order into shards of about [`SHARD_BYTES`] (a group is never split, so
//! one file holds a word and the phrases it ends), each shard followed by
//! the titles of its records' best pages (so the first results show
//! without another request); every page's title in chunks of [`CHUNK`]
//! pages for the rest; and a manifest (the first and last word of each
//! shard) that the search page carries. Every file is zlib-compressed by loa (the
//! script inflates it with the browser's `DecompressionStream`), so what
//! travels is small whatever the web host does, and named with a hash of
//! the whole index, so a host may cache it for ever and a rebuild never
//! mixes two indexes. The format is described in docs/search.md.

use std::hash::{Hash, Hasher};

use rayon::prelude::*;

use super::invert::{Group, Record};

/// Uncompressed size (records and titles) at which a shard is closed
/// (after a whole group).
pub const SHARD_BYTES: usize = 8 * 1024;
/// Pages per chunk of result titles.
pub const CHUNK: usize = 64;
/// zlib level: 6 makes files within 2% of level 9's in a fraction of the time.
const LEVEL: u8 = 6;
/// The format's version, in the manifest.
const VERSION: u32 = 2;

/// What a result shows: title, address under the portal root, one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocMeta {
    pub title: String,
    pub path: String,
    pub info: String,
}

impl serde::Serialize for DocMeta {
    /// `[title, path, info]`: shorter than an object, read by position.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (&self.title, &self.path, &self.info).serialize(s)
    }
}

/// The files of one portal's index (paths under the portal root) and the
/// manifest, JSON, that the search page carries.
pub struct Index {
    pub files: Vec<(String, Vec<u8>)>,
    pub manifest: String,
}

/// Writes the index of `groups` over `metas` (in rank order).
pub fn build(groups: &[Group], metas: &[&DocMeta]) -> Index {
    let n = metas.len();
    let mut shards: Vec<(&str, &str, Vec<u8>)> = Vec::new();
    let mut at = 0;
    while at < groups.len() {
        let first = at;
        let mut body = Vec::with_capacity(SHARD_BYTES * 2);
        let (mut prev, mut top, mut title_bytes) = ("", Vec::new(), 0);
        while at < groups.len() && (at == first || body.len() + title_bytes < SHARD_BYTES) {
            encode_group(&groups[at], prev, n, &mut body);
            for d in groups[at].titles() {
                let m = metas[d as usize];
                title_bytes += m.title.len() + m.path.len() + m.info.len() + 16;
                top.push(d);
            }
            prev = &groups[at].key;
            at += 1;
        }
        let mut buf = Vec::with_capacity(body.len() + title_bytes);
        varint(&mut buf, (at - first) as u64);
        buf.append(&mut body);
        // The titles of the best pages of the records here, by page id.
        top.sort_unstable();
        top.dedup();
        let titles: Vec<(u32, &DocMeta)> = top.into_iter().map(|d| (d, metas[d as usize])).collect();
        buf.extend_from_slice(&serde_json::to_vec(&titles).unwrap_or_default());
        shards.push((&groups[first].key, &groups[at - 1].key, buf));
    }
    let mut files: Vec<(String, Vec<u8>)> =
        shards.iter_mut().enumerate().map(|(i, s)| (format!("t/{i}"), std::mem::take(&mut s.2))).collect();
    for (i, c) in metas.chunks(CHUNK).enumerate() {
        files.push((format!("d/{i}"), serde_json::to_vec(c).unwrap_or_default()));
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    files.hash(&mut h);
    let hash = format!("{:012x}", h.finish() >> 16);
    let firsts: Vec<&str> = shards.iter().map(|s| s.0).collect();
    let lasts: Vec<&str> = shards.iter().map(|s| s.1).collect();
    let manifest = serde_json::json!({
        "v": VERSION, "h": hash, "n": n, "c": CHUNK, "s": firsts.join(" "), "e": lasts.join(" "),
    });
    let files = files
        .into_par_iter()
        .map(|(name, data)| {
            (format!("search/{name}.{hash}.bin"), miniz_oxide::deflate::compress_to_vec_zlib(&data, LEVEL))
        })
        .collect();
    Index { files, manifest: manifest.to_string() }
}

/// One group: its key (sharing a prefix with the previous group's), the
/// word's record, then the pairs ending with it, by first word.
fn encode_group(g: &Group, prev: &str, n_docs: usize, out: &mut Vec<u8>) {
    let (key, prev) = (g.key.as_bytes(), prev.as_bytes());
    let shared = key.iter().zip(prev).take_while(|(a, b)| a == b).count();
    varint(out, shared as u64);
    bytes(out, &key[shared..]);
    varint(out, g.word.variants.len() as u64);
    for v in &g.word.variants {
        bytes(out, v.as_bytes());
    }
    encode_pages(&g.word, n_docs, out);
    varint(out, g.pairs.len() as u64);
    for (first, r) in &g.pairs {
        bytes(out, first.as_bytes());
        encode_pages(r, n_docs, out);
    }
}

/// A record's pages (a list of gaps or a bitmap, whichever is smaller),
/// then each page's field (2 bits, four pages a byte), then for each page
/// one bit per exact form (whether it has it), packed.
fn encode_pages(r: &Record, n_docs: usize, out: &mut Vec<u8>) {
    varint(out, r.docs.len() as u64);
    let mut gaps = Vec::with_capacity(r.docs.len() * 2);
    let mut last = 0;
    for (i, d) in r.docs.iter().enumerate() {
        varint(&mut gaps, u64::from(if i == 0 { *d } else { d - last }));
        last = *d;
    }
    let bitmap_len = n_docs.div_ceil(8);
    if gaps.len() <= bitmap_len {
        out.push(0);
        out.extend_from_slice(&gaps);
    } else {
        out.push(1);
        let mut bitmap = vec![0u8; bitmap_len];
        for d in &r.docs {
            bitmap[*d as usize / 8] |= 1 << (d % 8);
        }
        out.extend_from_slice(&bitmap);
    }
    let mut fields = vec![0u8; r.attrs.len().div_ceil(4)];
    for (i, a) in r.attrs.iter().enumerate() {
        fields[i / 4] |= (a & 3) << (2 * (i % 4));
    }
    out.extend_from_slice(&fields);
    let forms = r.variants.len();
    let mut bits = vec![0u8; (r.attrs.len() * forms).div_ceil(8)];
    for (i, a) in r.attrs.iter().enumerate() {
        for k in 0..forms {
            if a & (4 << k) != 0 {
                let at = i * forms + k;
                bits[at / 8] |= 1 << (at % 8);
            }
        }
    }
    out.extend_from_slice(&bits);
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn bytes(out: &mut Vec<u8>, b: &[u8]) {
    varint(out, b.len() as u64);
    out.extend_from_slice(b);
}
