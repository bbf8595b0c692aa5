//! The pages' terms inverted into one group per folded word: the word's
//! record (the pages that have it, with the best field each has it in and
//! which of its exact forms) followed by the records of the pairs that end
//! with it (`cong doan` in the group of `doan`), so the one file that holds
//! a word also holds the phrases it ends. Built with flat arrays (counting
//! sort by word), and independent of the order words were interned in:
//! everything is ordered by text, never by id.

use rustc_hash::FxHashMap;

use super::terms::{TITLE, Terms};
use crate::text;

/// Diacritic forms a word's record tells apart (bits 2–7 of a page's byte).
pub const VARIANTS: usize = 6;
/// Pages whose titles a record brings with it: its best (by field, then
/// rank), a page of results.
pub const TOP: usize = 10;
/// Titles a group brings at most: its word's best pages, then its most
/// common phrases'. (A date's day has dozens of phrases, `11 01`, `12 01`…:
/// their titles would outweigh the records.)
pub const GROUP_TITLES: usize = 20;

/// The folded form of every interned word, each folded word numbered once.
pub struct Vocab<'w> {
    pub exact: &'w [Box<str>],
    /// Exact id → folded id.
    fold_of: Vec<u32>,
    /// Folded id → folded word.
    pub keys: Vec<String>,
}

impl<'w> Vocab<'w> {
    pub fn new(exact: &'w [Box<str>]) -> Self {
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut keys = Vec::new();
        let fold_of = exact
            .iter()
            .map(|w| {
                let key = text::fold(w);
                if let Some(&id) = ids.get(&key) {
                    return id;
                }
                let id = keys.len() as u32;
                ids.insert(key.clone(), id);
                keys.push(key);
                id
            })
            .collect();
        Vocab { exact, fold_of, keys }
    }

    fn fold(&self, exact: u32) -> u32 {
        self.fold_of[exact as usize]
    }
}

/// The pages having a word or pair: page ids (rank order) and one byte
/// each: field (bits 0–1), which exact forms (bits 2–7).
pub struct Record {
    /// The exact forms told apart (none when the word is only ever written
    /// as its key, like `10` or `ubnd`).
    pub variants: Vec<String>,
    pub docs: Vec<u32>,
    pub attrs: Vec<u8>,
}

impl Record {
    /// The [`TOP`] pages by field, then rank.
    pub fn top(&self) -> impl Iterator<Item = u32> + '_ {
        (0..4u8)
            .flat_map(move |f| self.docs.iter().zip(&self.attrs).filter(move |(_, a)| *a & 3 == f).map(|(d, _)| *d))
            .take(TOP)
    }
}

/// A folded word, its record, and the pairs ending with it by first word.
pub struct Group {
    pub key: String,
    pub word: Record,
    pub pairs: Vec<(String, Record)>,
}

impl Group {
    /// The pages whose titles the group brings: its word's best, then its
    /// pairs' (those in the most titles first, then the most common: `kế
    /// hoạch 10` before the dates `12/10`), at most [`GROUP_TITLES`].
    pub fn titles(&self) -> Vec<u32> {
        let mut pairs: Vec<&Record> = self.pairs.iter().map(|p| &p.1).collect();
        let in_titles = |r: &Record| r.attrs.iter().filter(|a| *a & 3 == TITLE).count();
        pairs.sort_by_key(|r| std::cmp::Reverse((in_titles(r), r.docs.len())));
        let mut out = Vec::with_capacity(GROUP_TITLES);
        for d in std::iter::once(&self.word).chain(pairs).flat_map(Record::top) {
            if out.len() == GROUP_TITLES {
                break;
            }
            if !out.contains(&d) {
                out.push(d);
            }
        }
        out
    }
}

