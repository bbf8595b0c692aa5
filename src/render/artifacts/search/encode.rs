//! The search index as files: the pages' terms inverted into one record per
//! folded word or word pair, records sorted and packed into shards of about
//! [`SHARD_BYTES`], result titles in chunks of [`CHUNK`] pages, and a
//! manifest naming them. Every file is zlib-compressed by loa (the script
//! inflates it with the browser's `DecompressionStream`), so what travels is
//! small whatever the web host compresses. Shards and chunks are numbered
//! and carry the index's hash in their names (`t/12.<hash>.bin`), so a host
//! may cache them for ever and a rebuild never mixes two indexes. The
//! format is described in docs/search.md.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use super::terms::{STRONG, Terms};
use crate::text;

/// Uncompressed size at which a shard is closed.
pub const SHARD_BYTES: usize = 16 * 1024;
/// Pages per chunk of result titles.
pub const CHUNK: usize = 64;
/// Diacritic forms a word's record tells apart (bits 2–7 of a page's byte).
const VARIANTS: usize = 6;

/// What a result shows: title, address under the portal root, one line.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DocMeta {
    pub title: String,
    pub path: String,
    pub info: String,
}

/// The files of one portal's index, paths under the portal root, and the
/// manifest's path (the search page names it).
pub struct Index {
    pub files: Vec<(String, Vec<u8>)>,
    pub manifest: String,
}

/// One record: a folded word (`cong`) or pair (`cong doan`), its exact
/// forms, and for each page that has it, the best field and the forms it has.
struct Record {
    key: String,
    variants: Vec<String>,
    docs: Vec<u32>,
    attrs: Vec<u8>,
}

/// Builds the index of `docs` (in rank order: ties go to the lower id).
pub fn build(docs: &[(DocMeta, &Terms)], words: &[Box<str>]) -> Index {
    let mut folded = Folds { words, of: HashMap::new(), keys: Vec::new(), ids: HashMap::new() };
    // Word records: (page, field, exact id) in page order, by folded word.
    let mut uni: Vec<Vec<(u32, u8, u32)>> = Vec::new();
    let mut pairs: HashMap<(u32, u32), Vec<(u32, u8)>> = HashMap::new();
    for (doc, (_, terms)) in docs.iter().enumerate() {
        let doc = doc as u32;
        for w in &terms.words {
            let f = folded.of(w >> 2) as usize;
            if uni.len() <= f {
                uni.resize_with(f + 1, Vec::new);
            }
            uni[f].push((doc, (w & 3) as u8, w >> 2));
        }
        for &(a, b, field) in &terms.pairs {
            let key = (folded.of(a), folded.of(b));
            let list = pairs.entry(key).or_default();
            match list.last_mut() {
                Some(last) if last.0 == doc => last.1 = last.1.min(field),
                _ => list.push((doc, field)),
            }
        }
    }
    let mut records: Vec<Record> = uni.iter().enumerate().map(|(f, p)| word_record(&folded, f, p)).collect();
    let many = docs.len() > 1000;
    records.extend(pairs.into_iter().filter_map(|((a, b), list)| {
        // On a large site pairs serve ranking by title, headings and
        // emphasis; pages with a pair in their text only are left out of its
        // record (they are still found by its words), which keeps shards small.
        let list: Vec<(u32, u8)> = if many { list.into_iter().filter(|x| x.1 <= STRONG).collect() } else { list };
        if list.is_empty() {
            return None;
        }
        let key = format!("{} {}", folded.keys[a as usize], folded.keys[b as usize]);
        Some(Record {
            key,
            variants: vec![],
            docs: list.iter().map(|x| x.0).collect(),
            attrs: list.iter().map(|x| x.1).collect(),
        })
    }));
    records.retain(|r| !r.docs.is_empty());
    // The script compares keys as JavaScript strings do: by UTF-16 units.
    records.sort_by(|a, b| a.key.encode_utf16().cmp(b.key.encode_utf16()));
    let mut files = Vec::new();
    let firsts = shards(&records, docs.len(), &mut files);
    for c in docs.chunks(CHUNK) {
        let metas: Vec<&DocMeta> = c.iter().map(|(m, _)| m).collect();
        files.push((format!("d/{}", files.len() - firsts.len()), serde_json::to_vec(&metas).unwrap_or_default()));
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    files.hash(&mut h);
    let hash = format!("{:012x}", h.finish() >> 16);
    let manifest = serde_json::json!({ "v": 1, "h": hash, "n": docs.len(), "c": CHUNK, "s": firsts });
    files.push(("i".to_string(), serde_json::to_vec(&manifest).unwrap_or_default()));
    let files = files
        .into_iter()
        .map(|(name, data)| (format!("search/{name}.{hash}.bin"), miniz_oxide::deflate::compress_to_vec_zlib(&data, 9)))
        .collect();
    Index { files, manifest: format!("search/i.{hash}.bin") }
}

/// Folded words by exact id, each folded word once.
struct Folds<'w> {
    words: &'w [Box<str>],
    of: HashMap<u32, u32>,
    keys: Vec<String>,
    ids: HashMap<String, u32>,
}

