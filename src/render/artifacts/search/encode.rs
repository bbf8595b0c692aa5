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
use super::prefix;

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
    // Shards: groups in order, each closed once past SHARD_BYTES.
    let (mut starts, mut files) = (Vec::new(), Vec::new());
    let mut at = 0;
    while at < groups.len() {
        let first = at;
        starts.push(first);
        let mut body = Vec::with_capacity(SHARD_BYTES * 2);
        let (mut prev, mut top, mut titles) = ("", Vec::new(), 0);
        while at < groups.len() && (at == first || body.len() + titles < SHARD_BYTES) {
            encode_group(&groups[at], prev, n, &mut body);
            for d in groups[at].titles() {
                titles += title_bytes(metas[d as usize]);
                top.push(d);
            }
            prev = &groups[at].key;
            at += 1;
        }
        let mut buf = Vec::with_capacity(body.len() + titles);
        varint(&mut buf, (at - first) as u64);
        buf.append(&mut body);
        append_titles(&mut buf, top, metas);
        files.push((format!("t/{}", starts.len() - 1), buf));
    }
    let ends: Vec<usize> = starts.iter().skip(1).copied().chain(std::iter::once(groups.len())).collect();
    // The words being typed whose words span several shards: in two, the
    // groups as they are; in more, merged, without and with the pairs
    // (one letter: without), see prefix.
    let prefixes = prefix::spanning(groups, &starts);
    let shard_of = |g: usize| starts.partition_point(|s| *s <= g) - 1;
    files.par_extend(prefixes.par_iter().flat_map_iter(|p| {
        let r = prefix::range(groups, p);
        if shard_of(r.end - 1) - shard_of(r.start) == 1 {
            let parts: Vec<(&Group, Option<&[u64]>)> = groups[r].iter().map(|g| (g, None)).collect();
            return vec![(prefix::file_name(p, 'v'), file(&parts, metas, true))];
        }
        let exact = groups[r.clone()].iter().position(|g| g.key == *p).map(|i| r.start + i);
        let others: Vec<&Group> = r.clone().filter(|i| Some(*i) != exact).map(|i| &groups[i]).collect();
        let merged = prefix::merge(&others, p, n);
        let mut parts: Vec<(&Group, Option<&[u64]>)> = exact.map(|i| (&groups[i], None)).into_iter().collect();
        parts.push((&merged.group, Some(&merged.masks)));
        let mut out = vec![(prefix::file_name(p, 'p'), file(&parts, metas, false))];
        if p.chars().count() > 1 {
            out.push((prefix::file_name(p, 'q'), file(&parts, metas, true)));
        }
        out
    }));
    for (i, c) in metas.chunks(CHUNK).enumerate() {
        files.push((format!("d/{i}"), serde_json::to_vec(c).unwrap_or_default()));
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    files.hash(&mut h);
    let hash = format!("{:012x}", h.finish() >> 16);
    let firsts: Vec<&str> = starts.iter().map(|s| groups[*s].key.as_str()).collect();
    let lasts: Vec<&str> = ends.iter().map(|e| groups[e - 1].key.as_str()).collect();
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

/// What a title adds to a shard, as counted towards [`SHARD_BYTES`].
fn title_bytes(m: &DocMeta) -> usize {
    m.title.len() + m.path.len() + m.info.len() + 16
}

/// A prefix's file: the count of `groups`, the groups (with the exact forms
/// of each page when given apart from the record: a merged group's), with
/// their pairs or none, then the titles of their best pages, by page id.
fn file(groups: &[(&Group, Option<&[u64]>)], metas: &[&DocMeta], pairs: bool) -> Vec<u8> {
    let n = metas.len();
    let mut buf = Vec::with_capacity(SHARD_BYTES * 2);
    varint(&mut buf, groups.len() as u64);
    let (mut prev, mut top) = ("", Vec::new());
    for (g, masks) in groups {
        let word_has = |i: usize, k: usize| g.word.attrs[i] & (4 << k) != 0;
        match masks {
            Some(m) => encode_group_with(g, prev, n, &|i, k| m[i] & (1 << k) != 0, pairs, &mut buf),
            None => encode_group_with(g, prev, n, &word_has, pairs, &mut buf),
        }
        if pairs {
            top.extend(g.titles());
        } else {
            top.extend(g.word.top());
        }
        prev = &g.key;
    }
    append_titles(&mut buf, top, metas);
    buf
}

/// The titles of pages `top` (by page id, once each), as JSON.
fn append_titles(buf: &mut Vec<u8>, mut top: Vec<u32>, metas: &[&DocMeta]) {
    top.sort_unstable();
    top.dedup();
    let titles: Vec<(u32, &DocMeta)> = top.into_iter().map(|d| (d, metas[d as usize])).collect();
    buf.extend_from_slice(&serde_json::to_vec(&titles).unwrap_or_default());
}

/// One group: its key (sharing a prefix with the previous group's), the
/// word's record, then the pairs ending with it, by first word.
fn encode_group(g: &Group, prev: &str, n_docs: usize, out: &mut Vec<u8>) {
    encode_group_with(g, prev, n_docs, &|i, k| g.word.attrs[i] & (4 << k) != 0, true, out);
}

/// [`encode_group`], with `has(i, k)`: whether the word's `i`-th page has
/// its `k`-th form; without the pairs unless `pairs`.
fn encode_group_with(
    g: &Group,
    prev: &str,
    n_docs: usize,
    has: &dyn Fn(usize, usize) -> bool,
    pairs: bool,
    out: &mut Vec<u8>,
) {
    let (key, prev) = (g.key.as_bytes(), prev.as_bytes());
    let shared = key.iter().zip(prev).take_while(|(a, b)| a == b).count();
    varint(out, shared as u64);
    bytes(out, &key[shared..]);
    varint(out, g.word.variants.len() as u64);
    for v in &g.word.variants {
        bytes(out, v.as_bytes());
    }
    encode_pages(&g.word, n_docs, has, out);
    let kept = if pairs { &g.pairs[..] } else { &[] };
    varint(out, kept.len() as u64);
    for (first, r) in kept {
        bytes(out, first.as_bytes());
        encode_pages(r, n_docs, &|_, _| false, out);
    }
}

/// A record's pages (a list of gaps or a bitmap, whichever is smaller),
/// then each page's field (2 bits, four pages a byte), then for each page
/// one bit per exact form (whether it has it), packed.
fn encode_pages(r: &Record, n_docs: usize, has: &dyn Fn(usize, usize) -> bool, out: &mut Vec<u8>) {
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
    for i in 0..r.attrs.len() {
        for k in 0..forms {
            if has(i, k) {
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