/// The groups of `docs` (terms in rank order), sorted by key as JavaScript
/// compares strings (UTF-16 units).
pub fn groups(docs: &[&Terms], vocab: &Vocab) -> Vec<Group> {
    let nf = vocab.keys.len();
    // Counting sort of (page, exact id << 2 | field) by folded word.
    let mut start = vec![0u32; nf + 1];
    for t in docs {
        for w in &t.words {
            start[vocab.fold(w >> 2) as usize + 1] += 1;
        }
    }
    for i in 0..nf {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut post = vec![(0u32, 0u32); start[nf] as usize];
    for (doc, t) in docs.iter().enumerate() {
        for &w in &t.words {
            let f = vocab.fold(w >> 2) as usize;
            post[fill[f] as usize] = (doc as u32, w);
            fill[f] += 1;
        }
    }
    let mut pairs: Vec<(u32, u32, u32, u8)> = Vec::new();
    for (doc, t) in docs.iter().enumerate() {
        for &(a, b, field) in &t.pairs {
            pairs.push((vocab.fold(b), vocab.fold(a), doc as u32, field));
        }
    }
    pairs.sort_unstable();
    let mut pair_records: Vec<Vec<(u32, Record)>> = (0..nf).map(|_| Vec::new()).collect();
    for run in pairs.chunk_by(|x, y| x.0 == y.0 && x.1 == y.1) {
        let (mut docs, mut attrs) = (Vec::with_capacity(run.len()), Vec::with_capacity(run.len()));
        for &(_, _, doc, field) in run {
            if docs.last() == Some(&doc) {
                let a: &mut u8 = attrs.last_mut().expect("attrs follow docs");
                *a = (*a).min(field);
            } else {
                docs.push(doc);
                attrs.push(field);
            }
        }
        pair_records[run[0].0 as usize].push((run[0].1, Record { variants: Vec::new(), docs, attrs }));
    }
    let mut out: Vec<Group> = Vec::new();
    for (f, pairs) in pair_records.into_iter().enumerate() {
        let postings = &post[start[f] as usize..start[f + 1] as usize];
        if postings.is_empty() {
            continue;
        }
        let mut pairs: Vec<(String, Record)> =
            pairs.into_iter().map(|(a, r)| (vocab.keys[a as usize].clone(), r)).collect();
        pairs.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
        let key = vocab.keys[f].clone();
        out.push(Group { word: word_record(vocab, &key, postings), key, pairs });
    }
    out.sort_by(|a, b| a.key.encode_utf16().cmp(b.key.encode_utf16()));
    out
}

/// The record of the folded word `key` from its postings (page order; a
/// page comes once per exact form it has).
fn word_record(vocab: &Vocab, key: &str, postings: &[(u32, u32)]) -> Record {
    let mut counts: Vec<(u32, usize)> = Vec::new();
    for p in postings {
        match counts.iter_mut().find(|c| c.0 == p.1 >> 2) {
            Some(c) => c.1 += 1,
            None => counts.push((p.1 >> 2, 1)),
        }
    }
    let name = |id: u32| &*vocab.exact[id as usize];
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| name(a.0).cmp(name(b.0))));
    counts.truncate(VARIANTS);
    // A word only ever written as its key (`10`, `ubnd`) needs no forms.
    let plain = counts.len() == 1 && name(counts[0].0) == key;
    let variants: Vec<String> = if plain { Vec::new() } else { counts.iter().map(|c| name(c.0).to_string()).collect() };
    let bit = |exact: u32| counts.iter().position(|c| c.0 == exact).map_or(0u8, |i| 4 << i);
    let (mut docs, mut attrs): (Vec<u32>, Vec<u8>) = (Vec::new(), Vec::new());
    for &(doc, w) in postings {
        let (exact, field) = (w >> 2, (w & 3) as u8);
        let mask = if plain { 0 } else { bit(exact) };
        if docs.last() == Some(&doc) {
            let a = attrs.last_mut().expect("attrs follow docs");
            *a = ((*a & 3).min(field)) | (*a & !3) | mask;
        } else {
            docs.push(doc);
            attrs.push(field | mask);
        }
    }
    Record { variants, docs, attrs }
}