impl Folds<'_> {
    fn of(&mut self, exact: u32) -> u32 {
        if let Some(f) = self.of.get(&exact) {
            return *f;
        }
        let key = text::fold(self.words.get(exact as usize).map_or("", |w| w));
        let next = self.keys.len() as u32;
        let f = *self.ids.entry(key.clone()).or_insert(next);
        if f == next {
            self.keys.push(key);
        }
        self.of.insert(exact, f);
        f
    }
}

/// The record of folded word `f` from its postings (page order; a page may
/// come several times, once per exact form).
fn word_record(folded: &Folds, f: usize, postings: &[(u32, u8, u32)]) -> Record {
    let key = folded.keys[f].clone();
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for p in postings {
        *counts.entry(p.2).or_default() += 1;
    }
    let mut forms: Vec<(u32, usize)> = counts.into_iter().collect();
    forms.sort_by(|a, b| b.1.cmp(&a.1).then(folded.words[a.0 as usize].cmp(&folded.words[b.0 as usize])));
    forms.truncate(VARIANTS);
    let variants: Vec<String> = forms.iter().map(|(id, _)| folded.words[*id as usize].to_string()).collect();
    // A word only ever written as its key (`10`, `ubnd`) needs no forms.
    let variants = if variants.len() == 1 && variants[0] == key { vec![] } else { variants };
    let bit = |exact: u32| forms.iter().position(|(id, _)| *id == exact).map_or(0u8, |i| 4 << i);
    let (mut docs, mut attrs): (Vec<u32>, Vec<u8>) = (Vec::new(), Vec::new());
    for &(doc, field, exact) in postings {
        let mask = if variants.is_empty() { 0 } else { bit(exact) };
        if docs.last() == Some(&doc) {
            let a = attrs.last_mut().expect("attrs follow docs");
            *a = ((*a & 3).min(field)) | (*a & !3) | mask;
        } else {
            docs.push(doc);
            attrs.push(field | mask);
        }
    }
    Record { key, variants, docs, attrs }
}

/// Packs the records into shards `t/<n>`; returns each one's first key.
fn shards(records: &[Record], n_docs: usize, files: &mut Vec<(String, Vec<u8>)>) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < records.len() {
        let mut buf = Vec::with_capacity(SHARD_BYTES * 2);
        let mut prev: &[u8] = &[];
        let mut end = start;
        let mut body = Vec::new();
        while end < records.len() && (end == start || body.len() < SHARD_BYTES) {
            encode(&records[end], prev, n_docs, &mut body);
            prev = records[end].key.as_bytes();
            end += 1;
        }
        varint(&mut buf, (end - start) as u64);
        buf.extend_from_slice(&body);
        files.push((format!("t/{}", out.len()), buf));
        out.push(records[start].key.clone());
        start = end;
    }
    out
}

/// One record: key (sharing a prefix with the previous), forms, pages (a
/// list of gaps or a bitmap, whichever is smaller), one byte per page.
fn encode(r: &Record, prev: &[u8], n_docs: usize, out: &mut Vec<u8>) {
    let key = r.key.as_bytes();
    let shared = key.iter().zip(prev).take_while(|(a, b)| a == b).count();
    varint(out, shared as u64);
    bytes(out, &key[shared..]);
    varint(out, r.variants.len() as u64);
    for v in &r.variants {
        bytes(out, v.as_bytes());
    }
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
    out.extend_from_slice(&r.attrs);
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
