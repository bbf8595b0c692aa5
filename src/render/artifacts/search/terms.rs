//! The words of one page for the search index, gathered while the page is
//! rendered: each word in its exact form (composed, lowercase) with the
//! best field it appears in, and each pair of neighbouring words (so that
//! `công đoàn` ranks pages with the phrase above pages with both words
//! apart). Words are interned once for the whole build: a page keeps only
//! numbers, so a 10,000-page site's words stay a few tens of megabytes.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::text;

/// Where a word appears, best first: the ranking weighs them.
pub const TITLE: u8 = 0;
/// Document number, issuer, date, unit, tags, description.
pub const META: u8 = 1;
/// Headings, emphasis, or three times or more in the text.
pub const STRONG: u8 = 2;
pub const TEXT: u8 = 3;

/// The words of every page of the build, each stored once (exact form).
pub struct Interner {
    shards: Vec<Mutex<Shard>>,
}

#[derive(Default)]
struct Shard {
    ids: HashMap<Box<str>, u32>,
    words: Vec<Box<str>>,
}

const SHARDS: usize = 16;

impl Default for Interner {
    fn default() -> Self {
        Interner { shards: (0..SHARDS).map(|_| Mutex::default()).collect() }
    }
}

impl Interner {
    /// The id of `word`, adding it when new.
    pub fn intern(&self, word: &str) -> u32 {
        let h = word.bytes().fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize)) % SHARDS;
        let mut s = self.shards[h].lock().unwrap_or_else(|p| p.into_inner());
        if let Some(id) = s.ids.get(word) {
            return *id;
        }
        let id = (s.words.len() * SHARDS + h) as u32;
        s.words.push(word.into());
        s.ids.insert(word.into(), id);
        id
    }

    /// Every word by id (ids not used are empty).
    pub fn words(&self) -> Vec<Box<str>> {
        let shards: Vec<_> = self.shards.iter().map(|s| s.lock().unwrap_or_else(|p| p.into_inner())).collect();
        let n = shards.iter().map(|s| s.words.len()).max().unwrap_or(0) * SHARDS;
        (0..n).map(|id| shards[id % SHARDS].words.get(id / SHARDS).cloned().unwrap_or_default()).collect()
    }
}

/// One page's words and neighbouring pairs, by interned id.
#[derive(Debug, Default, Clone)]
pub struct Terms {
    /// `id << 2 | field`.
    pub words: Vec<u32>,
    /// (first id, second id, field).
    pub pairs: Vec<(u32, u32, u8)>,
}

/// Gathers one page's terms.
pub struct Collector<'i> {
    interner: &'i Interner,
    /// Exact form → (id, best field, count).
    words: HashMap<String, (u32, u8, u32)>,
    pairs: HashMap<(u32, u32), u8>,
    buf: String,
}

impl<'i> Collector<'i> {
    pub fn new(interner: &'i Interner) -> Self {
        Collector { interner, words: HashMap::new(), pairs: HashMap::new(), buf: String::new() }
    }

    /// Adds `text` found in `field`. Pairs do not cross lines. "số" before a
    /// number also pairs the word before it with the number, so that
    /// `kế hoạch 10` and `kế hoạch số 10` find the same pages.
    pub fn add(&mut self, text: &str, field: u8) {
        for line in text.split('\n') {
            let (mut prev, mut before_so) = (None::<u32>, None::<u32>);
            for range in text::words(line) {
                let word = &line[range];
                self.buf.clear();
                text::exact_into(word, &mut self.buf);
                let id = match self.words.get_mut(self.buf.as_str()) {
                    Some(e) => {
                        e.1 = e.1.min(field);
                        e.2 += 1;
                        e.0
                    }
                    None => {
                        let id = self.interner.intern(&self.buf);
                        self.words.insert(self.buf.clone(), (id, field, 1));
                        id
                    }
                };
                if let Some(p) = prev {
                    self.pair(p, id, field);
                }
                if let Some(b) = before_so.take()
                    && word.starts_with(|c: char| c.is_ascii_digit())
                {
                    self.pair(b, id, field);
                }
                if is_so(&self.buf) {
                    before_so = prev;
                }
                prev = Some(id);
            }
        }
    }

    fn pair(&mut self, a: u32, b: u32, field: u8) {
        let e = self.pairs.entry((a, b)).or_insert(field);
        *e = (*e).min(field);
    }

    /// The page's terms; a word met three times or more in the text counts
    /// as strong.
    pub fn finish(self) -> Terms {
        let mut words: Vec<u32> = self
            .words
            .into_values()
            .map(|(id, field, n)| id << 2 | u32::from(if field == TEXT && n >= 3 { STRONG } else { field }))
            .collect();
        words.sort_unstable();
        let mut pairs: Vec<(u32, u32, u8)> = self.pairs.into_iter().map(|((a, b), f)| (a, b, f)).collect();
        pairs.sort_unstable();
        Terms { words, pairs }
    }
}

/// "số" (number), typed with or without its tone.
pub fn is_so(exact: &str) -> bool {
    exact == "số" || exact == "so"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_skip_so_before_a_number_and_stop_at_lines() {
        let i = Interner::default();
        let mut c = Collector::new(&i);
        c.add("Kế hoạch số 10/KH-UBND\nđoàn", TITLE);
        let t = c.finish();
        let words = i.words();
        let name = |id: u32| words[id as usize].to_string();
        let pairs: Vec<String> = t.pairs.iter().map(|(a, b, _)| format!("{} {}", name(*a), name(*b))).collect();
        for want in ["kế hoạch", "hoạch số", "số 10", "hoạch 10", "10 kh", "kh ubnd"] {
            assert!(pairs.contains(&want.to_string()), "{want} in {pairs:?}");
        }
        assert!(!pairs.iter().any(|p| p.ends_with("đoàn")), "{pairs:?}");
    }

    #[test]
    fn a_word_keeps_its_best_field_and_frequent_words_are_strong() {
        let i = Interner::default();
        let mut c = Collector::new(&i);
        c.add("đoàn đoàn đoàn viên", TEXT);
        c.add("Đoàn", META);
        c.add("Công", TEXT);
        let t = c.finish();
        let words = i.words();
        let field = |w: &str| t.words.iter().find(|x| &*words[(**x >> 2) as usize] == w).map(|x| (x & 3) as u8);
        assert_eq!(field("đoàn"), Some(META));
        assert_eq!(field("công"), Some(TEXT));
        let mut c = Collector::new(&i);
        c.add("công công công", TEXT);
        let t2 = c.finish();
        assert_eq!(t2.words.len(), 1);
        assert_eq!((t2.words[0] & 3) as u8, STRONG);
    }
}
